"""Relief or arms a state or a relief body hands over are assistance, whoever receives them (conventions §411).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def coded(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in Pipeline().extract(sentence, published=PUBLISHED).events]


@pytest.mark.parametrize("sentence", [
    "Australia supplied missiles and armored personnel carriers.",              # arms, no one named receives them
    "France delivered tanks.",
    "Germany delivered anti-aircraft missiles and ammunition.",
    "Japan shipped 200 stethoscopes to the flood zone.",                        # a medical instrument is relief
    "The WHO delivered scalpels and syringes to the region.",
])
def test_relief_or_arms_handed_over_by_a_state_or_a_relief_body_is_aid(sentence):
    assert ("AID", None) in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "He delivered a rifle.",                        # a person hands nothing over for a state
    "Lockheed Martin delivered 12 jets.",           # a company's delivery is a sale
    "The army delivered tanks.",                    # forces moving their own arms
    "Israel dropped bombs on Gaza.",                # arms dropped on a target strike it
    "The company shipped phones to stores.",
    "Britain sent a letter.",
    "Britain gave a speech.",
])
def test_other_things_handed_over_are_no_aid(sentence):
    assert "AID" not in [kind for kind, _ in coded(sentence)]


def test_arms_given_up_are_surrendered():
    assert coded("The rebels handed over their weapons.") == [("RETREAT", "disarm")]


def test_arms_sold_are_no_aid():
    assert "AID" not in [kind for kind, _ in coded("Russia sold tanks to India.")]
