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


# The noun reads as the verb does (conventions §601): what is mobilized is its "of" object or the noun before it, who
# mobilizes its owner, its "by" phrase, an adjective of a state or the subject of the verb it is the object of.
@pytest.mark.parametrize("sentence", [
    "Russia announced a partial mobilization of reservists on Wednesday.",
    "The army's mobilization of 50,000 troops alarmed its neighbours.",
    "Ukraine ordered a general mobilization.",
    "Hamas's mobilization of fighters near the border worried Israeli officers.",
    "The mobilization of reservists began at dawn.",
    "Israel's mobilization continued on Monday.",
    "A Russian mobilization of troops was reported near the border.",
    "Troop mobilization along the frontier worried NATO.",
    "A general mobilization was declared after the attack.",
])
def test_forces_readied_by_a_state_or_an_armed_party_are_a_mobilization(sentence):
    assert "MOBILIZE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The party's mobilization of voters paid off in the election.",
    "The campaign's voter mobilization drive reached two million homes.",
    "The union's mobilization of workers shut the port.",
    "A mobilization of resources by the charity helped the flood victims.",
    "The group's mobilization of young voters surprised pollsters.",
])
def test_a_campaign_or_a_union_mobilizing_people_or_means_is_no_mobilization(sentence):
    assert "MOBILIZE" not in types(sentence)
