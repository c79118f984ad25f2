"""Naming an act by a word of blame accuses its doer (conventions §209): the thing named may be the noun a relative
clause modifies ("a vote governments dismissed as a sham"), the name may be two words joined ("senseless and
cruel"), and dismissing something as a wrong condemns it.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from parley.nlp.event_lexicon import blame_words
from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "The council postponed the ballot again, a vote that rival parties have branded a farce.",
    "The navy seized two tankers last week, a raid the shipping line's owners called an act of piracy.",
    "Officials of the party said they would boycott what they called a sham.",
])
def test_an_act_named_a_wrong_in_a_relative_clause_is_an_accusation(sentence):
    assert "ACCUSE" in types(sentence)


def test_a_name_hung_on_the_object_is_read():
    # "as" hung on the object, where a verb of regarding's may hang too (§236): one reader of both
    assert "ACCUSE" in types("Kenya described Chad's move as a major breach of trust.")


def test_the_act_a_relative_clause_judges_stays_an_event():
    found = types("The army shelled the market, in raids that rights groups called brutal.")
    assert found.count("ASSAULT") >= 2 and "ACCUSE" in found


@pytest.mark.parametrize("sentence", [
    "The governor called the shootings brutal and senseless.",
    "Neighbouring states called the referendum a fraud.",
    "Neighbouring states branded the referendum a fraud.",  # parsed as two direct objects
    "Exiled lawmakers have described the new constitution vote as illegitimate.",
    "The defence minister called the shelling of the port an act of aggression.",
    "The governor called the raid on the village a massacre.",                    # a name, nothing called for
    "Opposition parties called the arrests of their candidates extrajudicial.",
])
def test_an_act_dismissed_or_called_by_joined_words_of_blame_is_criticized(sentence):
    assert "ACCUSE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The Colombian president called the attack on the police station a war crime.",      # a second "on" object
    "Amnesty International branded the execution of the prisoners a war crime.",         # an appositive of the object
    "The envoy branded the rebels' raid on a village near the border, which killed ten farmers, a massacre.",
    "The defence ministry called the shelling of the villages near the border an act of aggression.",  # base reads it
])
def test_a_name_the_parser_hangs_inside_the_object_is_read(sentence):
    """§566: the small parser hangs the name on the object's last noun when the object has a phrase after it."""
    assert "ACCUSE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The ministry described the arrest of Ivan Petrov, a journalist, in a statement.",     # a true appositive
    "The president called the mayor of the city, a former general.",                       # a telephone call
    "Officials described the attack on the convoy near the town of Kidal.",
])
def test_an_appositive_that_ends_nothing_names_no_wrong(sentence):
    assert "ACCUSE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The mayor who called the police said the crowd had gone home.",         # the relative is the caller
    "The minister praised what he called a historic deal with the unions.",  # a word of praise quoted
    "The hospital director called the meeting a success.",                   # no wrong named
    "The governor called the vote for the third of May.",                    # a date set
])
def test_a_name_that_blames_nothing_accuses_no_one(sentence):
    assert "ACCUSE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The ministry dismissed the claims as baseless.",
    "The unions dismissed the government's offer as an insult.",  # a dismissal is a refusal, whatever it is called
])
def test_a_thing_dismissed_is_rejected(sentence):
    assert types(sentence)[:1] == ["REJECT"]


def test_blame_words_file_is_what_the_script_builds():
    rebuilt("build_blame_words", "data.noun", "index.noun", "data.adj", "index.adj")
    nouns, adjectives = blame_words("noun"), blame_words("adjective")
    assert {"piracy", "fraud", "persecution", "theft", "violation"} <= nouns
    assert {"extrajudicial", "senseless", "brutal", "unjust"} <= adjectives
    # games of chance are no wrong named; a kind word is no blame
    assert not {"raffle", "wager", "success", "deal"} & nouns
    assert not {"fair", "legal", "historic"} & adjectives
