"""Asking a party named whether it can or could act asks it to (plover_conventions.md §381; CAMEO 02 "ask", PLOVER
REQUEST), beside the questions §374 drops: what is or was, and a question put to no one named.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_parties as events


@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Kenya asked Chad if it could send troops to the border.", ["Kenya"], ["Chad"]),
    ("Egypt asked Sudan whether it can reopen the crossing.", ["Egypt"], ["Sudan"]),
    ("Ethiopia asked the African Union if it could send observers.", ["Ethiopia"], ["African Union"]),
])
def test_asking_a_party_if_it_can_act_is_a_request(sentence, actors, recipients):
    assert ("REQUEST", actors, recipients) in events(sentence)


@pytest.mark.parametrize("sentence", [
    "Reporters asked whether the senators backed the bill.",     # whether something is true (§374)
    "Kenya asked Chad if it had sent troops to the border.",     # the past
    "Reporters asked whether Chad could send troops.",           # no party asked
    "Analysts wondered if Chad could send troops.",              # no verb of asking anyone
])
def test_a_question_is_no_request(sentence):
    assert "REQUEST" not in [t for t, _, _ in events(sentence)]
