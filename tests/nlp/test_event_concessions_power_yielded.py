"""Power yielded or a closure lifted, promised, is a concession (the PLOVER manual's CONCEDE: "promises of future
concessions, including easing of administrative or legal restrictions"; CAMEO 0831/0834, which C2P codes CONCEDE):
civilian or constitutional rule promised or restored, and a passage, an outlet or schools promised reopened
(conventions §386). A party promising an ordinary act still agrees.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events


@pytest.mark.parametrize("sentence, expected", [
    ("The military pledged to restore civilian rule by March.", [("CONCEDE", None, ["military"], [])]),
    ("The Sudanese army promised to return the country to civilian rule.", [("CONCEDE", None, ["Sudanese army"], [])]),
    ("The Kenyan government promised to restore democracy.", [("CONCEDE", None, ["Kenya"], [])]),
    ("The junta promised a return to constitutional order.", [("CONCEDE", None, [], [])]),
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
    # elections promised: CAMEO's intent (0341), labelled both ways; not read as power yielded (§386)
    ("The army pledged to hold elections within a year.", [("AGREE", None, ["army"], [])]),
    ("Kenya has pledged that new elections will be held.", [("AGREE", None, ["Kenya"], [])]),
    # rule by the people not restored
    ("The army vowed not to restore civilian rule.", [("AGREE", None, ["army"], [])]),
    ("The army pledged to defend democracy.", [("AGREE", None, ["army"], [])]),
])
def test_ordinary_act_promised_stays_agreed(sentence, expected):
    assert events(sentence) == expected
