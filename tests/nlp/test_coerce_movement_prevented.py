"""People an authority halts or turns back where they would pass are restricted in their movement (COERCE/restrict,
manual: "restrictions on political freedoms or movement"; conventions §412).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest
from event_parties import parties

from nlp.test_events import codes_in_pipeline


@pytest.mark.parametrize("sentence", [
    "Hundreds of migrants were stopped at the border.",
    "Border guards turned the refugees back at the border.",
    "Police stopped the activists at the checkpoint.",
    "The migrants were turned back at the border.",
])
def test_people_an_authority_halts_at_a_passage_are_restricted(sentence):
    assert codes_in_pipeline(sentence) == [("COERCE", "restrict")]


def test_a_conjunct_shares_its_heads_passive_subject():
    assert codes_in_pipeline("Hundreds of migrants were beaten or stopped at the border.") == [("ASSAULT", "beat"),
                                                                                    ("COERCE", "restrict")]


def test_the_authority_is_the_actor():
    assert parties("Border guards turned the refugees back at the border.", "COERCE")[0] == ["Border guards"]


@pytest.mark.parametrize("sentence, expected", [
    ("The bus stopped at the border.", []),                     # no one halted it
    ("The car was stopped at the checkpoint.", []),             # a thing, not people
    ("The car, which was stopped at the checkpoint, was searched.", []),  # the relative pronoun stands for the car
    ("The coach stopped the players at the gate.", []),         # no authority
    ("The goalkeeper blocked the shot.", []),
    ("Police prevented the activists from leaving the city.", [("COERCE", "restrict")]),  # already read (_restraint)
])
def test_what_no_authority_halts_at_a_passage_is_left_as_it_was(sentence, expected):
    assert codes_in_pipeline(sentence) == expected
