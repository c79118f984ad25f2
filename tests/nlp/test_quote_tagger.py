"""The quote tagger's training code (training/quotes/tagger.py): gold tags, decoding, features, combining."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import spacy

from parley.nlp.lexicon import load_lexicon
from parley.nlp.pipeline import DEFAULT_MODEL


def _training_modules():
    """tagger and tagger_combine from training/quotes, whose own `corpus` and `evaluate` modules must not
    shadow the tests' `corpus` for the other test files."""
    shadowed = {name: sys.modules.pop(name) for name in ("corpus", "evaluate") if name in sys.modules}
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "quotes"))
    try:
        import tagger
        import tagger_combine
    finally:
        sys.path.pop(0)
        for name in ("corpus", "evaluate"):
            sys.modules.pop(name, None)
        sys.modules.update(shadowed)
    return tagger, tagger_combine


_tagger, _combine = _training_modules()
TAGS, biluo, features, gold_tags = _tagger.TAGS, _tagger.biluo, _tagger.features, _tagger.gold_tags
spans_of, viterbi, _outermost = _tagger.spans_of, _tagger.viterbi, _tagger._outermost
OFF, combine = _combine.OFF, _combine.combine

TEXT = "The mayor said the bridge would reopen in May. Nobody believed him."


@pytest.fixture(scope="module")
def doc():
    return spacy.load(DEFAULT_MODEL)(TEXT)


def chars(word: str, text: str = TEXT) -> list[list[int]]:
    start = text.index(word)
    return [[start, start + len(word)]]


def test_biluo_tags_round_trip_through_decoding():
    spans = [(1, 4), (5, 6), (7, 9)]
    tags = biluo(10, spans)
    assert "".join(TAGS[t] for t in tags) == "OBILOUOBLO"
    assert spans_of(tags) == spans


def test_only_the_outermost_of_nested_spans_is_tagged():
    assert _outermost([(2, 4), (0, 8), (9, 10)]) == [(0, 8), (9, 10)]


def test_viterbi_never_leaves_a_span_open():
    logp = np.log(np.array([[0.1, 0.8, 0.05, 0.03, 0.02]] * 3 + [[0.9, 0.02, 0.04, 0.02, 0.02]]))
    path = "".join(TAGS[t] for t in viterbi(logp))
    assert path[-1] in "OLU" and path[0] in "OBU"
    assert all(b in {"O": "OBU", "B": "IL", "I": "IL", "L": "OBU", "U": "OBU"}[a] for a, b in zip(path, path[1:]))


def test_gold_tags_follow_the_attribution(doc):
    article = {"attributions": [{"source": chars("The mayor"), "cue": chars("said"),
                                 "content": chars("the bridge would reopen in May")}]}
    content, cue, source = ("".join(TAGS[t] for t in layer) for layer in gold_tags(doc, article))
    assert content.startswith("OOOBIIIIL") and content.endswith("OOOOO")
    assert cue.startswith("OOU") and source.startswith("BL")


def test_every_token_has_a_row_of_features(doc):
    rows = features(doc, TEXT, load_lexicon().cues)
    assert rows.shape == (len(doc), 12) and rows.dtype == np.uint64
    # "bridge" sits under the cue "said" through its clause; "Nobody" under no cue.
    assert rows[doc[3].i, 9] != rows[doc[10].i, 9]


def test_combining_adds_a_tagger_quote_only_where_parley_has_none(doc):
    probs = [np.full((len(doc), 5), 0.2, dtype="f")] * 3
    base = {"id": "a", "quotes": [{"kind": "indirect", "content": {"span": chars("the bridge would reopen")[0]}}]}
    tagged = [{"content": chars("the bridge would reopen in May")[0], "cue": None, "speaker": None,
               "confidence": 0.9},
              {"content": chars("Nobody believed him")[0], "cue": None, "speaker": None, "confidence": 0.9}]
    added = combine(base, doc, probs, tagged, **dict(OFF, add=0.8))["quotes"]
    assert [q["content"]["span"] for q in added] == [chars("the bridge would reopen")[0], chars("Nobody believed him")[0]]
    widened = combine(base, doc, probs, tagged, **dict(OFF, jaccard=0.5, edge=0.8))["quotes"]
    assert widened[0]["content"]["span"] == chars("the bridge would reopen in May")[0]


def test_a_quote_kept_only_at_a_lower_threshold_needs_the_tagger_to_read_its_content_and_cue(doc):
    content, cue = np.full((len(doc), 5), 0.05, dtype="f"), np.full((len(doc), 5), 0.05, dtype="f")
    content[:, 0] = cue[:, 0] = 0.8  # every word outside any content or cue…
    content[3:9, 0] = 0.2  # …but "the bridge would reopen in May"
    cue[2, 0] = 0.3  # and "said"
    base = {"id": "a", "quotes": []}
    low = {"quotes": [{"kind": "indirect", "content": {"span": chars("the bridge would reopen in May")[0]},
                       "cue": {"span": chars("said")[0]}}]}
    probs = [content, cue, cue]
    kept = combine(base, doc, probs, [], **dict(OFF, verify=0.5, cue=0.6), low=low)["quotes"]
    assert len(kept) == 1
    assert not combine(base, doc, probs, [], **dict(OFF, verify=0.5, cue=0.8), low=low)["quotes"]
    assert not combine(base, doc, probs, [], **dict(OFF, verify=0.9, cue=0.0), low=low)["quotes"]
