"""The object of a verb of telling is its audience: "told a rally that …" reports speech, no request and no rally
(plover_conventions.md §372).

Sentences are written for these tests; each is beside the sentences the rule must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types


@pytest.mark.parametrize("sentence", [
    "The governor told a rally in Dayton that the plant would reopen.",
    "The senator told a caucus meeting that the bill would pass.",
    "The minister told a news conference on Monday that the vote was fair.",
    "She told the meeting: 'The vote was fair.'",
])
def test_an_audience_told_is_no_event(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The general told the rally to disperse.", ["REQUEST"]),      # told "to" do something: asked
    ("Police told the protest to end.", ["REQUEST"]),
    ("The envoy announced a meeting with the rebels.", ["CONSULT"]),  # a verb of saying whose object is the news
])
def test_what_is_asked_or_announced_stays(sentence, expected):
    assert types(sentence) == expected
