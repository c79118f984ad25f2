"""A proposal, a request or a bill refused by a verb one of whose senses refuses is rejected (conventions §449).

Sentences are written for these tests; each is beside the sentences the rule must leave alone.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import types_in_pipeline


# §449: a verb of WordNet 3.0's synsets of refusal (vote_down.v.01 "thwart the passage of" with kill, shoot_down, defeat;
# dismiss.v.02 with throw_out, balk.v.01, reject.v.04 with scorn) whose object is a proposal, a request or a bill.
@pytest.mark.parametrize("sentence", [
    "The foreign minister shot down a Kenyan proposal for joint border patrols.",
    "The speaker threw out the opposition's request for an emergency session.",
    "The committee threw out a motion to suspend the governor.",
    "A bill to extend the curfew was defeated in parliament on Tuesday.",
    "The Senate killed the bill on Thursday.",
    "The prime minister balked at the union's demands for a pay rise.",
    "The rebel commander scorned a government offer of talks.",
])
def test_a_proposal_refused_by_a_verb_of_refusal_is_rejected(sentence):
    assert "REJECT" in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The army shot down a drone over the border town.",          # a thing downed
    "The government threw out two foreign diplomats.",           # people expelled
    "Troops repelled an attack on the base.",                    # an attack driven back
    "The ruling party defeated the opposition in the election.", # a party beaten
    "Gunmen killed the mayor of the town.",                       # a person killed
])
def test_a_verb_of_refusal_with_no_proposal_refuses_nothing(sentence):
    assert "REJECT" not in types_in_pipeline(sentence)


def test_the_refusal_verbs_are_what_wordnet_gives():
    verbs = set(rebuilt("build_refusal_verbs", "data.verb", "index.verb").OUTPUT.read_text(encoding="utf-8")
                .splitlines())
    assert {"shoot down", "throw out", "kill", "defeat", "balk", "scorn", "reject"} <= verbs
    assert not {"oppose", "protest", "strike", "undermine"} & verbs  # opposition and protest are no refusal here
