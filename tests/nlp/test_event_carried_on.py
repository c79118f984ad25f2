"""An act a verb of carrying on carries ("keep fighting", "keep up the attacks", "go on fighting") is governed as
that verb is: a promise to keep fighting is one threat, as a promise to fight is (conventions §309, §21, §264).

Sentences are written for these tests; each carried-on form is tested beside its plain form, which it must match.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events


@pytest.mark.parametrize("carried, plain, expected", [
    ("Hamas pledged to keep fighting.", "Hamas pledged to fight.", [("THREATEN", "violence", ["Hamas"], [])]),
    ("Hamas pledged to continue fighting.", "Hamas pledged to fight.", [("THREATEN", "violence", ["Hamas"], [])]),
    ("Hezbollah vowed to go on fighting.", "Hezbollah vowed to fight.", [("THREATEN", "violence", ["Hezbollah"], [])]),
    ("Hezbollah vowed to keep on fighting.", "Hezbollah vowed to fight.", [("THREATEN", "violence", ["Hezbollah"], [])]),
    ("The Taliban vowed to keep up the attacks.", "The Taliban vowed to launch attacks.",
     [("THREATEN", "violence", ["Taliban"], [])]),
    ("The Taliban refused to keep fighting.", "The Taliban refused to fight.", [("REJECT", None, ["Taliban"], [])]),
])
def test_a_promise_to_carry_on_combat_is_one_threat(carried, plain, expected):
    assert events(carried) == events(plain) == expected


def test_a_request_to_keep_up_attacks_is_one_request():
    assert events("Hamas urged Hezbollah to keep up the attacks.") == [("REQUEST", None, ["Hamas"], ["Hezbollah"])]


@pytest.mark.parametrize("sentence, expected", [
    # talks carried on are promised, no threat
    ("The rebels pledged to keep talking.", [("AGREE", None, ["rebels"], [])]),
    # a verb of carrying on with no governor leaves its act as it was: done, not promised
    ("The army kept shelling the town.", [("ASSAULT", "heavy-weapons", ["army"], [])]),
    # a light verb's own event ("continued the attacks") was one event already
    ("Hamas vowed to continue the attacks.", [("THREATEN", "violence", ["Hamas"], [])]),
])
def test_what_must_not_change(sentence, expected):
    assert events(sentence) == expected
