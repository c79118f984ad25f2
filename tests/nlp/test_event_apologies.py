"""Expressions of regret or remorse are CONCEDE (conventions §568): the PLOVER manual says so twice (3.3.2 and 3.4.2,
"Expressions of regret or remorse for an action or situation should be coded as CONCEDE"), against CAMEO2PLOVER's 055
"Apologize" → SUPPORT. An apology, regret or remorse offered, issued, made, extended or voiced is the verb's
"apologized"; one asked for, refused or denied is not given.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

import parley


def coded(sentence: str) -> list[tuple[str, frozenset[str], tuple[str, ...]]]:
    result = parley.extract(sentence, published="2024-05-01")
    names = {a.id: a.name for a in result.actors}
    return [(e.type, frozenset(e.aux), tuple(names[a] for a in e.actors)) for e in result.events]


@pytest.mark.parametrize("sentence, doer", [
    ("Kenya apologized to Uganda for the raid on the border post.", "Kenya"),
    ("Kenya issued a formal apology to Uganda for the raid on the border post.", "Kenya"),
    ("Japan made a public apology for the conduct of its troops.", "Japan"),
    ("Serbia extended an apology to Croatia over the remarks of its envoy.", "Serbia"),
    ("Chad offered an apology to the families of the fishermen.", "Chad"),
    ("Germany expressed remorse for the colonial killings in Namibia.", "Germany"),
    ("Turkey voiced regret over the downing of the Syrian jet.", "Turkey"),
    ("Belgium expressed regret for its role in the Congo crisis.", "Belgium"),
])
def test_regret_or_remorse_expressed_is_a_concession(sentence, doer):
    assert ("CONCEDE", frozenset(), (doer,)) in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "Uganda demanded an apology from Kenya for the raid.",           # asked for: REQUEST
    "Kenya refused to issue an apology for the raid.",               # refused: negated
    "The minister said Kenya owed Uganda no apology.",
    "The general said he had no regrets about the operation.",
    "Kenya said an apology would not be enough.",
])
def test_an_apology_not_given_is_no_concession(sentence):
    assert ("CONCEDE", frozenset()) not in [(type_, aux) for type_, aux, _ in coded(sentence)]
