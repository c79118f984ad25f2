""""Commit" pledges cooperation (PLOVER AGREE) only in its sense of a pledge (conventions §409): a deed committed
that codes no event, and a devotion to a cause, a stance or a person, are no AGREE.

Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def types(text: str) -> list[str]:
    return [e.type for e in Pipeline().extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize("sentence", [
    "The minister committed a gaffe during the debate.",             # WordNet commit.v.01, a deed coding nothing
    "Rebels committed sacrilege in the old temple.",
    "Several gaffes were committed by the campaign.",
    "The senator is committed to transparency.",                      # commit.v.02, devoted to a cause
    "The delegates committed to the mayor.",                          # to a person
    "The governor will be fully committed.",                          # to nothing named
])
def test_a_deed_done_or_a_devotion_is_no_agree(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence, kept", [
    ("Kenya committed to withdraw its troops by May.", "AGREE"),      # an act to come
    ("Kenya committed 500 troops to the mission.", "AGREE"),          # forces given
    ("Vietnam is committed to opening up its economy.", "AGREE"),
    ("Kenya committed to a ceasefire.", "AGREE"),                     # a pact
    ("Chad is committed to the peace talks.", "AGREE"),               # an event
    ("Chad is committed to dialogue with the rebels.", "AGREE"),      # a deed
    ("The ruling prompted the government to apologise and commit to compensating victims.", "AGREE"),  # a gerund
     # the parser makes a modifier
    ("The militia committed attacks on villages.", "ASSAULT"),        # a deed that codes an event (§271)
])
def test_a_pledge_or_a_coded_deed_stays(sentence, kept):
    assert kept in types(sentence)


def test_a_wrong_committed_stays_no_event():
    assert "AGREE" not in types("The army committed war crimes.")   # §87
