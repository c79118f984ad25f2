"""A participle clause of saying, promising or warning hung on a speech act says that act again (conventions §294):
its content is the act's, one event, not a second act by the same speaker. Acts the participle reports as done, and
participles of other acts, stay events of their own.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events


def types(sentence: str) -> list[str]:
    return [type_ for type_, _, _, _ in events(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("The rebels vowed to strike back, promising to commit further massacres.", ["THREATEN"]),
    ("Niger swore to hit back, promising more bombings of the camps.", ["THREATEN"]),
    ("Mali threatened Niger with a trade embargo, saying it would face expulsion from the union.", ["THREATEN"]),
    ("The junta vowed to retake the town, saying its troops would bomb the rebel camps.", ["THREATEN"]),
])
def test_a_participle_restating_a_speech_act_is_that_act(sentence, expected):
    assert types(sentence) == expected


def test_a_condition_the_parser_hangs_on_the_participle_stays_its_own():
    # the strike vowed is one threat; "did not back down", read as said, is the condition, not what is vowed
    assert types("The union vowed fierce resistance, saying it would strike if the company did not back down.") \
        == ["THREATEN", "REJECT"]


def test_a_verb_of_reporting_that_can_ask_is_no_request_when_a_participle_follows():
    assert "REQUEST" not in types("The minister told Reuters, adding that Mali would attack the rebels.")


def test_the_threat_keeps_its_own_target_and_mode():
    assert events("Mali threatened Niger with a trade embargo, saying it would face expulsion from the union.") \
        == [("THREATEN", "restrict", ["Mali"], ["Niger"])]


@pytest.mark.parametrize("sentence, expected", [
    # an act the participle reports as done is told as it happened
    ("Mali refused to negotiate, saying the rebels had shelled the town.", ["REJECT", "ASSAULT"]),
    ("Ghana condemned the raid, saying twelve villagers were killed.", ["ACCUSE", "ASSAULT"]),
    # a participle of another act is its own act, whatever governs
    ("The army threatened to attack, killing twelve villagers.", ["THREATEN", "ASSAULT"]),
    ("The party urged the observers to release their reports, arguing the count had been rigged.",
     ["REQUEST", "ACCUSE"]),
    # a promise beside an act that is no speech act is its own
    ("Hungary opened its airports to refugees, offering them free meals and housing.", ["AGREE"]),
    ("The mayor welcomed the striking nurses, pledging to raise their wages.", ["SUPPORT", "AGREE"]),
])
def test_acts_a_participle_reports_or_does_stay(sentence, expected):
    assert types(sentence) == expected


def codes(sentence: str) -> list[tuple[str, str | None]]:
    return [(type_, mode) for type_, mode, _, _ in events(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # a promise of another act than the one it hangs on is an act of its own (conventions §298)
    ("Mali called for a truce, offering to withdraw its troops from the border.",
     [("REQUEST", "yield"), ("CONCEDE", None)]),
    ("Mali called for a truce, promising that its troops would withdraw from the border.",
     [("REQUEST", "yield"), ("CONCEDE", None)]),
    ("Mali agreed to a truce, offering to withdraw its troops from the border.", [("AGREE", None), ("CONCEDE", None)]),
    ("Chad demanded the release of its soldiers, pledging to bomb the rebel camps.",
     [("REQUEST", "yield"), ("THREATEN", "violence")]),
    # a warning of one thing and a pledge of violence are two acts, though both are threats
    ("The minister warned against admitting the migrants, pledging to bomb the militia camps.",
     [("THREATEN", None), ("THREATEN", "violence")]),
])
def test_a_promise_of_another_act_stands_beside_the_act(sentence, expected):
    assert codes(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a promise of the act's own code says it again, whether the act's code is its verb's or comes from what it
    # promises
    ("The army threatened to attack the town, promising to raze it.", [("THREATEN", "violence")]),
    ("Chad vowed to retaliate, promising to commit more killings.", [("THREATEN", "violence")]),
])
def test_a_promise_of_the_acts_own_code_is_that_act(sentence, expected):
    assert codes(sentence) == expected
