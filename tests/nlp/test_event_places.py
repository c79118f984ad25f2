"""Places the small NER mislabels, and places that are no participants (issue 14, ev_places).

Sentences are written for these tests and run through the whole pipeline, as the places depend on what spaCy's
small NER labels a name: "Omdurman" and "Goma" below are labelled NORP or PERSON, not GPE.
"""

from __future__ import annotations

import pytest

import parley
from generators import rebuilt


def _event(text: str, event_type: str):
    document = parley.extract(text, published="2025-07-23")
    names = {a.id: a.name for a in document.actors}
    return next(e for e in document.events if e.type == event_type), names


def _place(text: str, event_type: str) -> tuple[str, str | None] | None:
    event, _ = _event(text, event_type)
    return (event.location.name, event.location.country) if event.location else None


def _recipients(text: str, event_type: str) -> list[str]:
    event, names = _event(text, event_type)
    return [names[r] for r in event.recipients]


# -- a name the gazetteer knows, after a location preposition in the event's own clause --------------------------

@pytest.mark.parametrize("text, event_type, place", [
    ("Police in Omdurman arrested five students on Monday.", "COERCE", ("Omdurman", "SDN")),
    ("Militias shelled a market at Goma on Sunday.", "ASSAULT", ("Goma", "COD")),
])
def test_a_name_the_gazetteer_knows_after_a_location_preposition_is_the_place(text, event_type, place):
    assert _place(text, event_type) == place


def test_the_events_own_clause_comes_before_a_place_of_a_joined_clause():
    # "in Nairobi" belongs to the ministry's statement, joined to the arrest by "and".
    text = ("Soldiers arrested two journalists in Omdurman on Monday, and the ministry later said in Nairobi "
            "that it regretted the arrests.")
    assert _place(text, "COERCE") == ("Omdurman", "SDN")


def test_a_place_the_ner_labels_stays():
    assert _place("Police in Kismayo arrested four men.", "COERCE") == ("Kismayo", "SOM")


def test_a_common_word_the_gazetteer_knows_is_no_place():
    # GeoNames has a town called Time; the word is first a common noun.
    assert _place("Police detained ten people near Time on Monday.", "COERCE") is None


def test_common_words_file_is_what_the_script_builds():
    builder = rebuilt("build_place_common_words", "data.noun", "index.adj")
    names = {line for line in builder.OUTPUT.read_text(encoding="utf-8").splitlines() if not line.startswith("#")}
    assert {"time", "summit", "police", "ban"} <= names
    # towns whose first WordNet sense is the town, and countries and capitals, are never listed
    assert not {"omdurman", "goma", "bamako", "turkey", "chad", "jordan"} & names


# -- a town after "to"/"toward" is where a movement goes, not whom an act is directed at --------------------------

@pytest.mark.parametrize("text", [
    "Rebel troops advanced toward Goma.",
    "Soldiers moved toward Goma on Friday.",
])
def test_a_town_a_movement_goes_to_is_no_recipient(text):
    assert _recipients(text, "MOBILIZE") == []


@pytest.mark.parametrize("text, event_type, recipient", [
    ("Kenya sent troops to Somalia.", "MOBILIZE", "Somalia"),
    ("Kenya handed the suspects over to Uganda.", "COOPERATE", "Uganda"),
])
def test_a_country_after_to_stays_a_recipient(text, event_type, recipient):
    assert _recipients(text, event_type) == [recipient]


# -- "to" places an event only after a verb whose subject moves ---------------------------------------------------

@pytest.mark.parametrize("text, event_type, place", [
    ("Protesters marched to Kinshasa on Sunday.", "PROTEST", ("Kinshasa", "COD")),
    ("The foreign minister flew to Geneva for talks with Iran.", "CONSULT", ("Geneva", "CHE")),
])
def test_the_place_a_movement_goes_to_places_the_event(text, event_type, place):
    assert _place(text, event_type) == place


@pytest.mark.parametrize("text, event_type", [
    ("Kenya sent troops to Somalia.", "MOBILIZE"),  # the troops move, not the subject
    ("Russia sent a protest note to Kyiv.", "PROTEST"),  # a verb with an object
])
def test_to_after_a_verb_that_moves_its_object_places_nothing(text, event_type):
    assert _place(text, event_type) is None


def test_motion_verbs_file_is_what_the_script_builds():
    builder = rebuilt("build_motion_verbs", "data.verb", "index.verb")
    verbs = set(builder.OUTPUT.read_text(encoding="utf-8").splitlines())
    assert {"march", "fly", "advance", "flee", "travel"} <= verbs
    assert not {"attack", "protest", "deliver", "deploy"} & verbs
