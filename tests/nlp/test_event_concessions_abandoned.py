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


@pytest.mark.parametrize("sentence, expected", [
    # "the government" stands for a country (country_nouns) and may abandon its measure as a named one does
    ("The government shelved the planned fuel tax after two weeks of protests.",
     [("CONCEDE", None, [], []), ("PROTEST", "demo", [], [])]),
    # roll back: the measure taken back to where it was (rollback.n.02)
    ("The Kenyan government rolled back the decree on charities.", [("CONCEDE", None, ["Kenya"], [])]),
    # a measure put on a postponement (hold.n.04, back_burner.n.01) or on ice (freeze.v.05's state)
    ("The Kenyan government put the pension overhaul on hold.", [("CONCEDE", None, ["Kenya"], [])]),
    ("The Ghanaian government put its tax reform on the back burner.", [("CONCEDE", None, ["Ghana"], [])]),
    ("The Ghanaian government placed the new levy on ice.", [("CONCEDE", None, ["Ghana"], [])]),
    # a retreat from one's own measure (retreat.v.04, back_down.v.01, backtrack.v.01, climb-down.n.01, course.n.02
    # reversed)
    ("The Kenyan government reversed course on its plan to tax bread.", [("CONCEDE", None, ["Kenya"], [])]),
    ("The Kenyan government climbed down over the fuel tax.", [("CONCEDE", None, ["Kenya"], [])]),
    ("The Kenyan government backtracked on the export levy.", [("CONCEDE", None, ["Kenya"], [])]),
    ("The Kenyan government backed away from its plan to privatise the port.", [("CONCEDE", None, ["Kenya"], [])]),
    ("The Ghanaian ministry backed away from its ban on street vendors.", [("CONCEDE", None, ["Ghana"], [])]),
    # the increase of a measure or a price is the measure (increase.n.02, hike.n.02 "an increase in cost")
    ("The Kenyan government froze the planned fuel tax increase.", [("CONCEDE", None, ["Kenya"], [])]),
    ("The Ghanaian government cancelled the fuel price hike.", [("CONCEDE", None, ["Ghana"], [])]),
    ("The Kenyan government postponed the rise in school fees.", [("CONCEDE", None, ["Kenya"], [])]),
])
def test_own_measure_held_off_or_retreated_from_is_conceded(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a pledge backed out of is reneged on, not conceded (renege.v.01)
    ("Brazil backtracked on its pledge to cut tariffs.", []),
    # a retreat from no measure
    ("The Kenyan soldiers backtracked on the mountain road.", []),
    # put on something that is no postponement
    ("The Kenyan government put the new levy on the agenda.", []),
    # an increase that is no measure's
    ("The Ghanaian government cancelled the planned increase in salaries.", []),
])
def test_no_own_measure_held_off_or_retreated_from(sentence, expected):
    assert events(sentence) == expected
