"""Where an event happened (issue 14): the place in its clause, a "where" clause's antecedent, the dateline.

Sentences are written for these tests and run through the whole pipeline, as the places depend on
what spaCy's small NER labels a name.
"""

from __future__ import annotations

import pytest

import parley


def _place(text: str, event_type: str) -> tuple[str, str | None] | None:
    document = parley.extract(text, published="2025-07-23")
    event = next(e for e in document.events if e.type == event_type)
    return (event.location.name, event.location.country) if event.location else None


def test_an_event_in_a_where_clause_happened_at_its_antecedent():
    # The small NER labels "Khartoum" PERSON here; the gazetteer knows it.
    text = "CAIRO — Aid convoys reached Khartoum, where fighting has killed 400 civilians."
    assert _place(text, "ASSAULT") == ("Khartoum", "SDN")


def test_a_place_in_the_where_clause_itself_comes_first():
    text = "CAIRO — Aid convoys reached Sudan, where militias attacked a camp in Kassala last week."
    assert _place(text, "ASSAULT") == ("Kassala", "SDN")


@pytest.mark.parametrize("text, place", [
    # "where" says the name it hangs on is a place, whatever the NER label.
    ("BEIRUT — Students gathered in front of Martyrs Square, where riot police beat several of them.",
     "Martyrs Square"),
    ("NAIROBI — Officers sealed off the Kibera district, where gangs attacked a police station.", "Kibera"),
])
def test_the_name_a_where_clause_hangs_on_is_a_place(text, place):
    assert _place(text, "ASSAULT")[0] == place


def test_an_event_outside_a_where_clause_keeps_the_datelines_place():
    text = "CAIRO — Militias attacked aid convoys on the road to Khartoum, where the army holds the airport."
    assert _place(text, "ASSAULT") == ("Cairo", "EGY")


def test_a_headline_event_the_body_does_not_restate_takes_the_datelines_place():
    text = "Kenya expels Chadian diplomats\n\nNAIROBI, Kenya (AP) — The foreign ministry said on Monday it had no comment."
    assert _place(text, "SANCTION") == ("Nairobi", "KEN")
