"""parley's quotes (rules + sparse models) combined with the token tagger's (tagger.py), scored on PolNeAR.

    nice -n 10 uv run python training/quotes/evaluate.py dev heldout   # writes .eval/polnear_{split}_both.jsonl
    nice -n 10 uv run python training/quotes/low_threshold.py dev heldout   # writes .eval/polnear_{split}_low.jsonl
    nice -n 10 uv run python training/quotes/tagger_combine.py --model .eval/tagger \
        --low '.eval/polnear_{split}_low.jsonl' dev heldout

Four ways, each with thresholds chosen on dev only (without --settings), then applied unchanged to the
held-out tenth:
- verify: a quote parley keeps only with the cue model's thresholds lowered (low_threshold.py), kept when
  the tagger reads its words as content (mean 1 - P(O) >= verify) and one of its cue words as a cue
  (1 - P(O) >= cue);
- add: a tagger content that overlaps no parley quote, kept when its mean tag probability is >= add,
  spoken by the source the rules find for the tagger's cue (--speaker rules) or the tagger's source;
- drop: a parley indirect quote whose words the tagger calls outside any content (mean P(O) >= drop);
- edges: a parley quote's content replaced by the tagger's where both overlap by Jaccard >= jaccard
  and the tagger's content is at least edge-confident.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

from spacy.tokens import Token

from evaluate import OUTPUT, scorer
from parley.nlp.doc_index import DocIndex
from parley.nlp.lexicon import load_lexicon
from parley.nlp.quotes import _source
from tagger import decode, load, load_split, predict


def _tokens(doc, start: int, end: int) -> list[int]:
    return [t.i for t in doc if t.idx < end and t.idx + len(t) > start and not t.is_space]


def _overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _rules_speaker(doc, tagged: dict, front: list[tuple[int, int]]) -> dict | None:
    """The speaker parley's rules find for the tagger's cue (its subject, agent, …), else the tagger's source."""
    if not Token.has_extension("actor"):
        Token.set_extension("actor", default=None)  # the cached parse has no actors: names are told by entity type
    if tagged["cue"] is not None:
        idx = _tokens(doc, *tagged["cue"])
        source = _source(doc[idx[0]:idx[-1] + 1].root, front) if idx else None
        if source is not None:
            return {"span": [source.idx, source.idx + len(source)]}
    return tagged["speaker"]


def _cue_probability(doc, probs, quote: dict) -> float:
    """How likely the tagger finds the quote's cue words a cue (1 - P(O) of the cue layer, at best over them)."""
    idx = _tokens(doc, *quote["cue"]["span"]) if quote.get("cue") else []
    return 1.0 - float(probs[1][idx, 0].min()) if idx else 0.0


def combine(base: dict, doc, probs, tagged: list[dict], add: float, drop: float, jaccard: float, edge: float,
            speaker: str = "rules", verify: float = 1.0, low: dict | None = None, cue: float = 0.0) -> dict:
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
    if verify < 1.0 and low is not None:
        # A quote parley keeps only at a lower cue threshold, kept when the tagger reads its words as content.
        spans = [q["content"]["span"] for q in quotes]
        for q in low["quotes"]:
            idx = _tokens(doc, *q["content"]["span"])
            if idx and not any(_overlap(q["content"]["span"], s) for s in spans) \
                    and 1.0 - float(probs[0][idx, 0].mean()) >= verify and _cue_probability(doc, probs, q) >= cue:
                quotes.append(q)
                spans.append(q["content"]["span"])
    if add < 1.0:
        spans = [q["content"]["span"] for q in quotes]
        front = DocIndex(doc).front.not_content() if speaker == "rules" else []
        for t in tagged:
            if t["confidence"] >= add and not any(_overlap(t["content"], s) for s in spans):
                said = _rules_speaker(doc, t, front) if speaker == "rules" else t["speaker"]
                quotes.append({"content": {"span": t["content"]}, "speaker": said, "kind": "tagger"})
    return dict(base, quotes=quotes)


def run(name: str, split: str, data, settings: dict) -> dict:
    rows, docs, probs, tagged, bases, lows, speaker = data
    gold = OUTPUT / f"tagger_{split}_gold.jsonl"
    path = OUTPUT / f"combined_{name}.jsonl"
    with open(gold, "w", encoding="utf-8") as g, open(path, "w", encoding="utf-8") as p:
        for row, doc, prob, tags in zip(rows, docs, probs, tagged):
            g.write(json.dumps(row) + "\n")
            p.write(json.dumps(combine(bases[row["id"]], doc, prob, tags, speaker=speaker, low=lows.get(row["id"]), **settings)) + "\n")
    result, _ = scorer().score_quotes(str(path), str(gold))
    return result


OFF = dict(add=1.0, drop=1.0, jaccard=1.0, edge=1.0, verify=1.0, cue=0.0)
WAYS = {"verify": ("verify", "cue"), "add": ("add",), "drop": ("drop",), "edges": ("jaccard", "edge")}
GRID = {
    "verify": [dict(OFF, verify=v, cue=c) for v in (0.0, 0.3, 0.4, 0.5, 0.6) for c in (0.0, 0.2, 0.4, 0.6)],
    "add": [dict(OFF, add=a) for a in (0.5, 0.6, 0.7, 0.8, 0.9)],
    "drop": [dict(OFF, drop=d) for d in (0.6, 0.7, 0.8, 0.9, 0.95)],
    "edges": [dict(OFF, jaccard=j, edge=e) for j, e in itertools.product((0.5, 0.7, 0.85), (0.6, 0.75, 0.9))],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(OUTPUT / "tagger"))
    parser.add_argument("--base", default=str(OUTPUT / "polnear_{split}_both.jsonl"))
    parser.add_argument("--low", default="", help="parley's output at lower cue thresholds (low_threshold.py), for verify")
    parser.add_argument("--settings", default="", help="a JSON object of the thresholds (else chosen on dev)")
    parser.add_argument("--speaker", choices=("rules", "tagger"), default="rules",
                        help="who speaks an added content: the rules' source of the tagger's cue, or the tagger's source")
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
        lows = {}
        if args.low:
            lows = {d["id"]: d for d in map(json.loads, open(args.low.format(split=split), encoding="utf-8"))}
        data = (rows, docs, probs, tagged, bases, lows, args.speaker)
        print(json.dumps({"split": split, "system": "rules+sparse", **run("base", split, data, OFF)}), flush=True)
        if split == "dev" and chosen is None:
            # Per way, the best overlap + exact F1 that keeps source accuracy at least parley's, if above parley's.
            base = run("base", split, data, OFF)
            chosen = dict(OFF)
            for way, grid in GRID.items():
                trials = []
                for settings in grid:
                    result = run("tune", split, data, settings)
                    print(json.dumps({"split": split, "way": way, **settings, **result}), flush=True)
                    if result["source_acc"] >= base["source_acc"]:
                        trials.append((result["overlap_f1"] + result["exact_f1"], -len(trials), settings))
                if trials and max(trials)[0] > base["overlap_f1"] + base["exact_f1"]:
                    chosen.update({k: max(trials)[2][k] for k in WAYS[way]})
            print(json.dumps({"chosen": chosen}), flush=True)
        for way, keys in WAYS.items():
            if chosen and all(chosen[k] != 1.0 for k in keys):
                settings = dict(OFF, **{k: chosen[k] for k in keys})
                print(json.dumps({"split": split, "system": f"+{way}", **settings, **run(way, split, data, settings)}), flush=True)
        if chosen:
            print(json.dumps({"split": split, "system": "combined", **chosen, **run("all", split, data, chosen)}), flush=True)


if __name__ == "__main__":
    main()
