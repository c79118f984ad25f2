"""What merging adds to ingest: ingest a slice of PolNeAR train, then merge it, timing both (target ≤ 10%).

    uv run python bench/merge_cost.py [../shared/data/polnear/train.jsonl] [--documents 100]

Ingest = parley's pipeline (spaCy parse + parley components) + Store.add; spaCy's own parse of the
same texts is timed in the same run, so every figure is also given as a ratio to it.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from itertools import islice
from pathlib import Path

from parley import merge
from parley.ingest import RawDocument
from parley.nlp.pipeline import COMPONENTS, Pipeline
from parley.store import Store

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "train.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--documents", type=int, default=100)
    args = parser.parse_args()
    with open(args.corpus, encoding="utf-8") as lines:
        records = [json.loads(line) for line in islice(lines, args.documents)]
    raws = [RawDocument(text=r["text"], id=str(r.get("id")), published=None) for r in records]
    pipeline = Pipeline()
    start = time.perf_counter()
    list(pipeline.nlp.pipe((r.text for r in raws), disable=list(COMPONENTS)))
    spacy_parse = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(Path(scratch) / "bench.db")
        start = time.perf_counter()
        for document in pipeline.pipe(raws):
            store.add(document)
        ingest = time.perf_counter() - start
        start = time.perf_counter()
        merge.update(store)
        merging = time.perf_counter() - start
        start = time.perf_counter()
        merge.rebuild(store)
        rebuilding = time.perf_counter() - start
        events, merged = store.count("events"), store.count("merged_events")
    print(f"{len(raws)} documents, {events} events → {merged} merged events")
    print(f"spaCy parse  {spacy_parse:7.2f} s  1.00")
    print(f"ingest       {ingest:7.2f} s  {ingest / spacy_parse:.2f}")
    print(f"merge        {merging:7.2f} s  {merging / spacy_parse:.2f}   = {100 * merging / ingest:.1f}% of ingest")
    print(f"rebuild      {rebuilding:7.2f} s  {rebuilding / spacy_parse:.2f}")


if __name__ == "__main__":
    main()
