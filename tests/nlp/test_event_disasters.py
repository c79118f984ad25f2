"""What nature, accidents and the running of transport do is no one's act (conventions §197–§199).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone. The whole
pipeline runs, since a storm's name is read as an actor and whether a doer is armed is the actor layer's reading.
"""

from __future__ import annotations

import pytest

from generators import generator, require
from parley.nlp.event_lexicon import firm_operations, nonagent_nouns
from parley.nlp.pipeline import load

DISASTER_TYPES = {"ASSAULT", "ACCUSE", "SANCTION", "COERCE"}


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "A strong typhoon hit the eastern coast, killing 12 people and cutting off three mountain towns.",  # joined
    "Hurricane Delfina slammed into the southern coast on Tuesday, killing nine people.",    # a storm's name
    "Cyclone Moraga tore through the islands overnight, destroying hundreds of homes.",
    "Weeks of heavy rain have flooded the delta, cutting off dozens of villages.",           # what it is "of"
    # the parser reads two subjects: "magnitude" and "earthquake"
    "A magnitude 6.4 earthquake struck the highlands early on Sunday, killing at least 22 people, officials said.",
    "The valley road was closed by snow for a month, cutting off two hamlets.",              # a surname aside
    "A mudslide buried part of the hillside village overnight, killing 14 people.",        # a slide of earth
    "Two climbers were killed by an avalanche on the northern face.",
])
def test_what_nature_does_is_no_act(sentence):
    assert not DISASTER_TYPES & set(types(sentence))


@pytest.mark.parametrize("sentence", [
    "At least 19 people were killed when an overcrowded passenger bus slid off a bridge into a ravine.",
    "The coastal highway was cut off during the monsoon rains.",
    "Six people were killed in the floods that followed the cyclone.",
    "Four people were killed in a road accident near the border crossing.",              # an accident
    "Traffic accidents kill about 3,000 people a year in the country.",
])
def test_a_passive_whose_cause_is_nature_or_an_accident_is_no_act(sentence):
    assert not DISASTER_TYPES & set(types(sentence))


@pytest.mark.parametrize("sentence", [
    "More than 200 flights were cancelled at the capital's main airport on Friday.",
    "The city's airport suspended all flights after floodwater covered the runway.",
])
def test_flights_cancelled_with_no_doer_or_by_an_airport_are_no_sanction(sentence):
    assert "SANCTION" not in types(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Soldiers shelled the town, killing nine people and cutting off the main road.", "SANCTION"),  # armed doers
    ("Rebels cut off the town after heavy rains washed out the bridge.", "SANCTION"),
    ("Police killed 14 protesters in the storm.", "ASSAULT"),
    ("Fourteen protesters were killed in the storm of unrest.", "ASSAULT"),                 # a figure
    ("Three soldiers were killed when rebels attacked the base during the storm.", "ASSAULT"),  # an event named
    ("Five people were killed in clashes during the floods.", "ASSAULT"),
    ("Four soldiers were killed in an ambush near the border.", "ASSAULT"),
    ("Rebel trucks rammed the gate, killing two guards.", "ASSAULT"),                        # wielded by an actor
    ("The government suspended flights to Qatar.", "SANCTION"),                             # a state's measure
    ("Flights to Israel were suspended on Sunday.", "SANCTION"),                             # aimed at a party
    ("The strike cancelled flights across the country.", "SANCTION"),                       # a protest's doing
])
def test_acts_of_parties_beside_nature_stay(sentence, expected):
    assert expected in types(sentence)


def test_storms_and_airports_are_built_by_kind():
    require(generator("build_nonagent_nouns").WORDNET_DIR / "data.noun")
    kinds = nonagent_nouns()
    assert {kinds[n] for n in ("storm", "typhoon", "hurricane", "cyclone", "tornado")} == {"storm"}
    assert kinds["snow"] == "nature"  # "Snow" the novelist is a surname, no kind of person
    assert kinds["accident"] == kinds["pileup"] == "accident"
    assert firm_operations()["airport"] == "firm" and firm_operations()["airfield"] == "firm"
