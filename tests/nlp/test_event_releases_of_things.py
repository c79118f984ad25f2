"""A verb of releasing frees people held, cedes a place or gives back what was seized; released money, pages or
totals are published or paid, no RETREAT (conventions §401).

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events


def codes(sentence: str) -> list[tuple[str, str | None]]:
    return [(type_, mode) for type_, mode, _, _ in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "The agency released 5,500 more pages of emails on Thursday.",
    "Donors handed over $25 million to the group last month.",
    "The emails, which were released on Friday, embarrassed the party.",
    "The campaign released its fundraising totals on Monday.",
    "The museum handed over its cash to the bank.",
    "Officials released a slew of interview transcripts on Monday.",
])
def test_a_release_of_no_one_held_is_no_retreat(sentence):
    assert ("RETREAT", "release") not in codes(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya released 30 prisoners on Monday.",
    "The journalists were freed on Sunday.",
    "He was released from jail in March.",
    "The prisoners who were released on Friday returned home.",
    "The militia freed the villagers.",
    "The rebels released them after a week.",
    "The rebels handed over the town to the army.",             # territory ceded
    "The army returned the remains of ten soldiers.",           # the lexicon's own release pattern
    "Iran freed the tanker it had seized in April.",            # property seized, given back
    "Cuba freed the Ladies in White activists held since May.",  # people in the object's phrase
    "NATO handed over control for security in the province to Afghan forces.",
])
def test_people_places_and_what_is_given_back_are_released(sentence):
    assert ("RETREAT", "release") in codes(sentence)


def test_control_of_a_place_handed_over_stays_a_retreat():
    # what the control is "of" is a place: §407 reads it as ceded, and §401 must not drop it
    assert codes("The rebels handed over control of the city to the army.") == [("RETREAT", "withdraw")]


def test_the_promise_to_publish_stays_a_promise():
    # the AGREE of the governor is read as before; only the release it would fold in is no event
    assert codes("The ministry agreed to release the transcripts.") == [("AGREE", None)]


@pytest.mark.parametrize("sentence", [
    "The ministry refused to release the documents.",
    "Iran refused to hand over the files to inspectors.",
])
def test_a_refusal_to_release_things_stays_a_refusal(sentence):
    # §401 drops the release itself; the refusal of what was asked is the REJECT
    assert [t for t, _ in codes(sentence)] == ["REJECT"]
