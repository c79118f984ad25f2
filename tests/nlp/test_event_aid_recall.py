"""Military assistance the rules missed: fighters trained by another party, said by verb or by noun, and armed forces
sent to help another party (conventions §173, §174).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def coded(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in Pipeline().extract(sentence, published=PUBLISHED).events]


@pytest.mark.parametrize("sentence", [
    "The United States trained Syrian rebels.",                     # fighters of an armed sector, by verb
    "Iran is equipping Houthi fighters.",                           # whose actor is the noun's modifier
    "U.S. training of Syrian rebels was carried out in secret.",    # by noun, the trainer its modifier
    "The training of Afghan forces by NATO continued.",             # the trainer after "by"
])
def test_another_partys_fighters_trained_are_aid(sentence):
    assert ("AID", None) in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "The Nigerian army trained Nigerian troops.",                   # its own country's forces
    "France's training of its own soldiers ended.",                 # no other party
    "The training of the national team resumed on Monday.",         # no forces
    "The coach trained the players before the final.",
    "Russian training for Belarusian pilots began.",                # pilots are no forces
])
def test_training_that_helps_no_other_partys_forces_is_no_aid(sentence):
    assert "AID" not in [t for t, _ in coded(sentence)]


@pytest.mark.parametrize("sentence", [
    "Chad sent soldiers to Mali to assist the Malian army.",        # the party helped is the help's object
    "Russia sent troops to Kazakhstan to help the government restore order.",  # where the forces go
    "The African Union has sent 5,000 peacekeepers to Somalia to help fight the insurgents.",
])
def test_forces_sent_to_help_another_party_are_aid_and_a_mobilization(sentence):
    events = coded(sentence)
    assert events[0] == ("MOBILIZE", "troops") and ("AID", None) in events


@pytest.mark.parametrize("sentence", [
    "Nigeria deployed troops to Borno to help fight Boko Haram.",    # at home
    "National Guard troops were deployed to help keep the peace in the capital.",  # no other party
    "Turkey sent troops into northern Syria to support the rebels.",  # support is no help verb
    "The army sent engineers to Somalia to build a bridge.",        # no help
    "Japan deployed a radar system to Australia to help detect missiles.",  # no forces
])
def test_forces_sent_with_no_help_to_another_party_stay_a_mobilization(sentence):
    assert "AID" not in [t for t, _ in coded(sentence)]
