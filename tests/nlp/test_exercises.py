"""An exercise its own words make military is a mobilization with no armed forces named around it: a force,
weapon or combat modifier, an armed owner, or an exercise's name; held alongside other forces it is joint as
well, COOPERATE beside MOBILIZE (conventions §394, §9, §17). A training exercise, a fire drill or the exercise
of power is none.

Sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def events(sentence: str) -> list[tuple[str, list[str]]]:
    """Each event's type and its actors' names."""
    document = Pipeline().extract(sentence, published=PUBLISHED)
    names = {a.id: a.name for a in document.actors}
    return [(e.type, [names[a] for a in e.actors]) for e in document.events]


@pytest.mark.parametrize("sentence", [
    "The naval maneuvers started on Sunday and will last a week.",      # a force modifier
    "The drills are part of a live-fire exercise.",                     # fighting, hyphenated
    "Amphibious drills began on the coast on Monday.",                  # fighting
    "The annual Cobra Gold exercise started in Thailand on Tuesday.",   # a name before the noun
    "The Foal Eagle exercise lasts until the end of this month.",
    "The week-long CENTER 2019 exercise began in the Russian region of Orenburg.",  # a name the parser calls nmod
])
def test_an_exercise_its_words_make_military_mobilizes(sentence):
    assert events(sentence) == [("MOBILIZE", [])]


def test_an_exercise_with_forces_beside_it_is_military():
    assert events("Australia took part in the exercise alongside Indonesian forces.") == [
        ("COOPERATE", ["Australia"]), ("MOBILIZE", ["Australia"])]


def test_a_named_exercise_held_alongside_other_forces_is_joint():
    assert [t for t, _ in events(
        "Australian soldiers took part in Exercise Southern Shield alongside Indonesian forces.")] == [
        "COOPERATE", "MOBILIZE"]


@pytest.mark.parametrize("sentence", [
    "The ministry organized a training exercise for teachers.",   # training is not military
    "Such a maneuver would go against the popular vote.",         # a tactic in politics
    "Villagers joined a drill to dig wells.",                     # a tool's work
    "Teachers took part in the exercise alongside parents.",      # no forces beside it
    "The Obama exercise failed.",                                 # a party, not a name
    "Residents said the Baltic exercise was loud.",               # a place, not a name
])
def test_an_exercise_not_military_is_no_mobilization(sentence):
    assert not any(t in ("MOBILIZE", "COOPERATE") for t, _ in events(sentence))


def test_the_exercise_of_power_stays_what_it_was():
    assert events("The exercise of power by the governor was criticized.") == [("ACCUSE", [])]
