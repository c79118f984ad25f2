"""The CAMEO tier's patterns of an object and a preposition (conventions §247): "threw its weight behind" an actor,
"rushed police to the border". The tier reads only verbs the curated lexicon does not know, in sentences it finds
nothing in.

Sentences are written for these tests; each pattern is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from generators import generator
from parley.nlp.event_lexicon import ANY_ACTOR, Code, FallbackTriggers, TriggerLexicon
from parley.nlp.pipeline import load


def codes(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in load()(sentence)._.events]


def _rows(*patterns: str) -> dict[str, dict[str, str]]:
    """What the builder makes of CAMEO pattern lines found with the verbs of a one-verb synonym set."""
    builder = generator("build_cameo_fallback")
    translate = builder.CodeTranslator({"051": ("SUPPORT", None), "153": ("MOBILIZE", "police"),
                                        "102": ("REQUEST", "assist"), "192": ("COERCE", "seize")},
                                       {"MOBILIZE/police", "REQUEST/assist", "COERCE/seize"})
    collector = builder.Collector()
    for line in patterns:
        builder._pattern(line, ["throw"], {"&MILITARY": ["troops", "army"]}, translate, collector)
    return collector.sections()


def test_an_object_with_a_preposition_is_a_row_of_its_own():
    sections = _rows("- * WEIGHT (BEHIND)  [051]", "- * POLICE (TO BORDER)  [153]", "- * &MILITARY (INTO +)  [192]")
    assert sections["object_prep"] == {"throw weight behind +": "SUPPORT", "throw police to border": "MOBILIZE/police",
                                       "throw troops into +": "COERCE/seize", "throw army into +": "COERCE/seize"}
    assert sections["verb_object"] == {} and sections["phrasal"] == {}


def test_a_particle_with_a_preposition_is_left_to_the_phrasal_verb():
    assert _rows("- * OUT (TO ALLIES)  [022]") == _rows()


def test_the_loader_keys_both_kinds_by_verb_object_preposition_and_noun():
    table = FallbackTriggers.load().prep_objects
    assert table[("throw", "weight", "behind", ANY_ACTOR)] == Code("SUPPORT")
    assert table[("rush", "police", "to", "border")] == Code("MOBILIZE", "police")
    assert table[("warn", "", "against", "air strike")] == Code("THREATEN", "violence")  # the rows before


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya threw its weight behind Chad's president.", ("SUPPORT", None)),        # the phrase on the object
    ("Uganda slashed dollars from the security package.", ("SANCTION", "discontinue")),
    ("Kenya rushed police to the border.", ("MOBILIZE", "police")),                # before "rush police" alone
])
def test_the_tier_reads_an_object_with_a_preposition(sentence, expected):
    assert "throw" not in TriggerLexicon.load().known_verbs
    assert codes(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "The minister threw his weight behind the new budget.",   # no actor behind which
    "The coach threw the ball into the crowd.",               # no pattern, no actor acts
    "Uganda slashed prices from the start of the season.",    # another object
])
def test_an_object_and_a_preposition_outside_the_patterns_make_no_event(sentence):
    assert codes(sentence) == []


def test_a_shorter_pattern_still_codes_where_no_preposition_follows():
    assert codes("Kenya threw rocks at the French embassy.") == [("ASSAULT", None)]
