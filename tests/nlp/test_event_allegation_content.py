"""A noun of accusation whose clause states the act charged is an ACCUSE, and the act stays an event of its own
(conventions §183, §256), also where the parser reads the clause otherwise: a bare clause taken for a relative one,
or the clause said of the noun as a copula's subject.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "The colonel stood trial on charges he beat the detainees.",
    "The officer went on trial on charges he shot the protesters.",
    "The charge is that the militia shelled the market.",
    "The main accusation was that the guards beat the inmates.",
])
def test_an_act_told_as_a_charge_is_alleged_and_stays_an_event(sentence):
    found = types(sentence)
    assert "ACCUSE" in found and "ASSAULT" in found


@pytest.mark.parametrize("sentence", [
    "The charges he faces are serious.",           # a relative clause: the charges are what he faces
    "The charge is serious.",                      # no act charged
    "The phone charge was higher than expected.",  # a price (§163)
])
def test_a_charge_with_a_relative_clause_or_no_clause_is_no_accusation(sentence):
    assert "ACCUSE" not in types(sentence)


def test_a_charge_denied_keeps_the_denial_and_denies_the_act():
    found = types("The colonel denied charges he tortured the detainees.")
    assert "REJECT" in found and "ASSAULT" not in found  # the act denied is not asserted (§207, §51)
