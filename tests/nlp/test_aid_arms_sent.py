"""Arms sent to another state are handed over, military assistance; a system is arms when arms name it (conventions
§512, §513).

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
