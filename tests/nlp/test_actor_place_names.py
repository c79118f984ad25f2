"""Place names that are not the places: a given name spelled as a country (conventions §323), a body named as a
party (§324), and an unknown place the model took for a person's name after a preposition of place (§325)."""

from __future__ import annotations

import pytest

from components import actor_with_mention, actors_of, pipeline_with


@pytest.fixture(scope="module")
def nlp():
    return pipeline_with("parley_actors")


@pytest.mark.parametrize("text, mention, name, country", [
    ("National Rally leader Jordan Bardella criticized the budget.", "leader Jordan Bardella", "Jordan Bardella", None),
    ("Kenya Moore condemned the attack.", "Kenya Moore", "Kenya Moore", None),
    ("Jordan Peterson praised the decision.", "Jordan Peterson", "Jordan Peterson", None),
    ("Senator Chad Foster rejected the offer.", "Senator Chad Foster", "Chad Foster", None),
    ("The senator Israel Ortega criticized the plan.", "senator Israel Ortega", "Israel Ortega", None),
    ("Union leader Georgia Lawson called for a strike on Friday.", "leader Georgia Lawson", "Georgia Lawson", None),
    # the person's country is still read where the text gives it
    ("Prime Minister Kenya Odhiambo of Nigeria resigned.", "Prime Minister Kenya Odhiambo", "Kenya Odhiambo", "NGA"),
])
def test_a_place_as_a_given_name_is_part_of_the_name(nlp, text, mention, name, country):
    actor = actor_with_mention(actors_of(nlp, text), mention)
    assert (actor.name, actor.kind, actor.country) == (name, "person", country)


@pytest.mark.parametrize("text, mention, name, country", [
    # Not so: a country's adjective, or a country's possessive, in front of a name is the person's country
    ("Kenyan President William Ruto met the envoy.", "Kenyan President William Ruto", "William Ruto", "KEN"),
    ("Jordan's King Abdullah met the envoy.", "Jordan's King Abdullah", "Abdullah", "JOR"),
    ("Israel Netanyahu rejected the offer.", "Israel Netanyahu", "Benjamin Netanyahu", "ISR"),
])
def test_a_country_before_a_name_still_places_the_person(nlp, text, mention, name, country):
    actor = actor_with_mention(actors_of(nlp, text), mention)
    assert (actor.name, actor.country) == (name, country)


@pytest.mark.parametrize("text, mention, name, sector, country", [
    ("The Republican Party condemned the ruling.", "The Republican Party", "Republican Party", "PTY", None),
    ("The Socialist Party of Chile called for a strike.", "The Socialist Party of Chile", "Socialist Party of Chile",
     "PTY", "CHL"),
    ("Members of Kenya's Orange Democratic Movement party protested.", "Orange Democratic Movement party",
     "Orange Democratic Movement party", "PTY", "KEN"),
    # Not so: a noun inside the name that says more keeps its sector
    ("The Green Party praised the law.", "The Green Party", "Green Party", "ENV", None),
])
def test_a_body_named_as_a_party_is_a_party(nlp, text, mention, name, sector, country):
    actor = actor_with_mention(actors_of(nlp, text), mention)
    assert (actor.name, actor.kind, actor.sector, actor.country) == (name, "organization", sector, country)


def test_a_search_party_is_no_party(nlp):
    assert actors_of(nlp, "A search party found the missing hikers.") == []


def test_a_body_on_the_political_spectrum_is_no_party(nlp):
    actor = actor_with_mention(actors_of(nlp, "The left-leaning Halden Institute criticized the plan."), "Halden Institute")
    assert actor.sector != "PTY"


@pytest.mark.parametrize("text", [
    "An airstrike near Khan Younis killed seven.",
    "Shelling outside Mirza Bagh and Tora Kala wounded four.",
    "Fighting near Goma killed ten.",
])
def test_a_name_after_a_preposition_of_place_is_no_person(nlp, text):
    assert [a.name for a in actors_of(nlp, text) if a.kind == "person"] == []


def test_a_person_after_in_stays_a_person(nlp):
    actor = actor_with_mention(actors_of(nlp, "The minister expressed confidence in John Harlan."), "John Harlan")
    assert actor.kind == "person"


@pytest.mark.parametrize("text, mention, name, country", [
    ("The GOP blocked the bill.", "The GOP", "GOP", "USA"),
    ("The Kuomintang called for talks.", "The Kuomintang", "Kuomintang", "TWN"),
    # Not so: another country's party of a name the knowledge base does not list stays its own
    ("The Republican Party of Armenia boycotted the vote.", "The Republican Party of Armenia",
     "Republican Party of Armenia", "ARM"),
])
def test_a_party_wordnet_names_is_known(nlp, text, mention, name, country):
    actor = actor_with_mention(actors_of(nlp, text), mention)
    assert (actor.name, actor.sector, actor.country) == (name, "PTY", country)
