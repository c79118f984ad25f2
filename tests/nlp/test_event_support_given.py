"""Support given as WordNet names it (conventions §575): a vote of confidence given (vote_of_confidence.n.01 "an
expression of approval and encouragement"), beside rows of SUPPORT the base already reads (a treaty ratified or inked, ties restored, a state
recognized, praise, a party defended) and sentences that must give no SUPPORT. A thing that does not act, welcomed,
hailed or recognized, is approved by no one (§595); a party one comes or rallies to the defence of is supported (§596).

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



@pytest.mark.parametrize("sentence", [
    # §595: what is approved is a thing that does not act (plover_nonagent_nouns.csv), no party and no act
    "Farmers in Kenya welcomed the rain after months of drought.",    # nature
    "Residents of Nairobi welcomed the cooler weather on Sunday.",    # nature
    "The soldiers hailed a taxi outside the barracks.",               # a conveyance: hail.v.02 "call for"
    "Witnesses recognized the gunman's car outside the bank.",        # a conveyance: recognize.v.04 "perceive"
])
def test_a_thing_approved_is_no_support(sentence):
    assert "SUPPORT" not in [type_ for type_, _ in types_and_aux(sentence)]


@pytest.mark.parametrize("sentence", [
    # §595 leaves these: an act, a decision, a party, arms, money (a party's aid), a delegation (CAMEO 050)
    "The European Union welcomed the ceasefire agreement between the two sides.",
    "Washington welcomed Sudan's decision to release the detainees.",
    "Ukraine welcomed the F-16 jets from Denmark.",
    "Somalia welcomed the funds from the World Bank.",
    "The Egyptian president welcomed the Sudanese delegation in Cairo.",
    "Kyiv welcomed the arrival of the German tanks.",
    "Spain formally recognized Palestine as a state.",
    "The foreign minister hailed the agreement as a breakthrough.",
    "The vice president commended Musk for a job well done.",   # a name, not musk the substance
])
def test_an_act_or_a_party_approved_stays_support(sentence):
    assert "SUPPORT" in [type_ for type_, _ in types_and_aux(sentence)]


@pytest.mark.parametrize("sentence, doer", [
    # §596: CAMEO 053 "RALLY * (TO &DEFENSE)"; a party defended, as §73's "defend"
    ("Germany came to the defense of Poland.", "Germany"),
    ("Moscow rushed to the defence of its ally Belgrade on Tuesday.", "Russia"),
    ("Arab states rallied to the defense of Qatar after the blockade.", None),
    ("The foreign minister rose to the defence of the embattled president.", None),
])
def test_coming_to_the_defence_of_a_party_is_support(sentence, doer):
    found = types_and_aux(sentence)
    assert ("SUPPORT", frozenset()) in found
    assert not any(type_ in ("CONSULT", "PROTEST") for type_, _ in found)  # no visit, no demonstration
    if doer:
        assert doer in doers(sentence, "SUPPORT")


@pytest.mark.parametrize("sentence", [
    "The lawyers came to the defence of free speech.",         # an idea (§73)
    "The minister came to the defense of his own record.",     # his own (§73)
    "Thousands of volunteers came to the defense of the city.",  # a place
])
def test_coming_to_the_defence_of_no_party_is_no_support(sentence):
    assert "SUPPORT" not in [type_ for type_, _ in types_and_aux(sentence)]
