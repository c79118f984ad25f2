"""Material aid and cooperation that the transfer and cooperation rules missed (conventions §114).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import types
from parley.nlp.event_lexicon import relief_personnel


@pytest.mark.parametrize("sentence", [
    "France is supplying rockets and armored vehicles to Kyiv.",          # weapon nouns, a force modifier
    "Turkey delivered military trucks to Kenya last month.",             # a force modifier on a thing
    "France is sending a team of surgeons to Chad.",                     # health professionals, through "team of"
    "Kenya sent two nurses to the camp in Chad.",                        # sent somewhere
    "Turkey is sending a team of search and rescue experts to Kenya.",   # a relief modifier's conjunct
    "France sent search and rescue crews to the quake zone in Turkey.",
    "The provision of tanks to Kyiv angered Moscow.",                    # a noun of handing over, arms "to"
    "The distribution of tents and blankets continued in Chad.",         # relief after "of"
    "Food distributions began in the camps in Kenya.",                   # relief as its modifier
    "France is the largest donor to the programme, giving $600 million this year.",  # the clause's subject gives
    "The clinic was built with a $22 million donation from France.",    # money from a country, as a noun
    "A contribution of $5 million to Kenya paid for the school.",
])
def test_material_aid_is_aid(sentence):
    assert "AID" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The hospital sent its surgeons home after the shift.",              # no one receives them
    "France sent 21 military and civilian personnel to Chad.",           # people, not arms
    "The rebels handed over their rifles and armored vehicles.",         # given up, not given
    "The distribution of wealth in Kenya remains unequal.",              # no relief
    "The provision of rockets was discussed in Ankara.",                 # arms with no recipient
    "The water distribution system in Chad needs repairs.",              # a thing's name
    "The coach sent a team of players to the tournament.",               # players are no helpers
    "Chad will provide Kenya with increased naval cooperation.",         # a force modifier on an act, no arms
    "The senator received a $2,000 donation from a lobbyist.",           # money between persons
    "The senator is a generous man, giving $500 to the campaign.",       # a person gives to a campaign
])
def test_what_is_no_material_aid_stays_so(sentence):
    assert "AID" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Bilateral trade between Kenya and Chad rose sharply last year.",    # a joint modifier, a rising verb
    "Trade between the two neighbors grew to $5 billion.",               # between parties
    "Bilateral trade reached $3 billion in 2019, rising by 12 percent.", # the participle's subject
    "Kenya is coordinating with Chad to contain the outbreak.",          # with a partner
    "The two governments coordinated their response to the floods.",     # several subjects
    "The French navy is conducting maritime maneuvers with Kenya.",      # every exercise noun, held with a partner
    "Kenya quickly put together a joint team to examine the crash.",     # "together" read as an adverb
])
def test_cooperation_that_grows_or_is_coordinated_is_cooperate(sentence):
    assert "COOPERATE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The trade deficit grew in March.",                                  # no two sides
    "She coordinated the volunteers of the campaign in Ohio.",           # no partner
    "Sales of the company's shares rose 5 percent.",                     # no trade between parties
    "The blast was coordinated with the explosion in the capital.",      # an event for partner, in the passive
    "We have to deepen and better coordinate within our own country.",  # no party for partner
    "The band put together a new album in Kenya.",                       # founded, but nothing joint
])
def test_growth_or_coordination_with_no_partner_is_no_cooperation(sentence):
    assert "COOPERATE" not in types(sentence)


def test_relief_personnel_file_is_what_the_script_builds():
    rebuilt("build_relief_personnel", "data.noun")
    personnel = relief_personnel()
    assert {"doctor", "nurse", "surgeon", "firefighter", "pharmacist"} <= personnel
    # named people are no kind, and soldiers, officials and players are no helpers
    assert not {"freud", "hippocrates", "soldier", "minister", "player", "expert"} & personnel


def test_materiel_nouns_file_is_what_the_script_builds():
    builder = rebuilt("build_materiel_nouns", "data.noun")
    materiel = set(builder.build(builder.WordNet(builder.WORDNET_DIR)))
    assert {"equipment", "vehicle", "truck", "helicopter", "radar"} <= materiel
    assert not {"personnel", "cooperation", "presence", "exercise", "soldier"} & materiel


def test_an_exercise_held_alone_is_a_show_of_force_only():
    found = types("Chad staged large manoeuvres near the border.")
    assert "MOBILIZE" in found and "COOPERATE" not in found
