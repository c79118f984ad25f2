"""A resignation accepted is reported as the resignation, RETREAT/resign (the PLOVER manual's RETREAT: "resignations
of government officials"): accepting it agrees to nothing between parties (conventions §77, §397). One refused
is no resignation, and what else is accepted is agreed to as before.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events


@pytest.mark.parametrize("sentence, expected", [
    ("The president accepted the resignation of the Kenyan defence minister.", [("RETREAT", "resign", ["Kenya"], [])]),
    ("The board accepted his resignation.", [("RETREAT", "resign", [], [])]),
])
def test_resignation_accepted_is_a_resignation(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The president did not accept the resignation of the minister.", [("REJECT", None, [], [])]),
    ("The president rejected the resignation of the minister.", [("REJECT", "change", [], [])]),
    ("Kenya accepted the proposal.", [("AGREE", None, ["Kenya"], [])]),
])
def test_other_acceptances_read_as_before(sentence, expected):
    assert events(sentence) == expected
