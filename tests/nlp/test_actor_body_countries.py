"""A body parley does not know reads its country as a person's title does (plover_conventions.md §307): from a
country's name, adjective, seat or demonym modifying it or modifying a word that modifies it ("the Tehran Appeals
Court", "Kabul Bank"), not only a country word right in front of it."""

from __future__ import annotations

import pytest

from components import actor_with_mention, actors_of, pipeline_with


@pytest.fixture(scope="module")
def nlp():
    return pipeline_with("parley_actors")


@pytest.mark.parametrize("text, mention, country", [
    ("The Tehran Appeals Court upheld the sentence on Sunday.", "The Tehran Appeals Court", "IRN"),
    ("Officials of the Nairobi Water Company said supplies would resume.", "the Nairobi Water Company", "KEN"),
    ("Depositors of Kabul Bank protested outside the central bank.", "Kabul Bank", "AFG"),
])
def test_a_body_takes_the_country_about_it(nlp, text, mention, country):
    assert actor_with_mention(actors_of(nlp, text), mention).country == country


@pytest.mark.parametrize("text, mention", [
    ("Lawyers for the Doe Foundation said Kenya's ruling was unfair.", "the Doe Foundation"),
    ("The Halden Institute criticized the Nigerian budget.", "The Halden Institute"),
])
def test_a_country_elsewhere_places_no_body(nlp, text, mention):
    assert actor_with_mention(actors_of(nlp, text), mention).country is None
