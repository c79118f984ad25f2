"""Arms named by a noun of handing over whose giver is a state or an aid body named beside the noun — after "from" or
"by", as its possessor, or as a country's name or adjective before it — are aid though no one is named to receive them
and no verb gives them (conventions §528): the noun reads as §411's verb does. A noun with no giver of its own stays
none (§357), and so does one whose giver is a firm, a dealer or a person, or goods sold.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types_in_pipeline as types


@pytest.mark.parametrize("sentence", [
    "Recent deliveries of armored vehicles from U.S. stocks arrived in Kyiv.",       # a country names the stocks
    "U.S. deliveries of artillery shells reached the front last week.",              # a country before the noun
    "Germany's shipments of tanks arrived by rail on Monday.",                       # its possessor
    "The provision of armored vehicles by Britain was announced on Monday.",          # after "by"
    "A consignment of rifles from the Polish government reached the border.",        # a government after "from"
])
def test_arms_handed_over_by_a_named_state_are_aid(sentence):
    assert "AID" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The provision of rockets was discussed in Ankara.",                 # no giver of its own (§357)
    "The delivery of tanks from the factory was delayed by a strike.",    # a place of making, no party
    "Deliveries of rifles from a gun dealer in Texas rose in May.",       # a dealer
    "Lockheed Martin's deliveries of fighter jets slowed this year.",     # a firm: a sale
    "The deal covers the sale of 22 drones to the Indian navy.",         # a sale (§411)
    "Federal grants to schools rose last year.",                         # no state named: domestic spending
    "Student loans rose again in March.",                                # no giver
    "The senator returned $43,100 in Turkish-American donations.",      # people's money to a campaign (§53)
])
def test_arms_or_money_with_no_aid_giver_stay_no_aid(sentence):
    assert "AID" not in types(sentence)
