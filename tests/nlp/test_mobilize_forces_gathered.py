"""Armed forces a party gathers, assembles, concentrates, musters or marshals in one place are a mobilization (conventions
§614): CAMEO's ASSEMBLE verbs with a military object are 154 "mobilize or increase armed forces" ("AMASS * &MILITARY").
What is gathered must be armed men: evidence, supporters or weapons gathered ready no force.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

import parley


def types(sentence: str) -> list[str]:
    return [e.type for e in parley.extract(sentence, published="2024-05-01").events]


@pytest.mark.parametrize("sentence", [
    "The insurgents gathered about 400 fighters in two villages north of the dam.",
    "The junta has concentrated three armoured brigades near the river crossing.",
    "Local defence committees mustered several hundred militiamen in the market town.",
    "The general staff assembled two airborne divisions close to the frontier.",
    "Two infantry battalions were gathered on the edge of the airbase on Thursday.",
    "The rebel commander marshalled thousands of fighters for a push on the port.",
    "The rebel army will concentrate its troops around the northern city next month.",
])
def test_armed_forces_gathered_in_one_place_are_a_mobilization(sentence):
    assert "MOBILIZE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Detectives gathered evidence at the scene of the fire.",
    "The senator's campaign gathered supporters in a school gym in Iowa.",
    "The library assembled a collection of letters from the war.",
    "The committee concentrated its attention on the budget.",
    "She mustered the courage to speak to the board.",
    "Police gathered the rifles left behind in the house.",
    "The plant near Kyiv assembles naval drones and armoured vehicles for the army.",
])
def test_what_is_no_armed_force_gathered_readies_nothing(sentence):
    assert "MOBILIZE" not in types(sentence)


def test_an_act_a_military_word_names_gathered_is_no_event():
    # "military" makes the men it modifies armed ("military personnel"), not an act (read COOPERATE on 1f1199bf)
    assert types("The bloc has mustered other joint military efforts in recent years.") == []


# The noun of §177's "tested a missile" (conventions §615): a test whose words name a weapon shows it, with or without
# a doer named; a test of anything else is no event.
@pytest.mark.parametrize("sentence", [
    "The nuclear test drew sharp condemnation from Seoul and Tokyo.",
    "Pyongyang's third atomic test was felt across the border in China.",
    "The rocket-engine test showed real progress, the ministry said.",
    "The latest bomb test shook villages near the desert site.",
])
def test_a_weapon_tested_is_shown_with_or_without_a_doer(sentence):
    assert "MOBILIZE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The blood test came back negative on Monday.",
    "The engine test at the car plant went well.",
    "A stress test of the largest banks found no weakness.",
    "The nuclear plant's safety test was delayed by a storm.",
])
def test_a_test_of_no_weapon_shows_nothing(sentence):
    assert "MOBILIZE" not in types(sentence)
