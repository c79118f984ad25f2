"""Support given as WordNet names it (conventions §575): a vote of confidence given (vote_of_confidence.n.01 "an
expression of approval and encouragement"), beside rows of SUPPORT the base already reads (a treaty ratified or inked, ties restored, a state
recognized, praise, a party defended) and sentences that must give no SUPPORT.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import doers, types_and_aux


@pytest.mark.parametrize("sentence, doer", [
    ("The Kenyan parliament gave the new cabinet a vote of confidence on Tuesday.", None),
    ("Iraq's parliament gave a vote of confidence to the proposed ministers on Wednesday.", None),
])
def test_support_given_is_support(sentence, doer):
    assert ("SUPPORT", frozenset()) in types_and_aux(sentence)
    if doer:
        assert doer in doers(sentence, "SUPPORT")


@pytest.mark.parametrize("sentence", [
    # read before §575 and kept: a treaty ratified or inked, ties restored, a state recognized, praise, defence
    "The Kenyan parliament ratified the trade agreement with Uganda on Tuesday.",
    "Ghana and Togo inked a border agreement in Accra.",
    "Egypt and Qatar restored diplomatic relations after a four-year rift.",
    "Kosovo was recognized by Pakistan as an independent state.",
    "The UN secretary-general commended Ethiopia for releasing the prisoners.",
    "The Chinese foreign ministry defended Russia against Western criticism.",
    "France stood by its ally Mali during the crisis.",
])
def test_support_read_before_stays(sentence):
    assert "SUPPORT" in [type_ for type_, _ in types_and_aux(sentence)]


@pytest.mark.parametrize("sentence", [
    "Investors saw the rate cut as a vote of confidence in the Kenyan economy.",  # no one gives it
    "The Kenyan parliament gave the cabinet a vote of no confidence on Tuesday.",  # confidence withdrawn
    "The minister stuck by his comments about the police.",                        # loyal to no party (§96)
    "The poster was stuck by the door of the embassy.",                           # a thing put up
])
def test_no_support_given(sentence):
    assert ("SUPPORT", frozenset()) not in types_and_aux(sentence)

