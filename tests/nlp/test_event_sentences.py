"""The sentence classifier of parley_events (src/parley/nlp/event_sentences.py): where the rules find nothing
in a sentence, it adds one event of the type it reads in the whole sentence.

How the component uses a classifier is tested with small textcats trained here on sentences written for
these tests, so each test states what the classifier believes.
"""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.training import Example
from thinc.api import fix_random_seed

from parley.nlp import pipeline
from parley.nlp.event_sentences import (ADDED_CONFIDENCE, MODEL_DIR, NONE, SentenceClassifier, addable_anchor, anchor,
                                       main_word)

# Written for these tests: a verb no lexicon lists, a sentence the rules code, and sentences of no event.
SHIPPED = "Japan ferried engineers to the earthquake survivors in Turkey."
ACCUSED = "Kenya accused Chad of attacking the border post."
TEACH = [("Japan ferried engineers to the survivors.", "AID"),
         ("Norway ferried doctors to the flooded towns.", "AID"),
         ("Chile ferried tents to the refugees.", "AID"),
         ("The weather was mild on Tuesday.", NONE),
         ("The senator spoke about his childhood.", NONE),
         ("Voters waited in line for an hour.", NONE)]
LABELS = sorted({label for _, label in TEACH} | {"ACCUSE", "ASSAULT"})


@pytest.fixture(scope="module")
def taught() -> spacy.language.Language:
    """A textcat sure that ferrying is AID and the other sentences are nothing."""
    fix_random_seed(0)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat")
    for label in LABELS:
        textcat.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(text), {"cats": {label: float(label == gold) for label in LABELS}})
                for text, gold in TEACH]
    optimizer = nlp.initialize(lambda: examples)
    order = random.Random(0)
    for _ in range(30):
        order.shuffle(examples)
        nlp.update(examples, sgd=optimizer)
    return nlp


def parley_with(classifier: SentenceClassifier | None):
    nlp = spacy.load(pipeline.DEFAULT_MODEL)
    for component in pipeline.COMPONENTS:
        nlp.add_pipe(component)
    nlp.get_pipe("parley_events").sentences = classifier
    return nlp


def events(nlp, text: str) -> list[tuple[str, list[str], float]]:
    doc = nlp(text)
    names = {a.id: a.name for a in doc._.actors}
    ranked = sorted(doc._.events, key=lambda e: -e.confidence)
    return [(e.type, [names[a] for a in e.actors], e.confidence) for e in ranked]


def test_the_classifier_adds_an_event_on_the_main_verb_with_the_subject_actor_at_the_lowest_confidence(taught):
    assert events(parley_with(None), SHIPPED) == []
    assert events(parley_with(SentenceClassifier(taught, 0.5)), SHIPPED) == [("AID", ["Japan"], ADDED_CONFIDENCE)]


def test_an_unsure_classifier_adds_nothing(taught):
    assert events(parley_with(SentenceClassifier(taught, 1.01)), SHIPPED) == []


def test_the_classifier_leaves_sentences_the_rules_code_alone(taught):
    rules = events(parley_with(None), ACCUSED)
    assert rules and events(parley_with(SentenceClassifier(taught, 0.0)), ACCUSED) == rules


def test_an_added_event_comes_after_every_rule_event(taught):
    text = f"{ACCUSED} {SHIPPED}"
    found = events(parley_with(SentenceClassifier(taught, 0.5)), text)
    assert found[-1] == ("AID", ["Japan"], ADDED_CONFIDENCE)
    assert found[:-1] == events(parley_with(None), text)


def test_none_is_never_added(taught):
    quiet = "The weather was mild on Tuesday and the market opened late."
    assert events(parley_with(SentenceClassifier(taught, 0.0)), quiet) in ([], [("AID", [], ADDED_CONFIDENCE)])
    assert all(t != NONE for t, _, _ in events(parley_with(SentenceClassifier(taught, 0.0)), quiet))


def test_a_sentence_holding_a_trigger_the_rules_declined_is_left_to_the_rules(taught):
    # "received a fine" is no visit (conventions §94); the classifier must not code the sentence anyway
    declined = "Japan ferried engineers and received a fine."
    assert events(parley_with(None), declined) == []
    assert events(parley_with(SentenceClassifier(taught, 0.0)), declined) == []


def test_under_a_reporting_verb_the_event_hangs_on_what_is_reported(taught):
    reported = "Officials said Japan ferried engineers to the survivors."
    assert events(parley_with(SentenceClassifier(taught, 0.5)), reported) == [("AID", ["Japan"], ADDED_CONFIDENCE)]
    nlp = pipeline.load()
    reporting = nlp.get_pipe("parley_events").triggers.reporting
    assert anchor(next(nlp(reported).sents), reporting).text == "ferried"
    assert anchor(next(nlp("Police said so.").sents), reporting) is None


def test_the_classifier_reads_only_sentences_with_no_rule_candidate_no_trigger_word_and_a_word_to_hang_on():
    nlp = pipeline.load()
    coder = nlp.get_pipe("parley_events")

    def addable(text: str, ruled: bool = False):
        word = addable_anchor(next(nlp(text).sents), ruled, coder.trigger_words, coder.triggers.reporting)
        return word.text if word is not None else None

    assert addable("Japan ferried engineers to the survivors.") == "ferried"
    assert addable("Japan ferried engineers to the survivors.", ruled=True) is None
    assert addable("Japan ferried engineers and received a fine.") is None  # "received": the rules decide
    assert addable("Officials said Japan ferried engineers.") == "ferried"
    assert addable("Police said so.") is None


def test_the_main_word_is_the_root_verb_or_the_verb_under_a_copula():
    nlp = pipeline.load()
    assert main_word(next(nlp("The prisoners were hanged at dawn.").sents)).lemma_ == "hang"
    assert main_word(next(nlp("Protests.").sents)) is None


@pytest.mark.parametrize("line", ["NAIROBI, Kenya (AP) _", "TANZANIA:", "(Undated)", "Total dead: 10"])
def test_a_line_with_no_verb_is_never_read(line):
    nlp = pipeline.load()
    coder = nlp.get_pipe("parley_events")
    sent = next(nlp(line).sents)
    assert addable_anchor(sent, False, coder.trigger_words, coder.triggers.reporting) is None


def test_the_classifier_reads_only_the_sentences_words(taught):
    classifier = SentenceClassifier(taught, 0.5)
    nlp = pipeline.load()
    alone = classifier.probabilities(list(nlp(SHIPPED).sents))
    together = classifier.probabilities(list(nlp(f"{ACCUSED} {SHIPPED}").sents)[1:])
    assert abs(alone - together).max() < 1e-5


def test_the_classifier_is_opt_in():
    assert pipeline.load().get_pipe("parley_events").sentences is None


@pytest.mark.skipif(not (MODEL_DIR / "settings.json").exists(), reason="no shipped sentence classifier")
def test_the_shipped_classifier_loads_when_asked():
    coder = spacy.load(pipeline.DEFAULT_MODEL).add_pipe("parley_events", config={"sentences": True})
    assert isinstance(coder.sentences, SentenceClassifier) and 0.0 < coder.sentences.threshold < 1.0
    assert NONE in coder.sentences.labels
