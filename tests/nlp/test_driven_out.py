"""Armed men driven out of a place retreat from it, and the driving is an assault (§414); an armed group that
flees a place retreats from it (§423). Manual RETREAT: "military retreat from … territory".

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def coded(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in Pipeline().extract(sentence, published=PUBLISHED).events]


def parties(sentence: str) -> list[tuple[str, list[str], list[str]]]:
    document = Pipeline().extract(sentence, published=PUBLISHED)
    names = {a.id: a.name for a in document.actors}
    return [(e.type, [names[a] for a in e.actors], [names[a] for a in e.recipients]) for e in document.events]


@pytest.mark.parametrize("sentence", [
    "The army drove the militants out of the town on Monday.",
    "Government troops pushed the rebels from their last stronghold in the north.",
    "The army drove out the insurgents from the valley.",             # a particle before the object
    "Kurdish forces chased Islamic State fighters out of the city.",
])
def test_armed_men_driven_out_of_a_place_retreat(sentence):
    assert coded(sentence) == [("ASSAULT", None), ("RETREAT", "withdraw")]


@pytest.mark.parametrize("sentence", [
    "Chadian troops drove Boko Haram fighters out of Dikwa.",
    "Boko Haram fighters were driven out of Dikwa by Chadian troops.",   # the passive
])
def test_the_driven_group_retreats_from_the_drivers(sentence):
    assert parties(sentence) == [("ASSAULT", ["Chadian troops"], ["Boko Haram"]),
                                 ("RETREAT", ["Boko Haram"], ["Chadian troops"])]


@pytest.mark.parametrize("sentence", [
    "The police drove the children out of town.",       # no armed group driven
    "The senator pushed the bill out of committee.",
    "Guards chased the reporters from the lobby.",
    "The militants were not driven out of the town.",   # negated
    "A bombing campaign drove the rebels out of the territory.",   # the noun is the assault, told once
])
def test_no_armed_group_driven_out_is_no_retreat(sentence):
    assert not {"RETREAT", "PROTEST"} & {kind for kind, _ in coded(sentence)}


@pytest.mark.parametrize("sentence", [
    "The militants fled the town after the army advanced.",
    "The rebels fled from the city.",
    "Soldiers and civilians fled the area on Saturday.",
])
def test_an_armed_group_that_flees_a_place_retreats(sentence):
    assert ("RETREAT", "withdraw") in coded(sentence)


@pytest.mark.parametrize("sentence, codes", [
    ("Thousands of civilians fled the town.", []),         # civilians are no forces
    ("The gunmen fled the scene.", []),                    # a getaway, no ground held
    ("The rebels fled.", []),                              # no place left
])
def test_other_flights_are_no_retreat(sentence, codes):
    assert coded(sentence) == codes


def test_other_second_events_keep_the_first_ones_parties():
    assert parties("Chad sent troops to Mali to assist the Malian army.") == [
        ("MOBILIZE", ["Chad"], ["Mali"]), ("AID", ["Chad"], ["Mali"])]
