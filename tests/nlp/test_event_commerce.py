"""Commerce with no political party in its sentence is no PLOVER event (conventions §101).

Sentences are written for these tests; each is tested beside the political or conflictual events it must keep.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import types
from parley.nlp.event_lexicon import commerce_words



@pytest.mark.parametrize("sentence", [
    "The brewer agreed to sell its bottling plants to a rival for $40 million.",   # the act agreed is a sale
    "Shareholders approved the merger on Tuesday.",                                # a party in business
    "Brokers urged investors to move their savings into bonds.",
    "The retailer blamed a cold winter for the fall in its profits.",              # what a firm earns
    "The company called on its creditors to accept a later payment.",
    "Dealers said shares of the chemical maker traded briskly all week.",         # the trade itself
])
def test_commerce_with_no_political_party_codes_no_event(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya agreed to sell wheat to Chad next year.", "AGREE"),                     # countries trade
    ("Russia urged investors to leave the Ukrainian market.", "REQUEST"),          # a state appeals
    ("France welcomed the sale of the shipyard.", "SUPPORT"),                      # a state approves a sale
    ("Gunmen attacked the offices of the trading company.", "ASSAULT"),            # violence, whoever the target
    ("The traders were arrested at the port.", "COERCE"),                          # an arrest is a state's act
    ("The shareholders threatened to sue the chairman.", "THREATEN"),              # a threat stays a threat
])
def test_commerce_with_a_political_party_or_conflict_keeps_its_event(sentence, expected):
    assert expected in types(sentence)


def test_an_agreement_of_no_commerce_between_unnamed_parties_stays():
    assert "AGREE" in types("The two sides agreed to meet again next month.")


def test_commerce_words_file_is_what_the_script_builds():
    rebuilt("build_commerce_words", "data.noun", "data.verb")
    words = commerce_words()
    assert {"sell", "buy", "trade", "auction"} <= words["verb"]
    assert {"shareholder", "investor", "corporation", "firm", "sale", "profit", "stock"} <= words["noun"]
    # political words, events and people of politics are no commerce
    assert not {"agree", "attack", "meet", "support"} & words["verb"]
    assert not {"government", "treaty", "minister", "army", "talks", "aid", "protest"} & words["noun"]
