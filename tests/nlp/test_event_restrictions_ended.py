"""Restrictions ended, named by a noun, and restrictions of several words eased (conventions §623–§624): "the end of
the curfew" lifts the curfew (CONCEDE), "the end of its siege of the town" lifts the siege (RETREAT), and "suspended
the state of emergency" eases a state of emergency as "suspended the curfew" eases a curfew (CAMEO 0814).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline, types_in_pipeline


# §623: the noun "end" (WordNet 3.0 15266911 {end, ending}) of or to a restriction names it lifted.
@pytest.mark.parametrize("sentence", [
    "The ministry announced the end of the curfew in the northern provinces.",
    "The junta declared an end to the ban on foreign journalists.",
    "The government announced the end of the state of emergency in the south.",   # CAMEO 0814
    "The president proclaimed the end of martial law on Thursday.",
    "Officials confirmed the end of the lockdown in the capital.",
    "The government put an end to the curfew.",                                    # a light verb + the noun
])
def test_a_restriction_whose_end_is_named_is_eased(sentence):
    codes = codes_in_pipeline(sentence)
    assert ("CONCEDE", None) in codes
    assert "COERCE" not in [t for t, _ in codes]


@pytest.mark.parametrize("sentence, code", [
    ("Israel announced the end of its blockade of the port.", ("RETREAT", "access")),   # as "lifted the blockade"
    ("The army announced the end of its siege of the town.", ("RETREAT", "withdraw")),  # as §586's "ended its siege"
])
def test_a_blockade_or_a_siege_whose_end_is_named_is_lifted(sentence, code):
    codes = codes_in_pipeline(sentence)
    assert code in codes
    assert "COERCE" not in [t for t, _ in codes]


@pytest.mark.parametrize("sentence", [
    "Sales rose sharply at the end of March.",                      # a month, no restriction
    "Voters celebrated the end of colonial rule.",                  # rule as power held, not a regulation
    "The end of the campaign came with a rally in Lagos.",          # an election campaign, no restriction
    "Police announced the end of the siege at the bank.",           # a bare siege: as often a hostage siege stormed
])
def test_an_end_of_no_restriction_concedes_nothing(sentence):
    types = types_in_pipeline(sentence)
    assert "CONCEDE" not in types and "RETREAT" not in types


# §624: a state of emergency and martial law are restrictions of several words (CAMEO 0814).
@pytest.mark.parametrize("sentence", [
    "The government suspended the state of emergency in the capital.",
    "The state of emergency was suspended after the vote.",
    "The suspension of martial law was announced on Friday.",
    "Officials announced the easing of the state of emergency.",
])
def test_a_state_of_emergency_or_martial_law_suspended_or_eased_is_a_concession(sentence):
    codes = codes_in_pipeline(sentence)
    assert ("CONCEDE", None) in codes
    assert not {"SANCTION", "COERCE"} & {t for t, _ in codes}


@pytest.mark.parametrize("sentence", [
    "The government extended the state of emergency.",              # no easing verb
    "The army suspended its patrols in the north.",                 # no restriction suspended
    "The state of the economy was suspended in uncertainty.",       # "state" of no emergency
])
def test_no_restriction_of_several_words_eased_is_no_concession(sentence):
    assert "CONCEDE" not in types_in_pipeline(sentence)
