"""Attacks that are words (conventions §112): a conflict verb that introduces someone's words, or whose particle
makes another verb. Sentences are written for these tests; each class is tested with the assaults it must keep,
and with the physical conflicts §111 (not kept) had to leave as they were.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def _events(text: str) -> list[tuple[str, str | None]]:
    """The events of ``text`` read with the actors and quotes components, whose sectors and cues the rules read."""
    return [(e.type, e.mode) for e in Pipeline().extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked the senator's convoy.",                               # an armed doer, a thing attacked
    "Clashes between police and protesters left two dead.",                # no speaker, people killed
    "Rebels and the army clashed near the border.",                        # armed sides
    "India and Pakistan clashed over Kashmir.",                            # governments "over" a place
    "Kenya and Chad clashed over the town.",                               # a place held
    "Senator Lund was physically assaulted by Governor Ortiz.",            # "physically"
    "Governor Ortiz clashed with Senator Lund, injuring him.",             # someone hurt
    "Government troops fought the rebels for control of the town.",
    "Senator Lund fought the rebels in the hills.",                        # the other side armed
])
def test_a_conflict_with_a_physical_side_stays_an_assault(sentence):
    assert {t for t, _ in _events(sentence)} & {"ASSAULT", "PROTEST"}


def test_a_conflict_verb_that_introduces_a_quote_is_a_reply():
    assert _events('"That is simply false," Senator Lund shot back.') == []


@pytest.mark.parametrize("sentence", [
    "The guards shot back at the attackers.",                              # no words introduced
    "Two men were shot back home in Texas.",                               # a passive: no speaker
])
def test_shooting_back_with_no_words_stays_an_assault(sentence):
    assert ("ASSAULT", "firearms") in _events(sentence)


@pytest.mark.parametrize("sentence", [
    "Senator Lund kicked off her campaign with a speech in Ohio.",        # kick_off.v.01 "commence officially"
    "The debate kicked off on Monday night.",
    "Fuel prices shot up after the storm.",                                # shoot_up.v.01 "rise dramatically"
])
def test_a_particle_verb_of_another_sense_is_no_assault(sentence):
    assert "ASSAULT" not in {t for t, _ in _events(sentence)}


@pytest.mark.parametrize("sentence", [
    "Gunmen shot up the village on Tuesday.",                              # an armed subject
    "Police kicked the protester on the ground.",                          # no particle
])
def test_a_blow_with_or_without_a_particle_stays_an_assault(sentence):
    assert "ASSAULT" in {t for t, _ in _events(sentence)}
