"""An answer back in words, or with a deed that is no force, is no assault (conventions §410): "hit back, saying…",
"shot back that…", "struck back in a statement". An armed answer stays one.

Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def types(text: str) -> list[str]:
    return [e.type for e in Pipeline().extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize("sentence", [
    "The senator hit back at her critics, saying the charges were false.",   # a participle telling what is said
    "The governor shot back that the reporter had not been called on.",      # a clause said
    "The company struck back in a statement on Monday.",                     # a deed of words
    "The mayor fought back with a lawsuit against the paper.",               # a deed coding no force
])
def test_an_answer_in_words_is_no_assault(sentence):
    found = types(sentence)
    assert "ASSAULT" not in found and "PROTEST" not in found


@pytest.mark.parametrize("sentence", [
    "Troops fought back against the rebels near the border.",      # armed doers
    "Rebels struck back, saying they would not surrender.",
    "The army hit back with air strikes on rebel camps.",          # a deed of force
    "Gunmen shot back at the police.",
])
def test_an_armed_answer_stays_an_assault(sentence):
    assert "ASSAULT" in types(sentence)
