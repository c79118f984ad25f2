"""A clause whose subject is quantified by a negating determiner reports that the act did not happen: "No one was
arrested", "Neither side has agreed" (conventions §450); so does a light verb's or a carrier's event noun that "no"
quantifies: "launched no attack", "held no talks" (§569).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def coded(sentence: str) -> list[tuple[str, bool]]:
    """(type, negated) of each event the whole pipeline codes in ``sentence``."""
    return [(e.type, "negated" in e.aux) for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence, type_", [
    ("No one was arrested after the march in Lagos, police said on Monday.", "COERCE"),
    ("No civilians were killed in Goma overnight, the army said.", "ASSAULT"),
    ("No country has recognized the breakaway region since it declared independence.", "SUPPORT"),
    ("No lawmaker has called for the ambassador to be expelled.", "REQUEST"),
])
def test_a_subject_with_no_denies_the_act(sentence, type_):
    events = coded(sentence)
    assert (type_, True) in events and (type_, False) not in events


def test_neither_side_agreeing_is_no_agreement():
    assert ("AGREE", False) not in coded("Neither side has agreed to the ceasefire proposal, the mediators said.")


@pytest.mark.parametrize("sentence, type_", [
    ("Police arrested dozens of people after the march in Lagos on Monday.", "COERCE"),
    ("The army said the attack left no civilians dead.", "ASSAULT"),      # "no" on the object, not the subject
    ("The rebels, who had no weapons left, surrendered to the army.", "RETREAT"),
])
def test_a_no_elsewhere_in_the_sentence_denies_nothing(sentence, type_):
    assert (type_, False) in coded(sentence)


@pytest.mark.parametrize("sentence, type_", [
    ("Kenya launched no attack on the rebel camps last week, the army said.", "ASSAULT"),
    ("Kenya and Uganda held no talks on the border dispute last year.", "CONSULT"),
    ("Kenya expressed no support for the Ugandan plan at the summit.", "SUPPORT"),
    ("The senators voiced no objection to the arms sale.", "ACCUSE"),
])
def test_no_on_a_light_verbs_event_noun_denies_the_act(sentence, type_):
    """The event's word is the light verb's or carrier's object, so its "no" denies the act (conventions §569)."""
    events = coded(sentence)
    assert (type_, True) in events and (type_, False) not in events


def test_no_on_another_object_of_the_act_denies_nothing():
    assert ("ASSAULT", False) in coded("Rebels attacked the convoy near Goma, leaving no survivors.")
