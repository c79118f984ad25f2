"""A party's part in an act denied leaves the act standing (conventions §272): "said Chad was not behind the
bombing", "Chad bore no responsibility for the attack", "Chad denied any role in the attack" do not negate the
attack, do not make Chad its doer, and refuse nothing (CAMEO 016 "deny responsibility" has no PLOVER code). Refusals
stay refusals.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

import parley


def events(sentence: str) -> list[tuple[str, list[str], set[str]]]:
    """(type, actor names, aux) of each event."""
    result = parley.extract(sentence, published="2024-05-01")
    names = {a.id: a.name for a in result.actors}
    return [(e.type, [names[a] for a in e.actors], set(e.aux)) for e in result.events]


@pytest.mark.parametrize("sentence", [
    "The Kenyan envoy said Chad was not behind the bombing of the pipeline.",
    "Chad was never behind the bombing of the pipeline, the Kenyan envoy said.",
    "Chad bore no responsibility for the ambush on the convoy.",
    "Chad did not play any role in the raid on the border post.",
])
def test_the_act_of_a_part_denied_stands(sentence):
    assaults = [aux for type_, _, aux in events(sentence) if type_ == "ASSAULT"]
    assert assaults and not any("negated" in aux for aux in assaults)


@pytest.mark.parametrize("sentence", [
    "Chad bore no responsibility for the ambush on the convoy.",
    "Chad played no role in the raid on the border post.",
    "Chad did not play any role in the raid on the border post.",
    "Chad denied responsibility for the ambush on the convoy.",
    "The Chadian government denied any involvement in the shelling of the market.",
])
def test_the_party_denied_a_part_does_not_do_the_act(sentence):
    assaults = [actors for type_, actors, _ in events(sentence) if type_ == "ASSAULT"]
    assert assaults and not any("Chad" in " ".join(actors) for actors in assaults)


@pytest.mark.parametrize("sentence", [
    "Chad denied responsibility for the ambush on the convoy.",
    "The Chadian government denied any involvement in the shelling of the market.",
    "Chad denied any role in the raid on the border post.",
])
def test_a_denial_of_a_part_refuses_nothing(sentence):
    assert "REJECT" not in [type_ for type_, _, _ in events(sentence)]


def test_a_denied_part_leaves_the_acts_own_doer():
    assert any("Sudan" in actors for type_, actors, _ in events(
        "Chad denied any involvement in Sudan's ambush on the convoy.") if type_ == "ASSAULT")


@pytest.mark.parametrize("sentence, type_", [
    ("Chad denied the charges.", "REJECT"),
    ("Chad denied the opposition's request for a recount.", "REJECT"),
    ("Chad denied the journalists entry.", "SANCTION"),
    ("Chad rejected any role for the United Nations in the talks.", "REJECT"),
])
def test_refusals_stay(sentence, type_):
    assert type_ in [t for t, _, _ in events(sentence)]


def test_a_part_said_keeps_its_doer():
    assert any("Chad" in actors for type_, actors, _ in events("Kenya said Chad played a role in the attack.")
               if type_ == "ASSAULT")


def test_a_negated_noun_still_negates_the_act_in_its_phrase():
    assert any(type_ == "CONSULT" and "negated" in aux
               for type_, _, aux in events("Russia showed no interest in talks with Ukraine."))
