"""A capture of a text, an idea or a clause seizes no one (conventions §418).

Sentences are written for these tests; the seizures they must keep are tested with them.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types_in_pipeline


@pytest.mark.parametrize("sentence", [
    "Her emails were copied and captured in the archive.",                     # a text, the passive's subject
    "An image captured by the newspaper showed the senator at the party.",  # the noun a participle describes
    "It was the speech that captured what the voters wanted to hear.",          # a clause captured
    "The minister seemed captured by an old ideology.",                         # an idea as the captor
])
def test_a_capture_of_a_text_or_by_an_idea_is_no_event(sentence):
    assert "ASSAULT" not in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The army captured the town after a week of fighting.",
    "Two soldiers were captured by the rebels near the border.",
    "The village, captured by the militia in March, was retaken on Sunday.",
    "The rebels captured the town and two soldiers.",
])
def test_a_capture_of_people_or_ground_stays(sentence):
    assert types_in_pipeline(sentence)
