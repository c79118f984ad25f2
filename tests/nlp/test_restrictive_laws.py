"""A law, regulation or decree an authority passes, signs, adopts, tightens or expands that restricts political
freedoms or movement imposes restrictions (the PLOVER manual's COERCE: "impose restrictions on political freedoms
or movement"; conventions §419): a restricting modifier ("repressive", "anti-protest") or a clause of restricting
("criminalizing free speech") over a freedom, an assembly, speech, the press, religion or movement. A restriction
of movement or assembly named by a noun is one too. Other laws passed stay SUPPORT (§49).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events


@pytest.mark.parametrize("sentence, expected", [
    ("Lawmakers passed restrictive anti-protest laws on Thursday.", [("COERCE", "restrict", ["Lawmakers"], [])]),
    ("The parliament passed a law criminalizing free speech.", [("COERCE", "restrict", ["parliament"], [])]),
    ("Parliament adopted a law that will criminalize free speech and freedom of association.",
     [("COERCE", "restrict", ["Parliament"], [])]),
    ("The parliament passed a repressive media law.", [("COERCE", "restrict", ["parliament"], [])]),
    ("China has tightened regulations on religious gatherings.", [("COERCE", "restrict", ["China"], [])]),
    ("Russia adopted new regulations for NGOs.", [("COERCE", "restrict", ["Russia"], [])]),
    ("President Ruto signed a decree that restricts freedom of assembly.", [("COERCE", "restrict", ["Ruto"], [])]),
])
def test_restrictive_law_enacted_is_coerce(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Restrictions on movement remained in force in the capital on Monday.", [("COERCE", "restrict", [], [])]),
    ("The army enforced curbs on protests in the capital.", [("COERCE", "restrict", ["army"], [])]),
    ("The cabinet declared a national disaster, with restrictions on public gatherings.",
     [("COERCE", "restrict", [], [])]),
])
def test_restriction_of_freedom_named_by_a_noun(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # no political freedom restricted: a law passed is approved (§49)
    ("Lawmakers passed restrictive gun laws.", [("SUPPORT", None, ["Lawmakers"], [])]),
    ("Parliament passed the budget.", [("SUPPORT", None, ["Parliament"], [])]),
    ("The parliament passed a law on freedom of the press.", [("SUPPORT", None, ["parliament"], [])]),
    ("The company tightened its rules.", []),
    ("President Ruto signed a decree on fuel prices.", []),
    ("China must respect the rule of law and political freedom.", []),
    # a restriction with a code of its own keeps it
    ("The government extended the curfew.", [("COERCE", "curfew", [], [])]),
    # a law only proposed restricts nothing yet
    ("Lawmakers proposed a law that would criminalize protests.",
     [("REQUEST", None, ["Lawmakers"], []), ("THREATEN", "restrict", [], [])]),
    # a clause of banning is read as one restriction, by who expands the law
    ("The military expanded the law banning public gatherings.", [("COERCE", "restrict", ["military"], [])]),
    # restrictions imposed or lifted are read by their verb, once
    ("The government imposed restrictions on movement.", [("COERCE", "restrict", [], [])]),
    ("The government lifted restrictions on movement.", [("CONCEDE", None, [], [])]),
    ("The government announced the lifting of restrictions on movement.", [("CONCEDE", None, [], [])]),
])
def test_other_laws_and_restrictions_read_as_before(sentence, expected):
    assert events(sentence) == expected
