"""Refuge a state gives is asylum, AID (PLOVER AID: "asylum, both to persons in its territories …"; conventions
§548): a standing of refuge granted, issued or extended ("granted refugee status", "issued humanitarian visas",
"extended temporary protected status"), and people who fled taken in, welcomed or accepted, or accepted as refugees.
A standing with no mark of refuge, one given to no people, and people who fled caught or met by no state stay no aid.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types_in_pipeline as types


@pytest.mark.parametrize("sentence", [
    "Uganda granted refugee status to 3,000 South Sudanese families.",
    "The United States granted Temporary Protected Status to 200,000 Haitians.",
    "Washington extended temporary protected status for Venezuelans for another 18 months.",
    "Argentina has issued humanitarian visas to 1,200 Syrian families.",
    "Some 900 Afghan reporters have been issued humanitarian visas by Germany.",   # a passive with its giver
    "Chad welcomed 20,000 Sudanese who fled the fighting in Darfur.",              # people who fled
    "Ecuador took in thousands of Colombians fleeing the war.",
    "Mexico accepted the former Bolivian president as a political refugee.",       # accepted as a refugee
    "Tanzania took in 40,000 Burundian refugees.",                                 # AID already on 9f30c4d
    "Kenya granted asylum to 14 Ethiopian activists.",                              # AID already on 9f30c4d
])
def test_refuge_a_state_gives_is_aid(sentence):
    assert "AID" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Germany issued visas to 300 software engineers.",                   # no mark of refuge
    "Canada gave permanent resident status to 5,000 nurses.",
    "The senator wants to give legal status to undocumented immigrants.",
    "The agency granted protected status to the gray wolf.",             # no people
    "The museum gave protected status to the old bridge.",
    "Police caught the two men who fled the scene.",                     # no refuge given
    "The coach welcomed the players who fled the club last year.",       # no state
    "The party accepted him as a candidate.",                            # no refugee
])
def test_no_refuge_given_by_a_state_is_no_aid(sentence):
    assert "AID" not in types(sentence)
