"""A deadline given to a party is an ultimatum (plover_conventions.md §552): the manual's THREATEN "give a final
warning, ultimate demand or order", CAMEO 139's "GIVE * HOURS", "GIVE * {TWO WEEKS}". Diplomats given hours to
leave are still expelled (§187), unless the deadline holds out a penalty.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events


def types(sentence: str) -> list[str]:
    return [t for t, _, _, _ in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The military council gave the rebels three days to hand over the airport.",
    "Kenya gave the militia two weeks to release the hostages.",
    "Nigeria's electoral commission gave the opposition parties until Friday to register their candidates.",
    "The African Union gave the junta one month to restore civilian rule.",
    "The striking nurses were given 24 hours to return to their wards.",
    # the penalty held out after "or be": the deadline stays the threat
    "The government gave the newspaper ten days to pay the fine or be closed.",
    "Chad gave the French envoy 48 hours to leave or be escorted out by the police.",
])
def test_a_deadline_given_to_a_party_is_an_ultimatum(sentence):
    assert types(sentence) == ["THREATEN"]


def test_the_giver_threatens_the_party_given_the_deadline():
    assert ("THREATEN", "relations", ["Kenya"], []) in events("Kenya gave the militia two weeks to release the hostages.")


@pytest.mark.parametrize("sentence, expected", [
    # diplomats given hours to leave are expelled by the deadline (§187)
    ("Chad gave the French ambassador 48 hours to leave the country.", ["SANCTION"]),
    # an order to go, or the term of an act done, holds out no choice
    ("Mali gave the Danish soldiers 72 hours to leave the country.", []),
    ("Kenya closed the camps, giving the charities until June to move their staff.", []),
    # a period that says how long before a clause, not one given
    # (the rebels' leaving, only allowed, is a hypothetical withdrawal: §571, §539)
    ("The army struck two days before the rebels were allowed to leave the town.", ["ASSAULT", "CONCEDE", "RETREAT"]),
    # a deadline one sets oneself threatens no one
    ("The commission has given itself until June to finish its report.", []),
    # time given for no act demanded
    ("The court gave the ministry two weeks of extra time.", []),
    ("The army gave the soldiers three days of leave.", []),
])
def test_what_is_no_ultimatum(sentence, expected):
    assert [t for t in types(sentence) if t != "AGREE"] == expected


@pytest.mark.parametrize("sentence, mode", [
    # the penalty held out gives the threat its mode, as §113's ultimatums take it
    ("The army gave the rebels a week to disarm or be killed.", "violence"),
    # §113's penalty after a verb of facing, as before
    ("The junta gave the journalists 48 hours to leave or face arrest.", "arrest"),
    ("The union gave the ministry ten days to pay the teachers or face a national strike.", "restrict"),
])
def test_an_ultimatum_takes_the_mode_of_its_penalty(sentence, mode):
    assert [(t, m) for t, m, _, _ in events(sentence)] == [("THREATEN", mode)]
