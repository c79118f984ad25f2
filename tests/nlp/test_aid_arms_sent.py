"""Arms sent to another state are handed over, military assistance; a system is arms when arms name it; arms sold are
a sale, and "arms" is weapons in every rule (conventions §512, §513, §589, §590).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties


@pytest.mark.parametrize(("sentence", "giver", "receiver"), [
    ("Canada sent armored vehicles to Ukraine.", "Canada", "Ukraine"),          # a force modifier on a vehicle
    ("Poland sent Ukraine twenty fighter jets.", "Poland", "Ukraine"),          # a dative receives them
    ("Norway sent tanks to Kyiv last spring.", "Norway", "Ukraine"),            # the capital names the state
    ("Italy dispatched howitzers and shells to Ukraine.", "Italy", "Ukraine"),
    ("Germany provided air defense systems to Ukraine.", "Germany", "Ukraine"),  # a system of defense.n.01
    ("Spain delivered two missile systems to Ukraine.", "Spain", "Ukraine"),                 # a missile system
    ("France supplied Ukraine with rocket systems.", "France", "Ukraine"),
])
def test_arms_a_state_sends_or_supplies_to_another_state_are_aid(sentence, giver, receiver):
    assert [(kind, mode, giver in " ".join(givers), receivers)
            for kind, mode, givers, receivers in events_with_mode_and_parties(sentence)] == [("AID", None, True, [receiver])]


# §517: arms handed over to another state are handed over as "sent" ones are, unless they are the giver's own.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Germany handed over an air defense system to Ukraine.", ("AID", None)),
    ("Denmark handed over six fighter jets to Ukraine.", ("AID", None)),
    ("Turkey handed over drones to Kenya's military.", ("AID", None)),        # a state's body receives them
    ("Turkey is poised to hand over drones to Kenya.", ("AID", None)),         # the passive governor's subject
    ("Britain sent tanks to the Ukrainian army.", ("AID", None)),
    ("Ukraine handed over its nuclear weapons to Russia.", ("RETREAT", "disarm")),   # its own: given up (§182)
    ("The rebels handed over their rifles to the army.", ("RETREAT", "disarm")),
])
def test_arms_handed_over_to_another_state_are_aid_unless_the_givers_own(sentence, expected):
    assert [(kind, mode) for kind, mode, _, _ in events_with_mode_and_parties(sentence)] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russia deployed tanks to Belarus.", ("MOBILIZE", "weapons")),   # deploy.v.01: its own arms placed
    ("The army sent tanks to the border.", ("MOBILIZE", "weapons")),  # a place, no state receives them
    ("Spain sent troops to Mali.", ("MOBILIZE", "troops")),           # its own forces, no arms handed over
    ("Russia placed missile systems near the border.", ("MOBILIZE", "weapons")),  # a system of arms, placed
])
def test_arms_or_forces_sent_to_a_place_stay_a_mobilization(sentence, expected):
    assert [(kind, mode) for kind, mode, _, _ in events_with_mode_and_parties(sentence)] == [expected]


@pytest.mark.parametrize("sentence", [
    "The president sent a message to Congress.",                   # no arms
    "Germany provided a new tax system to its states.",            # a system no arms name
    "France delivered water purification systems to the villages.",
    "The company sent missile parts to its factory in Texas.",     # a company's goods, no state receives them
])
def test_other_things_sent_or_systems_are_no_military_aid(sentence):
    assert "AID" not in [kind for kind, _, _, _ in events_with_mode_and_parties(sentence)]


# §589: arms a state sells or buys are a sale (CAMEO 062, SELL * &AIRCRAFT: COOPERATE), no forces the seller places.
@pytest.mark.parametrize("sentence", [
    "Brazil sold fighter jets to Argentina.",
    "The United States sold F-16 fighter jets to Turkey.",
    "Brazil is selling jets to Argentina.",
    "Italy sold two frigates to Indonesia.",
])
def test_arms_a_state_sells_to_another_are_a_sale_not_forces_placed(sentence):
    assert [kind for kind, _, _, _ in events_with_mode_and_parties(sentence)] == ["COOPERATE"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("China deployed fighter jets to the border.", "MOBILIZE"),     # its own craft placed
    ("Iran smuggled fighters into Syria.", "MOBILIZE"),              # people, a party, moved in
    ("Canada sold wheat to China.", None),                           # goods, no arms
])
def test_craft_placed_or_people_smuggled_stay_moves_and_goods_sold_no_forces(sentence, expected):
    assert [kind for kind, _, _, _ in events_with_mode_and_parties(sentence)][:1] == ([expected] if expected else [])


# §590: "arms", WordNet's weaponry.n.01 written as a plural the parser lemmatizes as "arm", is arms in every rule.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russia moved arms into Belarus.", ("MOBILIZE", "weapons")),
    ("The rebels stationed arms near the border.", ("MOBILIZE", "weapons")),
    ("Iran tested new arms on Tuesday.", ("MOBILIZE", "weapons")),
    ("Russia placed arms along the frontier.", ("MOBILIZE", "weapons")),
    ("The loyalist militia decommissioned its arms.", ("RETREAT", "disarm")),   # §572's reading, now the shared one
])
def test_arms_by_their_written_plural_are_weapons_in_every_rule(sentence, expected):
    assert [(kind, mode) for kind, mode, _, _ in events_with_mode_and_parties(sentence)][:1] == [expected]


@pytest.mark.parametrize("sentence", [
    "The protesters linked arms outside parliament.",      # limbs
    "The minister broke both arms in the crash.",
])
def test_arms_that_are_limbs_are_no_weapons(sentence):
    assert not {"MOBILIZE", "AID", "RETREAT"} & {kind for kind, _, _, _ in events_with_mode_and_parties(sentence)}


# §590: a weapon "with" which something is hit needs something hit; craft that land "with" arms carry them.
@pytest.mark.parametrize(("sentence", "attack"), [
    ("Cargo planes landed in Libya with weapons.", False),
    ("Russia targeted power plants with drones.", True),
    ("The town was pounded with artillery.", True),
])
def test_arms_carried_by_a_craft_that_lands_are_no_attack(sentence, attack):
    assert ("ASSAULT" in [kind for kind, _, _, _ in events_with_mode_and_parties(sentence)]) is attack
