"""A party's office holder is of the party, not the government (plover_conventions.md §306): a party's office
(leader, chairman, founder, member …: PETRARCH's PARTY_LEADER, PARTY_MEMBER) of or after a party's name gives sector
PTY, and the party's country when a word of it names one. "Opposition leader" stays OPP, and a person the knowledge
base holds keeps its sector."""

from __future__ import annotations

import pytest

from components import actor_with_mention, actors_of, pipeline_with


@pytest.fixture(scope="module")
def nlp():
    return pipeline_with("parley_actors")


def _person(nlp, text, name):
    return next(a for a in actors_of(nlp, text) if a.kind == "person" and a.name == name)


@pytest.mark.parametrize("text, name, country", [
    # OF a party: its name ends in "Party", or a word of the political spectrum says it is one
    ("Ilse Brandt, leader of the Centre Party, condemned the treaty.", "Ilse Brandt", None),
    ("Marine Le Pen, leader of the far-right National Rally, condemned the treaty.", "Marine Le Pen", None),
    ("Tomas Halvorsen, the chairman of the Norwegian Progress Party, rejected the budget.", "Tomas Halvorsen", "NOR"),
    ("Dario Conti, a founder of the Italian Radical Party, resigned on Monday.", "Dario Conti", "ITA"),
    ("Amira Haddad, a member of the Lebanese Socialist Party, denounced the arrests.", "Amira Haddad", "LBN"),
    # AFTER a party's name
    ("Labour Party leader Tom Hardwick accused the government of lying.", "Tom Hardwick", None),
    ("Polish People's Party leader Jan Kowal called for early elections.", "Jan Kowal", "POL"),
    ("Socialist Party chairman Luis Ferreira praised the agreement.", "Luis Ferreira", None),
    ("The party's leader, Anna Berg, rejected the deal.", "Anna Berg", None),
])
def test_a_partys_office_holder_is_of_the_party(nlp, text, name, country):
    person = _person(nlp, text, name)
    assert (person.sector, person.country) == ("PTY", country)


@pytest.mark.parametrize("text, name, sector", [
    ("Opposition leader Tom Hardwick accused the government of lying.", "Tom Hardwick", "OPP"),
    ("Tom Hardwick, leader of the opposition Labour Party, accused the government of lying.", "Tom Hardwick", "OPP"),
    ("Tom Hardwick, head of the opposition political party, accused the government of lying.", "Tom Hardwick", "OPP"),
    ("Prime Minister Ana Vell, leader of the ruling Civic Party, defended the budget.", "Ana Vell", "GOV"),
    ("Keir Starmer, leader of the Labour Party, accused the government of lying.", "Keir Starmer", "GOV"),
    ("Ilse Brandt, leader of the Lutheran Church, condemned the treaty.", "Ilse Brandt", "GOV"),
    ("Ilse Brandt, a critic of the Centre Party, condemned the treaty.", "Ilse Brandt", None),
    ("Ilse Brandt, a member of the Heritage Foundation, condemned the treaty.", "Ilse Brandt", None),
    ("Tom Ellis, a member of the search party, found the missing boy.", "Tom Ellis", None),
    ("Ilse Brandt, a spokeswoman for the rebels, condemned the treaty.", "Ilse Brandt", "REB"),
])
def test_not_a_partys_office_holder(nlp, text, name, sector):
    assert _person(nlp, text, name).sector == sector


def test_a_party_office_named_alone_is_no_second_actor(nlp):
    actors = actors_of(nlp, "The party chairman, Kelly Moss, called for a vote.")
    assert [(a.name, a.sector) for a in actors] == [("Kelly Moss", "PTY")]
