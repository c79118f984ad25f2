"""Protests met by force, crowds of a party's backers, and force promised in a coordinated verb
(plover_conventions.md §190–§192).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def coded(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in load()(sentence)._.events if "negated" not in e.aux]


@pytest.mark.parametrize("sentence", [
    "Police beat pilgrims protesting the closure of the shrine.",
    "Guards used batons to beat back worshippers protesting the sale of the church.",
])
def test_people_met_by_force_as_they_protest_demonstrate(sentence):
    assert ("PROTEST", "demo") in coded(sentence)


@pytest.mark.parametrize("sentence, objection", [
    ("Police detained a farmer protesting outside the court.", ("ACCUSE", "disapprove")),  # one person objects
    ("The ministry, protesting the ruling, recalled its envoy.", ("ACCUSE", "disapprove")),   # no force met
    ("Ghana summoned the ambassador to protest the remarks.", ("ACCUSE", "disapprove")),     # a state objects
])
def test_an_objection_not_met_by_force_keeps_its_type(sentence, objection):
    assert objection in coded(sentence)
    assert ("PROTEST", "demo") not in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "About 3,000 supporters of the senator stormed the governor's office on Friday.",
    "Some 400 loyalists of the deposed king stormed the parliament building.",
])
def test_a_party_s_backers_counted_by_the_hundred_riot_when_they_use_force(sentence):
    assert ("PROTEST", "riot") in coded(sentence)


@pytest.mark.parametrize("sentence, kept", [
    ("Two supporters of the mayor attacked a reporter.", "ASSAULT"),   # too few for a crowd
    ("About 300 gunmen stormed the village.", "ASSAULT"),               # armed men, however many
])
def test_few_backers_or_armed_men_still_attack(sentence, kept):
    types = [t for t, _ in coded(sentence)]
    assert kept in types and "PROTEST" not in types


@pytest.mark.parametrize("sentence", [
    "Supporters packed the stadium for the final.",                   # sport, no force (§144)
    "Thousands of fans stormed the pitch after the final.",
])
def test_fans_and_a_full_stadium_stay_no_protest(sentence):
    assert "PROTEST" not in [t for t, _ in coded(sentence)]


@pytest.mark.parametrize("sentence", [
    "We will guard our borders and respond with overwhelming force against anyone who attacks us.",
    "The army will hold its positions and respond with force to any incursion.",
])
def test_force_promised_in_a_verb_that_shares_a_modal_is_a_threat(sentence):
    assert "THREATEN" in [t for t, _ in coded(sentence)]


@pytest.mark.parametrize("sentence", [
    "We guarded our borders and responded with force.",          # told of the past
    "Iran will not wait and respond with force.",                # the modal's "not" is shared
    "The ministry promised a response to the letter.",
    "The office vowed to respond to every email.",
])
def test_force_told_of_the_past_or_denied_and_replies_promised_are_no_threat(sentence):
    assert "THREATEN" not in [t for t, _ in coded(sentence)]
