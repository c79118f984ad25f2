"""An event noun inside a WordNet compound that names a thing reports no event (conventions §100).

Sentences are written for these tests; each thing compound is tested beside an event compound it must keep.
"""

from __future__ import annotations

import pytest

from generators import generator
from nlp.test_events import _event_nouns_builder, types



@pytest.mark.parametrize("sentence, absent", [
    ("The police brought two attack dogs to the stadium.", "ASSAULT"),    # the event noun names the kind of a thing
    ("The old farmer died of a heart attack on Sunday.", "ASSAULT"),      # the compound is a state, not an assault
    ("Her cousin hosts a talk show on the radio.", "CONSULT"),            # a broadcast, not talks
    ("Agents of the border patrol walked along the river.", "MOBILIZE"),  # an agency
    ("The city opened a new detention centre near the airport.", "COERCE"),
])
def test_an_event_noun_in_a_thing_compound_codes_no_event(sentence, absent):
    assert absent not in types(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Rebels launched an attack on the barracks.", "ASSAULT"),            # the event noun alone
    ("Two prisoners began a hunger strike in the jail.", "PROTEST"),      # noun.act: an event compound
    ("The leaders held a summit meeting in the capital.", "CONSULT"),     # a gathering
    ("Guards put the former minister under house arrest.", "COERCE"),
])
def test_an_event_compound_still_codes_its_event(sentence, expected):
    assert expected in types(sentence)


def _builder():
    _event_nouns_builder()  # WordNet and the shared PLOVER files are here, or the test is skipped
    return generator("build_nonevent_compounds")


def test_nonevent_compounds_file_is_what_the_script_builds():
    builder = _builder()
    assert builder.build_text() == builder.OUTPUT.read_text(encoding="utf-8")


def test_nonevent_compounds_are_things_by_wordnet():
    builder = _builder()
    rows = builder.build({"nouns": {"attack": "ASSAULT", "strike": "ASSAULT", "talk": "CONSULT",
                                    "meeting": "CONSULT", "raid": "ASSAULT", "bomb": "ASSAULT"},
                          "compounds": {"car bomb": "ASSAULT"}, "verb_objects": {}},
                         [], builder.WordNet(builder.WORDNET_DIR))
    pairs = {(modifier, head) for modifier, head, _ in rows}
    assert {("attack", "dog"), ("heart", "attack"), ("talk", "show")} <= pairs
    # acts, events and gatherings stay events; a compound the curated lexicon codes is not listed
    assert not {("hunger", "strike"), ("air", "raid"), ("summit", "meeting"), ("car", "bomb")} & pairs
