"""What is handed over, or ordered somewhere, decides the type (conventions §244, §245).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import code, types


@pytest.mark.parametrize("sentence", [
    "Chad ordered 3,000 soldiers to the northern frontier.",
    "Kenya ordered two army battalions into the port city.",
    "Turkey ordered its tanks toward the border town.",
])
def test_armed_forces_ordered_to_a_place_are_a_mobilization(sentence):
    assert "MOBILIZE" in types(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Chad ordered the arrest of the opposition leader.", "COERCE"),      # an act ordered, no place
    ("Chad ordered its soldiers to pull back.", "REQUEST"),               # "to" + a verb: the act ordered
    ("Chad ordered its soldiers to shoot at the marchers.", "ASSAULT"),
])
def test_an_order_that_names_an_act_keeps_the_act(sentence, expected):
    found = types(sentence)
    assert expected in found and "MOBILIZE" not in found


@pytest.mark.parametrize("sentence", [
    "The judge ordered the reporters to the back of the courtroom.",      # no armed forces
    "Kenya ordered a ceasefire in the capital.",
])
def test_an_order_of_no_armed_force_is_no_mobilization(sentence):
    assert "MOBILIZE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Turkey turned over twelve armored vehicles to Chad.",
    "France handed over artillery shells to Kenya.",
])
def test_arms_a_country_hands_to_another_party_are_aid(sentence):
    assert "AID" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The militia handed over its rifles to Kenya.",                        # fighters give their arms up
    "The gunmen turned in their weapons at the police station.",
    "Chad surrendered its missiles to Kenya.",                             # surrender parts with them
])
def test_arms_fighters_hand_over_stay_a_disarmament(sentence):
    found = types(sentence)
    assert "AID" not in found


@pytest.mark.parametrize("sentence", [
    "Kenya handed over three border villages to Chad.",
    "The rebels surrendered the town to the army.",
    "The militia turned over control of the airport to the police.",
])
def test_ground_or_control_handed_over_is_ceded(sentence):
    assert "withdraw" in _modes(sentence)


@pytest.mark.parametrize("sentence", [
    "The rebels handed over four captured soldiers to the Red Cross.",    # captives: released
    "Kenya handed the fugitive over to Chad.",                             # a suspect: extradited
])
def test_people_handed_over_keep_their_reading(sentence):
    assert "AID" not in types(sentence) and "withdraw" not in _modes(sentence)


def _modes(sentence: str) -> list[str]:
    doc, _ = code(sentence)
    return [e.mode for e in doc._.events]


@pytest.mark.parametrize("sentence", [
    "Kenya handed over two smugglers to Chad.",                            # a person, no captive, to another state
    "Kenya handed the banker over to police in Chad.",
    "Kenya surrendered a rebel commander to Chad.",
])
def test_a_person_a_state_hands_to_another_state_is_extradited(sentence):
    assert types(sentence) == ["COOPERATE"]


@pytest.mark.parametrize("sentence", [
    "The police handed the suspect over to prosecutors.",                 # within one state
    "Police transferred the suspect to a prison.",
])
def test_a_person_handed_within_a_state_is_no_event(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The army handed over the prisoners to the Red Cross.", "RETREAT"),  # captives: released
    ("Kenya handed the suspect over to French authorities.", "COOPERATE"),  # a nation named
    ("The rebels handed over two soldiers captured last week.", "RETREAT"),
])
def test_captives_and_suspects_to_a_nation_keep_their_reading(sentence, expected):
    assert types(sentence)[0] == expected
