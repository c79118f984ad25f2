"""How much each parley component adds to spaCy's own parse time, on the same texts in the same run.

    uv run python bench/component_speed.py [../shared/data/polnear/dev.jsonl] [--repeat 3]

Prints one line per component: seconds, and the ratio to spaCy's parse (tok2vec … ner) of the
same texts. Issue budgets: actors ≤ 0.15, quotes ≤ 0.10, times + quantities ≤ 0.10, events ≤ 0.20.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from parley.nlp.pipeline import COMPONENTS, load

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="JSON Lines with a 'text' field")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the fastest is reported")
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in open(args.corpus, encoding="utf-8") if line.strip()]
    nlp = load()
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        start = time.perf_counter()
        docs = list(nlp.pipe(texts, disable=list(COMPONENTS)))
        timings = {"spacy": time.perf_counter() - start}
        for name in COMPONENTS:
            component = nlp.get_pipe(name)
            start = time.perf_counter()
            docs = [component(doc) for doc in docs]
            timings[name] = time.perf_counter() - start
        best = {k: min(v, best.get(k, v)) for k, v in timings.items()}
    base = best["spacy"]
    print(f"{len(texts)} texts, {sum(map(len, texts)):,} characters, best of {args.repeat}")
    for name, seconds in best.items():
        print(f"{name:20s} {seconds:8.3f} s  {seconds / base:6.3f} × spaCy")


if __name__ == "__main__":
    main()
