"""An event told from the receiver's side is the giver's: a verb of receiving (WordNet 3.0 get.v.01, receive.v.01/.v.02,
obtain.v.01, procure.v.01, acquire.v.05) with a "from" giver makes the giver the actor and the receiver the recipient
(PLOVER AID: "source actor provides aid to target"; plover_conventions.md §526).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_parties


@pytest.mark.parametrize("sentence, expected", [
    ("Ukraine received 40 tanks from Germany.", ("AID", ["Germany"], ["Ukraine"])),                # arms received
    ("Moldova has received a shipment of howitzers from Romania.", ("AID", ["Romania"], ["Moldova"])),
    ("Kenya received a loan of $200 million from China.", ("AID", ["China"], ["Kenya"])),          # money
    ("Somalia got humanitarian aid from Turkey last week.", ("AID", ["Turkey"], ["Somalia"])),     # the noun's event
    ("Kenya received threats from Somalia.", ("THREATEN", ["Somalia"], ["Kenya"])),                # threats received
])
def test_what_a_party_receives_from_another_is_the_givers_act(sentence, expected):
    assert events_with_parties(sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya received a delegation from Chad.", ("CONSULT", ["Kenya"], ["Chad"])),     # a guest: the host receives
    ("Ukraine bought fighter jets from France.", ("COOPERATE", ["Ukraine"], ["France"])),  # buying: the buyer pays
    ("Chad received support from the African Union.", ("SUPPORT", ["African Union"], ["Chad"])),  # already so (§13)
])
def test_the_verbs_own_act_or_a_purchase_keeps_its_subject(sentence, expected):
    assert events_with_parties(sentence) == [expected]
