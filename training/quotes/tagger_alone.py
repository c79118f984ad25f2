"""The quote tagger alone (issue 15): trained on PolNeAR train minus the held-out tenth, its quotes decoded
and scored after each epoch on dev; the epoch dev scores best (overlap + exact F1) is then scored on the
held-out tenth. Only score lines are printed.

    OMP_NUM_THREADS=1 nice -n 10 uv run python training/quotes/tagger_alone.py --epochs 6

Decoding as 88dc3af's CNN tagger did: Viterbi under BILUO's transitions per layer; each content takes the
nearest cue span in its sentences, and the source span nearest that cue.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np
from spacy.tokens import Doc
from thinc.api import Config

from corpus import parsed
from evaluate import OUTPUT, scorer
from parley.nlp.lexicon import load_lexicon
from parley.nlp.quote_tagger import TAGS, QuoteTagger, TokenFeatures
from tagger import HERE, gold_tags, marked_ranges, train

# BILUO transitions allowed from each tag.
ALLOWED = {"O": "OBU", "B": "IL", "I": "IL", "L": "OBU", "U": "OBU"}


def viterbi(logp: np.ndarray) -> np.ndarray:
    n = len(logp)
    trans = np.full((5, 5), -1e9)
    for a, nexts in ALLOWED.items():
        for b in nexts:
            trans[TAGS.index(a), TAGS.index(b)] = 0.0
    score = logp[0] + np.array([0, 0, -1e9, -1e9, 0])
    back = np.zeros((n, 5), dtype="i")
    for i in range(1, n):
        total = score[:, None] + trans
        back[i] = total.argmax(0)
        score = total.max(0) + logp[i]
    score = score + np.array([0, -1e9, -1e9, 0, 0])
    path = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return np.asarray(path[::-1])


def spans_of(tags: np.ndarray) -> list[tuple[int, int]]:
    out, start = [], None
    for i, tag in enumerate(tags):
        name = TAGS[tag]
        if name == "U":
            out.append((i, i + 1))
            start = None
        elif name == "B":
            start = i
        elif name == "L" and start is not None:
            out.append((start, i + 1))
            start = None
        elif name == "O":
            start = None
    return out


def _chars(doc: Doc, span: tuple[int, int]) -> list[int]:
    return [doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])]


def decode(doc: Doc, scores: np.ndarray) -> list[dict]:
    if not len(doc):
        return []
    layers = [scores[:, k * len(TAGS):(k + 1) * len(TAGS)] for k in range(3)]
    content, cues, sources = (spans_of(viterbi(np.log(p + 1e-6))) for p in layers)
    sent_of = np.zeros(len(doc), dtype="i")
    for n, sent in enumerate(doc.sents):
        sent_of[sent.start:sent.end] = n
    quotes = []
    for s, e in content:
        sents = set(sent_of[s:e].tolist())

        def gap(span, s=s, e=e):
            a, b = span
            return 0 if a < e and b > s else (a - e if a >= e else s - b)

        near = [c for c in cues if sent_of[c[0]] in sents and not (c[0] >= s and c[1] <= e)]
        cue = min(near, key=gap) if near else None
        anchor = cue or (s, e)
        near_src = [c for c in sources if sent_of[c[0]] in sents | {sent_of[anchor[0]]} and not (c[0] >= s and c[1] <= e)]
        src = min(near_src, key=lambda sp: abs(sp[0] - anchor[0])) if near_src else None
        quotes.append({"content": _chars(doc, (s, e)), "cue": _chars(doc, cue) if cue else None,
                       "speaker": {"span": _chars(doc, src)} if src else None})
    return quotes


def score(name: str, rows: list[dict], docs: list[Doc], scores: list[np.ndarray]) -> dict:
    OUTPUT.mkdir(exist_ok=True)
    gold, path = OUTPUT / f"tagger_{name}_gold.jsonl", OUTPUT / f"tagger_{name}.jsonl"
    with open(gold, "w", encoding="utf-8") as g, open(path, "w", encoding="utf-8") as p:
        for row, doc, found in zip(rows, docs, scores):
            g.write(json.dumps(row) + "\n")
            p.write(json.dumps({"id": row["id"], "quotes": decode(doc, found)}) + "\n")
    return scorer().score_quotes(str(path), str(gold))[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=str(HERE / "config.cfg"))
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--epochs", type=int, default=0, help="the config's by default")
    args = parser.parse_args()
    config = dict(Config().from_disk(args.config)["tagger"])
    if args.epochs:
        config["epochs"] = args.epochs
    seed = config["seed"] if args.seed is None else args.seed
    began = time.perf_counter()
    features = TokenFeatures(load_lexicon().cues)
    splits = {}
    for split in ("train", "dev", "heldout"):
        rows, docs = zip(*parsed(split))
        splits[split] = (list(rows), list(docs), [features(d, marked_ranges(d, r["text"])) for r, d in zip(rows, docs)])
    rows, docs, inputs = splits["train"]
    golds = [gold_tags(d, r) for r, d in zip(rows, docs)]
    read = sum(e - s for i in inputs for s, e in i.sentences)
    print(f"features: {time.perf_counter() - began:.0f} s; train tokens {sum(len(i.table) for i in inputs):,}, "
          f"read {read:,}", flush=True)
    kept: dict[int, bytes] = {}
    dev_scores: dict[int, dict] = {}

    def each_epoch(epoch: int, model) -> None:
        found = score("dev", *splits["dev"][:2], QuoteTagger(model, {}).scores(splits["dev"][2]))
        dev_scores[epoch], kept[epoch] = found, model.to_bytes()
        print(f"epoch {epoch} ({time.perf_counter() - began:.0f} s) dev {found['overlap_f1']} / {found['exact_f1']} / "
              f"{found['source_acc']} (P {found['overlap_p']} R {found['overlap_r']})", flush=True)

    model = train(config, inputs, golds, seed, each_epoch)
    best = max(dev_scores, key=lambda e: dev_scores[e]["overlap_f1"] + dev_scores[e]["exact_f1"])
    model.from_bytes(kept[best])
    found = score("heldout", *splits["heldout"][:2], QuoteTagger(model, {}).scores(splits["heldout"][2]))
    print(f"chosen epoch {best}: held-out {found['overlap_f1']} / {found['exact_f1']} / {found['source_acc']} "
          f"(P {found['overlap_p']} R {found['overlap_r']})", flush=True)


if __name__ == "__main__":
    main()
