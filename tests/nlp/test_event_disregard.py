"""What one pays no heed to is rejected only when it was put to one (§475), and an idea seized on is adopted, not
seized (§476).

Sentences are written for these tests; each is beside the sentences the rule must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types_in_pipeline


# §475: "ignore", "disregard" (WordNet 3.0 ignore.v.01 "refuse to acknowledge", neglect.v.01 "give little or no
# attention to") refuse nothing when what is ignored is a person, an issue or a text nobody asked anything with.
@pytest.mark.parametrize("sentence", [
    "The governor ignored the other candidates in the race.",
    "Senator Lund largely ignored his rival during the debate.",
    "Veterans' issues were largely ignored by the candidates.",    # the passive's subject is what is ignored
    "The senator ignored the experts.",
])
def test_a_party_or_an_issue_ignored_is_no_refusal(sentence):
    assert "REJECT" not in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The government ignored a court order to release the journalist.",   # an order
    "Pyongyang ignored repeated calls to return to the talks.",          # a call
    "The rebels ignored the ceasefire proposal.",                        # a proposal
    "The junta disregarded the demands of the protesters.",              # a demand
    "The company ignored repeated warnings from its workers.",           # a warning
    "The calls for restraint were ignored by the army.",
])
def test_a_request_or_an_order_ignored_is_rejected(sentence):
    assert "REJECT" in types_in_pipeline(sentence)


# §476: seize_on.v.01 {take_up, latch_on, fasten_on, hook_on, seize_on} "adopt": nothing is taken from anyone.
@pytest.mark.parametrize("sentence", [
    "The senator seized on the governor's remarks.",
    "His rivals quickly seized upon the video.",
    "The remarks were immediately seized upon by his opponents.",
])
def test_what_is_seized_on_is_adopted_not_seized(sentence):
    assert "COERCE" not in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Police seized weapons in the raid.",
    "Rebels seized the town on Monday.",
    "Soldiers seized on Monday a cache of weapons.",                     # "on" a day, with an object
])
def test_a_thing_or_a_place_seized_stays_seized(sentence):
    assert "COERCE" in types_in_pipeline(sentence)
