"""Event words in their economic or informational sense report no PLOVER event (conventions §152–§155).

Sentences are written for these tests; each rule is tested beside the events it must keep (those keep-tests
pass before the rules too: they guard the rules' edges).
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import types
from parley.nlp.event_lexicon import goods_nouns


# §152: demand for goods, or of a good's kind, is a market's wish to buy (WordNet demand.n.02), no request.
@pytest.mark.parametrize("sentence", [
    "Strong demand for cars and trucks lifted the carmaker's sales in Kenya.",
    "Weak demand for steel in Asia pushed prices lower, traders in Singapore said.",
    "Demand for petrol fell in Kenya last month as factories cut output.",
    "Refiners in Chad could not keep up with demand for fertilizer and cement.",
    "A heat wave in Kenya drove up demand for air conditioning.",                  # a WordNet compound
])
def test_demand_for_goods_is_no_request(sentence):
    assert "REQUEST" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya's demand for weapons was rejected by its allies.",                     # a party's demand
    "The rebels' demand for fuel and food was turned down by the army.",
    "The opposition renewed its demand for the release of political prisoners.",  # an act demanded
    "Kenya issued a demand for the withdrawal of Chadian troops.",
])
def test_a_party_s_demand_or_a_demand_for_an_act_stays_a_request(sentence):
    assert "REQUEST" in types(sentence)


def test_goods_nouns_file_is_what_the_script_builds():
    rebuilt("build_goods_nouns", "data.noun")
    goods = goods_nouns()
    assert {"car", "fuel", "oil", "steel", "rice", "fertilizer", "weapon", "housing",
            "air_conditioning", "natural_gas"} <= goods
    assert not {"demand", "resignation", "independence", "justice", "election", "money", "power"} & goods


# §153: a text released is published, whatever noun names it.
@pytest.mark.parametrize("sentence", [
    "Kenya's health ministry cited figures from an audit released on Wednesday.",
    "The ministry in Kenya said so in a biography released on Friday.",
])
def test_a_text_released_is_no_release(sentence):
    assert "RETREAT" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The hostages released by the rebels arrived in Chad on Monday.",
    "Kenya released 30 prisoners on Friday.",
])
def test_people_released_stay_released(sentence):
    assert "RETREAT" in types(sentence)


# §154: a rally that gains a share or a sum is a recovery (WordNet rally.v.04, rally.n.02), no protest.
@pytest.mark.parametrize("sentence", [
    "The Kenyan opposition rallied in the last week of the race, gaining three points to 31 percent in a new poll.",
    "The coin's rally pushed its price above $40,000 on Monday.",
])
def test_a_rally_that_gains_a_figure_is_no_protest(sentence):
    assert "PROTEST" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Thousands of protesters rallied in Nairobi against a 16 percent tax on fuel.",  # a cause named
    "A rally against the $2 billion loan drew thousands in Nairobi.",
    "Protesters demanding a 20 percent pay rise rallied outside parliament in Nairobi.",  # protesters hold it
])
def test_a_rally_with_a_cause_or_protesters_stays_a_protest(sentence):
    assert "PROTEST" in types(sentence)


# §155: money spent on something is no aid; only relief paid for, or a party receiving it, makes it aid.
@pytest.mark.parametrize("sentence", [
    "Kenya spent about $50 million on new trucks last year.",
    "Chad plans to spend $200 million a year on new roads.",
])
def test_money_spent_on_something_is_no_aid(sentence):
    assert "AID" not in types(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya spent $5 million on food for the flood victims.", "AID"),           # relief paid for
    ("The World Bank disbursed $500 million to Kenya on Monday.", "AID"),       # a country receives it
    ("Kenya raised $3 billion for the climate programme this year.", "AID"),    # raised, not spent: as before
])
def test_relief_paid_for_and_money_given_to_a_country_stay_aid(sentence, expected):
    assert expected in types(sentence)
