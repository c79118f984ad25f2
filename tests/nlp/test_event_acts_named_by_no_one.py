"""Words that name an act no one does: "as opposed to" compares (conventions §399), and "it is hard to …" tells how
easy an act is, in general (§400). Neither reports an event.

Sentences are written for these tests."""

from __future__ import annotations

import pytest

from nlp.test_events import types


@pytest.mark.parametrize("sentence, expected", [
    ("The senator talked about jobs, as opposed to the war in Syria.", []),
    ("Kenya, as opposed to Chad, condemned the attack.", ["ACCUSE"]),
    ("Turnout rose in the north as opposed to the capital.", []),
])
def test_as_opposed_to_compares(sentence, expected):
    assert types(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Most senators were opposed to the bill.", ["REJECT"]),
    ("As Kenya opposed the plan, Chad withdrew its troops.", ["REJECT", "RETREAT"]),
    ("Kenya opposed the plan.", ["REJECT"]),
])
def test_opposition_stays(sentence, expected):
    assert types(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("It is impossible to ignore the protests.", []),
    ("It's easy to criticize the president.", []),
    ("It was hard to condemn the rebels, the minister said.", []),
    ("It is not possible to reject the offer and criticize the envoy.", []),
])
def test_how_easy_an_act_is_is_no_event(sentence, expected):
    assert types(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a doer named by "for", and an act said to be needed, are not told in general: left as they were
    ("Kenya said it would be easy for its troops to attack the rebels.", ["ASSAULT"]),
    ("Kenya said it was necessary to negotiate with the rebels.", ["CONSULT"]),
    ("The minister criticized the rebels, though it was hard.", ["ACCUSE"]),
    ("Kenya found it easy to criticize the rebels.", ["ACCUSE"]),
])
def test_an_act_with_a_doer_or_a_call_stays(sentence, expected):
    assert types(sentence) == expected
