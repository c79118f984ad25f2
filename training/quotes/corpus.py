"""PolNeAR articles parsed once by parley's spaCy model, and the train / held-out split.

The held-out tenth of train (by a hash of the article id) is never trained or tuned on: it gives the
honest figure for articles the model has not seen. PolNeAR dev is used only to choose the threshold.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from parley.nlp.pipeline import DEFAULT_MODEL

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


def parsed(split: str, vocab: Vocab | None = None) -> list[tuple[dict, Doc]]:
    """Each article with its spaCy parse (no parley components) and the parser's token vectors
    (``doc.tensor``, which a DocBin does not keep), cached under .cache/ from one parse. The cached
    Docs are read into ``vocab`` if given (a pipeline's, to run parley's components on them)."""
    rows = articles(split)
    nlp = spacy.load(DEFAULT_MODEL)
    cache, tensors = CACHE / f"{split}.spacy", CACHE / f"{split}.tensor.npy"
    if not (cache.exists() and tensors.exists()):
        parses = list(nlp.pipe((row["text"] for row in rows), batch_size=8))
        CACHE.mkdir(exist_ok=True)
        DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "POS", "MORPH", "SENT_START"],
               docs=parses).to_disk(cache)
        # float16 halves the file; the vectors' scale (a few units) keeps three significant digits.
        np.save(tensors, np.concatenate([doc.tensor for doc in parses]).astype("float16"))
    docs = list(DocBin().from_disk(cache).get_docs(vocab or nlp.vocab))
    rows_of = np.load(tensors)
    offsets = np.cumsum([0] + [len(doc) for doc in docs])
    if offsets[-1] != len(rows_of):
        raise ValueError(f"{tensors} has {len(rows_of)} token rows, {cache} {offsets[-1]} tokens: delete both and parse again")
    for doc, start, end in zip(docs, offsets, offsets[1:]):
        doc.tensor = rows_of[start:end].astype("float32")
    return list(zip(rows, docs))


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or ["dev", "heldout", "train"]:
        print(name, len(parsed(name)))
