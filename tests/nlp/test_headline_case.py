"""A headline in title case is parsed as the sentence it is, from a sentence-case copy of its words; the text,
every offset and every name stay the original's."""

from __future__ import annotations

import pytest

import parley
from parley.nlp.pipeline import load, to_document

HEADLINE_CASE = "parley_headline_case"


def events_of(text: str) -> list:
    return parley.extract(text).events


def actor_names(document, event_actors: list[str]) -> list[str]:
    names = {actor.id: actor.name for actor in document.actors}
    return [names[a] for a in event_actors]


def test_a_title_case_headline_is_tagged_as_a_sentence():
    doc = load()("Rebels Seize Airport Near Goma\n\nThe fighters took the runway on Tuesday.")
    assert [t.pos_ for t in doc[:3]] == ["NOUN", "VERB", "NOUN"]
    assert doc[1].dep_ == "ROOT" and doc[0].dep_ == "nsubj"


def test_a_headline_verb_is_coded_with_its_subject():
    document = parley.extract("Students Rally Against Tuition Hikes in Santiago\n\n"
                              "Thousands marched through the capital on Thursday.")
    protest = next(e for e in document.events if e.type == "PROTEST")
    assert actor_names(document, protest.actors) == ["Students"]
    assert protest.evidence[0].text == "Students Rally Against Tuition Hikes in Santiago"


def test_no_actor_is_made_of_a_headline_verb():
    document = parley.extract("Farmers Block Highways Over Fuel Prices\n\nTractors stood across the roads for a day.")
    assert [a.name for a in document.actors] == ["Farmers"]
    assert [e.type for e in document.events] == ["PROTEST"]


def test_a_place_in_the_headline_locates_its_event():
    document = parley.extract("Students Rally Against Tuition Hikes in Santiago\n\n"
                              "Thousands marched through the capital on Thursday.")
    assert document.events[0].location.name == "Santiago"
    assert document.events[0].location.country == "CHL"


def test_a_name_only_the_knowledge_base_knows_stays_a_name():
    # "turkey" is an English word too; the body never names the country.
    document = parley.extract("Turkey Condemns Attack on Embassy\n\nThe foreign ministry called the bombing cowardly.")
    accusation = next(e for e in document.events if e.type == "ACCUSE")
    assert actor_names(document, accusation.actors) == ["Turkey"]
    assert all("Condemns" not in m.text for a in document.actors for m in a.mentions)


def test_a_name_the_body_writes_capitalized_stays_a_name():
    # "brown" is an English word; the body writes it as a name in mid-sentence.
    document = parley.extract("Mayor Brown Rejects Budget Cuts\n\n"
                              "The council met on Monday. Mayor Ana Brown said the cuts went too far.")
    rejection = next(e for e in document.events if e.type == "REJECT")
    assert actor_names(document, rejection.actors) == ["Ana Brown"]


def test_the_text_and_every_span_stay_the_original():
    text = "Rebels Seize Airport Near Goma\n\nThe fighters took the runway on Tuesday after a day of shelling."
    doc = load()(text)
    assert doc.text == text
    assert [t.text for t in doc[:5]] == ["Rebels", "Seize", "Airport", "Near", "Goma"]
    document = to_document(doc)
    spans = [m for a in document.actors for m in a.mentions] + [x for e in document.events for x in e.evidence]
    assert spans and all(text[s.span[0]:s.span[1]] == s.text for s in spans)
    assert "Rebels" in [a.name for a in document.actors]


def test_a_headline_event_is_one_event_with_the_body_that_restates_it():
    events = events_of("Rebels Seize Airport Near Goma\n\n"
                       "The rebels seized the airport near Goma on Tuesday, a spokesman said.")
    seizures = [e for e in events if e.type == "COERCE"]
    assert len(seizures) == 1
    assert sorted(x.text for x in seizures[0].evidence) == ["Rebels Seize Airport Near Goma",
                                                            "The rebels seized the airport near Goma on Tuesday"]


@pytest.mark.parametrize("text", [
    "Rebels seize airport near Goma\n\nThe fighters took the runway on Tuesday.",  # a sentence-case headline
    "Putin meets Erdogan in Ankara\n\nThe two leaders spoke for three hours.",  # mostly names, still sentence case
    "The fighters took the runway on Tuesday. Rebels Seize Airport Near Goma, a banner read.",  # no headline
])
def test_a_text_without_a_title_case_headline_is_read_as_before(text):
    nlp = load()
    with nlp.select_pipes(disable=[HEADLINE_CASE]):
        before = to_document(nlp(text)).model_dump_json()
    assert to_document(nlp(text)).model_dump_json() == before


def test_a_headline_noun_with_a_direct_object_is_its_verb():
    doc = load()("Protesters Storm Parliament in Belgrade\n\nHundreds of people gathered on Sunday.")
    assert (doc[1].pos_, doc[1].tag_, doc[1].lemma_) == ("VERB", "VBP", "storm")
    document = to_document(doc)
    protest = next(e for e in document.events if e.evidence[0].text.startswith("Protesters"))
    assert protest.type == "PROTEST" and actor_names(document, protest.actors) == ["Protesters"]



def test_a_headline_that_names_a_leader_for_the_state_restates_the_body():
    document = parley.extract("Zelensky Calls for Talks With Russia\n\nKYIV — Ukraine called on Monday for talks "
                              "with Russia in Istanbul.", published="2025-07-23")
    requests = [e for e in document.events if e.type == "REQUEST"]
    assert len(requests) == 1 and len(requests[0].evidence) == 2
    assert "Ukraine" in actor_names(document, requests[0].actors)
