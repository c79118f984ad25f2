"""Units named military by the service or the arms they are part of (plover_conventions.md §560), and forces or arms
made ready (§561), are a mobilization; and the ways news says MOBILIZE that the audit of §562 found already read.

Sentences are written for these tests and run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from event_parties import types_and_modes


@pytest.mark.parametrize("text", [
    "The commander put his rocket units on standby.",                  # a weapon names the unit
    "The army moved two artillery units to the border.",
    "Army units were redeployed to the eastern front on Monday.",     # a service names it
    "The ministry sent special forces units to the capital.",
])
def test_a_unit_named_by_its_service_or_arms_mobilizes(text):
    assert ("MOBILIZE", "troops") in types_and_modes(text)


@pytest.mark.parametrize("text", [
    "The company moved two production units to Mexico.",              # no service, no arms
    "The hospital moved its cardiac unit to a new wing.",
    "The developer built 300 housing units near the border.",
    "The firm sent two units to the trade fair.",                     # a unit named by nothing
])
def test_a_unit_of_no_forces_is_no_mobilization(text):
    assert all(event_type != "MOBILIZE" for event_type, _ in types_and_modes(text))


@pytest.mark.parametrize(("text", "mode"), [
    ("Guatemala's government readied troops ahead of the vote.", "troops"),    # prepare.v.01's "ready"
    ("The navy readied two destroyers in the gulf.", "troops"),
    ("Two destroyers were readied in the gulf.", "troops"),                     # passive
    ("The rebels prepared their fighters for a new offensive.", "troops"),     # prepare.v.01's "prepare"
    ("The army readied its missile launchers on Tuesday.", "weapons"),        # arms made ready
])
def test_forces_or_arms_made_ready_mobilize(text, mode):
    assert ("MOBILIZE", mode) in types_and_modes(text)


@pytest.mark.parametrize("text", [
    "The chef prepared dinner for the visiting delegation.",           # no forces, no arms
    "The ministry prepared a report on the budget.",
    "The coach readied his players for the final.",
    "The party readied its volunteers for the election.",
])
def test_what_is_made_ready_that_is_no_force_is_no_mobilization(text):
    assert all(event_type != "MOBILIZE" for event_type, _ in types_and_modes(text))


@pytest.mark.parametrize(("text", "mode"), [
    # the audit's table (§562): ways of saying MOBILIZE parley already read on base 9f30c4d
    ("Syria massed troops along its northern border.", "troops"),
    ("Israel called up 60,000 reservists on Sunday.", "troops"),
    ("Police stepped up security around the parliament.", "police"),
    ("North Korea test-fired a ballistic missile on Friday.", "weapons"),
    ("The army built fortifications along the river.", "troops"),
    ("Reinforcements arrived in the city overnight.", "troops"),
    ("Armoured and artillery units were redeployed to the north.", "troops"),
])
def test_mobilizations_already_read(text, mode):
    assert ("MOBILIZE", mode) in types_and_modes(text)
