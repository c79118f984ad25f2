"""Commerce's senses of event words (conventions §163–§165): a battery charged and a price charged accuse no one,
a currency or a future traded at a price cooperates with no one, and a firm that suspends, withdraws or
stations what it runs neither sanctions, retreats nor mobilizes.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone. They run
through the whole pipeline, whose recognizer names the countries, peoples and firms the rules weigh.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from parley.nlp.event_lexicon import firm_operations
from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "The new scooter can charge a laptop in under an hour.",                           # a device charged
    "These batteries charge fully in twenty minutes.",                                 # a thing that charges
    "The city is building charging stations along the motorway.",                     # a participle's noun
    "Ferry operators charge up to 40 euros a head for the crossing.",                 # a sum counted
    "Copper futures charged ahead on Tuesday, with the benchmark contract up 2 percent.",  # a market moves
    "The carmaker's yearly figures will show a charge of $150 million related to the closure of a plant in Brazil.",
])
def test_a_charge_that_names_no_party_accuses_no_one(sentence):
    assert "ACCUSE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Prosecutors charged the mayor with bribery.",
    "Rights groups charged that the vote was rigged.",
    "Four soldiers were charged on Friday.",
    "Police charged 12 protesters after the clashes.",
])
def test_a_party_charged_is_accused(sentence):
    assert "ACCUSE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The Ghanaian cedi traded at about 15.5 per dollar in Accra on Monday.",
    "Arabica futures in New York traded above $4 a pound as Brazil's harvest shrank.",
])
def test_what_trades_at_a_price_cooperates_with_no_one(sentence):
    assert "COOPERATE" not in types(sentence)


def test_countries_that_trade_with_each_other_cooperate():
    assert "COOPERATE" in types("Kenya agreed to trade with Uganda.")


@pytest.mark.parametrize("sentence", [
    "The budget airline will suspend its Lisbon–Porto route in January.",
    "The carrier is stationing three more jets at the airport next spring.",
    "The Dutch railway withdrew its night trains for the winter.",
    "A Turkish budget airline stationed two more aircraft in Ankara.",
    "Several airlines deployed bigger planes on the holiday routes.",
])
def test_a_firm_running_its_business_neither_sanctions_retreats_nor_mobilizes(sentence):
    assert not {"SANCTION", "RETREAT", "MOBILIZE", "CONCEDE"} & set(types(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("The government suspended all flights to the island.", "SANCTION"),               # a state's measure
    ("Ukraine suspended rail services to Belarus.", "SANCTION"),
    ("The airline suspended flights to Russia over the invasion.", "SANCTION"),       # a country it names
    ("Two European airlines suspended their flights to Beirut on Monday.", "SANCTION"),  # a place it names
    ("The army deployed aircraft to the border.", "MOBILIZE"),                         # forces
])
def test_a_measure_by_a_state_or_against_a_country_stays(sentence, expected):
    assert expected in types(sentence)


def test_firm_operations_are_built_by_kind():
    rebuilt("build_firm_operations", "data.noun")
    kinds = firm_operations()
    assert {kinds[n] for n in ("airline", "carrier", "company", "firm", "railway")} == {"firm"}
    assert {kinds[n] for n in ("route", "flight", "service", "aircraft", "product", "capacity", "store")} == {"operation"}
    # words whose other senses are groups, and forces, are no firm
    assert not {"line", "fleet", "underground", "army", "government"} & {n for n, k in kinds.items() if k == "firm"}
