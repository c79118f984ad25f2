"""Words that name no act (conventions §107, §108): a participle joined by a hyphen to the word before it, and the
singular "talk" that is no meeting.

Sentences are written for these tests; each rule is tested beside the events it must keep.
"""

from __future__ import annotations

import pytest

from nlp.test_events import code, types


def events(sentence: str) -> list[tuple[str, list[str]]]:
    doc, _ = code(sentence)
    names = {a.id: a.name for a in doc._.actors}
    return [(e.type, [names[a] for a in e.actors]) for e in doc._.events]



# §107: the hyphenated participle modifies its noun and reports no act of its own.
@pytest.mark.parametrize("sentence", [
    "Kenya-backed fighters were seen near the border.",
    "The foreign-funded charity opened a new school.",
    "Engineers studied the computer-aided design of the bridge.",
    "Chad-occupied villages had no electricity last winter.",
    "Delegates set new climate-fighting goals for the decade.",
])
def test_a_hyphenated_participle_reports_no_event(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya backed the fighters near the border.", "SUPPORT"),              # the verb itself stays
    ("The fighters were backed by Kenya.", "SUPPORT"),
    ("Rebels captured the town and Kenya backed them.", "SUPPORT"),   # a verb after a noun is no modifier
])
def test_the_participle_as_a_verb_keeps_its_event(sentence, expected):
    assert expected in types(sentence)


# §107: a sponsor named before "-backed", "-funded" is no party to what the group it backs does.
def test_a_sponsor_is_no_actor_of_the_groups_act():
    assert events("Kenya-backed militias attacked the camp.") == [("ASSAULT", [])]
    assert events("Chad-funded gunmen attacked a police post.") == [("ASSAULT", [])]


def test_a_sponsor_is_no_recipient_of_an_act_against_the_group():
    doc, _ = code("Chad attacked Kenya-backed militias.")
    [event] = doc._.events
    assert event.type == "ASSAULT" and event.recipients == []


def test_a_leader_stays_an_actor_of_its_coalitions_act():
    assert events("The Kenya-led coalition bombed the port.") == [("ASSAULT", ["Kenya"])]


# §108: a singular "talk" that is a modifier, a subject of talk or the object of talking is no meeting.
@pytest.mark.parametrize("sentence", [
    "There was talk of a split in the ruling party.",
    "There has been talk about new elections for months.",
    "She listens to talk radio every morning.",
    "The minister is talking the talk but doing nothing.",
])
def test_a_singular_talk_that_is_no_meeting(sentence):
    assert "CONSULT" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya and Chad held talks in Nairobi.",
    "Kenya held a long talk with the Chad delegation.",
    "Talks between Kenya and Chad resumed on Monday.",
    "Kenya and Chad began talks about a truce.",
])
def test_talks_and_a_talk_with_someone_stay_meetings(sentence):
    assert "CONSULT" in types(sentence)
