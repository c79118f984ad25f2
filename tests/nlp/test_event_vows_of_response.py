"""A response promised to an act of conflict is a threat (plover_conventions.md §389); a verb of causing whose
object is a consequence held out ("would invite retaliation") is no AGREE of its own (§390); an attack under a noun
of planning has not happened, and is a threat when its own side says it plans it (§391).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_parties as events, types_in_pipeline as types
from parley.nlp.pipeline import load


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


@pytest.mark.parametrize("sentence", [
    "Pyongyang approved plans for a missile strike on Guam.",
    "The army completed preparations for an assault on the city.",
    "Analysts said the Pentagon is drawing up options for an attack on Iran.",
])
def test_an_attack_planned_has_not_happened(sentence):
    found = [e for e in load()(sentence)._.events if e.type == "ASSAULT"]
    assert found and all("hypothetical" in e.aux for e in found)


@pytest.mark.parametrize("sentence", [
    "The army said it is examining plans for a missile strike on Guam.",
    "Russia said it has plans for strikes on Kyiv.",
])
def test_an_attack_its_own_side_says_it_plans_is_a_threat(sentence):
    assert types(sentence) == ["THREATEN"]


def test_an_attack_launched_stays_factual():
    found = load()("The rebels launched an attack on the town.")._.events
    assert [(e.type, "hypothetical" in e.aux) for e in found] == [("ASSAULT", False)]
