"""Party members named by their party ("Democrats", "the Tories"): a group actor of sector PTY, in the party's
country when WordNet's glosses name it (knowledge/actors/party_members.csv, scripts/build_party_members.py)."""

from __future__ import annotations

import pytest

from components import actor_with_mention, actors_of, pipeline_with


@pytest.fixture(scope="module")
def nlp():
    return pipeline_with("parley_actors")


@pytest.mark.parametrize("text, mention, name, country", [
    ("Democrats denounced the tax proposal on Monday.", "Democrats", "Democrats", "USA"),
    ("The governor met Republicans from the northern counties.", "Republicans", "Republicans", "USA"),
    ("After the vote, the Tories demanded a new leader.", "the Tories", "Tories", "GBR"),
    ("The minister said Conservatives would oppose the levy.", "Conservatives", "Conservatives", None),
    ("In the old capital, Communists marched past the palace.", "Communists", "Communists", None),
])
def test_party_members_are_a_party_group(nlp, text, mention, name, country):
    actor = actor_with_mention(actors_of(nlp, text), mention)
    assert (actor.name, actor.kind, actor.sector, actor.country) == (name, "group", "PTY", country)


def test_two_parties_are_two_actors(nlp):
    actors = actors_of(nlp, "The mayor blamed Republicans, and Democrats blamed the mayor.")
    republicans, democrats = actor_with_mention(actors, "Republicans"), actor_with_mention(actors, "Democrats")
    assert republicans.id != democrats.id and republicans.country == democrats.country == "USA"


def test_one_party_named_twice_is_one_actor(nlp):
    actors = actors_of(nlp, "Republicans walked out. Later the Republicans returned to the chamber.")
    assert actor_with_mention(actors, "Republicans") is actor_with_mention(actors, "the Republicans")


@pytest.mark.parametrize("text, word", [
    ("Democratic lawmakers praised the ruling.", "Democratic"),  # the lawmakers, with the party as qualifier
    ("Many young democrats in the region rallied for free elections.", "democrats"),  # who favour democracy
    ("Thousands of Muslims gathered for prayers in the square.", "Muslims"),
    ("Kurds in the valley welcomed the ceasefire.", "Kurds"),
])
def test_not_a_party_group(nlp, text, word):
    for actor in actors_of(nlp, text):
        assert actor.sector != "PTY", (actor.name, [m.text for m in actor.mentions])


def test_party_members_file_is_what_the_script_builds():
    from generators import rebuilt
    from parley.knowledge.actor_kb import actor_kb

    rebuilt("build_party_members", "data.noun", "index.noun")
    members = actor_kb().party_members
    assert members["Democrats"] == members["Republicans"] == "USA" and members["Tories"] == "GBR"
    assert members["Conservatives"] is None
    assert not {"democrats", "Muslims", "Kurds", "Liberals", "Socialists"} & set(members)
