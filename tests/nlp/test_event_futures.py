"""Cooperation announced by the grammar of the future is an intention: the periphrastic future "be going to"
(conventions §250), an act taken part "in" under a will or would (§251), and an act named by the object of a verb
that an intention governs ("preparing to reopen talks", §252).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def events(sentence: str) -> set[tuple[str, frozenset[str]]]:
    return {(e.type, frozenset(e.aux)) for e in load()(sentence)._.events}


FUTURE = frozenset({"future"})


@pytest.mark.parametrize("sentence, act", [
    ("Kenya is going to host talks with Chad next month.", "CONSULT"),
    ("The finance minister said Japan was going to send aid to the flood victims.", "AID"),
    ("We are going to be discussing a new trade partnership with Ghana, the envoy said.", "CONSULT"),
])
def test_the_going_to_future_announces_the_act(sentence, act):
    found = events(sentence)
    assert ("AGREE", FUTURE) in found and (act, FUTURE) in found


def test_the_going_to_future_negated_refuses():
    assert "REJECT" in {type_ for type_, _ in events("Norway is not going to send aid to the junta.")}


@pytest.mark.parametrize("sentence", [
    "The delegates were going to the market when the talks ended.",   # going somewhere: no infinitive
    "Uganda held talks with Kenya as the election was going badly.",
])
def test_going_without_an_infinitive_announces_nothing(sentence):
    assert all("future" not in aux for _, aux in events(sentence))


@pytest.mark.parametrize("sentence", [
    "The foreign minister said Peru would engage in talks with Chile.",
    "Ghana will take part in the negotiations with Togo in May.",
    "Officials said Vietnam would participate in the summit with Laos.",
])
def test_an_act_taken_part_in_shares_the_future(sentence):
    assert ("AGREE", FUTURE) in events(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Peru engaged in talks with Chile last week.", "CONSULT"),
    ("The minister said Peru would not take part in talks with Chile.", "REJECT"),
])
def test_an_act_taken_part_in_keeps_its_tense_and_negation(sentence, expected):
    found = {type_ for type_, _ in events(sentence)}
    assert expected in found and "AGREE" not in found


@pytest.mark.parametrize("sentence", [
    "Armenia is preparing to reopen talks with Azerbaijan.",
    "Serbia plans to restart negotiations with Kosovo.",
])
def test_cooperation_named_under_an_intention_is_announced(sentence):
    assert ("AGREE", FUTURE) in events(sentence)


@pytest.mark.parametrize("sentence, unexpected", [
    ("Armenia prepared a report on the talks with Azerbaijan.", "AGREE"),     # no infinitive
    ("Armenia refused to reopen talks with Azerbaijan.", "AGREE"),            # a refusal, not an intention
    ("Serbia plans to end its negotiations with Kosovo.", "AGREE"),           # a verb of ending
])
def test_what_is_not_announced_stays(sentence, unexpected):
    assert unexpected not in {type_ for type_, _ in events(sentence)}
