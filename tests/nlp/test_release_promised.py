"""A release of prisoners or hostages agreed, promised or decided is reported too, as RETREAT/release with the
`future` mode, beside the AGREE the promise is (the PLOVER manual's RETREAT: "release of prisoners and hostages";
conventions §8, §45, §396). A release of no detainee is no RETREAT, and a release refused is promised by no one.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events
from nlp.test_events import load


def coded(sentence: str) -> list[tuple[str, str | None, list[str]]]:
    """(type, mode, aux) of each event in ``sentence``."""
    return [(e.type, e.mode, sorted(e.aux)) for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya agreed to release 50 prisoners.",
     [("AGREE", None, ["Kenya"], []), ("RETREAT", "release", ["Kenya"], [])]),
    ("The Ethiopian government pledged to free all political prisoners.",
     [("AGREE", None, ["Ethiopia"], []), ("RETREAT", "release", ["Ethiopia"], [])]),
    ("Hamas agreed to the release of 30 hostages.",
     [("AGREE", None, ["Hamas"], []), ("RETREAT", "release", ["Hamas"], [])]),
])
def test_release_agreed_is_reported_too(sentence, expected):
    assert events(sentence) == expected


def test_release_decided_is_announced():
    assert coded("The decision to release the detainees was welcomed.") == [
        ("AGREE", None, ["future"]), ("RETREAT", "release", ["future"]), ("SUPPORT", None, [])]


@pytest.mark.parametrize("sentence, expected", [
    # no detainee released
    ("The rebels agreed to release a statement.", [("AGREE", None, ["rebels"], [])]),
    # refused, or not agreed: nothing promised
    ("Kenya refused to release the prisoners.", [("REJECT", "yield", ["Kenya"], [])]),
    ("Kenya did not agree to release the prisoners.", [("REJECT", None, ["Kenya"], [])]),
    # done, not promised: the release alone
    ("Kenya released 50 prisoners.", [("RETREAT", "release", ["Kenya"], [])]),
])
def test_release_not_promised_is_read_as_before(sentence, expected):
    assert events(sentence) == expected
