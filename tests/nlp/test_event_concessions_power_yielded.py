"""Power yielded or a closure lifted, promised, is a concession (the PLOVER manual's CONCEDE: "promises of future
concessions, including easing of administrative or legal restrictions"; CAMEO 0831/0834, which C2P codes CONCEDE):
elections or civilian rule promised, restored or held, and a passage, an outlet or schools promised reopened
(conventions §386). A party promising an ordinary act still agrees.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def events(sentence: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    """(type, mode, actor names, recipient names) of each event found in ``sentence``."""
    doc = load()(sentence)
    names = {a.id: a.name for a in doc._.actors}
    return [(e.type, e.mode, [names[a] for a in e.actors], [names[a] for a in e.recipients]) for e in doc._.events]


@pytest.mark.parametrize("sentence, expected", [
    ("The army pledged to hold elections within a year.", [("CONCEDE", None, ["army"], [])]),
    ("The military pledged to restore civilian rule by March.", [("CONCEDE", None, ["military"], [])]),
    ("The Sudanese army promised to return the country to civilian rule.", [("CONCEDE", None, ["Sudanese army"], [])]),
    ("The Kenyan government promised to restore democracy.", [("CONCEDE", None, ["Kenya"], [])]),
    ("Kenya has pledged that new elections will be held.", [("CONCEDE", None, ["Kenya"], [])]),
])
def test_rule_by_the_people_promised_is_conceded(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Taliban pledged to reopen schools for girls.", [("CONCEDE", None, ["Taliban"], [])]),
    ("The military pledged to reopen the border crossing.", [("CONCEDE", None, ["military"], [])]),
    ("The Taliban promised to reopen the radio station.", [("CONCEDE", None, ["Taliban"], [])]),
])
def test_closure_promised_lifted_is_conceded(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an ordinary act promised
    ("The rebels promised to hold talks.", [("AGREE", None, ["rebels"], []), ("CONSULT", None, ["rebels"], [])]),
    # nothing closed to anyone is reopened
    ("Kenya pledged to reopen the investigation.", [("AGREE", None, ["Kenya"], []), ("ACCUSE", "investigate", ["Kenya"], [])]),
    # elections not held, or only to be won, yield no power
    ("The army vowed not to hold elections.", [("AGREE", None, ["army"], [])]),
    ("The army pledged to postpone the elections.", [("AGREE", None, ["army"], [])]),
    ("The army vowed to win the election.", [("AGREE", None, ["army"], [])]),
])
def test_ordinary_act_promised_stays_agreed(sentence, expected):
    assert events(sentence) == expected
