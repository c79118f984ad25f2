"""What a promise affirms of what is or was, and what a question asks, folds into no event of its governor
(conventions §373, §374).

Sentences are written for these tests."""

from __future__ import annotations

import pytest

from nlp.test_events import types


@pytest.mark.parametrize("sentence, expected", [
    ("The envoy promised Chad that the prisoners had been freed.", ["RETREAT"]),
    ("The envoy promised Chad that the rebels had attacked the convoy.", ["ASSAULT"]),
    ("The envoy promised that the prisoners had been freed.", ["RETREAT"]),
])
def test_a_promise_of_what_was_is_no_agreement(sentence, expected):
    assert types(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the release promised is reported too, with the future mode (§396)
    ("The envoy promised Chad that the prisoners would be freed.", ["AGREE", "RETREAT"]),
    ("Kenya pledged that its troops had left and would not return.", ["AGREE"]),
    ("Kenya promised to release the prisoners.", ["AGREE", "RETREAT"]),
    ("Kenya vowed that it would attack the rebels.", ["THREATEN"]),
])
def test_a_promise_of_what_is_to_come_still_folds(sentence, expected):
    assert types(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Reporters asked whether the senators backed the bill.",
    "The host asked if he would like to indict her.",
    "The minister wondered whether the rebels had attacked the convoy.",
    "Reporters asked whether Chad would launch an attack on the rebels.",
    "Reporters asked the president whether he had met the rebels.",
    "Reporters asked whether Chad would agree to withdraw its troops.",
])
def test_what_a_question_asks_is_no_event(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya asked Chad to withdraw its troops.", ["REQUEST"]),
    ("The senator asked whether the attack had been justified.", ["ASSAULT"]),
    ("Kenya said the rebels had attacked the convoy.", ["ASSAULT"]),
])
def test_what_no_question_asks_stays(sentence, expected):
    assert types(sentence) == expected


def test_a_condition_on_a_request_is_no_question():
    # the "if" clause hangs on "asked" as an adverbial: a condition, its act kept (hypothetical) beside the request
    assert len(types("Chad asked Kenya for help if the rebels attacked the capital.")) == 2
