"""A learned second opinion on the TYPE of the rules' events (issue 14).

Many events the rules miss stand on a word they read: a word some table lists with the right type, which
a rule declined (the entry wanted another object) or coded as another type. A spaCy textcat (the PLOVER
types and NONE, exclusive; training/events/type_train.py) reads each sentence that holds a rule candidate
or a listed word; where its likeliest type T passes a threshold, T is none of the sentence's candidates'
types, and a word of the sentence is listed with T, the rule (``decide``) either retypes the candidate on
that word to T (no new event) or, where the word has none, adds a candidate of T on it (a stricter
threshold). The vocabulary is the lexicon's own tables (``listed_types``): nothing is learned word by word.
``decide`` reads plain indices and types, so serving and cross-validation run the same function.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .event_lexicon import SPECIFICITY, Code
from .event_reading import Candidate
from .labels import NOUN_POS, VERB_POS

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "events_types"
NONE = "NONE"  # the class of a sentence that reports no event
ADDED_SPECIFICITY = SPECIFICITY["fallback_pattern"]  # an added event is read as the CAMEO tier's are


@dataclass(frozen=True)
class ListedWords:
    """Lemma → the PLOVER types any table the rules read lists it with: the curated verbs with any object
    or particle, event nouns and compound heads, and the generated tiers (CAMEO verbs, nominalizations,
    stance nouns)."""

    verbs: dict[str, frozenset[str]]
    nouns: dict[str, frozenset[str]]

    @classmethod
    def of(cls, triggers, fallback, stance_nouns) -> ListedWords:
        verbs: dict[str, set[str]] = {}
        nouns: dict[str, set[str]] = {}
        for table in (triggers.verbs,):
            for verb, code in table.items():
                verbs.setdefault(verb, set()).add(code.type)
        for table in (triggers.phrasal, triggers.verb_objects, fallback.phrasal, fallback.verb_objects):
            for (verb, _), code in table.items():
                verbs.setdefault(verb.split()[0], set()).add(code.type)
        for (verb, _, _), code in fallback.prep_objects.items():
            verbs.setdefault(verb, set()).add(code.type)
        for table in (triggers.nouns, fallback.nouns, fallback.verbal_nouns, stance_nouns):
            for noun, code in table.items():
                nouns.setdefault(noun, set()).add(code.type)
        for (_, head), code in triggers.compounds.items():
            nouns.setdefault(head, set()).add(code.type)
        return cls({k: frozenset(v) for k, v in verbs.items()}, {k: frozenset(v) for k, v in nouns.items()})

    def types(self, token, triggers, fallback) -> frozenset[str]:
        """The types ``token`` is listed with, read as a verb or a noun by its part of speech."""
        lemma = token.lemma_.lower()
        if token.pos_ in VERB_POS:
            found = self.verbs.get(triggers.verb_lemma(lemma, token.lower_), frozenset())
            return found | self.verbs.get(fallback.verb_lemma(lemma, token.lower_), frozenset())
        if token.pos_ in NOUN_POS:
            return self.nouns.get(lemma, frozenset())
        return frozenset()


@dataclass(frozen=True)
class Decision:
    """What the rule does in one sentence: retype the candidate numbered ``candidate`` (an index into the
    sentence's candidates) to ``type``, or, with ``candidate`` None, add one of ``type`` on word ``word``."""

    type: str
    word: int
    candidate: int | None


def decide(probabilities: np.ndarray, labels: list[str], candidate_types: list[str],
           candidate_words: list[set[int]], listed: list[tuple[int, frozenset[str]]], folded: set[int],
           retype_threshold: float, add_threshold: float) -> Decision | None:
    """The rule on one sentence. ``candidate_types[k]`` and ``candidate_words[k]`` are the k-th rule
    candidate's type and the words it stands on (anchor and absorbed words); ``listed`` the sentence's
    words (index, types listed) in order; ``folded`` words folded into another event as its complement
    (never retyped or added on). The likeliest type T (NONE aside) must pass the threshold, be none of the
    candidates' types, and be listed with a word: that word's candidate is retyped, or one is added on it."""
    p = np.asarray(probabilities, dtype="float32").copy()
    if NONE in labels:
        p[labels.index(NONE)] = -1.0
    best = int(p.argmax())
    type_, score = labels[best], float(p[best])
    if score < min(retype_threshold, add_threshold) or type_ in candidate_types:
        return None
    for word, types in listed:
        if type_ not in types or word in folded:
            continue
        owner = next((k for k, words in enumerate(candidate_words) if word in words), None)
        if owner is not None and score >= retype_threshold:
            return Decision(type_, word, owner)
        if owner is None and score >= add_threshold:
            return Decision(type_, word, None)
    return None


def read_sentence(sent: SpacySpan, candidates: list[Candidate], listed_words: ListedWords, triggers,
                  fallback) -> tuple[list[str], list[set[int]], list[tuple[int, frozenset[str]]], set[int]]:
    """``decide``'s inputs from a parsed sentence and its rule candidates."""
    types = [c.code.type for c in candidates]
    words = [{c.anchor.i, *(t.i for t in c.absorbed)} for c in candidates]
    folded = {t.i for c in candidates for t in c.complements}
    listed = [(t.i, found) for t in sent if (found := listed_words.types(t, triggers, fallback))]
    return types, words, listed, folded


def apply(decision: Decision, sent: SpacySpan, candidates: list[Candidate]) -> list[Candidate]:
    """The sentence's candidates after ``decision``: one retyped in place, or one added on its word."""
    if decision.candidate is not None:
        found = list(candidates)
        old = found[decision.candidate]
        found[decision.candidate] = replace(old, code=Code(decision.type), promised=None)
        return found
    added = Candidate(sent.doc[decision.word], Code(decision.type), ADDED_SPECIFICITY)
    return sorted([*candidates, added], key=lambda c: c.anchor.i)


class TypeClassifier:
    """The trained textcat as shipped in ``data/events_types`` and the two thresholds chosen for it."""

    def __init__(self, nlp, retype_threshold: float, add_threshold: float) -> None:
        self.nlp = nlp
        self.textcat = nlp.get_pipe("textcat")
        self.labels: list[str] = list(self.textcat.labels)
        self.retype_threshold = retype_threshold
        self.add_threshold = add_threshold

    @classmethod
    def load(cls, path: Path = MODEL_DIR) -> TypeClassifier:
        import spacy

        settings = json.loads((path / "settings.json").read_text(encoding="utf-8"))
        return cls(spacy.load(path), settings["retype_threshold"], settings["add_threshold"])

    def probabilities(self, sents: list[SpacySpan]) -> np.ndarray:
        if not sents:
            return np.zeros((0, len(self.labels)), dtype="float32")
        docs = [Doc(self.nlp.vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent])
                for sent in sents]
        return np.asarray(self.textcat.predict(docs))

    def revise(self, sents: list[SpacySpan], candidates: list[list[Candidate]], listed_words: ListedWords,
               triggers, fallback) -> list[list[Candidate]]:
        """Each sentence's candidates after the rule: the classifier reads only sentences holding a
        candidate or a listed word."""
        read = [read_sentence(sent, found, listed_words, triggers, fallback) for sent, found in zip(sents, candidates)]
        asked = [n for n, (types, _, listed, _) in enumerate(read) if listed]
        out = list(candidates)
        for n, row in zip(asked, self.probabilities([sents[n] for n in asked])):
            decision = decide(row, self.labels, *read[n], self.retype_threshold, self.add_threshold)
            if decision is not None:
                out[n] = apply(decision, sents[n], candidates[n])
        return out
