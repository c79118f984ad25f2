"""A response promised to an act of conflict is a threat (plover_conventions.md §389), and a verb of causing whose
object is a consequence held out ("would invite retaliation") is no AGREE of its own (§390).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_parties as events


def types(sentence: str) -> list[str]:
    return [t for t, _, _ in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The general promised a powerful response to any incursion.",
    "The army pledged a crushing response to the attacks on its bases.",
    "Seoul vowed a firm response to the new sanctions.",
])
def test_a_response_promised_to_conflict_is_a_threat(sentence):
    found = types(sentence)
    assert "THREATEN" in found and "AGREE" not in found


@pytest.mark.parametrize("sentence", [
    "The office promised a response to the letter by Friday.",   # a reply
    "Donors pledged a generous response to the appeal.",         # aid
    "The mayor promised a quick response to the complaints of residents.",
])
def test_a_response_promised_to_no_conflict_stays_a_promise(sentence):
    assert "THREATEN" not in types(sentence)


@pytest.mark.parametrize("sentence, maker", [
    ("Any strike would invite retaliation, Tehran said.", "Iran"),
    ("Any attack on our ships will invite a crushing response, the navy said.", None),
])
def test_inviting_a_consequence_is_a_threat(sentence, maker):
    found = events(sentence)
    assert "AGREE" not in [t for t, _, _ in found]
    threats = [actors for t, actors, _ in found if t == "THREATEN"]
    assert threats and (maker is None or maker in threats[0])


@pytest.mark.parametrize("sentence, expected", [
    ("Russia invited Putin to the summit.", ["AGREE", "CONSULT"]),
    ("The government invited the rebels to talks.", ["AGREE", "CONSULT"]),
    ("The ministry invited bids.", ["AGREE"]),
])
def test_an_invitation_stays_one(sentence, expected):
    assert sorted(types(sentence)) == expected
