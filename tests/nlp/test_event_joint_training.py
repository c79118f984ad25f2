"""Forces that train together, with or alongside others, or one another, hold a joint exercise (COOPERATE), not
military assistance to the forces beside them; training another party's forces stays AID (conventions §268).

Sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def types(sentence: str) -> list[str]:
    return [e.type for e in Pipeline().extract(sentence, published=PUBLISHED).events]


@pytest.mark.parametrize("sentence", [
    "Greek and Cypriot soldiers trained together alongside French, Italian and other forces.",  # a joint adverb
    "Moroccan marines have trained with US forces near Agadir since 2019.",         # "with" a party, AID before
    "Kenyan troops have trained alongside US Marines for a decade.",                 # "alongside" a party
    "French and Indian troops trained each other in mountain warfare.",              # a reciprocal
])
def test_training_together_is_a_joint_exercise(sentence):
    found = types(sentence)
    assert "COOPERATE" in found and "AID" not in found


@pytest.mark.parametrize("sentence", [
    "The US trained Ukrainian soldiers.",
    "The US and Britain jointly trained Ukrainian soldiers.",                  # the adverb joins the trainers
    "The US trained Ukrainian soldiers alongside British forces.",             # the object stands before the companion
])
def test_another_partys_forces_trained_stay_aid(sentence):
    found = types(sentence)
    assert "AID" in found and "COOPERATE" not in found


@pytest.mark.parametrize("sentence", [
    "The army trained with live ammunition on Monday.",                        # "with" a thing, no party
    "The Nigerian army trained its recruits together.",                         # its own recruits, trained
])
def test_training_with_no_partner_is_no_event(sentence):
    assert types(sentence) == []
