"""A token tagger for quotes trained end to end on PolNeAR train (issue 15): its own hashed embeddings
of the word and of the parse (tag, relation, quote marks, the cue lexicon, the nearest cue above), a
CNN (spaCy's MaxoutWindowEncoder) and three softmax layers — BILUO tags of the content, and of the
cue and the source.

    nice -n 10 uv run python training/quotes/tagger.py train --out .eval/tagger   # choose the epoch on dev
    nice -n 10 uv run python training/quotes/tagger.py predict --model .eval/tagger dev heldout

Trained on train minus the held-out tenth (corpus.articles('train')); dev chooses the epoch. `predict`
writes, per split, a parley-like JSON Lines file of the tagger's quotes (content, cue, speaker spans)
and scores it with score.py quotes, as evaluate.py scores parley's output.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np
from spacy.ml.models import MaxoutWindowEncoder
from spacy.strings import hash_string
from spacy.tokens import Doc
from thinc.api import Adam, HashEmbed, Maxout, Softmax, chain, concatenate, fix_random_seed, with_array

from corpus import parsed
from evaluate import OUTPUT, scorer
from parley.nlp.doc_index import DocIndex
from parley.nlp.lexicon import load_lexicon
from parley.nlp.quotes import find_quotations

TAGS = ("O", "B", "I", "L", "U")
LAYERS = ("content", "cue", "source")
# BILUO transitions allowed from each tag (Viterbi decoding of the content layer).
ALLOWED = {"O": "OBU", "B": "IL", "I": "IL", "L": "OBU", "U": "OBU"}


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def features(doc: Doc, text: str, cues) -> np.ndarray:
    """One row of hashed feature ids per token."""
    index = DocIndex(doc)
    marked = [(q[0][0], q[-1][1]) for q in find_quotations(text, index.paragraphs)]
    in_marks = np.zeros(len(text) + 1, dtype=np.int8)
    for start, end in marked:
        in_marks[start:end] = 1
    relations = [cues.complements(t) for t in doc]
    rows = []
    for t in doc:
        # The nearest ancestor the lexicon lists as a cue, and the relation of the child on the way.
        above, child, depth = "none", "", 0
        node = t
        while node.head.i != node.i and depth < 12:
            child, node, depth = node.dep_, node.head, depth + 1
            if relations[node.i]:
                above = f"{child}|{'listed' if child in relations[node.i] else 'other'}"
                break
        edge = ""
        if above != "none":
            # Whether the token opens or closes the subtree of that child (a clause's boundary).
            sub = t
            while sub.head.i != node.i:
                sub = sub.head
            edge = ("L" if sub.left_edge.i == t.i else "") + ("R" if sub.right_edge.i == t.i else "")
        inside = in_marks[t.idx]
        before = in_marks[t.idx - 1] if t.idx else 0
        after = in_marks[min(t.idx + len(t), len(text))]
        sent = t.sent
        values = (
            f"w={t.lower_}",
            f"p={t.lower_[:3]}",
            f"s={t.lower_[-3:]}",
            f"h={t.shape_}",
            f"t={t.tag_}",
            f"d={t.dep_}|{t.head.tag_}",
            f"e={t.ent_iob_}{t.ent_type_}",
            f"q={inside}{before}{after}",
            f"c={'|'.join(relations[t.i]) if relations[t.i] else '-'}|{int(cues.is_speech(t))}",
            f"a={above}|{_bucket(depth) if above != 'none' else ''}|{edge}",
            f"hl={t.head.lemma_.lower()}|{t.dep_}",
            f"sp={int(t.i == sent.start)}{int(t.i == sent.end - 1)}|{_bucket(t.i - sent.start)}",
        )
        rows.append([hash_string(v) for v in values])
    return np.asarray(rows, dtype=np.uint64).reshape((len(doc), 12))


def _token_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    inside = [t.i for t in doc if t.idx < end and t.idx + len(t) > start and not t.is_space]
    return (inside[0], inside[-1] + 1) if inside else None


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda r: (-(r[1] - r[0]), r[0])):
        if all(e <= a or s >= b for a, b in kept):
            kept.append((s, e))
    return sorted(kept)


def biluo(n: int, spans: list[tuple[int, int]]) -> np.ndarray:
    tags = np.zeros(n, dtype="i")
    for s, e in spans:
        if e - s == 1:
            tags[s] = 4
        else:
            tags[s], tags[s + 1:e - 1], tags[e - 1] = 1, 2, 3
    return tags


def gold_tags(doc: Doc, article: dict) -> list[np.ndarray]:
    """BILUO tags of each layer; where spans of a layer overlap, the outermost (longest first) is kept."""
    layers = []
    for key in LAYERS:
        spans = []
        for attribution in article["attributions"]:
            if not attribution["content"] or not attribution[key]:
                continue
            rng = _token_range(doc, attribution[key][0][0], attribution[key][-1][1])
            if rng:
                spans.append(rng)
        layers.append(biluo(len(doc), _outermost(spans)))
    return layers


def build(config: dict):
    width, embed, rows = config["width"], config["embed"], config["rows"]
    columns = 12
    embeddings = concatenate(*[HashEmbed(embed, rows, column=c, seed=c, dropout=0.0) for c in range(columns)])
    tok2vec = chain(
        with_array(chain(embeddings, Maxout(width, embed * columns, nP=3, normalize=True, dropout=config["dropout"]))),
        MaxoutWindowEncoder(width=width, window_size=config["window"], maxout_pieces=3, depth=config["depth"]),
    )
    heads = [with_array(Softmax(len(TAGS), width)) for _ in LAYERS]
    return tok2vec, heads


def viterbi(logp: np.ndarray) -> np.ndarray:
    n = len(logp)
    trans = np.full((5, 5), -1e9)
    for a, nexts in ALLOWED.items():
        for b in nexts:
            trans[TAGS.index(a), TAGS.index(b)] = 0.0
    start = np.array([0, 0, -1e9, -1e9, 0])
    score = logp[0] + start
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


def decode(doc: Doc, probs: list[np.ndarray]) -> list[dict]:
    """Content spans by Viterbi; each with the nearest cue span of its sentence(s) and the source span
    nearest that cue (or the content) in the same sentence."""
    eps = 1e-6
    content = spans_of(viterbi(np.log(probs[0] + eps)))
    cues = spans_of(viterbi(np.log(probs[1] + eps)))
    sources = spans_of(viterbi(np.log(probs[2] + eps)))
    sent_of = np.zeros(len(doc), dtype="i")
    for n, sent in enumerate(doc.sents):
        sent_of[sent.start:sent.end] = n
    quotes = []
    for s, e in content:
        sents = set(sent_of[s:e].tolist())

        def gap(span):
            a, b = span
            return 0 if a < e and b > s else (a - e if a >= e else s - b)

        near = [c for c in cues if sent_of[c[0]] in sents and not (c[0] >= s and c[1] <= e)]
        cue = min(near, key=gap) if near else None
        anchor = cue or (s, e)
        near_src = [c for c in sources if sent_of[c[0]] in sents | {sent_of[anchor[0]]} and not (c[0] >= s and c[1] <= e)]
        src = min(near_src, key=lambda sp: abs(sp[0] - anchor[0])) if near_src else None
        conf = float(probs[0][np.arange(s, e), np.r_[[1] if e - s > 1 else [4], [2] * max(0, e - s - 2), [3] if e - s > 1 else []].astype(int)].mean())
        quotes.append({
            "content": _chars(doc, (s, e)),
            "cue": _chars(doc, cue) if cue else None,
            "speaker": {"span": _chars(doc, src)} if src else None,
            "confidence": conf,
        })
    return quotes


def _chars(doc: Doc, span: tuple[int, int]) -> list[int]:
    return [doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])]


def load_split(split: str, cues, limit: int = 0) -> tuple[list[dict], list[Doc], list[np.ndarray]]:
    rows, docs = zip(*parsed(split))
    if limit:
        rows, docs = rows[:limit], docs[:limit]
    feats = [features(doc, row["text"], cues) for row, doc in zip(rows, docs)]
    return list(rows), list(docs), feats


def predict(tok2vec, heads, feats: list[np.ndarray], batch: int = 16) -> list[list[np.ndarray]]:
    out = []
    for i in range(0, len(feats), batch):
        X = tok2vec.predict(feats[i:i + batch])
        P = [h.predict(X) for h in heads]
        out += [[P[k][j] for k in range(len(heads))] for j in range(len(X))]
    return out


def score_split(name: str, rows: list[dict], docs: list[Doc], probs) -> dict:
    OUTPUT.mkdir(exist_ok=True)
    gold = OUTPUT / f"tagger_{name}_gold.jsonl"
    path = OUTPUT / f"tagger_{name}.jsonl"
    with open(gold, "w", encoding="utf-8") as g, open(path, "w", encoding="utf-8") as p:
        for row, doc, prob in zip(rows, docs, probs):
            g.write(json.dumps(row) + "\n")
            p.write(json.dumps({"id": row["id"], "quotes": decode(doc, prob)}) + "\n")
    result, _ = scorer().score_quotes(str(path), str(gold))
    return result


def chunks(feats, golds, size: int):
    """Token windows of at most ``size`` (long articles cut in pieces: the CNN sees a few words)."""
    out = []
    for f, g in zip(feats, golds):
        for i in range(0, len(f), size):
            out.append((f[i:i + size], [layer[i:i + size] for layer in g]))
    return out


def train(args) -> None:
    config = dict(width=args.width, embed=args.embed, rows=args.rows, dropout=args.dropout, window=args.window,
                  depth=args.depth)
    fix_random_seed(args.seed)
    random.seed(args.seed)
    cues = load_lexicon().cues
    began = time.perf_counter()
    train_rows, train_docs, train_feats = load_split("train", cues, args.limit)
    train_gold = [gold_tags(d, r) for r, d in zip(train_rows, train_docs)]
    dev_rows, dev_docs, dev_feats = load_split("dev", cues)
    print(f"features: {time.perf_counter() - began:.0f} s, {sum(len(f) for f in train_feats):,} train tokens", flush=True)
    tok2vec, heads = build(config)
    sample = train_feats[:4]
    tok2vec.initialize(X=sample)
    Xs = tok2vec.predict(sample)
    for h in heads:
        h.initialize(X=Xs, Y=[np.eye(len(TAGS), dtype="f")[np.zeros(len(x), dtype="i")] for x in Xs])
    optimizer = Adam(args.learn_rate)
    pieces = chunks(train_feats, train_gold, args.chunk)
    best = (-1.0, 0)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for epoch in range(1, args.epochs + 1):
        random.shuffle(pieces)
        loss = 0.0
        t0 = time.perf_counter()
        for i in range(0, len(pieces), args.batch):
            batch = pieces[i:i + args.batch]
            X, bp = tok2vec.begin_update([b[0] for b in batch])
            dX = [np.zeros_like(x) for x in X]
            for k, head in enumerate(heads):
                P, bp_head = head.begin_update(X)
                d = []
                for p, b in zip(P, batch):
                    truth = np.eye(len(TAGS), dtype="f")[b[1][k]]
                    g = (p - truth) * args.weights[k]
                    loss += float(-np.log(p[truth.astype(bool)] + 1e-9).sum()) * args.weights[k]
                    d.append(g)
                for acc, grad in zip(dX, bp_head(d)):
                    acc += grad
            bp(dX)
            tok2vec.finish_update(optimizer)
            for h in heads:
                h.finish_update(optimizer)
        probs = predict(tok2vec, heads, dev_feats)
        result = score_split("dev", dev_rows, dev_docs, probs)
        print(json.dumps({"epoch": epoch, "loss": round(loss), "s": round(time.perf_counter() - t0), **result}), flush=True)
        key = result["overlap_f1"] + result["exact_f1"]
        if key > best[0]:
            best = (key, epoch)
            save(out, tok2vec, heads, config | {"epoch": epoch, "seed": args.seed})
    print(f"best epoch {best[1]} ({best[0]:.3f}); {time.perf_counter() - began:.0f} s in all")


def save(out: Path, tok2vec, heads, config: dict) -> None:
    (out / "tok2vec.bin").write_bytes(tok2vec.to_bytes())
    for name, h in zip(LAYERS, heads):
        (out / f"{name}.bin").write_bytes(h.to_bytes())
    (out / "config.json").write_text(json.dumps(config))


def load(path: Path):
    config = json.loads((path / "config.json").read_text())
    tok2vec, heads = build(config)
    tok2vec.from_bytes((path / "tok2vec.bin").read_bytes())
    for name, h in zip(LAYERS, heads):
        h.from_bytes((path / f"{name}.bin").read_bytes())
    return tok2vec, heads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train")
    t.add_argument("--out", default=str(OUTPUT / "tagger"))
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--epochs", type=int, default=8)
    t.add_argument("--batch", type=int, default=16)
    t.add_argument("--chunk", type=int, default=256)
    t.add_argument("--learn-rate", type=float, default=0.001)
    t.add_argument("--width", type=int, default=96)
    t.add_argument("--embed", type=int, default=32)
    t.add_argument("--rows", type=int, default=20000)
    t.add_argument("--dropout", type=float, default=0.1)
    t.add_argument("--window", type=int, default=2)
    t.add_argument("--depth", type=int, default=4)
    t.add_argument("--limit", type=int, default=0, help="the first N train articles only (a smoke test)")
    t.add_argument("--weights", type=float, nargs=3, default=(1.0, 0.5, 0.5))
    p = sub.add_parser("predict")
    p.add_argument("--model", default=str(OUTPUT / "tagger"))
    p.add_argument("splits", nargs="+", choices=("dev", "heldout"))
    args = parser.parse_args()
    if args.command == "train":
        train(args)
    else:
        cues = load_lexicon().cues
        tok2vec, heads = load(Path(args.model))
        for split in args.splits:
            rows, docs, feats = load_split(split, cues)
            result = score_split(split, rows, docs, predict(tok2vec, heads, feats))
            print(json.dumps({"split": split, "tagger": "alone", **result}), flush=True)


if __name__ == "__main__":
    main()
