"""Approval given in idiom is SUPPORT (conventions §520): approve.v.01's "okay" ("okayed the merger"), the green
light or the go-ahead given (green_light.n.02 "permission to proceed"), and a blessing given to a plan named as the
carrier's first object ("gave the deal his blessing"). An act only permitted is not done (§521): "gave Kenya the
go-ahead to strike the camps" is no done ASSAULT; nor is one a verb of permission allows (§539): "allowed Kyiv to strike
inside Russia".

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import doers, types_and_aux


@pytest.mark.parametrize("sentence, doer", [
    ("Kenya gave the Ugandan proposal its blessing on Monday.", "Kenya"),
    ("The Kenyan cabinet gave the pipeline project the green light.", None),
    ("Chad granted approval for the sale of the new vaccine.", "Chad"),
    ("Chad gave the green light to the joint border patrols.", "Chad"),
    ("France gave the go-ahead for the sale of the frigates.", "France"),
    ("Turkey okayed the transfer of the prisoners to Kenya.", "Turkey"),
])
def test_approval_given_in_idiom_is_support(sentence, doer):
    assert "SUPPORT" in [type_ for type_, _ in types_and_aux(sentence)]
    if doer:
        assert doer in doers(sentence, "SUPPORT")


@pytest.mark.parametrize("sentence", [
    "France gave Kenya the go-ahead to strike the rebel camps.",
    "Russia gave Chad the green light to attack the rebels near the border.",
    "Kenya gave Uganda permission to bomb the rebel bases.",
])
def test_an_act_only_permitted_is_not_done(sentence):
    assert ("ASSAULT", frozenset()) not in types_and_aux(sentence)


@pytest.mark.parametrize("sentence, doer", [
    ("France gave Kenya the go-ahead to strike the rebel camps.", "Kenya"),     # the party given it (§534)
    ("Kenya gave Uganda permission to bomb the rebel bases.", "Uganda"),
    ("Kenya granted permission for Uganda to bomb the rebel bases.", "Uganda"),
])
def test_an_act_permitted_is_the_permitted_partys(sentence, doer):
    assert doers(sentence, "ASSAULT") == [doer]


@pytest.mark.parametrize("sentence", [
    "The bishop gave the crowd his blessing after the mass in Nairobi.",  # a benediction, no approval
    "The drivers waited for the green light at the junction in Nairobi.",  # a traffic signal
    "The rains were a blessing for the farmers of Chad.",                  # a boon
])
def test_a_blessing_or_a_light_not_given_to_a_plan_is_no_support(sentence):
    assert "SUPPORT" not in [type_ for type_, _ in types_and_aux(sentence)]


def test_an_act_done_after_the_go_ahead_is_done():
    assert ("ASSAULT", frozenset()) in types_and_aux("Kenyan jets struck the rebel camps after France gave the go-ahead.")


@pytest.mark.parametrize("sentence, act", [
    ("Washington allowed Kyiv to strike inside Russia.", "ASSAULT"),
    ("Washington did not allow Kyiv to strike inside Russia.", "ASSAULT"),
    ("Kyiv was allowed to strike targets inside Russia.", "ASSAULT"),
    ("Kenya permitted Ugandan troops to attack the rebel camps inside Kenya.", "ASSAULT"),
    ("The court permitted the government to expel the Kenyan envoy.", "SANCTION"),
    ("The parliament authorised the army to deploy troops to Mali.", "MOBILIZE"),
    ("The United Nations authorized member states to use force against Libya.", "ASSAULT"),
    ("Kenya let Ugandan jets bomb the rebel camps near the border.", "ASSAULT"),
])
def test_an_act_a_verb_of_permission_allows_is_hypothetical(sentence, act):
    assert [aux for type_, aux in types_and_aux(sentence) if type_ == act] == [frozenset({"hypothetical"})]


def test_the_permission_stays_as_the_lexicon_codes_it():
    assert ("CONCEDE", frozenset()) in types_and_aux("Washington allowed Kyiv to strike inside Russia.")
    assert doers("Washington allowed Kyiv to strike inside Russia.", "ASSAULT") == ["Ukraine"]


def test_an_arrest_permitted_is_no_threat():
    assert ("COERCE", frozenset({"hypothetical"})) in types_and_aux("The court authorized the police to arrest the opposition leaders.")


def test_an_act_told_done_beside_a_permission_is_done():
    assert ("ASSAULT", frozenset()) in types_and_aux(
        "Kenya allowed Ugandan jets to use its airspace, and the jets bombed the rebel camps on Monday.")
