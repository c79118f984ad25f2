"""Speaking with a partner by a remote medium — a telephone, a teleconference, a videoconference — is a call
(PLOVER CONSULT: "consultation by phone or other media"; mode phone; plover_conventions.md §441).

Sentences are written for these tests; each is beside the sentences the rule must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline, events_with_parties, types_in_pipeline


# §441: speak or talk, by/via/over/on a medium of WordNet 3.0's telephone.n.01, telephone.n.02 or
# teleconference.n.01 (or the lexicon's video conference), with a partner.
@pytest.mark.parametrize("sentence", [
    "Kenya's foreign minister spoke via videoconference with his Ugandan counterpart.",
    "The presidents of Ghana and Togo talked by telephone on Monday.",
    "Chad's president talked by phone with the French president about the border.",
    "Kenya's president spoke via teleconference with the leaders of Rwanda and Burundi.",
    "The prime ministers of Peru and Chile spoke over the phone on Friday.",
])
def test_speaking_with_a_partner_by_a_remote_medium_is_a_call(sentence):
    assert ("CONSULT", "phone") in codes_in_pipeline(sentence)


def test_the_parties_of_a_call_by_telephone_are_its_speakers():
    assert events_with_parties("Ghana and Togo talked by telephone on Monday.") == [
        ("CONSULT", ["Ghana", "Togo"], [])]


@pytest.mark.parametrize("sentence", [
    "The senator spoke by phone with reporters on Tuesday.",             # an audience, no partner
    "The governor spoke via videoconference with the press on Monday.",  # an audience
    "The senator spoke by phone from his office in Ohio.",               # one speaker, no one with him
    "Residents of the town spoke by phone from their homes.",           # people of a walk of life, no party
    "The senator wrote in an op-ed that the plan would fail.",           # a text published
    "The minister wrote a book about the war.",                          # a work written
    "The governor called it a mistake.",                                 # named, no one phoned
])
def test_speaking_to_no_partner_or_writing_is_no_call(sentence):
    assert "CONSULT" not in types_in_pipeline(sentence)


def test_a_call_for_something_is_no_call():
    assert "CONSULT" not in types_in_pipeline("The union calls for higher wages at the port.")  # a demand
