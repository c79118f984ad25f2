"""Goods handed over named through a noun of a lot of them: "a cargo of rice", "a tranche of shells" (conventions
§376). Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types


@pytest.mark.parametrize("sentence", [
    "Turkey sent a cargo of rice to Kenya.",                            # cargo.n.01
    "France delivered a tranche of weapons to Ukraine.",              # tranche.n.01
    "Kenya delivered the first installment of tents to Chad.",    # installment.n.01
    "Kenya sent a parcel of medicines to Chad.",                      # package.n.01
    "France sent a lot of weapons to Ukraine.",             # lot.n.01
    "Turkey shipped a fresh load of blankets to the camps.",           # adjectives on the lot
])
def test_goods_named_through_a_lot_are_aid(sentence):
    assert "AID" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The firm sent a batch of emails to its customers.",               # no goods
    "The union sent a package of demands to the ministry.",            # demands are no goods
    "He sent a pile of letters to the ministry.",                      # a person, no goods
])
def test_a_lot_of_what_is_no_goods_is_no_aid(sentence):
    assert "AID" not in types(sentence)


def test_forces_sent_in_a_shipment_stay_a_mobilization():
    assert types("Russia sent a shipment of troops to the border.") == ["MOBILIZE"]
