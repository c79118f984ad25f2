"""A charge denied was made all the same (conventions §564): "the ministry denied the allegations" is the ministry's
REJECT and an ACCUSE by others whose target is the ministry, as §51 reads "rejected accusations of abuses", though the
word names no content of its own. WordNet's accusation and criticism nouns only, and not a court's dismissal.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

import parley
from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events]


def targets(sentence: str, type_: str) -> list[str]:
    result = parley.extract(sentence, published="2024-05-01")
    names = {a.id: a.name for a in result.actors}
    return [names[a] for e in result.events if e.type == type_ for a in e.recipients]


@pytest.mark.parametrize("sentence", [
    "The Ugandan defence ministry denied the allegations.",
    "Burundi denies the charges.",
    "The rebel commander dismissed the accusations as propaganda.",
    "Hungary rejected criticism of its new media law.",
    "The interior minister brushed aside accusations of interference.",
    "The former governor denies all the charges against him.",
])
def test_a_charge_denied_is_an_accusation_beside_the_denial(sentence):
    found = types(sentence)
    assert "REJECT" in found and "ACCUSE" in found


def test_the_denier_is_the_one_accused():
    assert "Burundi" in targets("Burundi denies the charges.", "ACCUSE")


@pytest.mark.parametrize("sentence", [
    "The court dismissed the charges against the opposition leader.",  # a court ends a case, it is not accused
    "The electoral commission rejected the complaint.",                 # a complaint made to it, against others
    "Israel denied the claims.",                                        # a claim need accuse no one
    "The ministry denied that charge.",                                 # anaphoric: told in its own sentence
    "The ministry denied the report.",
])
def test_other_denials_make_no_accusation(sentence):
    assert "ACCUSE" not in types(sentence)
