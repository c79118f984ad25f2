"""Accusations traded or thrown (conventions §206), a charge that stays made beside its denial (§207), and a judging
body's finding that a party broke a rule or a right (§208): each an ACCUSE.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "Lagos and Accra traded blame for the collapse of the fishing accord.",
    "Armenia and Azerbaijan exchanged accusations over the shelling of a border post.",
    "The two parties swapped insults during the budget debate.",
    "The candidates lobbed insults at one another.",
])
def test_an_accusation_traded_or_thrown_is_made(sentence):
    found = types(sentence)
    assert "ACCUSE" in found and "COOPERATE" not in found


@pytest.mark.parametrize("sentence, kept", [
    ("Brazil and Argentina exchanged ambassadors in 1995.", None),
    ("Vietnam and Japan traded goods worth $40 billion last year.", None),
    ("The foreign ministers exchanged views on maritime security.", "CONSULT"),
    ("Kyiv and Moscow exchanged prisoners on Saturday.", "RETREAT"),
    ("Gunmen threw grenades at the police station.", "ASSAULT"),
])
def test_other_things_traded_or_thrown_accuse_no_one(sentence, kept):
    found = types(sentence)
    assert "ACCUSE" not in found and (kept is None or kept in found)


@pytest.mark.parametrize("sentence", [
    "Colombia blames Venezuela for sheltering the rebels, a charge Caracas denies.",
    "Mali blames Algeria for harbouring the rebels, a charge Algiers denies.",
])
def test_a_charge_denied_keeps_the_charge(sentence):
    found = types(sentence)
    assert "ACCUSE" in found and "REJECT" in found


def test_a_report_is_no_charge():
    # "The general denied the charges." was here: a charge denied alone accuses the denier since §564
    assert "ACCUSE" not in types("The rebels shelled the airport, the army said.")


@pytest.mark.parametrize("sentence", [
    "The tribunal ruled that Ruritania had violated the fishing treaty.",
    "A parliamentary committee concluded that the agency had abused its powers.",
    "The regional court found that the city council breached the residents' right to water.",
])
def test_a_judging_body_that_finds_a_breach_accuses(sentence):
    found = types(sentence)
    assert "ACCUSE" in found and "REJECT" not in found


@pytest.mark.parametrize("sentence", [
    "The tribunal ruled that Ruritania had not violated the fishing treaty.",  # no breach found
    "The court found the mayor not guilty of fraud.",                         # an acquittal
    "Norway's finance minister said that Norway had violated the fishing treaty.",  # a party's own word (§626)
])
def test_no_breach_found_by_a_judging_body_accuses_no_one(sentence):
    assert "ACCUSE" not in types(sentence)
