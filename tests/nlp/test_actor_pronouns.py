"""Pronouns that stand for a country, an organization or a group (actor_nonperson_pronouns): "it", "they" and
"them" refer back to the actor of the noun phrase they agree with, and are left alone where that phrase names no
actor, names people, joins two, or where "it" stands for a clause."""

from __future__ import annotations

import pytest

from components import pipeline_with


@pytest.fixture(scope="module")
def nlp():
    return pipeline_with("parley_actors")


def owner_of(nlp, text, word, nth=0):
    """The name of the actor the ``nth`` token ``word`` belongs to, or None."""
    doc = nlp(text)
    tokens = [t for t in doc if t.text == word]
    actor_id = tokens[nth]._.actor
    return next((a.name for a in doc._.actors if a.id == actor_id), None)


# -- resolved --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, pronoun, actor", [
    # the plural subject of the sentence before
    ("The rebels took the town of Korvo on Friday. They later attacked a supply convoy.", "They", "rebels"),
    # the country of a ministry that speaks
    ("Chile's foreign ministry said on Monday it would recall its ambassador.", "it", "Chile"),
    # the "it" resolved before
    ("Chile's foreign ministry said it would recall its ambassador. It accused the embassy of spying.", "It", "Chile"),
    # the nearest plural that is not its own clause's subject
    ("Norway said it would expel three Peruvian diplomats. It accused them of spying.", "them", "Peru"),
    # a place that acts
    ("Morvania rejected the offer on Tuesday, and officials said it would not negotiate.", "it", "Morvania"),
    # a group named by its name
    ("Hamas issued a statement on Monday. They said the truce had ended.", "They", "Hamas"),
])
def test_pronoun_refers_to_the_actor_it_agrees_with(nlp, text, pronoun, actor):
    assert owner_of(nlp, text, pronoun) == actor


# -- left alone ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chile recalled its envoy. It is likely that Peru will respond.",
    "Chile recalled its envoy. It was reported that Peru would respond.",
    "Chile recalled its envoy. It remains unclear whether Peru will respond.",
    "Chile recalled its envoy. It is time to talk, Peru said.",
])
def test_it_that_stands_for_a_clause_refers_to_no_one(nlp, text):
    assert owner_of(nlp, text, "It") is None


@pytest.mark.parametrize("text, pronoun", [
    # no noun before it
    ("They attacked the convoy at dawn, witnesses said.", "They"),
    # the plural before it names no actor, and an earlier actor does not stand in
    ("Chile sent two warships. They reached the port on Monday.", "They"),
    # two people are not a group named before
    ("The rebels released Anna Berg and Karl Olsen on Sunday. Anna Berg and Karl Olsen said they were well treated.",
     "they"),
    # two joined actors: one actor cannot hold both, so the events' own reading of a speaker's pronoun stands in
    ("Armenia and Azerbaijan met in Geneva. They agreed to a ceasefire.", "They"),
    # an object "it" is not the subject its clause takes
    ("If a party refuses to register, the Chilean interior ministry has seven days to ban it.", "it"),
    # a person is no "it"
    ("Karl Olsen criticized the plan on Monday. It would cost too much.", "It"),
])
def test_pronoun_with_no_actor_it_agrees_with_stays_unresolved(nlp, text, pronoun):
    assert owner_of(nlp, text, pronoun) is None
