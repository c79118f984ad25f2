"""A warning that holds out a consequence for a party is one threat against that party (the PLOVER manual's THREATEN:
"coercive or forceful warnings with serious potential repercussions"; conventions §385): the warning verb's THREATEN
and the consequence its clause holds out (§16, §367) are one event, by who warns, whose recipient is whoever is to
suffer it. A warning of no consequence for a party, or one that names whom it warns, is read as before.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events


@pytest.mark.parametrize("sentence, expected", [
    ("Iran warned that Israel would pay a heavy price.", [("THREATEN", None, ["Iran"], ["Israel"])]),
    ("Turkey warned that Greece would face severe consequences.", [("THREATEN", None, ["Turkey"], ["Greece"])]),
    ("China warned that Taiwan would suffer the consequences.", [("THREATEN", None, ["China"], ["Taiwan"])]),
    ("Kenya warned that the rebels would face punishment.", [("THREATEN", None, ["Kenya"], ["rebels"])]),
])
def test_warned_of_party_is_the_recipient(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the act held out is the consequence's cause, no attack of its own beside the threat
    ("Iran warned that any attack would prompt a crushing response.", [("THREATEN", None, ["Iran"], [])]),
    ("Egypt warned that any incursion would trigger a strong response.", [("THREATEN", None, ["Egypt"], [])]),
    ("Iran warned Israel that any attack would prompt a crushing response.", [("THREATEN", None, ["Iran"], ["Israel"])]),
])
def test_act_held_out_is_one_threat(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the warning names whom it warns: its reading stands
    ("Iran warned Israel that it would pay a heavy price.", [("THREATEN", None, ["Iran"], ["Israel"])]),
    # no party is to suffer anything; prices that rise are foretold, no threat (conventions §583)
    ("The central bank warned that prices would rise.", []),
    ("The doctor warned that he would die.", [("THREATEN", None, ["doctor"], [])]),
    # the warner's own act: what the warning is of
    ("Iran warned that it would strike.", [("THREATEN", "violence", ["Iran"], [])]),
    # said, not warned: §367's reading
    ("Kenya said Russia would pay a heavy price.", [("THREATEN", None, ["Kenya"], ["Russia"])]),
])
def test_warnings_read_as_before(sentence, expected):
    assert events(sentence) == expected
