""""Battle" with a to-infinitive of what one strives for is effort, as "fight" and "struggle" are (conventions §377,
§98). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from nlp.test_events import types


@pytest.mark.parametrize("sentence", [
    "The ruling party will battle to keep its majority in parliament.",
    "Kenya battled to contain the outbreak.",
])
def test_battling_to_do_something_is_no_fight(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Kenyan troops battled the rebels to retake the town.",     # someone is fought
    "The army battled to stop the militants near Chad.",        # a party in the infinitive
    "Government forces battled Islamist militants near the border.",
])
def test_battling_someone_stays_an_assault(sentence):
    assert "ASSAULT" in types(sentence)
