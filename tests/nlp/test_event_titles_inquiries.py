"""A named person's own title names no second party (conventions §312): the body or country in "Labour Party leader
Keir Starmer" or "Marine Le Pen, leader of the National Rally" describes him; he acts. An act an inquiry looks into is
not the investigator's (§313): "police launched an investigation into the killing" names no killer.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import parties


@pytest.mark.parametrize("sentence, type_, actors", [
    ("Labour Party leader Keir Starmer accused the government of lying.", "ACCUSE", ["Keir Starmer"]),
    ("Marine Le Pen, leader of the far-right National Rally, condemned the treaty.", "ACCUSE", ["Marine Le Pen"]),
    ("Keir Starmer, the Labour leader, accused the government of lying.", "ACCUSE", ["Keir Starmer"]),
    ("Former Trump lawyer Michael Cohen accused the president of lying.", "ACCUSE", ["Michael Cohen"]),
])
def test_a_persons_title_names_no_second_party(sentence, type_, actors):
    assert parties(sentence, type_)[0] == actors


@pytest.mark.parametrize("sentence, type_, actors", [
    ("Starmer and the Labour Party accused the government of lying.", "ACCUSE", ["Keir Starmer", "Labour Party"]),
    ("The Labour Party accused the government of lying.", "ACCUSE", ["Labour Party"]),
])
def test_parties_named_beside_a_person_stay(sentence, type_, actors):
    assert parties(sentence, type_)[0] == actors


@pytest.mark.parametrize("sentence", [
    "Police launched an investigation into the killing of two activists.",
    "Uganda ordered an inquiry into the killing of three protesters.",
])
def test_an_act_inquired_into_is_not_the_investigators(sentence):
    assert parties(sentence, "ASSAULT") == ([], [])
    assert parties(sentence, "ACCUSE")[0] != []


@pytest.mark.parametrize("sentence, type_, actors", [
    ("Kenyan police carried out the killing of two activists.", "ASSAULT", ["Kenyan police"]),
    ("Kenyan police launched a crackdown on the protesters.", "COERCE", ["Kenyan police"]),
])
def test_an_act_carried_out_keeps_its_subject(sentence, type_, actors):
    assert parties(sentence, type_)[0] == actors

