"""Approval given in idiom is SUPPORT (conventions §520): approve.v.01's "okay" ("okayed the merger"), the green
light or the go-ahead given (green_light.n.02 "permission to proceed"), and a blessing given to a plan named as the
carrier's first object ("gave the deal his blessing"). An act only permitted is not done (§521): "gave Kenya the
go-ahead to strike the camps" is no done ASSAULT.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

import parley


def events(sentence: str) -> list[tuple[str, frozenset[str]]]:
    return [(e.type, frozenset(e.aux)) for e in parley.extract(sentence, published="2024-05-01").events]


def doers(sentence: str, type_: str) -> list[str]:
    result = parley.extract(sentence, published="2024-05-01")
    names = {a.id: a.name for a in result.actors}
    return [names[a] for e in result.events if e.type == type_ for a in e.actors]


@pytest.mark.parametrize("sentence, doer", [
    ("Kenya gave the Ugandan proposal its blessing on Monday.", "Kenya"),
    ("The Kenyan cabinet gave the pipeline project the green light.", None),
    ("Chad granted approval for the sale of the new vaccine.", "Chad"),
    ("Chad gave the green light to the joint border patrols.", "Chad"),
    ("France gave the go-ahead for the sale of the frigates.", "France"),
    ("Turkey okayed the transfer of the prisoners to Kenya.", "Turkey"),
])
def test_approval_given_in_idiom_is_support(sentence, doer):
    assert "SUPPORT" in [type_ for type_, _ in events(sentence)]
    if doer:
        assert doer in doers(sentence, "SUPPORT")


@pytest.mark.parametrize("sentence", [
    "France gave Kenya the go-ahead to strike the rebel camps.",
    "Russia gave Chad the green light to attack the rebels near the border.",
    "Kenya gave Uganda permission to bomb the rebel bases.",
])
def test_an_act_only_permitted_is_not_done(sentence):
    assert ("ASSAULT", frozenset()) not in events(sentence)


@pytest.mark.parametrize("sentence, doer", [
    ("France gave Kenya the go-ahead to strike the rebel camps.", "Kenya"),     # the party given it (§534)
    ("Kenya gave Uganda permission to bomb the rebel bases.", "Uganda"),
    ("Kenya granted permission for Uganda to bomb the rebel bases.", "Uganda"),
])
def test_an_act_permitted_is_the_permitted_partys(sentence, doer):
    assert doers(sentence, "ASSAULT") == [doer]


@pytest.mark.parametrize("sentence", [
    "The bishop gave the crowd his blessing after the mass in Nairobi.",  # a benediction, no approval
    "The drivers waited for the green light at the junction in Nairobi.",  # a traffic signal
    "The rains were a blessing for the farmers of Chad.",                  # a boon
])
def test_a_blessing_or_a_light_not_given_to_a_plan_is_no_support(sentence):
    assert "SUPPORT" not in [type_ for type_, _ in events(sentence)]


def test_an_act_done_after_the_go_ahead_is_done():
    assert ("ASSAULT", frozenset()) in events("Kenyan jets struck the rebel camps after France gave the go-ahead.")
