"""Money a country or an aid body gives is aid with no receiver named (conventions §421).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def coded(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in Pipeline().extract(sentence, published=PUBLISHED).events]


@pytest.mark.parametrize("sentence", [
    # the participle gives as its copula's subject does
    "Britain is by far the biggest donor to global vaccine programs, giving $600 million this year.",
    "The European Union and the World Bank poured in money after the flood.",   # poured in, no receiver named
    "Saudi Arabia pumped $2 billion into Egypt.",                               # into a country
    "The country secured a $3 billion loan package from the International Monetary Fund.",  # a loan from an aid body
    "Chinese lenders provided most of the debt relief last year.",              # debt relief a state's lenders provide
    "Donations from the European Union rebuilt the school.",
    "Japan's loans to Kenya have grown.",                                       # the giver's own
])
def test_money_a_state_or_an_aid_body_gives_is_aid(sentence):
    assert ("AID", None) in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "He is by far the biggest donor to the campaign, giving $2 million this year.",  # a person (§60)
    "Donors gave $25 million to the super PAC.",
    "The billionaire donated to the campaign.",
    "The company received a loan from the bank.",                # a firm's credit
    "The government spent $2 billion on roads.",                 # a budget (§25)
    "The government poured $2 billion into roads.",              # poured into no party
    "Investors poured money into the fund.",
    "Student loans have doubled.",                               # no giver
    "The Mexican bank's loan book grew 11 percent.",             # a ledger, no loan given
    "The senator accepted donations from oil companies.",        # §77
    "A grant from the senator's campaign paid for the ads.",     # political finance
])
def test_money_of_people_firms_campaigns_or_budgets_is_no_aid(sentence):
    assert "AID" not in [t for t, _ in coded(sentence)]


@pytest.mark.parametrize("sentence", [
    "The government will pay $800 to every household.",        # a state's transfer to its own people (§422)
    "The government paid pensioners a $300 bonus.",
])
def test_a_state_paying_its_own_people_is_no_aid(sentence):
    assert "AID" not in [t for t, _ in coded(sentence)]
