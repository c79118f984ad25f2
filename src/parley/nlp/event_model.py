"""A learned second opinion on each sentence's events: which PLOVER type, if any, a word reports,
given the parse around it and what the rules found.

The rules (events.py) read a word's type off curated and CAMEO lexicons, so they cannot weigh one
candidate against another ("said it would retaliate after the attack": which is the news?) and say
nothing about a verb no lexicon lists. This model is a multinomial logistic regression over hashed
features of each verb and each rule candidate — its lemma with its relations, its subject's and
object's heads and actor kinds, prepositions, particle, negation, modal, the lexicon hits and the
rule candidates' types — trained on the VOA snippets' learning part, the GSR dev records, synthetic
stories, and PolNeAR train sentences where the rules find nothing (training/events/). It is a thinc
``SparseLinear`` layer: a few megabytes of weights, a few microseconds per word.

It does two things (each with a setting in settings.json, chosen by cross-validation): it re-ranks —
a rule event's confidence is lowered as far as the model doubts its type, so the text's main event
comes first — and it adds a candidate where the rules found none in a sentence and the model is
confident; that event's participants, date and place are read by the same code as any rule event's.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token
from thinc.api import Model, SparseLinear

from .event_lexicon import SPECIFICITY, Code, FallbackTriggers, TriggerLexicon
from .event_reading import Candidate
from .labels import AUXILIARY_DEPS, OBJECT_DEPS, SUBJECT_DEPS, VERB_POS
from .sparse_model import featurize, load_weights, save_weights

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "events_model"
NONE = "NONE"  # the class of a word that reports no event
# What the events component lets the model do: "off" leaves the rules' events as they are.
USES = ("rerank_and_add", "rerank", "add", "off")
MODAL_TAG = "MD"  # the Penn Treebank tag of "will", "would", "could", … — the tagger knows them


def scored_words(sent: SpacySpan, candidates: list[Candidate]) -> list[tuple[Token, Candidate | None]]:
    """The words the model reads: every verb, and every rule candidate's trigger (nouns included)."""
    by_anchor = {c.anchor.i: c for c in candidates}
    return [(t, by_anchor.get(t.i)) for t in sent if t.pos_ in VERB_POS or t.i in by_anchor]


def acted(token: Token) -> bool:
    """Whether the word's subject is an actor: the model adds an event only where someone named acts,
    as the CAMEO tier does (most verbs of political talk have a person or a pronoun as subject)."""
    return any(c.dep_ in SUBJECT_DEPS | {"agent"} and c._.actor for c in token.children)


def sentence_nouns(sent: SpacySpan) -> list[str]:
    """The common nouns of the sentence, which say what it is about ("troops", "aid", "protesters")."""
    return sorted({t.lemma_.lower() for t in sent if t.pos_ == "NOUN"})


def features(token: Token, candidate: Candidate | None, sentence_types: list[str], nouns: list[str],
             triggers: TriggerLexicon, fallback: FallbackTriggers) -> list[str]:
    """The word's features as strings; ``sentence_types`` are the types of the sentence's rule
    candidates, ``nouns`` its ``sentence_nouns``."""
    lemma, dep = token.lemma_.lower(), token.dep_
    children = list(token.children)
    rule = candidate.code.type if candidate is not None else "-"
    verb_type = triggers.verbs.get(lemma)
    lexicon = verb_type.type if verb_type is not None else ("tier" if lemma in fallback.known_verbs else "-")
    feats = [
        "bias",
        f"lemma={lemma}",
        f"lemma|dep={lemma}|{dep}",
        f"pos|dep={token.pos_}|{dep}",
        f"tag={token.tag_}",
        f"head|dep={token.head.lemma_.lower()}|{dep}",
        f"rule={rule}",
        f"rule|lemma={rule}|{lemma}",
        f"rule|dep={rule}|{dep}",
        f"lexicon={lexicon}",
        f"lexicon|rule={lexicon}|{rule}",
        f"rules={len(sentence_types)}|{rule}",
    ]
    if candidate is not None:
        feats.append(f"rule|specificity={rule}|{candidate.specificity}")
        feats += [f"rule|absorbed={rule}|{t.lemma_.lower()}" for t in candidate.absorbed[:2]]
        feats += [f"rule|aux={rule}|{aux}" for aux in sorted(candidate.aux)]
        if candidate.reported:
            feats.append(f"rule|reported={rule}")
        if candidate.governor is not None:
            feats.append(f"rule|governor={rule}|{candidate.governor.lemma_.lower()}")
    feats += [f"noun={noun}" for noun in nouns]
    feats += [f"other={t}|{rule}" for t in sorted(set(sentence_types)) if t != rule]
    for child in children:
        child_dep, child_lemma = child.dep_, child.lemma_.lower()
        if child_dep in SUBJECT_DEPS or child_dep == "agent":
            kind = _kind(child)
            feats += [f"subj={kind}", f"lemma|subj={lemma}|{kind}", f"rule|subj={rule}|{kind}"]
        elif child_dep in OBJECT_DEPS or child_dep == "dative":
            kind = _kind(child)
            feats += [f"obj={child_lemma}", f"lemma|obj={lemma}|{child_lemma}", f"lemma|objkind={lemma}|{kind}",
                      f"rule|obj={rule}|{child_lemma}"]
        elif child_dep == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            feats += [f"lemma|prep={lemma}|{child.lower_}"]
            feats += [f"lemma|prep|pobj={lemma}|{child.lower_}|{g.lemma_.lower()}" for g in objects[:1]]
            feats += [f"prep|pobjkind={child.lower_}|{_kind(g)}" for g in objects[:1]]
        elif child_dep == "prt":
            feats.append(f"lemma|prt={lemma}|{child_lemma}")
        elif child_dep == "neg":
            feats += ["negated", f"negated|lemma={lemma}"]
        elif child_dep in AUXILIARY_DEPS and child.tag_ == MODAL_TAG:
            feats += [f"modal={child.lower_}", f"modal|rule={child.lower_}|{rule}"]
        elif child_dep in ("xcomp", "ccomp"):
            feats.append(f"lemma|{child_dep}={lemma}|{child_lemma}")
    return feats


def _kind(token: Token) -> str:
    """What a participant is: an actor's kind, an entity label, a pronoun, or a common noun's lemma."""
    if token._.actor:
        return "actor"
    if token.ent_type_:
        return token.ent_type_
    return token.lower_ if token.pos_ == "PRON" else token.lemma_.lower()


def build_model(classes: int, length: int = 2**18) -> Model:
    return SparseLinear(nO=classes, length=length)


def softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)


class EventModel:
    """The trained model as shipped in ``data/events_model``: weights, its classes (NONE first),
    and the thresholds chosen by cross-validation."""

    def __init__(self, model: Model, settings: dict, uses: str = "rerank_and_add") -> None:
        if uses not in USES:
            raise ValueError(f"the events model's use must be one of {', '.join(USES)}, not {uses!r}")
        self.model = model
        self.settings = settings
        self.reranks = uses in ("rerank_and_add", "rerank")
        self.adds = uses in ("rerank_and_add", "add")
        self.classes: list[str] = settings["classes"]
        self.column = {name: n for n, name in enumerate(self.classes)}

    @classmethod
    def load(cls, path: Path = MODEL_DIR, uses: str = "rerank_and_add") -> EventModel:
        model, settings = load_weights(path, lambda settings: build_model(len(settings["classes"]), settings["length"]))
        return cls(model, settings, uses)

    def save(self, path: Path) -> None:
        save_weights(path, self.model, self.settings)

    def probabilities(self, rows: list[list[str]]) -> np.ndarray:
        if not rows:
            return np.zeros((0, len(self.classes)), dtype="float32")
        return softmax(self.model.predict(featurize(rows)))

    def rank(self, sent: SpacySpan, candidates: list[Candidate], triggers: TriggerLexicon,
             fallback: FallbackTriggers) -> tuple[list[Candidate], dict[int, float]]:
        """The sentence's candidates, with one added where the rules found none and the model is
        sure enough, and each candidate's trigger index → the model's probability of its type."""
        words = scored_words(sent, candidates)
        types, nouns = [c.code.type for c in candidates], sentence_nouns(sent)
        rows = [features(token, candidate, types, nouns, triggers, fallback) for token, candidate in words]
        probabilities = self.probabilities(rows)
        belief = {}
        for (token, candidate), row in zip(words, probabilities):
            if self.reranks and candidate is not None and candidate.code.type in self.column:
                belief[token.i] = float(row[self.column[candidate.code.type]])
        if candidates or not self.adds or not words:
            return candidates, belief
        best = probabilities[:, 1:].max(axis=1) * [acted(token) for token, _ in words]
        n = int(best.argmax())
        if best[n] < self.settings["add_threshold"]:
            return candidates, belief
        column = int(probabilities[n, 1:].argmax()) + 1
        token = words[n][0]
        if self.reranks:
            belief[token.i] = float(best[n])
        return [Candidate(token, Code(self.classes[column]), SPECIFICITY["fallback_pattern"])], belief

    def confidence(self, rule_confidence: float, probability: float) -> float:
        return reranked(rule_confidence, probability, self.settings["rerank_weight"])


def reranked(rule_confidence: float, probability: float, weight: float) -> float:
    """A mention's confidence lowered as far as the model doubts its type: never raised, so an event
    the rules are unsure of (no actor, say) stays so."""
    return round(min(0.99, max(0.05, rule_confidence - weight * (1.0 - probability))), 3)
