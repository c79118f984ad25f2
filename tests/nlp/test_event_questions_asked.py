"""A question asked is no request (conventions §363): a question in the speaker's words, or people asked with nothing
asked of them. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def types(text: str) -> list[str]:
    return [e.type for e in Pipeline().extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize("sentence", [
    '"Mistake?" he asked.',
    '"How big is that wall?" asked the boy.',
    'Senator Lund asked, "You think the director wants this?"',
    "Senator Lund asked reporters rhetorically during a news conference.",
    "Kenya asked its neighbours.",
    "We asked our followers which candidate won the debate.",
])
def test_a_question_asked_is_no_request(sentence):
    assert "REQUEST" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya asked Chad to withdraw its troops.",
    "Kenya asked Chad for help.",
    "Kenya asked permission to land.",
    "Kenya asked that the envoy be recalled.",
    "The minister asked the delegation to leave.",
    "The senator suggested talks with the rebels.",
    "The envoy proposed a three-day meeting with Iran in Vienna.",                  # a thing proposed
    "Authorities have asked people in the area who own weapons to hand them over.",  # the infinitive hung on the clause
])
def test_a_request_stays(sentence):
    assert "REQUEST" in types(sentence)
