"""A side that cancels, abandons or puts off a measure of its own concedes (the PLOVER manual's CONCEDE: "many policy
changes"; CAMEO 0832 "accede to demands for change in policy"; conventions §454).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events


@pytest.mark.parametrize("sentence, expected", [
    ("The Kenyan government shelved the planned fuel tax on Monday.", [("CONCEDE", None, ["Kenya"], [])]),
    ("The Ghanaian government axed its plan to privatise the port.", [("CONCEDE", None, ["Ghana"], [])]),
    ("The Kenyan government waived the visa fees for Ugandan students.",
     [("CONCEDE", None, ["Kenya"], ["Ugandan"])]),
    ("The Ghanaian government ditched the proposed levy on mobile payments.", [("CONCEDE", None, ["Ghana"], [])]),
    ("The Kenyan government postponed the reform indefinitely.", [("CONCEDE", None, ["Kenya"], [])]),
    ("The Kenyan government dropped the controversial decree on charities.", [("CONCEDE", None, ["Kenya"], [])]),
])
def test_own_measure_abandoned_is_conceded(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # what a debate is on is not dropped
    ("The Kenyan parliament postponed the vote on the bill.", []),
    # a measure dropped in a clause of condition is another's demand, no concession made
    ("Kenya will keep its tariffs on Ugandan sugar until Uganda drops its fuel levy.", []),
    ("Kenya threatened to close the border unless Uganda axes its new fuel tax.",
     [("THREATEN", "restrict", ["Kenya"], [])]),
    # another party's measure is refused, not abandoned
    ("The Kenyan government axed the opposition's proposal.", []),
    # no measure: a ceasefire, duties, a weapons programme (disarmament, not a policy eased)
    ("The rebels ditched the ceasefire.", []),
    ("The soldiers abandoned their duties.", []),
    ("Iran axed its nuclear programme.", []),
    # a meeting cancelled stays SANCTION (§38)
    ("The Kenyan government cancelled the meeting with Uganda.", [("SANCTION", "withdraw", ["Kenya"], ["Uganda"])]),
    # a law repealed is no event by itself (§35)
    ("The Kenyan parliament repealed the health care law.", []),
])
def test_no_own_measure_abandoned(sentence, expected):
    assert events(sentence) == expected
