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


def test_a_city_the_ner_calls_no_place_is_the_events_place_by_the_gazetteer():
    # The small NER labels "Omdurman" NORP; GeoNames knows it for a city of Sudan.
    text = "JEDDAH, Saudi Arabia — Paramilitary fighters shelled a hospital in Omdurman on Tuesday, officials said."
    assert _place(text, "ASSAULT") == ("Omdurman", "SDN")


@pytest.mark.parametrize("text", [
    "JEDDAH, Saudi Arabia — The two envoys held talks in Russian on Monday, officials said.",
    "JEDDAH, Saudi Arabia — The two envoys held talks in Saudi on Monday, officials said.",
])
def test_a_language_or_a_countrys_adjective_after_in_is_no_place(text):
    assert _place(text, "CONSULT") == ("Jeddah", "SAU")


def test_an_event_in_a_where_clause_happened_at_its_antecedent():
    text = "CAIRO — Aid convoys reached Khartoum, where fighting has killed 400 civilians."
    assert _place(text, "ASSAULT") == ("Khartoum", "SDN")


def test_a_place_in_the_where_clause_itself_comes_first():
    text = "CAIRO — Aid convoys reached Sudan, where militias attacked a camp in Omdurman last week."
    assert _place(text, "ASSAULT") == ("Omdurman", "SDN")


def test_a_headline_event_the_body_does_not_restate_takes_the_datelines_place():
    text = "Kenya expels Chadian diplomats\n\nNAIROBI, Kenya (AP) — The foreign ministry said on Monday it had no comment."
    assert _place(text, "SANCTION") == ("Nairobi", "KEN")


def test_an_organization_the_gazetteer_also_knows_is_no_place():
    # GeoNames lists "Hamas" among a town's other names; the actor component knows it for a group.
    text = "JEDDAH, Saudi Arabia — Israel's defense minister threatened on Sunday to strike hard on Hamas."
    assert _place(text, "THREATEN") == ("Jeddah", "SAU")


def test_a_proper_noun_the_ner_left_unlabelled_is_a_place_if_the_gazetteer_knows_it():
    # The small NER labels neither "Kyiv" nor "ANKARA" here.
    text = "ANKARA — The two leaders held talks in Kyiv on Wednesday."
    assert _place(text, "CONSULT") == ("Kyiv", "UKR")


@pytest.mark.parametrize("text, place", [
    # "where" says the name it hangs on is a place, whatever the NER label.
    ("BEIRUT — Students gathered in front of Martyrs Square, where riot police beat several of them.",
     "Martyrs Square"),
    ("NAIROBI — Officers sealed off the Kibera district, where gangs attacked a police station.", "Kibera"),
])
def test_the_name_a_where_clause_hangs_on_is_a_place(text, place):
    assert _place(text, "ASSAULT")[0] == place
