"""A seat of government that goods or money are handed to is its government; one that people or forces go to is
the city (plover_conventions.md §371).

Sentences are written for these tests and run through the whole pipeline: the seat is read by the actors
component, the recipient by the events component.
"""

from __future__ import annotations

import pytest

import parley


def _recipients(text: str, event_type: str) -> list[str]:
    document = parley.extract(text, published="2025-07-23")
    names = {a.id: a.name for a in document.actors}
    event = next(e for e in document.events if e.type == event_type)
    return [names[r] for r in event.recipients]


@pytest.mark.parametrize("text, recipient", [
    ("Germany provided anti-tank weapons to Kyiv.", "Ukraine"),
    ("Pyongyang has sent two million artillery shells to Moscow.", "Russia"),      # "million" counts the shells
    ("The Netherlands shipped 500 tons of wheat to Kyiv.", "Ukraine"),             # the goods after "of"
    ("The European Union disbursed 1.5 billion euros to Kyiv.", "Ukraine"),        # a currency counted
    ("Japan gave $200 million to Kyiv on Monday.", "Ukraine"),                     # money the tagger names
    ("Iran has sent hundreds of drones to Moscow.", "Russia"),                    # a weapon, not a relief good
    ("Britain delivered cruise missiles to Kyiv.", "Ukraine"),
])
def test_a_seat_goods_are_handed_to_is_its_government(text, recipient):
    assert _recipients(text, "AID") == [recipient]


@pytest.mark.parametrize("text, event_type", [
    ("Germany sent 300 troops to Kyiv.", "MOBILIZE"),                   # forces go to the city
    ("The president flew to Moscow for talks with Putin.", "CONSULT"),  # a visit goes to the city
])
def test_a_seat_people_or_forces_go_to_stays_the_city(text, event_type):
    document = parley.extract(text, published="2025-07-23")
    assert [a.name for a in document.actors if a.name in ("Ukraine", "Russia") and a.mentions[0].kind == "metonym"] == []
    assert any(e.type == event_type for e in document.events)
