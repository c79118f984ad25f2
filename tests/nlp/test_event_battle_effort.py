""""Battle" with a to-infinitive of what one strives for is effort, as "fight" and "struggle" are (conventions §377,
§98). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from generators import generator
from nlp.test_events import types


@pytest.mark.parametrize("sentence", [
    "The ruling party will battle to keep its majority in parliament.",
    "Kenya battled to contain the outbreak.",
])
def test_battling_to_do_something_is_no_fight(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Kenyan troops battled the rebels to retake the town.",     # someone is fought
    "The army battled to stop the militants near Chad.",        # a party in the infinitive
    "Government forces battled Islamist militants near the border.",
])
def test_battling_someone_stays_an_assault(sentence):
    assert "ASSAULT" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The senator has spent years fighting climate change.",             # change.n.01, an event
    "Lawmakers are combating poverty and fighting climate change.",
    "The union will fight the new laws.",                               # law.n.01, a collection of rules
    "The mayor has long fought discrimination against migrants.",       # discrimination.n.01, an act
])
def test_fighting_an_act_an_event_or_rules_is_no_assault(sentence):
    assert "ASSAULT" not in types(sentence) and "THREATEN" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Troops fought the occupation for years.",           # occupation.n.02, armed force
    "The army is fighting the insurgency in the north.",
    "The mayor fought the change with a gun.",           # a weapon
    "The governor fought the guards.",                   # people
])
def test_fighting_force_people_or_with_a_weapon_stays_an_assault(sentence):
    assert "ASSAULT" in types(sentence)


def test_fought_ideas_hold_acts_and_rules_but_no_people_or_war():
    ideas = generator("build_fought_ideas").OUTPUT.read_text(encoding="utf-8").split()
    assert {"change", "discrimination", "law"} <= set(ideas)
    assert not {"war", "insurgency", "occupation", "regime", "electorate", "opposition", "movement"} & set(ideas)


@pytest.mark.parametrize("sentence", [
    "He will not quit until he gets everything he is fighting for.",   # "for" left at a relative clause's end
    "Those are the families we are fighting for.",
    "A leader must fight for what she believes in.",                    # "for" leading a clause
])
def test_fighting_for_what_a_clause_names_is_advocacy(sentence):
    assert "ASSAULT" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "This is the hill the two armies fought for.",                      # armed doers
    "That is the bridge the soldiers fought for.",
])
def test_forces_fighting_for_a_place_stay_an_assault(sentence):
    assert "ASSAULT" in types(sentence)
