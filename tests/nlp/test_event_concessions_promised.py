"""A concession promised is a concession (the PLOVER manual's CONCEDE: "promises of future concessions, including
easing of administrative or legal restrictions on persons and organizations, … suspending protests, declarations (but
not implementations) of ceasefires"): acts of force or restrictions a promise says its maker will scale down or ease
(conventions §364), and a restriction a side agrees to ease by itself (§365).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events


@pytest.mark.parametrize("sentence, expected", [
    # attacks scaled back are conceded, no attack reported (§364)
    ("The rebels offered to scale back their attacks for ten days.", [("CONCEDE", None, ["rebels"], [])]),
    ("The army pledged to cut back its airstrikes in the north.", [("CONCEDE", None, ["army"], [])]),
    # a restriction cut down, as one eased
    ("The Kenyan government pledged to scale back the curfew.", [("CONCEDE", None, ["Kenya"], [])]),
])
def test_force_or_restriction_scaled_down_by_promise_is_conceded(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Kenyan government agreed to loosen controls on the press.", [("CONCEDE", None, ["Kenya"], [])]),
    ("The Kenyan government agreed to lift the curfew.", [("CONCEDE", None, ["Kenya"], [])]),
    ("The Kenyan government consented to relax the curfew.", [("CONCEDE", None, ["Kenya"], [])]),
    ("The rebels agreed to suspend their protests.", [("CONCEDE", None, ["rebels"], [])]),
])
def test_restriction_a_side_agrees_to_ease_by_itself_is_conceded(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # eased together or with another party: a deal (§365)
    ("Kenya and Uganda agreed to loosen trade rules together.", [("AGREE", None, ["Kenya", "Uganda"], [])]),
    ("The Kenyan government agreed with Uganda to lift the curfew.", [("AGREE", None, ["Kenya"], ["Uganda"])]),
    # an easing asked of another is no promise of one's own
    ("Kenya invited the rebels to suspend their protests.", [("AGREE", None, ["Kenya"], [])]),
    # readiness is intent (CAMEO PREPARE/READY, 03), as before
    ("The Kenyan government is prepared to lift the curfew.", [("AGREE", None, ["Kenya"], [])]),
    # a retreat agreed stays a deal (§8)
    ("The army agreed to withdraw from the city.", [("AGREE", None, ["army"], [])]),
    # no restriction on persons, no acts of force
    ("President Ruto promised to cut taxes.", [("AGREE", None, ["Ruto"], [])]),
    ("The Kenyan government promised to ease the suffering.", [("AGREE", None, ["Kenya"], [])]),
    ("The Taliban promised to reduce violence.", [("AGREE", None, ["Taliban"], [])]),
    # a meeting resumed is promised, as before
    ("The rebels pledged to reopen talks.", [("AGREE", None, ["rebels"], []), ("CONSULT", None, ["rebels"], [])]),
    # attacks not scaled back: the promise is no concession
    ("The rebels vowed not to scale back their attacks.",
     [("AGREE", None, ["rebels"], []), ("ASSAULT", None, ["rebels"], [])]),
    # a promised withdrawal, easing or suspension was a concession already (§8)
    ("The army pledged to withdraw from the city.", [("CONCEDE", None, ["army"], [])]),
    ("The Kenyan government promised to lift the curfew.", [("CONCEDE", None, ["Kenya"], [])]),
    ("Hamas promised to suspend its rocket attacks.", [("CONCEDE", None, ["Hamas"], [])]),
])
def test_what_must_not_change(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence", ["The Kenyan government pledged to reduce attacks by militants.",
                                      "The Kenyan government pledged to reduce the militants' attacks."])
def test_another_partys_attacks_curbed_are_no_concession(sentence):
    # the promise stays one, the attacks another's (whose actor is not this rule's to read)
    assert [e[0] for e in events(sentence)] == ["AGREE", "ASSAULT"]
