"""Ultimatums: a demand whose other choice is a penalty is a threat (plover_conventions.md §113).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def coded(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in load()(sentence)._.events if "negated" not in e.aux]


@pytest.mark.parametrize("sentence, mode", [
    ("Kenya told the rebels to surrender or be killed.", "violence"),     # the demand folded after its penalty
    ("The regulator gave the company a week to comply with the law or risk suspension.", "relations"),
    ("Leave the country or face arrest, Chad told the journalists.", "arrest"),
])
def test_a_demand_with_a_penalty_as_its_other_choice_is_a_threat(sentence, mode):
    assert ("THREATEN", mode) in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya asked the rebels to surrender or leave.",           # two choices, neither a penalty
    "Chad must decide whether to negotiate or be attacked.",   # a choice weighed, not a demand
])
def test_a_choice_without_a_penalty_demanded_is_no_threat(sentence):
    assert "THREATEN" not in [t for t, _ in coded(sentence)]
