"""One lexicon, read once from knowledge/, reaches every component through its config."""

from __future__ import annotations

import dataclasses

import spacy

from parley.knowledge import load_yaml
from parley.nlp.doc_index import DocIndex
from parley.nlp.lexicon import ENGLISH_FILE, Code, load_lexicon
from parley.nlp.pipeline import COMPONENTS, load


def _words(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _words(item)
    elif isinstance(value, list):
        for item in value:
            yield from _words(item)
    else:
        yield value


def test_every_english_word_is_text_not_a_yaml_boolean():
    # YAML reads a bare on, no or yes as a boolean: each must be quoted to stay a word.
    assert all(isinstance(word, str) for word in _words(load_yaml(ENGLISH_FILE)))


def test_every_component_is_built_with_the_one_lexicon():
    nlp = load()
    lexicon = load_lexicon()
    assert all(nlp.get_pipe_config(name)["lexicon"] == {"@misc": "parley.lexicon.v1"} for name in COMPONENTS)
    assert nlp.get_pipe("parley_actors").matchers.kb is lexicon.actors
    assert nlp.get_pipe("parley_quotes").cues is lexicon.cues
    assert nlp.get_pipe("parley_events").lexicon is lexicon


def test_word_groups_are_frozen():
    words = load_lexicon().event_words
    assert isinstance(words.future_auxiliaries, frozenset)
    try:
        words.future_auxiliaries = frozenset()
    except dataclasses.FrozenInstanceError:
        return
    raise AssertionError("EventWords can be changed")


def test_a_threatened_action_gives_its_mode_by_type_and_mode_first():
    plover = load_lexicon().plover
    assert plover.threat_mode(Code("COERCE", "arrest")) == "arrest"
    assert plover.threat_mode(Code("COERCE", "curfew")) == "restrict"
    assert plover.threat_mode(Code("RETREAT")) == "relations"


def test_doc_index_finds_paragraphs_and_tokens_by_character():
    doc = spacy.blank("en")("Talks resumed.\n\nBoth sides  agreed.")
    index = DocIndex(doc)
    assert [index.text[s:e] for s, e in index.paragraphs] == ["Talks resumed.", "Both sides  agreed."]
    assert index.paragraph_of(index.text.index("agreed")) == 1
    assert index.token_at(index.text.index("sides") + 2).text == "sides"
    assert [t.text for t in index.covering(0, 9)] == ["Talks", "resumed"]
    assert index.span(0, 5).text == "Talks"
