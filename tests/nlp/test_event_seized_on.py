"""An idea seized on is adopted, not seized (§476).

Sentences are written for these tests; each is beside the sentences the rule must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types_in_pipeline


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
