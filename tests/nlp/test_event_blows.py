"""A blow dealt to a person is an assault (conventions §431), and so is harm named by its manner: rough handling, a
cut, a ramming, a setting ablaze (§444).

Sentences are written for these tests; each is beside the sentences the rule must leave alone.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import codes, types_in_pipeline


# §431: a verb of dealing a blow (WordNet 3.0 hit.v.03, strike.v.01 and their troponyms) with a person struck.
@pytest.mark.parametrize("sentence", [
    "A prison guard punched the inmate in the face.",
    "The officer slapped a young protester outside the courthouse.",
    "Two men pummelled a taxi driver near the station.",
    "A bouncer smacked a customer at the door of the club.",
    "The teacher was punched by a student on Tuesday.",
    "Masked men whacked the reporter with a metal bar.",
])
def test_a_blow_dealt_to_a_person_is_an_assault(sentence):
    assert ("ASSAULT", "beat") in codes(sentence)


@pytest.mark.parametrize("sentence", [
    "Senator Lund bashed Governor Ortiz over his tax plan.",    # words between people in politics
    "The columnist bashed Janet Ruiz again on Sunday.",          # a person named, nothing physical
    "Washington slapped new tariffs on Chinese steel.",          # a thing, no one struck
    "The new levy will whack small firms in the region.",        # firms, no person
    "She punched the numbers into the calculator.",              # a thing
    "The storm battered the coast for two days.",                # a place
    "Republicans bashed the senator's budget plan.",             # an idea
    "Brussels slapped the minister and his aides with sanctions.",   # a measure, no hand
    "He said he would like to punch the heckler in the face.",   # a blow wished, none dealt
])
def test_a_blow_to_no_person_or_in_words_is_no_assault(sentence):
    assert "ASSAULT" not in types_in_pipeline(sentence)  # the actors component says who is in politics


def test_the_blow_verbs_are_what_wordnet_gives():
    rows = rebuilt("build_blow_verbs", "data.verb", "index.verb").OUTPUT.read_text(encoding="utf-8").split()
    kinds = dict(row.split(",") for row in rows if not row.startswith("#") and "," in row)
    assert {"punch", "slap", "smack", "pummel", "whack", "headbutt", "shove", "manhandle", "strangulate"} <= {
        verb for verb, kind in kinds.items() if kind == "blow"}
    assert kinds["slash"] == "cut" and kinds["ram"] == "ram"
    # words, a win, an arrest, a holding back (strangle.v.04 hampers); a first sense of no harm (choke.v.01 breathes,
    # throttle.v.01 restricts, grab.v.01 holds)
    assert not {"knock", "rap", "strike", "smash", "wallop", "cuff", "beat", "strangle", "choke", "throttle", "grab",
                "push"} & set(kinds)


# §444: rough handling (shove.v.02, jostle.v.02, manhandle.v.01), a cut (slash.v.01, slash.v.03) and a
# ramming (ram.v.01) dealt to a person, or a ramming of a vessel or a vehicle.
@pytest.mark.parametrize("sentence, mode", [
    ("A border guard shoved the migrant into the river.", "beat"),
    ("Plainclothes officers manhandled the reporter outside the court.", "beat"),
    ("A guard elbowed the prisoner in the ribs.", "beat"),
    ("A man with a machete slashed two villagers near the market.", "primitive"),
    ("A speeding van rammed pedestrians on the avenue.", None),
    ("Coast guard ships rammed two fishing boats near the reef.", None),
])
def test_harm_named_by_its_manner_is_an_assault(sentence, mode):
    assert ("ASSAULT", mode) in codes(sentence)


# §444: setting a person, a building or a vehicle ablaze (WordNet 3.0 set_ablaze.v.01, ablaze.s.02's words).
@pytest.mark.parametrize("sentence", [
    "The man poured petrol on his neighbour and set him ablaze.",
    "Gang members set the police station alight on Sunday.",
    "Militiamen set several houses ablaze in the village.",
    "Rockets hit the port, setting two fuel tankers ablaze.",
])
def test_set_ablaze_is_an_attack_with_fire(sentence):
    assert ("ASSAULT", "primitive") in codes(sentence)


@pytest.mark.parametrize("sentence", [
    "Ministers pushed the bill through parliament.",                 # a law moved, no one pushed
    "The government slashed taxes on fuel.",                         # slash.v.04: a cut in numbers
    "The coalition rammed through a new electoral law.",             # ram.v.02: a law forced through
    "The senator torched the proposal in a fiery speech.",           # an idea
    "The scandal grabbed headlines across the country.",             # headlines, no person
    "Her goal set the tournament alight.",                           # a contest set alight in a figure
    "The leaked memo set social media ablaze.",                      # a medium
    "The hospital throttled spending on new equipment.",             # throttle.v.01 restricts
    "Traders accused the regulator of strangling small exporters.",  # strangle.v.04 hampers
    "Masked officers shoved past reporters and lawyers to reach the stage.",  # a way made past them
])
def test_figurative_harm_is_no_assault(sentence):
    assert "ASSAULT" not in types_in_pipeline(sentence)


def test_a_fire_told_of_a_riot_is_the_riots():
    assert codes("Riots in which several cars were set alight spread to the suburbs.") == [("PROTEST", "riot")]
