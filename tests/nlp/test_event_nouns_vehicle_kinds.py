"""An event noun that modifies a conveyance WordNet makes the head of a compound with it names the conveyance's kind,
and so does it before any conveyance that compound is a kind of (conventions §358): WordNet's "patrol boat" is a kind
of {vessel, watercraft}, so "patrol vessels" are craft, no patrol. A patrol made stays one.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "The coast guard commissioned three new patrol vessels last year.",
    "The shipyard delivered a patrol vessel to the navy of Ghana.",
])
def test_an_event_noun_naming_a_conveyances_kind_is_no_event(sentence):
    assert "MOBILIZE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Police patrols in the capital were stepped up after the attack.",
    "Chinese vessels patrol the disputed waters.",
])
def test_a_patrol_made_stays_one(sentence):
    assert "MOBILIZE" in types(sentence)
