"""A relative clause that reports a force's move over ground, with a past verb of its own, mobilizes; one that
describes the force does not (plover_conventions.md §408).

Sentences are written for these tests and run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from event_parties import types_and_modes


@pytest.mark.parametrize("text", [
    "Bombers that flew over the Channel were spotted.",
    "Tanks which crossed the border were seen.",
])
def test_a_move_reported_by_a_relative_clause_mobilizes(text):
    assert types_and_modes(text) == [("MOBILIZE", "troops")]


@pytest.mark.parametrize("text", [
    "The troops guarding the embassy were tired.",              # a description, no clause of its own
    "Battalions that are moving across the desert were seen.",   # no past act
    "Units that are based in Texas were seen.",
    "Tourists who crossed the border were happy.",               # no force
    "The soldiers who approached the old woman smiled.",         # a person is no ground
])
def test_a_force_described_is_no_move(text):
    assert types_and_modes(text) == []
