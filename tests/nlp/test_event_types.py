"""The type classifier's rule (src/parley/nlp/event_types.py): where the classifier reads a type T in a
sentence that none of its rule candidates has, and a word of it is listed with T, the word's candidate is
retyped to T, or one of T is added on it when it has none (a stricter threshold).

The classifier is replaced by fixed beliefs, so each test states what it believes; the sentences are
written for these tests.
"""

from __future__ import annotations

import numpy as np
import pytest
import spacy

from parley.nlp import pipeline
from parley.nlp.event_types import NONE, Decision, TypeClassifier, decide

LABELS = ["AGREE", "COERCE", "MOBILIZE", NONE, "SANCTION"]
EXPELLED = "Egypt expelled the Israeli ambassador on Monday."  # the rules code SANCTION
EXTENDED = "The rebels extended the ceasefire by a week."  # "extend" is listed only with other objects
QUIET = "The weather was mild in Cairo on Tuesday."  # no listed word


class Believes(TypeClassifier):
    """A classifier that gives every sentence the same probabilities."""

    def __init__(self, beliefs: dict[str, float], retype_threshold: float = 0.7, add_threshold: float = 0.9) -> None:
        self.labels = LABELS
        self.row = np.asarray([beliefs.get(label, 0.0) for label in LABELS], dtype="float32")
        self.retype_threshold = retype_threshold
        self.add_threshold = add_threshold
        self.asked = 0

    def probabilities(self, sents):
        self.asked += len(sents)
        return np.tile(self.row, (len(sents), 1))


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load(pipeline.DEFAULT_MODEL)
    for component in pipeline.COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def coded(nlp, text: str, classifier: TypeClassifier | None) -> list[str]:
    coder = nlp.get_pipe("parley_events")
    coder.types = classifier
    if classifier is not None and coder.listed_words is None:
        from parley.nlp.event_types import ListedWords

        coder.listed_words = ListedWords.of(coder.triggers, coder.fallback, coder.rules.stance_nouns)
    try:
        return [e.type for e in nlp(text)._.events]
    finally:
        coder.types = None


def test_rules_alone_code_the_test_sentences_as_written(nlp):
    assert coded(nlp, EXPELLED, None) == ["SANCTION"]
    assert coded(nlp, EXTENDED, None) == []


def test_a_sure_type_listed_with_the_candidates_word_retypes_it(nlp):
    assert coded(nlp, EXPELLED, Believes({"COERCE": 0.8, NONE: 0.2})) == ["COERCE"]


def test_a_type_below_the_threshold_changes_nothing(nlp):
    assert coded(nlp, EXPELLED, Believes({"COERCE": 0.6, NONE: 0.4})) == ["SANCTION"]


def test_a_type_the_word_is_not_listed_with_changes_nothing(nlp):
    assert coded(nlp, EXPELLED, Believes({"MOBILIZE": 0.95})) == ["SANCTION"]


def test_the_type_a_candidate_already_has_changes_nothing(nlp):
    assert coded(nlp, EXPELLED, Believes({"SANCTION": 0.95})) == ["SANCTION"]


def test_a_declined_listed_word_gets_an_event_only_past_the_stricter_threshold(nlp):
    assert coded(nlp, EXTENDED, Believes({"AGREE": 0.8, NONE: 0.2})) == []
    assert coded(nlp, EXTENDED, Believes({"AGREE": 0.95, NONE: 0.05})) == ["AGREE"]


def test_sentences_without_a_listed_word_are_not_read(nlp):
    classifier = Believes({"COERCE": 0.99})
    assert coded(nlp, QUIET, classifier) == []
    assert classifier.asked == 0


def test_none_is_never_the_type_retyped_to():
    p = np.asarray([0.0, 0.3, 0.0, 0.7, 0.0])
    assert decide(p, LABELS, ["SANCTION"], [{1}], [(1, frozenset({"COERCE", "SANCTION"}))], set(), 0.2, 0.9) \
        == Decision("COERCE", 1, 0)


def test_a_word_folded_into_another_event_is_left_alone():
    p = np.asarray([0.95, 0.0, 0.0, 0.05, 0.0])
    listed = [(4, frozenset({"AGREE"}))]
    assert decide(p, LABELS, ["SANCTION"], [{1}], listed, {4}, 0.7, 0.9) is None
    assert decide(p, LABELS, ["SANCTION"], [{1}], listed, set(), 0.7, 0.9) == Decision("AGREE", 4, None)
