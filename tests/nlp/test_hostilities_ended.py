"""A party that halts its operations or stops its attacks ends hostilities: RETREAT/ceasefire (manual:
"observing a ceasefire or otherwise ending active conflicts"; conventions §413).

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
    "The rebels halted all operations on Sunday.",              # an armed party's operations
    "The insurgents suspended their operations for a week.",
    "The rebels suspended combat operations.",                  # operations named as fighting ones
    "The government halted offensive operations in the region.",
    "The army suspended ground operations in the south.",
])
def test_operations_or_attacks_halted_by_a_party_end_hostilities(sentence):
    assert coded(sentence) == [("RETREAT", "ceasefire")]


def test_the_party_that_halts_is_the_actor():
    document = Pipeline().extract("The rebels halted all operations on Sunday.", published=PUBLISHED)
    names = {a.id: a.name for a in document.actors}
    assert [(e.type, [names[a] for a in e.actors]) for e in document.events] == [("RETREAT", ["rebels"])]


@pytest.mark.parametrize("sentence, codes", [
    ("The company halted operations at the mine.", [("SANCTION", "discontinue")]),  # a firm's stoppage
    ("The army halted its rescue operation.", [("SANCTION", "discontinue")]),       # named for another purpose
    ("Troops suspended search operations.", [("SANCTION", "discontinue")]),
    ("The factory halted production.", [("SANCTION", "discontinue")]),
    ("The talks were suspended.", [("SANCTION", "withdraw")]),
    ("The rebels proposed a ceasefire.", [("REQUEST", "yield")]),                   # only proposed
])
def test_other_stoppages_are_unchanged(sentence, codes):
    assert coded(sentence) == codes

