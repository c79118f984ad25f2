"""PolNeAR articles parsed once by parley's spaCy model, and the train / held-out split.

The held-out tenth of train (by a hash of the article id) is never trained or tuned on: it gives the
honest figure for articles the model has not seen. PolNeAR dev is used only to choose the threshold.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from parley.nlp.doc_index import DocIndex
from parley.nlp.lexicon import CueLexicon
from parley.nlp.pipeline import DEFAULT_MODEL
from parley.nlp.quote_model import Candidate
from parley.nlp.quotes import cue_candidates, find_quotations

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "polnear"
CACHE = Path(__file__).resolve().parent / ".cache"


def held_out(article_id: str) -> bool:
    return hashlib.sha1(article_id.encode("utf-8")).digest()[0] % 10 == 0


def articles(split: str) -> list[dict]:
    """'train' (train minus the held-out tenth), 'heldout', or 'dev'."""
    path = SHARED / ("dev.jsonl" if split == "dev" else "train.jsonl")
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    if split == "train":
        return [row for row in rows if not held_out(row["id"])]
    if split == "heldout":
        return [row for row in rows if held_out(row["id"])]
    return rows


def parsed(split: str) -> list[tuple[dict, Doc]]:
    """Each article with its spaCy parse (no parley components), cached under .cache/."""
    rows = articles(split)
    nlp = spacy.load(DEFAULT_MODEL)
    cache = CACHE / f"{split}.spacy"
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((row["text"] for row in rows), batch_size=8))
        CACHE.mkdir(exist_ok=True)
        DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "POS", "MORPH", "SENT_START"],
               docs=docs).to_disk(cache)
    return list(zip(rows, docs))


def offered(doc: Doc, text: str, cues: CueLexicon) -> tuple[list[tuple[int, int]], list[Candidate]]:
    """A parsed article's spans in quote marks, and the cue candidates parley's quotes component offers
    in it before any model."""
    index = DocIndex(doc)
    marked = [(q[0][0], q[-1][1]) for q in find_quotations(text, index.paragraphs)]
    return marked, cue_candidates(doc, text, index, marked, cues)


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or ["dev", "heldout", "train"]:
        print(name, len(parsed(name)))
