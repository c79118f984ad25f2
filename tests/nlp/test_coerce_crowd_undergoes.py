"""An arrest or a deportation with nothing after it that a crowd stands before is undergone by the crowd, the
passive's "were" left out as news writes it after a first clause ("more than 40 were hurt and hundreds arrested"):
the state's act, not a riot (conventions §618). A crowd that takes someone is still a riot.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline, events_with_mode_and_parties


@pytest.mark.parametrize("sentence, expected", [
    ("Twelve people were injured and hundreds of demonstrators arrested.",
     [("ASSAULT", None, [], []), ("COERCE", "arrest", [], ["demonstrators"])]),
    ("Police fired tear gas, and 40 rioters detained.",
     [("ASSAULT", "crowd-control", ["Police"], []), ("COERCE", "arrest", [], ["rioters"])]),
])
def test_a_crowd_before_an_arrest_with_no_object_undergoes_it(sentence, expected):
    assert events_with_mode_and_parties(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Protesters detained two policemen outside the station.", [("PROTEST", "riot")]),   # the crowd takes someone
    ("Protesters stormed the parliament.", [("PROTEST", "riot")]),
])
def test_a_crowd_that_takes_or_storms_still_riots(sentence, expected):
    assert codes_in_pipeline(sentence) == expected
