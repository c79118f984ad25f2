""""Mobilize" is MOBILIZE where forces are readied: its object is armed forces, or a state or an armed party does it
(conventions §579; the PLOVER manual's MOBILIZE is of military, police and militia capabilities). A campaign that
mobilizes voters, or a union its workers, readies no force.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

import parley


def types(sentence: str) -> list[str]:
    return [e.type for e in parley.extract(sentence, published="2024-05-01").events]


@pytest.mark.parametrize("sentence", [
    "Armenia mobilized its army after the border clashes.",
    "Russia mobilized 300,000 reservists in September.",
    "Russia mobilized 300,000 men for the war in Ukraine.",
    "Israel mobilized on Sunday after the rocket attacks.",
    "Hamas mobilized hundreds of fighters near the crossing.",
])
def test_forces_readied_by_a_state_or_an_armed_party_mobilize(sentence):
    assert "MOBILIZE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The senator's campaign mobilized thousands of volunteers in Ohio.",
    "The party mobilized voters in the key early states.",
    "Unions mobilized workers across the country for the general strike.",
    "Wealthy donors were mobilized by the campaign to block the nominee.",
])
def test_a_campaign_or_a_union_mobilizing_people_readies_no_force(sentence):
    assert "MOBILIZE" not in types(sentence)
