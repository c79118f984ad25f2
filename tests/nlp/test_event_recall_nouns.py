"""Events the lexicon knows but a rule loses or types wrongly (conventions §90 on).

Sentences are written for these tests; each rule is tested with what it adds and what it must not add.
"""

from __future__ import annotations

import pytest

from nlp.test_events import code


def events(sentence: str) -> list[tuple[str, str | None]]:
    doc, _ = code(sentence)
    return [(e.type, e.mode) for e in doc._.events]


def types(sentence: str) -> list[str]:
    return [t for t, _ in events(sentence)]


# §90: a demand protesters make through the clause they share or describe is their protest.

@pytest.mark.parametrize("sentence", [
    "Protesters in Nairobi continue to demand the release of the students.",
    "Demonstrators in the capital kept demanding new elections on Sunday.",
])
def test_a_demand_protesters_share_with_its_head_verb_is_a_protest(sentence):
    found = types(sentence)
    assert "PROTEST" in found and "REQUEST" not in found


@pytest.mark.parametrize("sentence", [
    "The minister continued to demand the release of the students.",   # one party, no crowd
    "Kenya's president, calling for calm, met the students.",
])
def test_a_demand_by_no_crowd_stays_a_request(sentence):
    assert "REQUEST" in types(sentence)


def test_a_demand_by_protesters_a_participle_describes_is_their_protest():
    found = events("Police in Nairobi arrested protesters calling for the resignation of the governor.")
    assert ("PROTEST", "demo") in found and "REQUEST" not in [t for t, _ in found]


@pytest.mark.parametrize("sentence", [
    "Protesters marched through the city to demand the release of the students.",
    "Thousands of protesters calling for early elections filled the main square.",
])
def test_a_demand_made_in_a_protest_stays_its_own_event(sentence):
    found = types(sentence)
    assert found.count("PROTEST") == 1 and "REQUEST" in found
