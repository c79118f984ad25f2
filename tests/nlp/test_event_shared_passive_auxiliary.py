"""A passive participle joined to a passive verb with a modal shares the modal: "will be arrested and jailed" announces
both acts, and an announced arrest or attack is a threat (plover_conventions.md §611).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def events(sentence: str) -> list[tuple[str, str | None, frozenset[str]]]:
    return [(e.type, e.mode, frozenset(e.aux)) for e in load()(sentence)._.events]


def coded(sentence: str) -> list[tuple[str, str | None]]:
    return [(t, m) for t, m, aux in events(sentence) if "negated" not in aux]


@pytest.mark.parametrize("sentence", [
    "Dissidents who meet foreign diplomats will be stripped of their passports and jailed, the minister declared.",
    "Anyone who joins the march will be fined and detained, the governor said.",
    "The junta said that strikers would be sacked and imprisoned.",
    "Smugglers caught at the border will be searched and arrested.",
])
def test_a_participle_joined_to_an_announced_passive_is_announced(sentence):
    found = coded(sentence)
    assert ("THREATEN", "arrest") in found
    assert ("COERCE", "arrest") not in found


@pytest.mark.parametrize("sentence", [
    "Journalists who cover the protests could be beaten and detained, the union warned.",
    "Looters will be shot and killed on sight, the commander said.",
])
def test_force_joined_to_an_announced_passive_is_no_act_done(sentence):
    found = events(sentence)
    assert not any(t in ("COERCE", "ASSAULT") and not aux & {"future", "hypothetical"} for t, _, aux in found)


@pytest.mark.parametrize("sentence, expected", [
    # the head has no modal: both acts are reported done
    ("The protesters were beaten and arrested by the police.", ("COERCE", "arrest")),
    ("Two reporters were stopped at the airport and detained.", ("COERCE", "arrest")),
])
def test_a_participle_joined_to_a_passive_without_a_modal_stays_done(sentence, expected):
    assert expected in coded(sentence)


def test_a_clause_joined_after_a_comma_keeps_its_own_modes():
    # "and called for" after the comma is the reporter's own act, not a second passive under "would not"
    found = events("The ministry said the apology would not be accepted, and called for the officers to be tried.")
    assert any(t == "REQUEST" and "negated" not in aux for t, _, aux in found)
