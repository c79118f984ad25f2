"""A side that says it has the right, the power or the ability to strike warns, as one that says it may strike
(plover_conventions.md §553, on §39 and §327): CAMEO 138 "threaten with military force", 137 "with violent
repression". Said by another, the act stays one only possible.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events


def coded(sentence: str) -> list[tuple[str, str | None]]:
    return [(t, m) for t, m, _, _ in events(sentence)]


@pytest.mark.parametrize("sentence, mode", [
    ("Turkey said it reserves the right to use force against the Kurdish militias.", "violence"),
    ("The Ethiopian army said it has the right to strike the rebel camps.", "violence"),
    ("Pyongyang said it has the power to destroy the American bases in Guam.", "violence"),
    ("Iran said it is capable of striking any warship in the Gulf.", "violence"),
    ("Moscow said it is able to strike any city in Europe.", "violence"),
    ("Myanmar's army said it has the capacity to crush the protests.", "restrict"),
])
def test_a_right_or_power_to_strike_claimed_by_its_own_side_warns(sentence, mode):
    assert ("THREATEN", mode) in coded(sentence)
    assert "ASSAULT" not in [t for t, _ in coded(sentence)]


@pytest.mark.parametrize("sentence", [
    "Analysts said North Korea has the ability to strike Guam.",                    # another's guess
    "Kyiv has the right to strike targets inside Russia, the British minister said.",  # another's view
    "Turkey said it used its right to strike the rebel camps.",                     # a right used is an act done
    "The ministry said it reserves the right to impose new tariffs.",               # no force: left as it was
])
def test_what_a_claimed_right_does_not_make_a_threat(sentence):
    assert "THREATEN" not in [t for t, _ in coded(sentence)]
