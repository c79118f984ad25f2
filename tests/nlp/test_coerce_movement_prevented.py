"""An authority that keeps people out, halts them where they would pass, or stops their gathering restricts their
movement (COERCE/restrict, manual: "restrictions on political freedoms or movement"; conventions §412).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest
from event_parties import parties

from parley.nlp.pipeline import load


def codes(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "The army kept journalists out of the region.",
    "Hungary built a fence to keep the migrants out.",
    "Police kept the journalists out of the square.",
])
def test_people_an_authority_keeps_out_are_restricted(sentence):
    assert codes(sentence) == [("COERCE", "restrict")]


@pytest.mark.parametrize("sentence", [
    "Hundreds of migrants were stopped at the border.",
    "Border guards turned the refugees back at the border.",
    "Police stopped the activists at the checkpoint.",
    "The migrants were turned back at the border.",
])
def test_people_an_authority_halts_at_a_passage_are_restricted(sentence):
    assert codes(sentence) == [("COERCE", "restrict")]


@pytest.mark.parametrize("sentence", [
    "Police blocked the march.",
    "The rally was blocked by city officials.",
    "The police prevented the rally.",
    "Soldiers blocked the protest.",
])
def test_a_gathering_an_authority_stops_is_restricted(sentence):
    assert codes(sentence) == [("COERCE", "restrict")]


def test_the_authority_is_the_actor():
    assert parties("Border guards turned the refugees back at the border.", "COERCE")[0] == ["Border guards"]


@pytest.mark.parametrize("sentence, expected", [
    ("The rain kept people out of the park.", []),             # no one restricts
    ("The coach kept the players out of the game.", []),       # no authority
    ("The proposal would keep refugees out of the country.", []),  # a text, not an authority acting
    ("The goalkeeper blocked the shot.", []),
    ("The bus stopped at the border.", []),                     # no one halted it
    ("The car was stopped at the checkpoint.", []),             # a thing, not people
    ("Police kept the rally peaceful.", [("PROTEST", "demo")]),  # keep.v.01: the rally went on
    ("The opposition blocked the bill.", [("REJECT", None)]),
    ("Protesters blocked the road.", [("PROTEST", "obstruct")]),
    ("Police prevented the activists from leaving the city.", [("COERCE", "restrict")]),  # already read (_restraint)
])
def test_what_no_authority_keeps_out_halts_or_stops_is_left_as_it_was(sentence, expected):
    assert codes(sentence) == expected
