"""A name is widened over the words particles or a quoted nickname join to it, from whichever end the model
found ("Jimmy" or "Cherizier" of "Jimmy 'Barbecue' Cherizier")."""

from __future__ import annotations

import pytest

from parley.nlp.actor_people import _whole_name
from parley.nlp.actor_reading import ActorReading

from components import pipeline_with


@pytest.fixture(scope="module")
def nlp():
    return pipeline_with("parley_actors")


@pytest.mark.parametrize("text, name", [
    ("Haitian gang boss Jimmy 'Barbecue' Cherizier threatened the government.", "Jimmy 'Barbecue' Cherizier"),
    ('Police said Rudy "Tiger" Salazar fled the city.', 'Rudy "Tiger" Salazar'),
    ("Former minister Amadou dos Reis denied the charges.", "Amadou dos Reis"),
    ("Envoy Talia van der Berg arrived in Kigali on Monday.", "Talia van der Berg"),
])
def test_name_widened_from_either_end(nlp, text, name):
    doc = nlp(text)
    reading = ActorReading(nlp.get_pipe("parley_actors").matchers, doc)
    start = next(t.i for t in doc if t.idx == text.index(name))
    end = next(t.i + 1 for t in doc if t.idx + len(t) == text.index(name) + len(name))
    assert _whole_name(reading, start, start + 1) == (start, end)  # from the first word, looking after it
    assert _whole_name(reading, end - 1, end) == (start, end)  # from the last word, looking before it


@pytest.mark.parametrize("text", [
    "Judge Anna Holt de facto ran the court.",  # a particle before a word that is no name
    "Judge Anna Holt 'Reform' first said.",  # a quoted word with no name after it
])
def test_name_not_widened_over_words_joining_no_name(nlp, text):
    doc = nlp(text)
    reading = ActorReading(nlp.get_pipe("parley_actors").matchers, doc)
    holt = next(t.i for t in doc if t.text == "Holt")
    assert _whole_name(reading, holt - 1, holt + 1) == (holt - 1, holt + 1)
