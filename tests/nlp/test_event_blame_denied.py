"""Blame denied accuses no one and makes no doer (conventions §263): "said Chad was not responsible for the attack"
is no ACCUSE, and Chad is not the attack's actor; the attack stays an event. Blame asserted stays an accusation.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import doers
from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "The Kenyan foreign minister said Chad was not responsible for the ambush on the convoy.",
    "Ruritania's envoy said Borduria was never behind the bombing of the pipeline.",
    "The Nigerian army said it was not responsible for the attack on the village.",  # its own part denied
    "The monitors said the strike on the hospital was not a violation of the truce.",
])
def test_blame_denied_is_no_accusation(sentence):
    assert "ACCUSE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The Kenyan foreign minister said Chad was not responsible for the ambush on the convoy.",
    "Chad was not responsible for the ambush on the convoy, the Kenyan foreign minister said.",
])
def test_the_party_cleared_does_not_do_the_act(sentence):
    assert "ASSAULT" in types(sentence) and "Chad" not in doers(sentence, "ASSAULT")


def test_blame_said_stays_an_accusation_and_its_doer():
    sentence = "The Kenyan foreign minister said Chad was responsible for the ambush on the convoy."
    assert "ACCUSE" in types(sentence) and "Chad" in doers(sentence, "ASSAULT")


def test_a_cleared_party_leaves_the_acts_own_doer():
    assert "Sudan" in doers("Chad was not responsible for Sudan's ambush on the convoy.", "ASSAULT")
