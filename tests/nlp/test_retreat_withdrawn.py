"""Armed forces or envoys pulled from a place, or brought home, are withdrawn, and control of a place handed over is
ceded (plover_conventions.md §407): forces retreat, envoys are SANCTION by §46.

Sentences are written for these tests and run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from event_parties import types_and_modes


@pytest.mark.parametrize("text", [
    "The United States pulled its troops from Syria.",
    "Turkey pulled two battalions from the border.",
    "Israel has transferred control of Jericho and Tulkarem.",              # ceding territory
])
def test_forces_pulled_or_control_ceded_retreat(text):
    assert types_and_modes(text) == [("RETREAT", "withdraw")]


@pytest.mark.parametrize("text", [
    "Germany pulled its diplomats out of the country.",
    "Britain brought home its envoy.",
    "The United States pulled its ambassador from Syria due to security concerns.",
])
def test_envoys_pulled_are_withdrawn_by_sanction(text):
    assert types_and_modes(text) == [("SANCTION", "withdraw")]


@pytest.mark.parametrize("text", [
    "The governor pulled the bill.",                                    # no force, no envoy
    "The coach pulled his players from the game.",
    "The company transferred control of the firm to its founder.",      # no place
    "The council handed control of the budget to the mayor.",
])
def test_nothing_pulled_or_ceded_is_no_event(text):
    assert types_and_modes(text) == []


def test_unchanged_readings():
    assert types_and_modes("Russia withdrew its troops from the region.") == [("RETREAT", "withdraw")]
    assert types_and_modes("France recalled its ambassador from Paris.") == [("SANCTION", "withdraw")]
    assert types_and_modes("The army relinquished control of the city.") == [("RETREAT", "withdraw")]


@pytest.mark.parametrize("text, mode", [
    ("Beijing sent home the Lithuanian ambassador.", "expel"),          # another country's envoy
    ("Washington brought home the U.S. ambassador.", "withdraw"),      # its own
])
def test_an_envoy_sent_home_is_expelled_or_withdrawn_by_whose_it_is(text, mode):
    assert types_and_modes(text) == [("SANCTION", mode)]
