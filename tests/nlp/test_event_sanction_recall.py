"""Sanctions and refusals the rules missed: an ending named by a noun ends what its verb would, diplomats given
hours to leave are expelled, and what a party blocks is refused (conventions §186–§188); duties imposed on
goods are tariffs (§212).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline


@pytest.mark.parametrize(("sentence", "code"), [
    ("The sudden cancellation of the minister's trip to Lagos surprised the embassy.", ("SANCTION", "withdraw")),
    ("The cancellation of the foreign secretary's visit was announced on Friday.", ("SANCTION", "withdraw")),
    ("Ankara confirmed the termination of the defence accord with Athens.", ("SANCTION", "discontinue")),
    ("The revocation of the diplomats' visas angered Nairobi.", ("SANCTION", "expel")),
])
def test_an_ending_named_by_a_noun_ends_what_its_verb_would(sentence, code):
    assert code in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The cancellation of the concert upset hundreds of fans.",          # no tie ended
    "The cancellation of the final match was blamed on the rain.",      # sport
    "The suspension of the sanctions pleased the exporters.",           # a restriction eased (§35)
    "Fans cheered at the ending of the film.",                          # the end of a work
])
def test_an_ending_of_anything_else_is_no_sanction(sentence):
    assert not any(t == "SANCTION" for t, _ in codes_in_pipeline(sentence))


def test_a_visit_cancelled_is_no_visit():
    sentence = "The cancellation of the minister's visit to Beijing surprised analysts."
    assert ("CONSULT", "visit") not in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Senegal gave the Iranian diplomats 48 hours to leave the country.",
    "The council gave the French ambassador three days to leave.",
    "The envoy was given 72 hours to leave the country.",
    "The ministry granted the observers a week to leave the country.",
])
def test_diplomats_given_hours_to_leave_are_expelled(sentence):
    assert ("SANCTION", "expel") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The landlord gave the tenants two weeks to leave the flat.",       # no diplomats
    "The coach gave the players a day to leave for the camp.",
    "The ambassador gave his staff the afternoon off.",                 # no leaving
])
def test_others_given_time_to_leave_are_not_expelled(sentence):
    assert ("SANCTION", "expel") not in codes_in_pipeline(sentence)


def test_a_deadline_with_a_penalty_is_an_ultimatum():
    sentence = "The junta gave the consul 48 hours to leave the country or face expulsion."
    assert codes_in_pipeline(sentence) == [("THREATEN", "expel")]


@pytest.mark.parametrize("sentence", [
    "Moscow and Beijing moved to block adoption of the draft resolution on the ceasefire.",
    "The opposition blocked the passage of the budget bill for a third time.",
    "Athens has blocked Skopje's efforts to join the alliance.",
    "The farmers' lobby pressed the senators, who blocked the trade deal with Brazil.",
])
def test_what_a_party_blocks_is_refused(sentence):
    assert ("REJECT", None) in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The fallen trees blocked efforts to reach the village.",           # no party blocks
    "Rubble blocked rescue efforts in the valley.",
    "The senators blocked the passage of the convoy.",                  # a way, no law
    "A parked truck blocked the entrance to the ministry.",             # a passage, as before
])
def test_what_is_blocked_otherwise_is_no_refusal(sentence):
    assert ("REJECT", None) not in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Ottawa slapped countervailing duties on softwood shipped from the United States.",
    "The bloc imposed provisional duties of up to 20 percent on solar panels made in Vietnam.",
    "Pretoria levied new import duties on Brazilian chicken.",
    "The finance ministry imposed an impost on wheat arriving from Ukraine.",
])
def test_duties_imposed_on_goods_are_tariffs(sentence):
    assert ("SANCTION", "discontinue") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The new statute imposes a duty on landlords to repair broken heating.",   # an obligation, no tax
    "The judge imposed a duty of care on the hospital.",
    "The sergeant took up his duties at the border post in March.",          # no pattern verb
])
def test_a_duty_owed_is_no_tariff(sentence):
    assert ("SANCTION", "discontinue") not in codes_in_pipeline(sentence)


def test_tariffs_imposed_stay_sanctions():
    assert ("SANCTION", "discontinue") in codes_in_pipeline("Seoul imposed tariffs on steel from Japan.")
