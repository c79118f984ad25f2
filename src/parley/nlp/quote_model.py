"""A learned scorer for reporting cues: how likely a word and one of its dependants are a cue and
the content it reports, given the parse around them.

The cue lexicon (knowledge/reporting_cues.csv) keys cues by lemma and relation only, so it misses
the open-ended cues news text is full of ("has pooh-poohed", "is a staunch opponent of") and
cannot tell "said that" from "said goodbye". This model is a logistic regression over hashed
features of the parse — the cue's lemma, class and relation, its subject, auxiliaries and
negation, the shape of the content, and whether the lexicon lists the pair — trained on the
PolNeAR training attributions (training/quotes/). It is a thinc ``SparseLinear`` layer: a
megabyte of weights, and a few microseconds per candidate, so it adds little to the parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import NamedTuple

import numpy as np
from spacy.tokens import Token
from thinc.api import Model, SparseLinear

from .doc_index import DocIndex, TokenStrings
from .labels import ANY_SUBJECT_DEPS, PREDICATE_DEPS
from .sparse_model import featurize, load_weights, save_weights

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "quotes_model"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Entity types of a subject that may speak (a pronoun may too).
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@dataclass(frozen=True)
class Candidate:
    """A word that may be a reporting cue, the relation that leads to what it may report, and that
    content's character range (already trimmed)."""

    cue: Token
    relation: str
    start: int
    end: int


@dataclass(frozen=True)
class DocFacts:
    """What the features of a Doc's candidates read about the Doc as a whole, counted once: per token,
    how many finite verbs and lexicon cues come before it, and each cue's sentence; and the Doc's index
    and token strings, which the features read by token index."""

    index: DocIndex
    strings: TokenStrings
    finite_before: list[int]  # lists, not arrays: each test reads two numbers, and numpy costs more per read
    listed_before: list[int]
    sentences: dict[int, tuple[int, int, bool]]  # sentence number → its start, end, whether it has quote marks

    def finite(self, start: int, end: int) -> bool:
        return bool(self.finite_before[end] > self.finite_before[start])

    def listed(self, start: int, end: int) -> int:
        return int(self.listed_before[end] - self.listed_before[start])


def candidate_features(candidates: list[Candidate], text: str, listed: list[tuple[str, ...]]) -> list[list[str]]:
    """The features of a Doc's candidates; ``listed`` is, for each, what the cue lexicon gives for its word."""
    if not candidates:
        return []
    doc = candidates[0].cue.doc
    listed_mask = np.zeros(len(doc), dtype="int32")
    for candidate, relations in zip(candidates, listed):
        listed_mask[candidate.cue.i] = bool(relations)
    finite_mask = np.isin(doc.to_array("TAG"), [doc.vocab.strings[tag] for tag in FINITE_TAGS]).astype("int32")
    index = DocIndex.of(doc)
    sentences: dict[int, tuple[int, int, bool]] = {}
    for candidate in candidates:
        number = index.sentence_of[candidate.cue.i]
        if number not in sentences:
            sentence = candidate.cue.sent
            quoted = any(m in text[sentence.start_char:sentence.end_char] for m in "\"“”")
            sentences[number] = (sentence.start, sentence.end, quoted)
    facts = DocFacts(index, TokenStrings.of(doc), np.concatenate([[0], np.cumsum(finite_mask)]).tolist(),
                     np.concatenate([[0], np.cumsum(listed_mask)]).tolist(), sentences)
    by_cue: dict[int, CueFacts] = {}
    for candidate in candidates:
        if candidate.cue.i not in by_cue:
            by_cue[candidate.cue.i] = cue_facts(candidate.cue, text, facts)
    return [features(c, text, relations, facts, by_cue[c.cue.i]) for c, relations in zip(candidates, listed)]


class CueFacts(NamedTuple):
    """What the features read about a candidate's cue word alone, shared by the word's candidates (a tuple:
    a frozen dataclass sets its fields one by one, at some cost for a Doc's thousands of cue words)."""

    lemma: str
    pos: str
    tag: str
    dep: str
    subject_kind: str
    subject_word: str
    speaker_like: bool
    agent: bool
    owner: bool
    auxiliaries: str
    negated: bool
    head_lemma: str
    head_pos: str
    governor_lemma: str
    governor_pos: str
    previous: str
    next: str
    entity: str
    quoted_sentence: bool
    in_headline: bool
    others: int
    under_listed: bool
    dependencies: str
    near_sentence_start: bool
    clause_too: bool


def cue_facts(cue: Token, text: str, facts: DocFacts) -> CueFacts:
    """Read once per cue word: most of a Doc's candidates share their word with another."""
    strings, i = facts.strings, cue.i
    children = [(child.i, strings.dep[child.i]) for child in cue.children]
    relations = {dep for _, dep in children}
    subject = cue_subject(cue)
    s = subject.i if subject is not None else None
    subject_kind = "none"
    if s is not None:
        subject_kind = strings.entity[s] or (strings.lower[s] if strings.pos[s] == "PRON" else strings.pos[s])
    head = strings.head[i]
    governor = head if head != i else None
    sentence_start, sentence_end, quoted_sentence = facts.sentences[facts.index.sentence_of[i]]
    return CueFacts(
        lemma=strings.lemma[i],
        pos=strings.pos[i],
        tag=strings.tag[i],
        dep=strings.dep[i],
        subject_kind=subject_kind,
        subject_word=strings.lemma[s] if s is not None and strings.pos[s] in ("PRON", "NOUN") else subject_kind,
        speaker_like=s is not None and (strings.entity[s] in SPEAKER_ENTITIES or strings.pos[s] == "PRON"),
        agent="agent" in relations,
        owner="poss" in relations,
        auxiliaries="+".join(sorted(strings.lower[c] for c, dep in children if dep in ("aux", "auxpass"))),
        negated="neg" in relations,
        head_lemma=strings.lemma[head],
        head_pos=strings.pos[head],
        governor_lemma=strings.lemma[governor] if governor is not None else "-",
        governor_pos=strings.pos[governor] if governor is not None else "-",
        previous=strings.lower[i - 1] if i > 0 else "<s>",
        next=strings.lower[i + 1] if i + 1 < len(strings.lower) else "</s>",
        entity=strings.entity[i],
        quoted_sentence=quoted_sentence,
        in_headline=text.find("\n") > facts.index.token_starts[i],
        # Listed cues around it: another in the sentence, one it reports under.
        others=min(facts.listed(sentence_start, sentence_end) - facts.listed(i, i + 1), 2),
        under_listed=any(facts.listed(a, a + 1) for a in islice(strings.ancestors(i), 6)),
        dependencies="+".join(sorted(relations)),
        near_sentence_start=cue.i - sentence_start < 3,
        clause_too="ccomp" in relations,
    )


def features(candidate: Candidate, text: str, listed: tuple[str, ...], facts: DocFacts, cue: CueFacts) -> list[str]:
    """The candidate's features as strings; ``listed`` is what the cue lexicon gives for its word,
    ``facts`` what ``candidate_features`` counted in its Doc, and ``cue`` what it read about the cue word."""
    relation = candidate.relation
    lemma, pos = cue.lemma, cue.pos
    content = text[candidate.start:candidate.end]
    words = content.split()
    first = words[0].lower().strip("\"“'‘") if words else ""
    marks = sum(content.count(m) for m in "\"“”")
    length = min(len(words), 40) // 5
    lexicon = "listed" if relation in listed else ("other" if listed else "none")
    rank = str(listed.index(relation)) if relation in listed else "-"
    strings, i = facts.strings, candidate.cue.i
    cue_start = facts.index.token_starts[i]
    span = candidate.cue.doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    root = span.root.i if span is not None and len(span) else None
    root_kind = f"{strings.pos[root]}|{strings.dep[root]}" if root is not None else "none"
    side = "before" if candidate.end <= cue_start else "after"
    # Words between the cue and its content, and whether the content is a clause with a finite verb.
    gap = min(len(text[facts.index.token_ends[i]:candidate.start].split()), 6) if candidate.start > cue_start else -1
    finite = span is not None and facts.finite(span.start, span.end)
    contains_listed = span is not None and facts.listed(span.start, span.end) > 0
    feats = [
        "bias",
        f"rel={relation}",
        f"lemma={lemma}",
        f"lemma|rel={lemma}|{relation}",
        f"pos|rel={pos}|{relation}",
        f"tag|rel={cue.tag}|{relation}",
        f"dep|rel={cue.dep}|{relation}",
        f"lex={lexicon}",
        f"lex|rel={lexicon}|{relation}",
        f"lex|rank={lexicon}|{rank}",
        f"subj={cue.subject_kind}",
        f"subj|rel={cue.subject_kind}|{relation}",
        f"subj|lemma={cue.subject_kind}|{lemma}",
        f"agent={cue.agent}|{relation}",
        f"owner={cue.owner}|{pos}|{relation}",
        f"aux={cue.auxiliaries}",
        f"neg={cue.negated}|{relation}",
        f"first|rel={first}|{relation}",
        f"len|rel={length}|{relation}",
        f"marks|rel={min(marks, 2)}|{relation}",
        f"head={cue.head_lemma}|{cue.dep}",
        f"headpos={cue.head_pos}|{cue.dep}|{relation}",
        f"prev={cue.previous}|{pos}",
        f"next={cue.next}|{pos}",
        f"ent={cue.entity}|{pos}",
        f"lemma|subj|rel={lemma}|{cue.subject_kind}|{relation}",
        f"root|rel={root_kind}|{relation}",
        f"rootlemma|rel={strings.lemma[root] if root is not None else ''}|{relation}",
        f"lemma|root={lemma}|{root_kind}",
        f"subjword|rel={cue.subject_word}|{relation}",
        f"side|rel={side}|{relation}",
        f"suffix|pos|rel={lemma[-3:]}|{pos}|{relation}",
        f"aux|lemma={cue.auxiliaries}|{lemma}",
        f"headlemma|dep|rel={cue.head_lemma}|{cue.dep}|{relation}",
        f"quoted|rel={cue.quoted_sentence}|{relation}",
        f"gap|rel={gap}|{relation}",
        f"finite|rel={finite}|{relation}",
        f"finite|lemma={finite}|{lemma}",
        f"lemma|first={lemma}|{first}",
        f"speaker|lemma={cue.speaker_like}|{lemma}",
        f"speaker|rel|pos={cue.speaker_like}|{relation}|{pos}",
        f"deps|rel={cue.dependencies}|{relation}",
        f"sentstart={cue.near_sentence_start}|{relation}",
        f"governor={cue.governor_lemma}|{cue.dep}",
        f"governor|rel={cue.governor_pos}|{cue.dep}|{relation}",
        f"headline={cue.in_headline}|{relation}",
        f"clause_too={cue.clause_too}|{relation}",
        f"lemma|dep|rel={lemma}|{cue.dep}|{relation}",
        f"len|lemma={length}|{lemma}",
        f"others={cue.others}|{lexicon}|{relation}",
        f"under_listed={cue.under_listed}|{lexicon}|{relation}",
        f"contains_listed={contains_listed}|{lexicon}|{relation}",
    ]
    if relation.startswith("prep:"):
        feats.append(f"lemma|prep={lemma}|{relation}")
    return feats


def cue_subject(cue: Token) -> Token | None:
    """The cue's subject, or that of the verb it completes ("is a staunch opponent of", "wants to")."""
    for token in (cue, cue.head) if cue.dep_ in PREDICATE_DEPS else (cue,):
        subject = next((c for c in token.children if c.dep_ in ANY_SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    return None


def build_model(length: int = 2**18) -> Model:
    return SparseLinear(nO=1, length=length)


def averaged(models: list[Model]) -> Model:
    """The first of these linear models, its weights set to the mean of all of theirs: since features
    hash to the same buckets in every model, it scores each row with the mean of their scores (an
    ensemble at the size and cost of one model; training/quotes/train.py --seeds)."""
    first = models[0]
    for name in ("W", "b"):
        first.set_param(name, np.mean([model.get_param(name) for model in models], axis=0).astype("float32"))
    return first


class CueModel:
    """The trained scorer as shipped in ``data/quotes_model`` (weights and the thresholds chosen on dev)."""

    def __init__(self, model: Model, settings: dict) -> None:
        self.model = model
        self.settings = settings

    @classmethod
    def load(cls, path: Path = MODEL_DIR) -> CueModel:
        return cls(*load_weights(path, lambda settings: build_model(settings["length"])))

    def save(self, path: Path) -> None:
        save_weights(path, self.model, self.settings)

    def scores(self, rows: list[list[str]]) -> np.ndarray:
        if not rows:
            return np.zeros(0, dtype="float32")
        return self.model.predict(featurize(rows))[:, 0]

    def probabilities(self, rows: list[list[str]]) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.scores(rows)))
