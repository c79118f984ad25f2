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


# A pronoun subject is the actor it was resolved to, a relative pronoun the noun it describes (conventions §537).
@pytest.mark.parametrize("sentence", [
    "The Democrats lost the vote. They fought back.",
    "The Labour Party lost the vote, but it fought on.",
    "Senator Lund, who fought back hard, won the primary.",
    "Voters backed the Democrats, who fought Senator Lund over the tax.",
    "Governor Ortiz is the candidate who fought back.",
])
def test_a_pronoun_for_one_in_politics_fights_no_assault(sentence):
    assert "ASSAULT" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The rebels regrouped. They fought back for hours.",                     # an armed antecedent
    "The militants who fought back fled into the hills.",
    "They fought for hours.",                                                # resolved to no one
    "She fought back.",
    "The Democrats lost the vote. They fought the guards outside the palace.",  # an armed target, a scene
    "Senator Lund, who fought off an attacker with a knife, won the primary.",  # a weapon
    "The Democrats lost the vote. They fought back, and two people were killed.",  # harm in the sentence
])
def test_a_pronoun_for_an_armed_or_unknown_side_stays_an_assault(sentence):
    assert "ASSAULT" in types(sentence)
