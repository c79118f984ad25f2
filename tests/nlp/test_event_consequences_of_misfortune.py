"""Consequences suffered of a misfortune or of another's doing are no threat (plover_conventions.md §383): §16's
"suffer the consequences" threatens only when they are of the sufferer's own act, or of nothing named; the test of
"of" is §367's (event_nouns.of_another_cause).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types_in_pipeline as types


@pytest.mark.parametrize("sentence", [
    "Farmers will suffer the consequences of the drought.",
    "Herders in the north will bear the consequences of the floods.",
    "Pakistan will suffer the consequences of the earthquake for years.",
])
def test_consequences_of_a_misfortune_are_no_threat(sentence):
    assert "THREATEN" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The junta will suffer the consequences of its actions.",   # one's own doing
    "The junta will suffer the consequences if it ignores the deadline.",
    "Russia will pay a price for its aggression.",
])
def test_consequences_of_ones_own_act_are_a_threat(sentence):
    assert "THREATEN" in types(sentence)
