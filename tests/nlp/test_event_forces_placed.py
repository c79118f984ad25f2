"""Armed forces or arms put in a place are a mobilization (conventions §226).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types


@pytest.mark.parametrize("sentence", [
    "The navy has garrisoned marines on three small islands.",
    "The army put soldiers on the roofs of the ministry.",
    "The regime placed rocket launchers near the frontier.",
    "The general posted two battalions along the river.",
])
def test_armed_forces_or_arms_put_in_a_place_are_a_mobilization(sentence):
    assert "MOBILIZE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The librarian put the new books on the top shelf.",                   # no armed forces or arms
    "Mourners placed flowers at the memorial.",
    "The museum placed an old cannon's photograph in the lobby.",
    "Security was tight at the stadium on Sunday.",                        # a state, no act
    "Troop numbers have stayed at 4,000 for a year.",
    "Analysts put the rebels' yearly output at about 2,000 rockets.",      # an estimate: "at" says how many
    "Hundreds of fighters laid down their weapons in the town square.",    # a particle: weapons given up
    "The court put two soldiers on trial in the capital.",                 # a trial is no place
])
def test_things_put_in_a_place_that_are_no_armed_force_are_no_mobilization(sentence):
    assert "MOBILIZE" not in types(sentence)
