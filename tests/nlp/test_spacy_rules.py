"""parley's attribute ruler and lemmatizer set exactly what spaCy's own set, only faster."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from parley.nlp.pipeline import COMPONENTS, DEFAULT_MODEL, load
from parley.nlp.spacy_rules import IndexedAttributeRuler, RememberingLemmatizer
from parley.nlp.verb_prefixes import keep_prefixed_words

# Every kind of rule the English ruler holds: tag maps, contractions ("ain't", "gonna", "let's"),
# pronoun case by dependency, auxiliaries, expletive "there", whitespace tokens, negation.
SENTENCES = [
    "I ain't gonna sign it, and you won't either; let's wait, the envoy said.",
    "There were 3,000 troops at the border on Tuesday.\n\n  Kyiv didn't  confirm that.",
    "Which of these talks would they have held if the ceasefire hadn't collapsed?",
    "Y'all can't say nothin' about it — c'mon, they gotta leave by 5 p.m.",
    "The ministers' re-deployed forces are over-stretched, aren't they?",
]


@pytest.fixture(scope="module")
def stock():
    """spaCy's own components, on the tokens parley's tokenizer makes."""
    nlp = spacy.load(DEFAULT_MODEL)
    keep_prefixed_words(nlp)
    return nlp


def token_values(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_pipeline_runs_parleys_equivalents_under_spacys_names():
    nlp = load()
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), RememberingLemmatizer)


def test_tokens_get_the_same_attributes_as_with_spacys_components(stock):
    ours = load()
    for sentence in SENTENCES:
        expected = token_values(stock(sentence))
        with ours.select_pipes(disable=list(COMPONENTS)):
            assert token_values(ours(sentence)) == expected, sentence


def test_a_rule_of_any_shape_matches_as_spacys_ruler_matches(stock):
    """Regular expressions, NOT_IN, several tokens, a negative index, and an operator the lookup
    does not read (it goes through a Matcher)."""
    patterns = [
        {"patterns": [[{"LOWER": {"REGEX": "^(re|over)$"}}]], "attrs": {"LEMMA": "again"}},
        {"patterns": [[{"TAG": {"NOT_IN": ["NNP", ""]}, "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom"}},
        {"patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]], "attrs": {"POS": "X"}, "index": -1},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
        {"patterns": [[{"LOWER": "troops"}, {"IS_DIGIT": True, "OP": "?"}, {"LOWER": "at"}]], "attrs": {"LEMMA": "x"}},
    ]
    spacy_ruler, ruler = AttributeRuler(stock.vocab), IndexedAttributeRuler(stock.vocab)
    for pattern in patterns:
        spacy_ruler.add(**pattern)
        ruler.add(**pattern)
    matched = set()
    for sentence in SENTENCES:
        doc = stock(sentence)
        assert ruler.match(doc) == spacy_ruler.match(doc), sentence
        matched.update(number for number, *_ in ruler.match(doc))
    assert matched == set(range(len(patterns)))
    assert len(ruler._rules.rest) == 1  # only the pattern with an operator


def test_remembered_lemmas_are_those_spacy_gives_the_first_time(stock):
    ours = load()
    with ours.select_pipes(disable=list(COMPONENTS)):
        for _ in range(2):  # the second time every lemma comes from memory
            for sentence in SENTENCES:
                assert [t.lemma_ for t in ours(sentence)] == [t.lemma_ for t in stock(sentence)]


def test_a_doc_with_its_own_vocab_is_read_with_its_own_strings(stock):
    """A Doc parsed by another pipeline keeps its Vocab: the rules' regular expressions and the
    lemmas read and write that Vocab's strings, as spaCy's components do."""
    ours = load()
    for sentence in SENTENCES:
        expected = token_values(stock(sentence))
        with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "parley_prefixed_lemmas"]):
            doc = stock(sentence)
        for name in ("attribute_ruler", "lemmatizer", "parley_prefixed_lemmas"):
            ours.get_pipe(name)(doc)
        assert token_values(doc) == expected, sentence


def test_a_ruler_without_rules_changes_nothing(stock):
    doc = stock("The envoys met in Geneva.")
    assert IndexedAttributeRuler(stock.vocab).match(doc) == []
