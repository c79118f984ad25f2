"""A vow to commit attacks is a threat (conventions §264): the object of a verb of perpetrating is what the vow
promises to do, as the object of "launch" or "carry out" is (§21, §113). A vow of forces, or to end attacks, or not
to commit or launch them, threatens nothing. Attacks committed are the attacks, carried by "commit" as by a light
verb, and no promise (§271).

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "The insurgents vowed to commit more attacks on the garrison.",
    "The militia pledged to commit further bombings against the capital.",
])
def test_a_vow_to_commit_attacks_is_a_threat(sentence):
    assert types(sentence) == ["THREATEN"]  # the attacks are what is vowed, not a second event


@pytest.mark.parametrize("sentence", [
    "The government vowed to commit more troops to the peacekeeping mission.",  # forces given
    "The insurgents pledged to end the attacks on the garrison.",               # the attacks ended
    "The insurgents vowed not to commit any more attacks on the garrison.",     # a vow of restraint
    "The insurgents vowed not to launch any more attacks on the garrison.",
    "The army pledged never to shell the town again.",
])
def test_a_vow_of_forces_or_of_restraint_is_no_threat(sentence):
    assert "THREATEN" not in types(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The insurgents committed attacks on the garrison.", ["ASSAULT"]),
    ("The militia committed abductions in the northern villages.", ["ASSAULT"]),
    ("The government committed more troops to the peacekeeping mission.", ["AGREE"]),  # forces given stay a promise
])
def test_attacks_committed_are_attacks_not_promises(sentence, expected):
    assert types(sentence) == expected
