"""parley's quotes (rules + sparse models) combined with the token tagger's (tagger.py), scored on PolNeAR.

    nice -n 10 uv run python training/quotes/evaluate.py dev heldout   # writes .eval/polnear_{split}_both.jsonl
    nice -n 10 uv run python training/quotes/tagger_combine.py --model .eval/tagger dev heldout

Three ways, each with a threshold chosen on dev only (--tune), then applied unchanged to the held-out tenth:
- add: a tagger content that overlaps no parley quote, kept when its mean tag probability is >= add,
  spoken by the tagger's source;
- drop: a parley indirect quote whose words the tagger calls outside any content (mean P(O) >= drop);
- edges: a parley quote's content replaced by the tagger's where both overlap by Jaccard >= jaccard
  and the tagger's content is at least edge-confident.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

from evaluate import OUTPUT, scorer
from parley.nlp.lexicon import load_lexicon
from tagger import decode, load, load_split, predict


def _tokens(doc, start: int, end: int) -> list[int]:
    return [t.i for t in doc if t.idx < end and t.idx + len(t) > start and not t.is_space]


def _overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def combine(base: dict, doc, probs, tagged: list[dict], add: float, drop: float, jaccard: float, edge: float) -> dict:
    quotes = []
    for q in base["quotes"]:
        span = q["content"]["span"]
        idx = _tokens(doc, *span)
        if drop < 1.0 and idx and q.get("kind") == "indirect" and float(probs[0][idx, 0].mean()) >= drop:
            continue
        if jaccard < 1.0:
            for t in tagged:
                c = t["content"]
                inter = _overlap(span, c)
                union = max(span[1], c[1]) - min(span[0], c[0])
                if inter and inter / union >= jaccard and t["confidence"] >= edge and c != span:
                    q = dict(q, content=dict(q["content"], span=c))
                    break
        quotes.append(q)
    if add < 1.0:
        spans = [q["content"]["span"] for q in base["quotes"]]
        for t in tagged:
            if t["confidence"] >= add and not any(_overlap(t["content"], s) for s in spans):
                quotes.append({"content": {"span": t["content"]}, "speaker": t["speaker"], "kind": "tagger"})
    return dict(base, quotes=quotes)


def run(name: str, split: str, data, settings: dict) -> dict:
    rows, docs, probs, tagged, bases = data
    gold = OUTPUT / f"tagger_{split}_gold.jsonl"
    path = OUTPUT / f"combined_{name}.jsonl"
    with open(gold, "w", encoding="utf-8") as g, open(path, "w", encoding="utf-8") as p:
        for row, doc, prob, tags in zip(rows, docs, probs, tagged):
            g.write(json.dumps(row) + "\n")
            p.write(json.dumps(combine(bases[row["id"]], doc, prob, tags, **settings)) + "\n")
    result, _ = scorer().score_quotes(str(path), str(gold))
    return result


OFF = dict(add=1.0, drop=1.0, jaccard=1.0, edge=1.0)
GRID = {
    "add": [dict(OFF, add=a) for a in (0.5, 0.6, 0.7, 0.8, 0.9)],
    "drop": [dict(OFF, drop=d) for d in (0.6, 0.7, 0.8, 0.9, 0.95)],
    "edges": [dict(OFF, jaccard=j, edge=e) for j, e in itertools.product((0.5, 0.7, 0.85), (0.6, 0.75, 0.9))],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(OUTPUT / "tagger"))
    parser.add_argument("--base", default=str(OUTPUT / "polnear_{split}_both.jsonl"))
    parser.add_argument("--settings", default="", help="a JSON object of the thresholds (else chosen on dev)")
    parser.add_argument("splits", nargs="+", choices=("dev", "heldout"))
    args = parser.parse_args()
    cues = load_lexicon().cues
    tok2vec, heads = load(Path(args.model))
    chosen = json.loads(args.settings) if args.settings else None
    for split in args.splits:
        rows, docs, feats = load_split(split, cues)
        probs = predict(tok2vec, heads, feats)
        tagged = [decode(doc, p) for doc, p in zip(docs, probs)]
        bases = {d["id"]: d for d in map(json.loads, open(args.base.format(split=split), encoding="utf-8"))}
        data = (rows, docs, probs, tagged, bases)
        print(json.dumps({"split": split, "system": "rules+sparse", **run("base", split, data, OFF)}), flush=True)
        if split == "dev" and chosen is None:
            chosen = dict(OFF)
            for way, grid in GRID.items():
                trials = []
                for settings in grid:
                    result = run("tune", split, data, settings)
                    print(json.dumps({"split": split, "way": way, **settings, **result}), flush=True)
                    trials.append((result["overlap_f1"] + result["exact_f1"], result["source_acc"], settings))
                best = max(trials, key=lambda t: (t[0], t[1]))
                base = run("base", split, data, OFF)
                if best[0] > base["overlap_f1"] + base["exact_f1"] and best[1] >= base["source_acc"]:
                    chosen.update({k: v for k, v in best[2].items() if v != 1.0})
            print(json.dumps({"chosen": chosen}), flush=True)
        for way in ("add", "drop", "edges"):
            keys = {"add": ("add",), "drop": ("drop",), "edges": ("jaccard", "edge")}[way]
            if chosen and all(chosen[k] != 1.0 for k in keys):
                settings = dict(OFF, **{k: chosen[k] for k in keys})
                print(json.dumps({"split": split, "system": f"+{way}", **settings, **run(way, split, data, settings)}), flush=True)
        if chosen:
            print(json.dumps({"split": split, "system": "combined", **chosen, **run("all", split, data, chosen)}), flush=True)


if __name__ == "__main__":
    main()
