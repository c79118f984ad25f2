"""A learned classifier of whole sentences: which PLOVER type, if any, a sentence reports.

The rules (events.py) and the word-level model (event_model.py) code an event on a word some lexicon
lists or on a verb whose subject is an actor; many sentences of the news report an event in words neither
reaches ("dispatched planes carrying oxygen", "was hanged"). This is a spaCy textcat with its own small
tok2vec (hashed word, prefix, suffix and shape embeddings and a convolution), trained end to end on whole
sentences (training/events/sentence_train.py): VOA snippets and GSR records labelled with their type,
synthetic stories' sentences where the rules code the story's type, and as NONE the sentences of PolNeAR train
and of TimeBank's half A that it would read in use (``addable_anchor``). It reads only the sentences where the
rules find no candidate and no trigger word stands, and where its
likeliest type passes the threshold chosen by cross-validation it adds one candidate of that type on the
sentence's main word; the event's participants, mode, date and place are read by the same code as any
rule event's, and its confidence is the lowest parley gives, so a rule event always comes first.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .event_lexicon import SPECIFICITY, Code
from .event_reading import Candidate
from .labels import VERB_POS

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "events_sentences"
NONE = "NONE"  # the class of a sentence that reports no event
ADDED_CONFIDENCE = 0.05  # an added event's confidence: the floor of the rules' (event_evidence.confidence)


class SentenceClassifier:
    """The trained textcat as shipped in ``data/events_sentences`` and the threshold chosen for it."""

    def __init__(self, nlp: Language, threshold: float) -> None:
        self.nlp = nlp
        self.textcat = nlp.get_pipe("textcat")
        self.labels: list[str] = list(self.textcat.labels)
        self.none = self.labels.index(NONE)
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path = MODEL_DIR, threshold: float | None = None) -> SentenceClassifier:
        settings = json.loads((path / "settings.json").read_text(encoding="utf-8"))
        return cls(spacy.load(path), settings["threshold"] if threshold is None else threshold)

    def probabilities(self, sents: list[SpacySpan]) -> np.ndarray:
        """Each sentence's class probabilities (columns in ``labels`` order), read from its words alone."""
        if not sents:
            return np.zeros((0, len(self.labels)), dtype="float32")
        docs = [Doc(self.nlp.vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent])
                for sent in sents]
        return np.asarray(self.textcat.predict(docs))

    def additions(self, sents: list[SpacySpan], candidates: list[list[Candidate]], trigger_words: frozenset[str],
                  reporting: frozenset[str]) -> list[Candidate | None]:
        """For each sentence, the candidate the classifier adds: only where the rules found none and no word
        of the sentence is a trigger the rules read and declined (the conventions decide those), and only
        when its likeliest type (NONE aside) passes the threshold."""
        anchors = [addable_anchor(sent, bool(found), trigger_words, reporting) for sent, found in zip(sents, candidates)]
        empty = [n for n, word in enumerate(anchors) if word is not None]
        added: list[Candidate | None] = [None] * len(sents)
        if not empty:
            return added
        probabilities = self.probabilities([sents[n] for n in empty])
        probabilities[:, self.none] = -1.0
        for n, row in zip(empty, probabilities):
            best = int(row.argmax())
            if row[best] >= self.threshold:
                added[n] = Candidate(anchors[n], Code(self.labels[best]), SPECIFICITY["fallback_pattern"])
        return added


def addable_anchor(sent: SpacySpan, ruled: bool, trigger_words: frozenset[str],
                   reporting: frozenset[str]) -> Token | None:
    """The word the classifier would add an event on, or None for a sentence it never reads: one where the
    rules found a candidate (``ruled``), one holding a word the rules read and may have declined (the
    conventions decide those), one with no word to hang an event on. Training labels only the sentences
    this gives a word for (training/events/sentence_data.py), so it learns what it is asked in use."""
    if ruled or any(t.lemma_.lower() in trigger_words for t in sent):
        return None
    return anchor(sent, reporting)


def main_word(sent: SpacySpan) -> Token | None:
    """The word an added event hangs on: the sentence's root when it is a verb, else the first verb that
    hangs from the root; None for a sentence with no verb there. A verbless line is a dateline ("NAIROBI,
    Kenya (AP) _"), a heading or a list's label ("TANZANIA:"), never a report the classifier can place."""
    root = sent.root
    if root.pos_ in VERB_POS:
        return root
    return next((t for t in root.children if t.pos_ in VERB_POS), None)


def anchor(sent: SpacySpan, reporting: frozenset[str]) -> Token | None:
    """The main word, or under a reporting verb the verb it reports ("police said the men were hanged"):
    the speech is no event; None when a reporting verb reports no clause ("Police said.")."""
    word = main_word(sent)
    if word is not None and word.lemma_.lower() in reporting:
        return next((c for c in word.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in VERB_POS), None)
    return word
