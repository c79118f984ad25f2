"""A coercive act announced against whoever may do something is a threat: a relative clause of conduct in the present,
or "any"/"anyone", states a condition in a relative's form ("any firm that trades with Iran will be sanctioned" is "if
a firm trades with Iran, it will be"), as "if"/"unless" do (plover_conventions.md §613).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events if "negated" not in e.aux]


@pytest.mark.parametrize("sentence", [
    "Any company that handles payments for the junta will be sanctioned, the Treasury said.",
    "Anyone who joins the unlicensed rally will be fined.",
    "The bloc will impose sanctions on any firm that ships drones to the occupied region.",
    "Shipping firms carrying the regime's oil will be blacklisted, the ministry said.",
])
def test_a_measure_announced_against_whoever_may_act_is_a_threat(sentence):
    found = types(sentence)
    assert "THREATEN" in found
    assert "SANCTION" not in found


@pytest.mark.parametrize("sentence", [
    # conduct past names who is struck: a measure announced
    "Banks that financed the coup will be sanctioned, the Treasury said.",
    # no one by conduct: a measure announced against a party named
    "The bloc will impose sanctions on the state airline.",
    # "any" on a thing or a deed: no one who may act is struck
    "The bloc will impose sanctions on any goods that reach the port.",
])
def test_a_measure_announced_against_a_party_named_stays_a_sanction(sentence):
    found = types(sentence)
    assert "SANCTION" in found
    assert "THREATEN" not in found
