"""Sport's words of conflict are figurative (conventions §144): a team or a player that attacks, concedes or meets,
and an attack or a meeting whose clause names a sport or its contest, play. Sentences are written for these tests;
the class is tested with the assaults it must keep: fans, armed men and the police acting on a team, its bus or a
stadium."""

from __future__ import annotations

from datetime import date

import pytest

from generators import rebuilt
from parley.nlp.event_lexicon import sport_nouns
from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def _types(text: str) -> set[str]:
    return {e.type for e in Pipeline().extract(text, published=PUBLISHED).events}


@pytest.mark.parametrize("sentence", [
    "The hockey team attacked from the opening whistle and never let up.",          # a team attacks
    "The goalkeeper conceded twice in the first half.",                              # a player concedes
    "The two teams met in the quarterfinal last year.",                             # teams meet
    "The rugby side captured the trophy for the third time.",                       # a side a sport names
    "Spain mounted a late assault in the semifinal against Germany.",               # a contest in the clause
    "Brazil's attack, led by its young forwards, has scored in every match this season.",  # the noun's clause
    "The home side conceded four goals before half-time.",                          # a score counted, conceded
    "Their attack has scored 40 goals this season.",                                # … or scored
])
def test_sport_play_is_no_event(sentence):
    assert not _types(sentence) & {"ASSAULT", "COERCE", "CONCEDE", "CONSULT", "MOBILIZE"}


@pytest.mark.parametrize("sentence", [
    "Fans attacked the team bus outside the stadium.",              # a team's bus is no play
    "Police stormed the stadium after the match.",                  # "after" the match is no contest's frame
    "Gunmen attacked the players' hotel during the tournament.",
    "Soldiers attacked the village near the football ground.",
    "Hooligans attacked the players with bottles.",                 # players attacked, not attacking
    "A bomb blast shook the Olympic games.",                        # a contest struck
])
def test_violence_around_sport_stays_an_assault(sentence):
    assert "ASSAULT" in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "The defenders met the ministers in Geneva on Monday.",
    "Two inspection teams visited the sites on Friday.",             # a team no sport names
])
def test_people_a_sport_does_not_name_still_meet(sentence):
    assert "CONSULT" in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "Ireland beat reigning champions France 31-24 in Dublin on Sunday.",            # a score as three tokens
    "Liverpool crushed Leeds 5–1 at home.",                                          # … or as one
    "Chile, who crushed Bolivia 4-0 in Lima earlier on Tuesday, stay third.",       # in a relative clause
])
def test_a_scoreline_makes_a_contest(sentence):
    assert not _types(sentence) & {"ASSAULT", "COERCE", "CONCEDE", "CONSULT", "MOBILIZE"}


@pytest.mark.parametrize("sentence", [
    "Rebels shelled the town for 24-48 hours before the army arrived.",             # a range of hours
    "Gunmen killed 10-15 villagers in the raid on Sunday.",                          # a range of people
    "Troops attacked the village in 2014-2015, residents said.",                     # years
    "Militants attacked two border posts on June 11-12, the ministry said.",        # days of a month
])
def test_a_range_or_years_is_no_score(sentence):
    assert "ASSAULT" in _types(sentence)


def test_goals_that_are_aims_name_no_sport():
    assert "CONSULT" in _types("The talks had two goals, a truce and a prisoner exchange.")


def test_sport_nouns_file_is_what_the_script_builds():
    rebuilt("build_sport_nouns", "data.noun", "index.noun")
    nouns = sport_nouns()
    assert {"player", "goalkeeper", "cricketer"} <= nouns["party"]
    assert {"match", "tournament", "semifinal", "football", "rugby"} <= nouns["play"]
    assert {"goal", "basket"} <= nouns["score"]
    # a noun with a sense of a person or an act outside sport is no sport's word
    assert not {"team", "hacker", "striker", "plunge", "fan", "stadium", "bus", "defender", "run", "strike"} & (
        nouns["play"] | nouns["party"] | nouns["score"])
