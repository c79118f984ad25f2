"""Nature, illness, organisms, bodies and matter do not act (conventions §148–§150).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from generators import generator, require
from nlp.test_events import types
from parley.nlp.event_lexicon import nonagent_nouns
from parley.nlp.pipeline import load


@pytest.mark.parametrize("sentence", [
    "A powerful earthquake struck the coast of Peru early on Sunday.",                # nature, the subject
    "The quake that struck the valley at dawn flattened hundreds of homes.",        # a relative clause
    "Dozens of villages were destroyed by a wildfire in the hills above Athens.",   # a passive's "by"
    "A cyclone battered the southern coast, cutting off three fishing towns.",      # and its participle
    "The heat wave attacked the maize crop just as it flowered.",                   # a two-word name
    "The fungus attacks the roots of young coffee plants within a week.",           # an organism
    "Bacteria launch a chemical attack on rival microbes in the soil.",             # a carried noun
    "The immune system launches an assault on the infected cells.",                 # a body's system
    "Crude oil retreated from a three-month high on Tuesday.",                      # matter
])
def test_things_that_are_no_agents_do_no_act(sentence):
    assert not {"ASSAULT", "RETREAT", "SANCTION", "ACCUSE"} & set(types(sentence))


def test_a_currency_expected_to_trade_cooperates_with_no_one():
    # the whole pipeline, which reads "trade" in a forecast as cooperation
    doc = load()("The Kenyan shilling is expected to trade between 128 and 131 to the dollar next week.")
    assert [e.type for e in doc._.events] == []


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya sent troops to the region after the earthquake struck.", ["MOBILIZE"]),  # only the act of a state
    ("The storm forced the government to postpone the summit.", ["CONSULT"]),       # the government postpones
])
def test_an_act_beside_nature_keeps_its_actor(sentence, expected):
    assert types(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Artillery fire killed three civilians in Kharkiv.",                            # wielded with arms
    "Sniper fire killed two protesters near the square.",                           # by a person
    "Fire from government tanks destroyed the rebel headquarters.",                 # from arms
    "Rebels set fire to the police station in Beni.",                               # people act
])
def test_fire_that_someone_wields_is_an_assault(sentence):
    assert "ASSAULT" in types(sentence)


def test_nonagent_nouns_are_built_by_kind():
    builder = generator("build_nonagent_nouns")
    require(builder.WORDNET_DIR / "data.noun")
    kinds = nonagent_nouns()
    assert {kinds[n] for n in ("earthquake", "wildfire", "flood", "heat wave", "tsunami")} == {"nature"}
    assert {kinds[n] for n in ("cholera", "asthma", "pandemic")} == {"illness"}
    assert {kinds[n] for n in ("virus", "bacteria", "fungus")} == {"organism"}
    assert kinds["immune system"] == "body" and kinds["oil"] == kinds["crude"] == "matter"
    # a sense that names people or a group: a hawk and a dove in a cabinet, a body, a head, an arm of a party
    assert not {"hawk", "dove", "body", "head", "arm", "hand", "brain", "person", "explosive"} & set(kinds)


def test_a_thing_used_to_do_an_act_is_not_its_doer():
    assert "ASSAULT" in types("Police used pepper spray to beat back the marchers outside parliament.")
