"""Words of fighting that name a quarrel of words in politics (conventions §417, §418).

Sentences are written for these tests; each class is tested with the true events it must keep.
"""

from __future__ import annotations

import pytest

from nlp.test_events import ELECTION_NEWS, PUBLISHED, types_in_pipeline
from parley.nlp.pipeline import Pipeline


def _election_news_types(sentence: str) -> list[str]:
    """The event types of a sentence that follows an election article's opening."""
    document = Pipeline().extract(ELECTION_NEWS + sentence, published=PUBLISHED)
    return [e.type for e in document.events if e.evidence[0].span[0] >= len(ELECTION_NEWS)]


@pytest.mark.parametrize("sentence", [
    "Senator Lund clashed with Governor Ortiz over the budget on Tuesday.",      # two people in politics
    "Prime Minister William Ruto clashed with opposition leader Raila Odinga over taxes.",
    "Senator Lund and Governor Ortiz clashed during the televised debate.",
    "Speaker Anne Moss's repeated clashes with Senator Lund weakened the party.",
    "The new rules clash with the party's traditions.",                        # ideas at odds
])
def test_a_clash_of_people_in_politics_or_of_ideas_is_no_assault(sentence):
    assert "ASSAULT" not in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Maria Ortiz clashed with Peter Lund during the debate.",                 # persons, in election news
    "The candidate clashed with Peter Lund, a television host, over his remarks.",
])
def test_a_clash_of_persons_in_election_news_is_no_assault(sentence):
    assert "ASSAULT" not in _election_news_types(sentence)


@pytest.mark.parametrize("sentence", [
    "Troops clashed with rebels near the border, leaving five dead.",
    "Kenya's forces clashed with militants in the north.",
    "Clashes erupted in the capital on Sunday.",                               # no side named
    "Russia and Ukraine clashed along the front line.",                        # countries are no persons
    "Governor Ortiz's guards clashed with the gunmen outside his home.",
])
def test_a_clash_of_crowds_forces_or_states_stays_an_assault(sentence):
    assert "ASSAULT" in types_in_pipeline(sentence)


def test_a_clash_of_a_crowd_with_police_stays_an_event():
    assert types_in_pipeline("Protesters clashed with police in the capital on Sunday.") == ["PROTEST"]


@pytest.mark.parametrize("sentence", [
    "Governor Ortiz is facing attack ads ahead of the primary.",                # the kind of an ad
    "The campaign laughed off the latest attack ad.",
])
def test_an_attack_that_names_an_ads_kind_is_no_event(sentence):
    assert _election_news_types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked the convention hall.",
    "Senator Lund's attacks on the village killed nine people.",
])
def test_an_attack_in_election_news_stays_an_assault(sentence):
    assert "ASSAULT" in _election_news_types(sentence)


@pytest.mark.parametrize("sentence", [
    "Senator Lund is in a three-way battle with Governor Ortiz and Mayor Reyes.",  # sides in politics
    "Governor Ortiz and Senator Lund waged a long battle for the party's nomination.",  # a contest's prize
    "The two senators carried on a fierce fight for the nomination.",
])
def test_a_fight_named_by_a_noun_in_politics_is_a_contest(sentence):
    assert "ASSAULT" not in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The battle between government troops and rebels killed 40 people.",        # forces, harm
    "Governor Ortiz's guards fought a battle with the gunmen outside his home.",  # armed sides, a scene
])
def test_a_fight_named_by_a_noun_between_forces_stays_an_assault(sentence):
    assert "ASSAULT" in types_in_pipeline(sentence)
