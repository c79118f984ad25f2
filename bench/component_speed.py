"""How much each parley component adds to spaCy's own parse time, on the same texts in the same run.

    uv run python bench/component_speed.py [../shared/data/polnear/dev.jsonl] [--repeat 3]

Prints one line per component: CPU seconds (on a shared machine, wall time measures the neighbours
too), and the ratio to spaCy's own parse (tok2vec … ner, as
`spacy.load` gives it) of the same texts; and parley's run of the same spaCy components, whose
attribute ruler and lemmatizer are faster equivalents (nlp/spacy_rules.py).
Issue budgets: actors ≤ 0.15, quotes ≤ 0.10, times + quantities ≤ 0.10, events ≤ 0.20.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

from parley.nlp.pipeline import COMPONENTS, DEFAULT_MODEL, load

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="JSON Lines with a 'text' field")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest is reported")
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in open(args.corpus, encoding="utf-8") if line.strip()]
    stock, nlp = spacy.load(DEFAULT_MODEL), load()
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        start = time.process_time()
        list(stock.pipe(texts))
        timings = {"spacy": time.process_time() - start}
        start = time.process_time()
        docs = list(nlp.pipe(texts, disable=list(COMPONENTS)))
        timings["spacy, as parley runs it"] = time.process_time() - start
        for name in COMPONENTS:
            component = nlp.get_pipe(name)
            start = time.process_time()
            docs = [component(doc) for doc in docs]
            timings[name] = time.process_time() - start
        best = {k: min(v, best.get(k, v)) for k, v in timings.items()}
    base = best["spacy"]
    print(f"{len(texts)} texts, {sum(map(len, texts)):,} characters, best of {args.repeat}")
    for name, seconds in best.items():
        print(f"{name:24s} {seconds:8.3f} s  {seconds / base:6.3f} × spaCy")


if __name__ == "__main__":
    main()
