"""A party that comes under fire or under censure from critics, or for what it did, is criticized (conventions §627):
CAMEO's COME (UNDER FIRE) [:111] and COME (UNDER CENSURE) [:110], ACCUSE/disapprove with the subject as the target.
Fire from armed men, or with neither an actor it comes from nor a reason, is shooting the sentence does not call
criticism.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import parties, types_and_modes


@pytest.mark.parametrize("sentence", [
    "The health minister came under fire from opposition lawmakers over the vaccine shortage.",
    "The labour ministry has come under fire for cutting pensions.",
    "The governor came under censure from the state assembly for the missing funds.",
    "Zambia's election board came under fire from the Catholic Church after the delayed count.",
])
def test_censure_met_is_criticism(sentence):
    assert ("ACCUSE", "disapprove") in types_and_modes(sentence)


def test_the_one_under_fire_is_the_target():
    actors, recipients = parties("The Kenyan police came under fire from Amnesty International over the arrests.",
                                 "ACCUSE")
    assert "Amnesty International" in actors and any("police" in r for r in recipients)


@pytest.mark.parametrize("sentence", [
    "The convoy came under fire from rebels near Goma.",  # armed men shoot
    "A patrol came under fire near the border.",  # neither critic nor reason
    "The base came under fire for three hours before dawn.",  # a time, no reason
    "The outpost came under fire for the second time since the truce.",  # an occasion counted
    "A supply column came under fire from unknown assailants.",  # no actor, no reason
    "The currency came under attack from speculators.",  # no word of CAMEO's pattern
])
def test_fire_that_is_no_criticism(sentence):
    assert "ACCUSE" not in {t for t, _ in types_and_modes(sentence)}
