"""An act met "with" is that act, aimed at whoever meets it (conventions §282): "the plan was met with criticism
from Kenya" is Kenya's criticism, "President Ruto was met with protests" protests against him; neither is a
meeting. "Met with the minister" and "met with protesters" still gather.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

import parley
from nlp.test_events import events_with_parties as events


@pytest.mark.parametrize("sentence, type_, actor", [
    ("The budget plan was met with criticism from Uganda.", "ACCUSE", "Uganda"),
    ("The new tax law met with condemnation from Tanzania.", "ACCUSE", "Tanzania"),
])
def test_an_act_met_with_is_that_act_and_no_meeting(sentence, type_, actor):
    found = events(sentence)
    assert "CONSULT" not in [t for t, _, _ in found]
    assert any(t == type_ and actor in " ".join(actors) for t, actors, _ in found)


@pytest.mark.parametrize("sentence", [
    "The decision met with fierce resistance from the opposition.",
    "The new curfew was met with stiff resistance in the capital.",
])
def test_resistance_met_is_no_meeting(sentence):
    assert "CONSULT" not in [t for t, _, _ in events(sentence)]


@pytest.mark.parametrize("sentence, type_", [
    ("President Ruto was met with protests in Kisumu.", "PROTEST"),
    ("President Ruto was met with criticism from Uganda.", "ACCUSE"),
])
def test_whoever_meets_an_act_is_its_target(sentence, type_):
    assert any(t == type_ and "Ruto" in " ".join(recipients) for t, _, recipients in events(sentence))


@pytest.mark.parametrize("sentence", [
    "The foreign minister met with the president of Uganda in Kampala.",
    "President Ruto met with the opposition on Monday.",
    "The minister met with protesters outside parliament.",
    "President Ruto met with a delegation from Uganda.",
])
def test_a_party_met_with_is_a_meeting(sentence):
    assert "CONSULT" in [t for t, _, _ in events(sentence)]


def test_an_act_met_keeps_its_own_doer():
    assert any(t == "SANCTION" and "European Union" in " ".join(actors)
               for t, actors, _ in events("The proposal was met with sanctions by the European Union."))


def test_a_with_of_means_is_no_act_met():
    # "win" draws support as its object ("won support from"), but what it wins "with" is a means: a poll's share
    assert "SUPPORT" not in [t for t, _, _ in events("In the poll, Senator Lund wins with 38 percent support.")]


def test_an_act_drawn_keeps_its_reading():
    assert any(t == "ACCUSE" and "Uganda" in " ".join(actors)
               for t, actors, _ in events("The budget plan drew criticism from Uganda."))


def test_an_act_met_with_is_governed_as_its_verb_of_meeting():
    """A threat of arrests made through "met with" stays one threat of arrest, not a threat beside a separate arrest
    or restriction."""
    found = parley.extract("The minister warned that any attempt to storm the airport would be met with arrests.",
                           published="2024-05-01").events
    assert [(e.type, e.mode) for e in found if e.type != "ASSAULT"] == [("THREATEN", "arrest")]
