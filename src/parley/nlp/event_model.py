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
comes first — and it adds a candidate where the rules found none in a sentence (or, with
``add_beside``, only low-specificity ones), on a verb no lexicon lists whose subject is an actor, when
the model is confident; that event's participants, date
and place are read by the same code as any rule event's.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from spacy.attrs import LEMMA, POS
from spacy.symbols import IDS
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from thinc.api import Model, SparseLinear

from ..model import Actor
from .event_lexicon import SPECIFICITY, Code, FallbackTriggers, TriggerLexicon
from .event_reading import Candidate
from .event_syntax import agents
from .labels import AUXILIARY_DEPS, OBJECT_DEPS, SUBJECT_DEPS, VERB_POS
from .sparse_model import featurize, load_weights, save_weights

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "events_model"
CLASSES_FILE = MODEL_DIR / "wordnet_classes.tsv"
UNKNOWN: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
NONE = "NONE"  # the class of a word that reports no event
# What the events component lets the model do: "off" leaves the rules' events as they are.
USES = ("rerank_and_add", "rerank", "add", "off")
MODAL_TAG = "MD"  # the Penn Treebank tag of "will", "would", "could", … — the tagger knows them
VERB_IDS = np.array(sorted(IDS[pos] for pos in VERB_POS), dtype="uint64")  # VERB_POS as Doc.to_array(POS) gives it
NOUN_ID = IDS["NOUN"]


class WordClasses:
    """Each word's WordNet lexicographer files and classes (synsets and hypernyms; a noun also its verbs),
    from the file scripts/build_wordnet_classes.py generates: what lets the model read a word it never
    saw ("castigated") by the words it did ("criticized")."""

    def __init__(self, table: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
        self.table = table

    @classmethod
    def load(cls, path: Path = CLASSES_FILE) -> WordClasses:
        table = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                lemma, pos, files, synsets = line.split("\t")
                table[lemma, pos] = (tuple(files.split()), tuple(synsets.split()))
        return cls(table)

    def of(self, token: Token) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(lexicographer files, classes) of the word's most frequent senses; empty for other parts of speech."""
        pos = "v" if token.pos_ in VERB_POS else "n" if token.pos_ == "NOUN" else None
        return self.table.get((token.lemma_.lower(), pos), UNKNOWN) if pos else UNKNOWN


def scored_words(sent: SpacySpan, candidates: list[Candidate]) -> list[tuple[Token, Candidate | None]]:
    """The words the model reads: every verb, and every rule candidate's trigger (nouns included)."""
    by_anchor = {c.anchor.i: c for c in candidates}
    return [(t, by_anchor.get(t.i)) for t in sent if t.pos_ in VERB_POS or t.i in by_anchor]


def acted(token: Token) -> bool:
    """Whether the word's subject (or passive agent) is an actor: the model adds an event only where
    someone named acts, as the CAMEO tier does (most verbs of political talk have a person or a pronoun
    as subject)."""
    return any(participant._.actor for participant in subjects(token))


def listed(token: Token, triggers: TriggerLexicon, fallback: FallbackTriggers) -> bool:
    """Whether a lexicon (curated or the CAMEO tier) lists the word: then the rules have read its context
    ("declined to comment") and the model adds no event of its own there."""
    return lists(token.lemma_.lower(), triggers, fallback)


def lists(lemma: str, triggers: TriggerLexicon, fallback: FallbackTriggers) -> bool:
    """Whether a lexicon lists the verb ``lemma`` (``listed`` of its words)."""
    return lemma in triggers.verbs or lemma in fallback.known_verbs


def subjects(token: Token) -> list[Token]:
    """Who does what the word says: its subjects, and the noun of its passive agent ("was shelled by
    Russia": Russia); a passive's subject is what is done to, so the model reads it as an object."""
    return [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.dep_ not in OBJECT_DEPS] + \
        agents(token)


def sentence_nouns(sent: SpacySpan) -> list[str]:
    """The common nouns of the sentence, which say what it is about ("troops", "aid", "protesters")."""
    return sorted({t.lemma_.lower() for t in sent if t.pos_ == "NOUN"})


def features(token: Token, candidate: Candidate | None, sentence_types: list[str], nouns: list[str],
             triggers: TriggerLexicon, fallback: FallbackTriggers, classes: WordClasses,
             actors: dict[str, Actor]) -> list[str]:
    """The word's features as strings; ``sentence_types`` are the types of the sentence's rule
    candidates, ``nouns`` its ``sentence_nouns``, ``actors`` the document's actors by id."""
    lemma, dep = token.lemma_.lower(), token.dep_
    children = list(token.children)
    rule = candidate.code.type if candidate is not None else "-"
    verb_type = triggers.verbs.get(lemma)
    lexicon = verb_type.type if verb_type is not None else ("tier" if lemma in fallback.known_verbs else "-")
    files, synsets = classes.of(token)
    file = files[0] if files else "-"
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
        f"file|rule={file}|{rule}",
        f"file|dep={file}|{dep}",
        f"file|head={file}|{_file(token.head, classes)}",
    ]
    feats += [f"file={f}" for f in files]
    feats += [f"class={c}" for c in synsets]
    feats += [f"class|rule={c}|{rule}" for c in synsets]
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
    for subject in subjects(token):
        kind = _kind(subject)
        feats += [f"subj={kind}", f"lemma|subj={lemma}|{kind}", f"rule|subj={rule}|{kind}", f"file|subj={file}|{kind}"]
        feats += [f"file|subj{part}" for part in _actor_parts(subject, actors, file)]
        if subject.i > token.i and subject.head.dep_ == "agent":
            feats.append(f"file|agent={file}|{kind}")
    for child in children:
        child_dep, child_lemma = child.dep_, child.lemma_.lower()
        if child_dep in OBJECT_DEPS or child_dep == "dative":
            kind, object_file = _kind(child), _file(child, classes)
            feats += [f"obj={child_lemma}", f"lemma|obj={lemma}|{child_lemma}", f"lemma|objkind={lemma}|{kind}",
                      f"rule|obj={rule}|{child_lemma}", f"objfile={object_file}", f"file|objfile={file}|{object_file}",
                      f"lemma|objfile={lemma}|{object_file}"]
            feats += [f"objclass={c}" for c in classes.of(child)[1]]
            feats += [f"file|obj{part}" for part in _actor_parts(child, actors, file)]
        elif child_dep == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            feats += [f"lemma|prep={lemma}|{child.lower_}", f"file|prep={file}|{child.lower_}"]
            feats += [f"lemma|prep|pobj={lemma}|{child.lower_}|{g.lemma_.lower()}" for g in objects[:1]]
            feats += [f"prep|pobjkind={child.lower_}|{_kind(g)}" for g in objects[:1]]
            feats += [f"file|prep|pobjfile={file}|{child.lower_}|{_file(g, classes)}" for g in objects[:1]]
        elif child_dep == "prt":
            feats.append(f"lemma|prt={lemma}|{child_lemma}")
        elif child_dep == "neg":
            feats += ["negated", f"negated|lemma={lemma}", f"negated|file={file}"]
        elif child_dep in AUXILIARY_DEPS and child.tag_ == MODAL_TAG:
            feats += [f"modal={child.lower_}", f"modal|rule={child.lower_}|{rule}", f"modal|file={child.lower_}|{file}"]
        elif child_dep in ("xcomp", "ccomp"):
            feats += [f"lemma|{child_dep}={lemma}|{child_lemma}", f"file|{child_dep}={file}|{_file(child, classes)}"]
    return feats


def _actor_parts(token: Token, actors: dict[str, Actor], file: str) -> list[str]:
    """What the actor a participant names is: its kind and sector, and whether a pronoun was resolved to
    it — each suffixed to "=" with the word's lexicographer file (an army shells, a ministry says)."""
    actor = actors.get(token._.actor) if token._.actor else None
    if actor is None:
        return []
    parts = [f"kind={file}|{actor.kind}", f"sector={file}|{actor.sector or '-'}"]
    if token.pos_ == "PRON":
        parts.append(f"pronoun={file}")
    return parts


def _file(token: Token, classes: WordClasses) -> str:
    files = classes.of(token)[0]
    return files[0] if files else "-"


def _kind(token: Token) -> str:
    """What a participant is: an actor's kind, an entity label, a pronoun, or a common noun's lemma."""
    if token._.actor:
        return "actor"
    if token.ent_type_:
        return token.ent_type_
    return token.lower_ if token.pos_ == "PRON" else token.lemma_.lower()


class DocumentWords:
    """What the model reads of a document's words, looked up once per document: each word's part of speech
    and lowercased lemma (from the Doc's arrays, so only the words read become Tokens), whether a lexicon
    lists a lemma, and the document's actors by id."""

    def __init__(self, doc: Doc, triggers: TriggerLexicon, fallback: FallbackTriggers) -> None:
        self.doc = doc
        pos, self.lemmas = doc.to_array(POS), doc.to_array(LEMMA)
        self.is_verb, self.is_noun = np.isin(pos, VERB_IDS), pos == NOUN_ID
        self.triggers, self.fallback = triggers, fallback
        self.actors = {actor.id: actor for actor in doc._.actors or ()}
        self._lower: dict[int, str] = {}
        self._listed: dict[int, bool] = {}

    def lemma(self, i: int) -> str:
        """``doc[i].lemma_.lower()``."""
        key = int(self.lemmas[i])
        if key not in self._lower:
            self._lower[key] = self.doc.vocab.strings[key].lower()
        return self._lower[key]

    def addable(self, sent: SpacySpan, candidates: dict[int, Candidate]) -> list[Token]:
        """The sentence's verbs the model may add an event on: no rule candidate's trigger, no lexicon's
        word (``listed``), and an actor's act (``acted``) — in the sentence's order."""
        found = []
        for i in (np.flatnonzero(self.is_verb[sent.start:sent.end]) + sent.start).tolist():
            if i in candidates:
                continue
            key = int(self.lemmas[i])
            if key not in self._listed:
                self._listed[key] = lists(self.lemma(i), self.triggers, self.fallback)
            if not self._listed[key] and acted(token := self.doc[i]):
                found.append(token)
        return found

    def nouns(self, sent: SpacySpan) -> list[str]:
        """``sentence_nouns(sent)``."""
        return sorted({self.lemma(i) for i in (np.flatnonzero(self.is_noun[sent.start:sent.end])
                                                + sent.start).tolist()})


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
        self.word_classes = WordClasses.load()

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

    def rank_document(self, sents: list[SpacySpan], candidates: list[list[Candidate]], triggers: TriggerLexicon,
                      fallback: FallbackTriggers) -> list[tuple[list[Candidate], dict[int, float]]]:
        """For each sentence of one document (``candidates`` holds each one's rule candidates): its
        candidates, with one added where the rules found none and the model is sure enough, and each
        candidate's trigger index → the model's probability of its type.

        A word's probabilities depend on its own features only, so the model reads just the words whose
        probabilities are used — the rule candidates it re-ranks, and the words it may add an event on —
        with the features ``scored_words`` and ``features`` give them, all the document's in one batch."""
        if not sents:
            return []
        words = DocumentWords(sents[0].doc, triggers, fallback)
        plans, rows = [], []
        for sent, found in zip(sents, candidates):
            by_anchor = {c.anchor.i: c for c in found}  # as scored_words: a word's last candidate
            reranked = [(c.anchor, c) for i, c in by_anchor.items()
                        if sent.start <= i < sent.end and c.code.type in self.column] if self.reranks else []
            addable = [(token, None) for token in words.addable(sent, by_anchor)] \
                if self.adds and may_add(found, self.settings["add_beside"]) else []
            if reranked or addable:
                types, nouns = [c.code.type for c in found], words.nouns(sent)
                rows += [features(token, candidate, types, nouns, triggers, fallback, self.word_classes, words.actors)
                         for token, candidate in reranked + addable]
            plans.append((found, reranked, addable))
        probabilities = self.probabilities(rows)
        ranked, start = [], 0
        for found, reranked, addable in plans:
            end = start + len(reranked) + len(addable)
            ranked.append(self._choose(found, reranked, addable, probabilities[start:end]))
            start = end
        return ranked

    def _choose(self, candidates: list[Candidate], reranked: list[tuple[Token, Candidate]],
                addable: list[tuple[Token, None]], probabilities: np.ndarray) -> tuple[list[Candidate], dict[int, float]]:
        belief = {token.i: float(row[self.column[candidate.code.type]])
                  for (token, candidate), row in zip(reranked, probabilities)}
        if not addable:
            return candidates, belief
        # The likeliest event on an addable word, the first such word on a tie (add_threshold is above 0).
        best = probabilities[len(reranked):, 1:].max(axis=1)
        n = int(best.argmax())
        if best[n] < self.settings["add_threshold"]:
            return candidates, belief
        column = int(probabilities[len(reranked) + n, 1:].argmax()) + 1
        token = addable[n][0]
        if self.reranks:
            belief[token.i] = float(best[n])
        added = Candidate(token, Code(self.classes[column]), SPECIFICITY["fallback_pattern"])
        return sorted([*candidates, added], key=lambda c: c.anchor.i), belief

    def confidence(self, rule_confidence: float, probability: float) -> float:
        return reranked(rule_confidence, probability, self.settings["rerank_weight"])


def may_add(candidates: list[Candidate], beside: float) -> bool:
    """Whether the model may add an event to a sentence with these rule candidates: where there are none,
    or (``beside`` > 0) where each is no more specific than ``beside`` — the CAMEO tier's and event
    nouns' readings, which often miss the sentence's news."""
    return all(c.specificity <= beside for c in candidates)


def reranked(rule_confidence: float, probability: float, weight: float) -> float:
    """A mention's confidence lowered as far as the model doubts its type: never raised, so an event
    the rules are unsure of (no actor, say) stays so."""
    return round(min(0.99, max(0.05, rule_confidence - weight * (1.0 - probability))), 3)
