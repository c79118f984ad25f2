"""Police, warships and warplanes are armed forces by WordNet's classes (plover_conventions.md §387), and a force
that sails, flies, crosses or approaches somewhere of itself mobilizes (§388).

Sentences are written for these tests and run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from event_parties import types_and_modes


@pytest.mark.parametrize("text", [
    "The government sent police officers to the border.",           # "police_officer", read from the compound
    "French gendarmes arrived in the northern town on Sunday.",     # a policeman by WordNet
    "The navy dispatched three corvettes to the gulf.",             # a warship
])
def test_police_and_warships_sent_or_moving_mobilize(text):
    assert types_and_modes(text) == [("MOBILIZE", "troops")]


@pytest.mark.parametrize("text", [
    "Two Chinese warships sailed into the strait on Monday.",
    "Russian bombers flew over the Baltic Sea.",
    "Russian troops crossed into Ukraine at dawn.",
])
def test_a_force_moving_itself_mobilizes(text):
    assert types_and_modes(text) == [("MOBILIZE", "troops")]


@pytest.mark.parametrize("text, events", [
    ("The minister flew to Paris for talks.", [("CONSULT", None)]),      # no force
    ("Tourists crossed the border on Sunday.", []),
    ("Bobby Jindal arrived in Iowa on Monday.", []),                     # a person's name, not "bobby"
    ("A travel agent booked the flights.", []),
    ("FBI agents arrested him.", [("COERCE", "arrest")]),
    ("Police officers were attacked by protesters.", [("ASSAULT", None)]),
    ("Soldiers returned home after the war.", []),                       # home: no mobilization
    ("Kenya sent its former police chief to Washington.", []),           # a chief is one person, not a force
    ("Riot police moved into the square on Friday.", []),                # "police" is left out (kind_heads, §59)
])
def test_what_stays_as_it_was(text, events):
    assert types_and_modes(text) == events
