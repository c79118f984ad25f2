"""What a promise or a declaration announces decides its type: a refusal promised is a rejection to come, not a
commitment to cooperate (conventions §195), and an emergency of a domain declared takes no power (§196).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def events(sentence: str) -> list[tuple[str, frozenset[str]]]:
    return [(e.type, frozenset(e.aux)) for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence, expected", [
    ("The governor has promised to veto the spending bill.", "REJECT"),
    ("Opposition senators vowed to block the nomination.", "REJECT"),
])
def test_a_refusal_promised_keeps_its_type_in_the_future(sentence, expected):
    found = events(sentence)
    assert (expected, frozenset({"future"})) in found
    assert "AGREE" not in {type_ for type_, _ in found}


@pytest.mark.parametrize("sentence", [
    "Kenya pledged to send engineers to help rebuild the port.",
    "The ministry pledged full cooperation with the inquiry.",        # cooperation with an investigation
])
def test_cooperation_promised_stays_a_promise(sentence):
    assert "AGREE" in {type_ for type_, _ in events(sentence)}


@pytest.mark.parametrize("sentence, expected", [
    ("The World Health Organization declared a global public health emergency on Friday.", False),
    ("The city council declared a climate emergency last year.", False),
    ("The president declared a national emergency at the border.", True),
    ("The government declared a state of emergency in three provinces.", True),
])
def test_only_an_emergency_of_the_state_is_a_state_of_emergency(sentence, expected):
    assert ("COERCE" in {type_ for type_, _ in events(sentence)}) is expected
