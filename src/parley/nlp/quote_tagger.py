"""A token tagger's second opinion for the cue and boundary models: per token, how likely it is inside
a reported content, a reporting cue, or a source, read by a small bidirectional LSTM over each sentence
(hashed features of the word and of the parse in, BILUO tags out). It reads only the sentences that hold
a word the cue lexicon lists or a quote mark; elsewhere every probability is 0.

Its probabilities are features of the sparse cue and boundary models (quote_model.py,
quote_boundary.py), which were trained on the tagger's out-of-fold probabilities for PolNeAR train
(training/quotes/tagger.py), so they learn when to trust it. The features are read with
``Doc.to_array`` (word, first and last letters, shape, tag, relation, entity, head) and numpy;
only the quote marks and the cue lexicon's relations are looked up in Python.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

import numpy as np
from spacy.strings import hash_string
from spacy.tokens import Doc

from .lexicon import CueLexicon

TAGS = ("O", "B", "I", "L", "U")
# The three BILUO layers the tagger predicts; ``QuoteTagger.probabilities`` gives 1 − P(O) of each.
LAYERS = ("content", "cue", "source")
COLUMNS = 12
# The columns of the quote marks (1 outside and away from any) and of the cue lexicon's relations (0 if unlisted).
QUOTED, RELATIONS = 7, 8
# How far up the tree the nearest lexicon cue above a token is looked for.
MAX_DEPTH = 8
_ATTRS = ["LOWER", "PREFIX", "SUFFIX", "SHAPE", "TAG", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "HEAD", "SENT_START",
          "IDX", "LENGTH"]
# Bucket edges of a position in the sentence or of a depth: 0, 1, 2, 3, 4–7, 8–15, 16+.
_EDGES = np.array([1, 2, 3, 4, 8, 16])
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _mix(*columns: np.ndarray) -> np.ndarray:
    """One id for the combination of several id columns (HashEmbed hashes it again)."""
    out = np.zeros(len(columns[0]), dtype="uint64")
    for n, column in enumerate(columns, start=1):
        out = out * _GOLDEN + column.astype("uint64") + np.uint64(n)
    return out


class TaggerInput(NamedTuple):
    """A Doc's feature table (``token_features``) and the token ranges of the sentences the tagger reads."""

    table: np.ndarray
    sentences: list[tuple[int, int]]


class TokenFeatures:
    """Reads the tagger's input from a Doc, with the cue lexicon's lemmas gathered once."""

    def __init__(self, cues: CueLexicon) -> None:
        self.cues = cues
        self.lemmas = frozenset(lemma for lemma, _ in cues.relations)

    def __call__(self, doc: Doc, marked: list[tuple[int, int]]) -> TaggerInput:
        table = token_features(doc, marked, self.cues, self.lemmas)
        return TaggerInput(table, read_sentences(doc, table))


def read_sentences(doc: Doc, table: np.ndarray) -> list[tuple[int, int]]:
    """The token ranges of the sentences that hold a word the cue lexicon lists, or a word inside or next
    to quote marks: the only ones the tagger reads."""
    if not len(doc):
        return []
    starts = np.flatnonzero(doc.to_array("SENT_START") == 1).tolist()
    starts = sorted({0, *starts})
    wanted = (table[:, RELATIONS] != 0) | (table[:, QUOTED] != 1)
    return [(s, e) for s, e in zip(starts, starts[1:] + [len(doc)]) if wanted[s:e].any()]


def token_features(doc: Doc, marked: list[tuple[int, int]], cues: CueLexicon, lemmas: frozenset[str]) -> np.ndarray:
    """Twelve hashed feature ids per token; ``marked`` are the character ranges inside quote marks,
    ``lemmas`` those the cue lexicon lists."""
    n = len(doc)
    if not n:
        return np.zeros((0, COLUMNS), dtype="uint64")
    (lower, prefix, suffix, shape, tag, dep, iob, ent, lemma, head, sent_start, idx, length) = \
        doc.to_array(_ATTRS).T
    positions = np.arange(n)
    heads = positions + head.astype("int64")
    idx, length = idx.astype("int64"), length.astype("int64")
    # Inside quote marks, and whether the characters just before and after the token are.
    in_marks = np.zeros(len(doc.text) + 2, dtype="uint64")
    for start, end in marked:
        in_marks[start:end] = 1
    quoted = in_marks[idx] * 4 + in_marks[np.maximum(idx - 1, 0)] * 2 + in_marks[idx + length]
    # The cue lexicon's relations for the word (the lexicon is keyed by lowercased lemma and word class).
    relations = np.zeros(n, dtype="uint64")
    strings = doc.vocab.strings
    listed_lemmas = {lemma_id for lemma_id in np.unique(lemma).tolist() if strings[lemma_id].lower() in lemmas}
    for i in np.flatnonzero(np.isin(lemma, list(listed_lemmas))).tolist() if listed_lemmas else ():
        token = doc[i]
        found = cues.complements(token)
        if found:
            relations[i] = hash_string("|".join(found) + ("|speech" if cues.is_speech(token) else ""))
    # The nearest lexicon cue above the token: the relation of the child on the way down, the depth,
    # and the cue's relations.
    above = np.zeros(n, dtype="uint64")
    node = positions.copy()
    for depth in range(1, MAX_DEPTH + 1):
        parent = heads[node]
        hit = (above == 0) & (parent != node) & (relations[parent] != 0)
        if hit.any():
            above[hit] = _mix(dep[node[hit]], np.full(hit.sum(), np.searchsorted(_EDGES, depth, side="right")),
                              relations[parent[hit]])
        node = parent
    sentence = np.cumsum(sent_start.astype("int64") == 1)
    sentence -= sentence[0]  # the first token opens a sentence whatever its flag says
    starts = np.flatnonzero(np.r_[True, sentence[1:] != sentence[:-1]])
    ends = np.r_[starts[1:], n]
    position = positions - starts[sentence]
    last = positions == ends[sentence] - 1
    columns = [
        lower, prefix, suffix, shape, tag,
        _mix(dep, tag[heads]),
        _mix(iob, ent),
        quoted + np.uint64(1),
        relations,
        above,
        _mix(lemma[heads], dep),
        _mix(np.searchsorted(_EDGES, position, side="right"), position == 0, last),
    ]
    return np.stack([np.asarray(c, dtype="uint64") for c in columns], axis=1)


def build_model(config: dict):
    """Embeddings of the twelve columns, a Maxout layer, a bidirectional LSTM over the sentence, and a
    softmax over BILUO tags per layer. It takes a list of sentences' feature tables."""
    from thinc.api import LSTM, HashEmbed, Maxout, Softmax, chain, concatenate, with_array, with_padded

    width, embed, rows, hidden = config["width"], config["embed"], config["rows"], config["hidden"]
    embeddings = concatenate(*[HashEmbed(embed, rows, column=c, seed=c, dropout=0.0) for c in range(COLUMNS)])
    return chain(
        with_array(chain(embeddings, Maxout(width, embed * COLUMNS, nP=3, normalize=True, dropout=config["dropout"]))),
        with_padded(LSTM(hidden, width, bi=True, depth=config["depth"])),
        with_array(concatenate(*[Softmax(len(TAGS), hidden) for _ in LAYERS])),
    )


def layer_probabilities(scores: np.ndarray) -> np.ndarray:
    """1 − P(O) of each layer, from the model's (tokens, 15) output: P(content), P(cue), P(source)."""
    return 1.0 - scores[:, 0::len(TAGS)]


class QuoteTagger:
    """The trained tagger as shipped in ``data/quotes_model/tagger``."""

    def __init__(self, model, settings: dict) -> None:
        self.model = model
        self.settings = settings

    @classmethod
    def load(cls, path: Path) -> QuoteTagger:
        settings = json.loads((path / "settings.json").read_text(encoding="utf-8"))
        model = build_model(settings)
        model.initialize(X=[np.zeros((1, COLUMNS), dtype="uint64")])
        model.from_bytes((path / "weights.bin").read_bytes())
        return cls(model, settings)

    def save(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        (path / "weights.bin").write_bytes(self.model.to_bytes())
        (path / "settings.json").write_text(json.dumps(self.settings, indent=2) + "\n", encoding="utf-8")

    def probabilities(self, inputs: list[TaggerInput]) -> list[np.ndarray]:
        """Per Doc's input (``TokenFeatures``), its tokens' P(content), P(cue), P(source)."""
        return [layer_probabilities(scores) for scores in self.scores(inputs)]

    def scores(self, inputs: list[TaggerInput], batch: int = 64) -> list[np.ndarray]:
        """Per Doc's input, its tokens' (tokens, 15) BILUO probabilities of the three layers; a sentence
        the tagger does not read is O throughout."""
        out = []
        for table, _ in inputs:
            scores = np.zeros((len(table), len(TAGS) * len(LAYERS)), dtype="float32")
            scores[:, 0::len(TAGS)] = 1.0
            out.append(scores)
        pieces = [(n, s, e) for n, (_, sentences) in enumerate(inputs) for s, e in sentences]
        for begin in range(0, len(pieces), batch):
            part = pieces[begin:begin + batch]
            for (n, s, e), found in zip(part, self.model.predict([inputs[n].table[s:e] for n, s, e in part])):
                out[n][s:e] = found
        return out
