"""Weapons tested, people taken into armed forces, and forces whose number grows (conventions §177–§179).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types


@pytest.mark.parametrize("sentence", [
    "The army tested a new rocket launcher at a range in the desert.",      # any of WordNet's weapons
    "The ministry tested an experimental howitzer near the coast.",
    "The air force test-launched a new long-range rocket over the sea.",    # a test, no launch at anyone
])
def test_a_weapon_tested_is_a_mobilization(sentence):
    found = types(sentence)
    assert "MOBILIZE" in found and "ASSAULT" not in found


@pytest.mark.parametrize("sentence", [
    "The school tested a new reading program.",                             # no weapon
    "Doctors tested the patients for the virus.",
])
def test_what_is_tested_that_is_no_weapon_is_no_event(sentence):
    assert types(sentence) == []


def test_a_weapon_fired_at_a_town_stays_an_attack():
    assert types("The army fired two rockets at the town.") == ["ASSAULT"]


@pytest.mark.parametrize("sentence", [
    "The defence ministry will enlist 40,000 young men for military service this autumn.",
    "The rebels drafted hundreds of teenagers into their militia.",
    "Thousands of farmers were recruited into the army last year.",         # the passive
])
def test_people_taken_into_armed_forces_are_a_mobilization(sentence):
    assert "MOBILIZE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The charity enlisted the help of two famous actors.",                  # help, no people
    "The club recruited three new players for the season.",                 # no armed forces entered
    "The senator drafted a letter to the army.",                            # a text written
])
def test_enlisting_into_no_armed_forces_is_no_mobilization(sentence):
    assert "MOBILIZE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Officials say the number of troops near the frontier has doubled since March.",
    "The country's military presence in the gulf has grown steadily.",
    "Troop levels in the north rose to 12,000 this month.",
])
def test_armed_forces_whose_number_grows_are_a_mobilization(sentence):
    assert "MOBILIZE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The number of soldiers wounded in the clashes rose to 30.",             # casualties counted
    "Military spending rose by 4 percent last year.",                       # money, no forces
    "Fuel prices are rising across the region.",
])
def test_numbers_that_grow_of_no_forces_sent_are_no_mobilization(sentence):
    assert "MOBILIZE" not in types(sentence)

