"""A verb prefix and its hyphen stay one word with the verb, and the word reads as the verb does."""

from __future__ import annotations

import pytest
import spacy

import parley
from parley.nlp.pipeline import COMPONENTS, DEFAULT_MODEL, load


def words(text: str) -> list[str]:
    return [t.text for t in load().tokenizer(text)]


@pytest.mark.parametrize("word", ["re-deployed", "co-sponsored", "Re-elected", "pre-determined", "de-escalate"])
def test_a_prefixed_word_is_one_token(word):
    assert words(f"They {word} it.") == ["They", word, "it", "."]


@pytest.mark.parametrize("text", ["pro-Russian", "al-Qaeda", "Russia-Ukraine", "a 24-hour truce", "Rio de-Janeiro",
                                  "over-reacted", "self-defense", "RE-DEPLOYED", "theatre-goers", "re–deployed"])
def test_other_hyphenated_words_split_as_spacy_splits_them(text):
    assert words(text) == [t.text for t in spacy.load(DEFAULT_MODEL).tokenizer(text)]


def test_a_prefixed_word_takes_the_lemma_of_its_verb():
    nlp = load()
    with nlp.select_pipes(disable=list(COMPONENTS)):
        doc = nlp("Rebels re-took the town, and the army re-deployed its troops and co-sponsored a truce.")
    assert {t.text: t.lemma_ for t in doc if "-" in t.text} == {"re-took": "take", "re-deployed": "deploy",
                                                                 "co-sponsored": "sponsor"}


def events(text: str) -> list[tuple[str, list[str], list[str]]]:
    document = parley.extract(text)
    names = {actor.id: actor.name for actor in document.actors}
    return [(e.type, [names[a] for a in e.actors], [names[a] for a in e.recipients]) for e in document.events]


@pytest.mark.parametrize(("prefixed", "plain"), [
    ("Russia re-deployed troops to the border.", "Russia deployed troops to the border."),
    ("US troops were re-deployed to the border.", "US troops were deployed to the border."),
    ("Israel re-imposed a blockade on Gaza.", "Israel imposed a blockade on Gaza."),
])
def test_an_act_done_again_is_coded_as_the_act(prefixed, plain):
    assert events(prefixed) == events(plain) != []
