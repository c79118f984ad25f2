"""Protests shown by their feeling, and military posture (conventions §130–§131).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from generators import generator, require
from nlp.test_events import types
from parley.nlp.event_lexicon import grievance_nouns


@pytest.mark.parametrize("sentence", [
    "Taxi drivers honked their horns for an hour in anger over fuel prices.",       # "in" a feeling
    "Students burned copies of the decree in a display of defiance.",               # a noun of showing "of" it
    "Nurses stood outside the ministry for hours in a sharp rebuke to the health minister.",
    "Truck drivers parked their rigs across the highway to vent their fury at the new tolls.",  # to voice it
    "Residents lit candles and rang church bells in an act of defiance against the curfew.",    # a participle's conjunct
    "A group of fishermen dumped rotten fish at the port in outrage over the quotas.",  # people after "of"
])
def test_people_acting_in_anger_or_defiance_protest(sentence):
    assert "PROTEST" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The minister slammed the door in anger after the vote.",                       # one person, no crowd
    "The government closed the embassy in a show of displeasure.",                  # a state objects its own way
    "Soldiers fired into the air in anger over their pay.",                         # armed forces
    "Teachers graded the papers at home in the evening.",                           # no feeling shown
    "Parents read the letter in the face of criticism from the school.",            # another's criticism
])
def test_acts_of_one_party_or_with_no_feeling_are_no_protest(sentence):
    assert "PROTEST" not in types(sentence)


def test_grievance_nouns_file_is_what_the_script_builds():
    builder = generator("build_grievance_nouns")
    require(builder.WORDNET_DIR / "data.noun")
    assert builder.build_text() == builder.OUTPUT.read_text(encoding="utf-8")
    grievances = grievance_nouns()
    assert {"anger", "fury", "outrage", "defiance", "rebuke", "reproach"} <= grievances
    assert not {"protest", "sadness", "fear", "grief"} & grievances  # no feeling of anger or reproach
