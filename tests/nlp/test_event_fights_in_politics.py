"""A fight in politics with nothing physical is a contest, no assault (conventions §362).

Sentences are written for these tests; the actors component reads the sectors the rule needs ("Senator" is LEG)."""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def types(text: str) -> list[str]:
    return [e.type for e in Pipeline().extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize("sentence", [
    "Senator Lund and Senator Kerr have been fighting about the budget for weeks.",
    "Senator Lund is fighting hard.",
    "Senator Lund fought with Governor Kerr over the tax.",
])
def test_a_fight_between_people_in_politics_is_no_assault(sentence):
    assert "ASSAULT" not in types(sentence)


@pytest.mark.parametrize("sentence, kept", [
    ("Rebels fought government troops near the border.", "ASSAULT"),      # an armed doer
    ("The army is fighting the militants in the north.", "ASSAULT"),
    ("The governor fought off an attacker with a knife.", "ASSAULT"),     # a weapon
    ("The mayor fought the guards outside the palace.", "ASSAULT"),       # an armed target
    ("The president vowed to fight terrorists wherever they hide.", "THREATEN"),
    ("President Zelensky vowed to fight until the last soldier.", "THREATEN"),  # forces named in the sentence
])
def test_a_fight_with_something_physical_stays(sentence, kept):
    assert kept in types(sentence)
