"""An authority that keeps people out or tells them to stay at home restricts them
(COERCE/restrict, manual: "restrictions on political freedoms or movement"; conventions §415, §416). The authority of
a clause with no subject of its own is found by climbing to the clause that lends it one.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest
from event_parties import parties

from nlp.test_events import codes_in_pipeline


@pytest.mark.parametrize("sentence", [
    "Border guards put up fences to keep the migrants out.",   # the purpose clause's doer is the guards
    "The government built a wall to keep the migrants out.",
    "Police kept the journalists out of the square.",
])
def test_people_an_authority_keeps_out_are_restricted(sentence):
    assert codes_in_pipeline(sentence) == [("COERCE", "restrict")]


def test_the_authority_is_the_actor():
    assert parties("Border guards put up fences to keep the migrants out.", "COERCE")[0] == ["Border guards"]


@pytest.mark.parametrize("sentence", [
    "Authorities told residents to stay at home.",
    "Police told people to stay indoors.",
    "The army told residents to remain indoors.",
    "Officials told residents to stay inside their homes.",
    "Residents were told to stay at home.",
    "Police told residents to stay indoors until the storm passes.",
])
def test_people_an_authority_tells_to_stay_at_home_are_restricted(sentence):
    assert codes_in_pipeline(sentence) == [("COERCE", "restrict")]


@pytest.mark.parametrize("sentence, expected", [
    ("The candidate vowed to keep migrants out.", [("AGREE", None)]),          # no authority, a pledge
    ("The campaign spent money to keep her out of Congress.", []),            # no authority
    ("The rain kept the fans out.", []),
    ("The rain stopped the march.", []),
    ("The mayor told reporters to stay tuned.", []),                          # speech, not confinement
    ("He told his kids to stay home.", []),                                   # no authority
    ("Officials told people to stay home if they are sick.", []),             # advice in a condition
    ("Officials urged people to stay home if sick.", [("REQUEST", None)]),    # advice asked for: REQUEST
])
def test_what_no_authority_restricts_is_left_as_it_was(sentence, expected):
    assert codes_in_pipeline(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The organizers were told to stop their demonstration.",    # the organizers, told, are the doers
    "The protesters, failing to halt their march, went home.",  # the protesters the participle describes
    "The organizers stopped their rally.",
    "Police halted the march.",
])
def test_a_gathering_is_not_read_as_stopped(sentence):  # §415 "Not kept": a gathering an authority stops
    assert ("COERCE", "restrict") not in codes_in_pipeline(sentence)
