"""An announced plan to punish is a threat (issue 14): a vow to punish, hunt down or avenge threatens, whatever
lexicon knows its verb (conventions §350); an arrest or an expulsion announced threatens imprisonment or expulsion,
as a conditional one does (§351).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def events(sentence: str) -> list[tuple[str, str | None, frozenset[str]]]:
    return [(e.type, e.mode, frozenset(e.aux)) for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence, mode", [
    ("Protesters who block the roads will be arrested.", "arrest"),
    ("Officials said anyone who breaks the curfew will be detained.", "arrest"),
    ("The government will deport all foreign workers without permits.", "expel"),
])
def test_an_announced_arrest_or_expulsion_threatens_its_own_mode(sentence, mode):
    assert ("THREATEN", mode, frozenset({"future"})) in events(sentence)


@pytest.mark.parametrize("sentence, mode", [
    ("Police would seize any vehicle parked on the bridge.", "restrict"),   # property, not territory (§346)
    ("The army will attack the town.", "violence"),
])
def test_other_announced_acts_keep_their_types_threat_mode(sentence, mode):
    assert ("THREATEN", mode, frozenset({"future"})) in events(sentence)


@pytest.mark.parametrize("sentence, mode", [
    ("The army vowed to hunt down the militants behind the attack.", "arrest"),     # CAMEO's "hunt down", 173
    ("Police promised to hunt down the gang that robbed the bank.", "arrest"),
    ("The rebels pledged to avenge their slain commander.", "violence"),           # WordNet revenge.v.01
    ("Hamas vowed to revenge the assassination.", "violence"),
])
def test_punishment_vowed_is_a_threat(sentence, mode):
    found = events(sentence)
    assert ("THREATEN", mode, frozenset({"future"})) in found
    assert "AGREE" not in {type_ for type_, _, _ in found}


@pytest.mark.parametrize("sentence, expected", [
    ("The army vowed not to hunt down the deserters.", "AGREE"),     # a vow not to punish threatens nobody
    ("Kenya pledged to help the victims.", "AGREE"),
    ("The minister promised to track down the missing funds.", "AGREE"),
    ("Police vowed to arrest the Houthi fighters.", "THREATEN"),     # folded as before
])
def test_other_promises_keep_their_coding(sentence, expected):
    found = {type_ for type_, _, _ in events(sentence)}
    assert expected in found and ("THREATEN" in found) is (expected == "THREATEN")
