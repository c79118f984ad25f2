"""Clause constructions the parser reads wrongly, read by what they are (conventions §287–§289): a wrong an
infinitive commits is promised with it, not done (§287); an inverted condition keeps its own subject (§288), and,
where the parser reads it as a noun phrase, its words are no part of the main clause, which it makes a threat (§289).

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_parties as events
from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [type_ for type_, _, _ in events(sentence)]


def roles(sentence: str, event_type: str) -> tuple[list[str], list[str]]:
    return next((actors, recipients) for type_, actors, recipients in events(sentence) if type_ == event_type)


@pytest.mark.parametrize("sentence, expected", [
    ("The militia vowed to commit more killings in the valley.", ["THREATEN"]),
    ("The rebels threatened to commit further massacres in Darfur.", ["THREATEN"]),
    ("Sudan promised not to commit any more killings.", ["AGREE"]),  # restraint promised, no killing
])
def test_a_wrong_an_infinitive_commits_is_promised_with_it(sentence, expected):
    assert types(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The militia committed killings and rapes in the valley.", ["ASSAULT", "ASSAULT"]),  # each its own (§258)
    ("The soldiers committed war crimes in the valley.", []),  # §87: no promise
])
def test_a_wrong_committed_is_done(sentence, expected):
    assert types(sentence) == expected


@pytest.mark.parametrize("sentence, event_type, actors, recipients", [
    ("Were Ethiopia to attack Eritrea, the African Union would meet.", "ASSAULT", ["Ethiopia"], ["Eritrea"]),
    ("Were the Sudanese army to invade Chad, the African Union would meet.", "ASSAULT", ["Sudanese army"], ["Chad"]),
    ("Should Sudan attack Chad, France will impose sanctions.", "ASSAULT", ["Sudan"], ["Chad"]),
    ("Should Sudan attack Khartoum, Chad will close its border.", "THREATEN", ["Chad"], []),
])
def test_an_inverted_condition_keeps_its_own_subject(sentence, event_type, actors, recipients):
    assert roles(sentence, event_type) == (actors, recipients)


def test_the_act_after_a_condition_the_parser_missed_is_a_threat():
    assert roles("Should Sudan attack Chad, France will impose sanctions.", "THREATEN") == (["France"], [])


@pytest.mark.parametrize("sentence, event_type, actors, recipients", [
    ("Should Sudan invade Chad, the African Union will impose sanctions.", "ASSAULT", ["Sudan"], ["Chad"]),
    ("Were Russia to attack Kyiv, NATO would strike Moscow.", "THREATEN", ["NATO"], ["Russia"]),
    ("Should the talks fail, Kenya will impose sanctions on Chad.", "THREATEN", ["Kenya"], ["Chad"]),
])
def test_a_condition_parsed_as_a_clause_stays(sentence, event_type, actors, recipients):
    assert roles(sentence, event_type) == (actors, recipients)


def test_a_condition_the_parser_makes_the_root_is_hypothetical():
    # "Were" read as the statement's root, the main clause hung below it
    doc = load()("Were Niger to invade Mali, the African Union would meet.")
    invasion = next(e for e in doc._.events if e.type == "ASSAULT")
    assert "hypothetical" in invasion.aux


def test_an_inverted_question_stays_no_condition():
    doc = load()("Were the Chadian soldiers to blame for the shelling of the town?")
    assert all("hypothetical" not in e.aux for e in doc._.events)
