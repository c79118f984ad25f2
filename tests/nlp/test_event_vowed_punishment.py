"""An announced plan to punish is a threat (issue 14): an arrest or an expulsion announced threatens imprisonment or
expulsion, as a conditional one does (conventions §351).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def events(sentence: str) -> list[tuple[str, str | None, frozenset[str]]]:
    return [(e.type, e.mode, frozenset(e.aux)) for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence, mode", [
    ("Protesters who block the roads will be arrested.", "arrest"),
    ("Officials said anyone who breaks the curfew will be detained.", "arrest"),
    ("The government will deport all foreign workers without permits.", "expel"),
])
def test_an_announced_arrest_or_expulsion_threatens_its_own_mode(sentence, mode):
    assert ("THREATEN", mode, frozenset({"future"})) in events(sentence)


@pytest.mark.parametrize("sentence, mode", [
    ("Police would seize any vehicle parked on the bridge.", "restrict"),   # property, not territory (§346)
    ("The army will attack the town.", "violence"),
])
def test_other_announced_acts_keep_their_types_threat_mode(sentence, mode):
    assert ("THREATEN", mode, frozenset({"future"})) in events(sentence)
