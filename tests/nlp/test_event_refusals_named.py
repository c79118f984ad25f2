"""A refusal named with its maker and the act, proposal, request or pact it refuses is that refusal
(plover_conventions.md §378, §380; §360 narrowed). "Talks" refused are a meeting refused; "talk" is speech (§380).

Sentences are written for these tests; each is beside the sentences the rule must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_parties


@pytest.mark.parametrize("sentence, actor", [
    ("The Kenyan president's rejection of a Ugandan request was reported on Monday.", "Kenya"),
    ("Hamas's rejection of the ceasefire proposal was a blow to the mediators.", "Hamas"),
    ("Chad's rejection of the peace deal surprised the envoys.", "Chad"),
    ("Niger's refusal of further talks left the mediators in Abuja without a plan.", "Niger"),   # a meeting refused
])
def test_a_refusal_of_an_act_or_proposal_with_its_maker_is_that_refusal(sentence, actor):
    assert [(t, actors) for t, actors, _ in events_with_parties(sentence) if t == "REJECT"] == [("REJECT", [actor])]


@pytest.mark.parametrize("sentence", [
    "His rejection of the idea that he was wrong surprised no one.",   # a view refused, no act
    "The rejection of the proposal came late.",                        # no maker named
    "Kenya's rejection was expected.",                                 # nothing it refuses
    "Voters welcomed Peru's repudiation of the senator's divisive talk.",  # speech, not talks (§380)
])
def test_a_refusal_without_its_maker_or_of_a_view_is_no_event(sentence):
    assert "REJECT" not in [t for t, _, _ in events_with_parties(sentence)]
