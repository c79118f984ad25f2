"""Goods handed over by a participle with no subject of its own are given by the clause it shares its subject with
(conventions §549): "France is among the biggest donors, supplying tanks" gives as France does, as "France supplied
tanks" does (§34, §411). Goods that are no relief or arms, arms dropped on a target, and words given stay no aid.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types_in_pipeline as types


@pytest.mark.parametrize("sentence", [
    "France is among the biggest donors to Ukraine, supplying tanks and missiles.",     # arms, no receiver (§411)
    "Qatar stepped in, providing fuel to the power plant in Gaza.",                     # relief goods (§34)
    "The WHO played a vital role, delivering two billion doses of vaccine.",
    "Canada was the first to act, shipping 40 armored vehicles to Kyiv.",
    "Japan responded quickly, delivering 300 tents to the survivors.",                 # AID already on 9f30c4d
])
def test_goods_a_participle_hands_over_are_given_by_its_clauses_subject(sentence):
    assert "AID" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The company is a major supplier, delivering phones to stores.",     # no relief, no arms
    "Russia pounded Kharkiv overnight, dropping bombs on the city.",     # arms dropped on a target
    "The minister spoke for an hour, giving details of the plan.",       # words
    "The senator campaigned in Ohio, handing out leaflets.",
    "The rebels gave up, handing over their rifles.",                    # arms given up
    "China eased its measures, dropping its duties on wine.",            # "on" names what a duty weighs on
    "China dropped its duties on barley.",
])
def test_a_participle_that_hands_over_nothing_of_aid_is_no_aid(sentence):
    assert "AID" not in types(sentence)
