"""The noun of a verb that heads a verb-object pattern reads its "of" object as that verb's object (conventions
§316): "the declaration of war" is "declare war", "the imposition of a curfew" "impose a curfew".
The noun table is WordNet's (scripts/build_object_verb_nouns.py); an object no pattern names gives nothing.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import parties
from generators import generator, require
from parley.nlp.pipeline import load


def events(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence, code", [
    ("Chile's declaration of a state of emergency angered the unions.", ("COERCE", "martial-law")),
    ("The declaration of war by Ecuador shocked Peru.", ("THREATEN", "violence")),
    ("The imposition of a curfew in Bamako angered residents.", ("COERCE", "curfew")),
    ("The government ordered the closure of two newspapers.", ("COERCE", "censor")),
    ("Kenya announced the closure of its border with Somalia.", ("COERCE", "restrict")),
])
def test_a_nominalized_pattern_reads_its_of_object_as_the_verbs(sentence, code):
    assert code in events(sentence)


@pytest.mark.parametrize("sentence, type_, actors", [
    ("Chile's declaration of a state of emergency angered the unions.", "COERCE", ["Chile"]),
    ("The declaration of war by Ecuador shocked Peru.", "THREATEN", ["Ecuador"]),
])
def test_the_nouns_own_doer_does_the_act(sentence, type_, actors):
    assert parties(sentence, type_)[0] == actors


@pytest.mark.parametrize("sentence", [
    "The closure of the factory left 300 workers without jobs.",   # close factory: no pattern
    "The declaration of independence was read aloud in the square.",
    "The movement of goods across the border slowed in March.",
    "Flight cancellations at Heathrow rose sharply after the storm.",  # a compound modifier names a kind
])
def test_an_object_no_pattern_names_gives_no_event(sentence):
    assert events(sentence) == []


def test_the_built_table_is_what_wordnet_derives_from_the_pattern_verbs():
    builder = generator("build_object_verb_nouns")
    require(builder.WORDNET_DIR / "data.noun")
    assert builder.build_text() == builder.OUTPUT.read_text(encoding="utf-8")
    curated = {"verb_objects": {"declare war": "THREATEN/violence", "close border": "COERCE/restrict",
                                "extend ban": "COERCE/restrict", "ban rally": "COERCE/restrict"},
               "nouns": {}, "compounds": {}}
    nouns = builder.build(curated, builder.WordNet(builder.WORDNET_DIR))
    assert nouns["declaration"] == ["declare"] and nouns["closure"] == ["close"]
    # an amount first; a noun spelled as its verb; a gerund
    assert not {"extent", "ban", "closing"} & set(nouns)
