"""A noun of refusal or warning that names both who makes it and what it is of, to or against reports the act with
no verb to carry it (conventions §356): "Russia's veto of the resolution" is REJECT, "Israel's warnings to leave the
north" THREATEN. Without its maker, or without what it refuses or warns of, the noun names no act: "Venezuela's
opposition" (the parties), "the warning", "a warning light".

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import parties
from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence, type_, actors", [
    ("Russia's veto of the resolution angered the West.", "REJECT", ["Russia"]),
    ("China's rejection of the ruling surprised no one.", "REJECT", ["China"]),
    ("Israel's warnings to Gaza residents prompted thousands to flee.", "THREATEN", ["Israel"]),
    ("Gazans heeded Israel's warnings to leave the north.", "THREATEN", ["Israel"]),
])
def test_a_refusal_or_warning_with_its_maker_and_its_object_is_that_act(sentence, type_, actors):
    assert parties(sentence, type_)[0] == actors


@pytest.mark.parametrize("sentence, type_", [
    ("Venezuela's opposition won the vote.", "REJECT"),                # the parties, no act
    ("The veto of the resolution angered the West.", "REJECT"),        # no maker named
    ("Russia's veto angered the West.", "REJECT"),                     # nothing it is of
    ("The warning came too late for the village.", "THREATEN"),        # no maker named
    ("The warning lights on the dashboard flashed.", "THREATEN"),      # a device (WordNet's warning light)
    ("Trump's support among evangelicals grew.", "SUPPORT"),           # a standing, not an act
    ("The heat wave prompted health warnings from officials.", "THREATEN"),  # a caution prompted, no maker's threat
])
def test_a_refusal_or_warning_missing_its_maker_or_object_is_no_act(sentence, type_):
    assert type_ not in types(sentence)
