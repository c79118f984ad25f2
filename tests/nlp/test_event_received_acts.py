"""A verbal act a party receives from another is the giver's act, no visit the receiver hosts: a verb of receiving
whose object is a noun of a verbal act, with an actor named after "from", carries that act (a warning is THREATEN,
as "warn" is; an invitation, a guarantee or an offer AGREE), and the giver acts (plover_conventions.md §541, §526).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_parties


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya received a warning from Ethiopia.", ("THREATEN", ["Ethiopia"], ["Kenya"])),      # warn: THREATEN
    ("Kenya got a warning from Ethiopia.", ("THREATEN", ["Ethiopia"], ["Kenya"])),           # any verb of receiving
    ("Poland received guarantees from France.", ("AGREE", ["France"], ["Poland"])),          # spelled as its verb
    ("Kenya received an ultimatum from Ethiopia.", ("THREATEN", ["Ethiopia"], ["Kenya"])),   # an event noun
])
def test_a_verbal_act_received_is_the_givers(sentence, expected):
    assert events_with_parties(sentence) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Chad received an invitation from France to attend the summit.", ("AGREE", ["France"], ["Chad"])),
    ("Kenya received an offer from Ethiopia to mediate.", ("AGREE", ["Ethiopia"], ["Kenya"])),
])
def test_an_invitation_or_an_offer_received_is_the_givers_promise_and_no_visit(sentence, expected):
    found = events_with_parties(sentence)
    assert expected in found
    assert not any(event_type == "CONSULT" and actors == [expected[2][0]] for event_type, actors, _ in found)


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya received the Ethiopian envoy.", [("CONSULT", ["Kenya"], ["Ethiopia"])]),          # a guest received
    ("Kenya received a visit from the Ethiopian president.", [("CONSULT", ["Kenya"], ["Ethiopia"])]),  # a meeting
    ("Kenya received a warning.", []),                                                         # no giver named
])
def test_a_guest_a_meeting_or_an_act_with_no_giver_keeps_its_reading(sentence, expected):
    assert events_with_parties(sentence) == expected
