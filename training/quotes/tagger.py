"""Train the quote tagger (src/parley/nlp/quote_tagger.py) and cache its probabilities for the cue and
boundary models' training.

    OMP_NUM_THREADS=1 nice -n 10 uv run python training/quotes/tagger.py --seed 0 --out .eval/tagger_s0

On PolNeAR train minus the held-out tenth, in five folds by article (article n in fold n % 5): each
fold's probabilities come from a tagger trained on the other four, so the sparse models learn from
probabilities as good as the tagger's on articles it has not seen. Then one tagger is trained on all
of it (the one parley ships) and gives the probabilities of dev and of the held-out tenth. The
probabilities are cached next to the parse (.cache/tagger_s<seed>_<split>.npz) for train.py and
train_boundary.py (--tagger). Fixed seed and epochs: nothing is chosen on dev.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import numpy as np
from spacy.tokens import Doc
from thinc.api import Adam, Config, fix_random_seed

from corpus import CACHE, parsed
from parley.nlp.doc_index import DocIndex
from parley.nlp.lexicon import load_lexicon
from parley.nlp.quote_tagger import LAYERS, TAGS, QuoteTagger, TaggerInput, TokenFeatures, build_model
from parley.nlp.quotes import find_quotations

HERE = Path(__file__).resolve().parent


def marked_ranges(doc: Doc, text: str) -> list[tuple[int, int]]:
    return [(q[0][0], q[-1][1]) for q in find_quotations(text, DocIndex(doc).paragraphs)]


def _token_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    inside = [t.i for t in doc if t.idx < end and t.idx + len(t) > start and not t.is_space]
    return (inside[0], inside[-1] + 1) if inside else None


def outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where spans overlap, the longest (then the first) is kept."""
    kept: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda r: (-(r[1] - r[0]), r[0])):
        if all(e <= a or s >= b for a, b in kept):
            kept.append((s, e))
    return sorted(kept)


def biluo(n: int, spans: list[tuple[int, int]]) -> np.ndarray:
    tags = np.zeros(n, dtype="i")
    for s, e in spans:
        if e - s == 1:
            tags[s] = TAGS.index("U")
        else:
            tags[s], tags[s + 1:e - 1], tags[e - 1] = TAGS.index("B"), TAGS.index("I"), TAGS.index("L")
    return tags


def gold_tags(doc: Doc, article: dict) -> np.ndarray:
    """(tokens, layers) BILUO tags of the gold contents, cues and sources (outermost where they nest)."""
    layers = []
    for key in LAYERS:
        spans = []
        for attribution in article["attributions"]:
            if not attribution["content"] or not attribution[key]:
                continue
            found = _token_range(doc, attribution[key][0][0], attribution[key][-1][1])
            if found:
                spans.append(found)
        layers.append(biluo(len(doc), outermost(spans)))
    return np.stack(layers, axis=1)


def pieces(inputs: list[TaggerInput], golds: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each sentence the tagger reads, with its gold tags."""
    return [(table[s:e], gold[s:e]) for (table, sentences), gold in zip(inputs, golds) for s, e in sentences]


def train(config: dict, inputs: list[TaggerInput], golds: list[np.ndarray], seed: int, each_epoch=None):
    """The tagger after ``config["epochs"]`` epochs; ``each_epoch(epoch, model)`` is called after each."""
    fix_random_seed(seed)
    rng = random.Random(seed)
    model = build_model(config)
    data = pieces(inputs, golds)
    model.initialize(X=[f for f, _ in data[:8]])
    optimizer = Adam(config["learn_rate"])
    weights = np.repeat(np.asarray(config["layer_weights"], dtype="f"), len(TAGS))
    eye = np.eye(len(TAGS), dtype="f")
    for epoch in range(1, config["epochs"] + 1):
        rng.shuffle(data)
        for begin in range(0, len(data), config["batch"]):
            batch = data[begin:begin + config["batch"]]
            scores, backprop = model.begin_update([f for f, _ in batch])
            truths = [np.concatenate([eye[g[:, k]] for k in range(len(LAYERS))], axis=1) for _, g in batch]
            backprop([(p - t) * weights for p, t in zip(scores, truths)])
            model.finish_update(optimizer)
        if each_epoch is not None:
            each_epoch(epoch, model)
    return model


def predict(model, inputs: list[TaggerInput]) -> list[np.ndarray]:
    """Per article, its tokens' P(content), P(cue), P(source)."""
    return [p.astype("float32") for p in QuoteTagger(model, {}).probabilities(inputs)]


def cache_path(prefix: str, split: str) -> Path:
    return CACHE / f"{prefix}_{split}.npz"


def save_probabilities(path: Path, probabilities: list[np.ndarray]) -> None:
    np.savez_compressed(path, values=np.concatenate(probabilities), lengths=np.array([len(p) for p in probabilities]))


def load_probabilities(prefix: str, split: str) -> list[np.ndarray]:
    """Per article of the split (corpus.parsed order), its tokens' P(content), P(cue), P(source)."""
    found = np.load(cache_path(prefix, split))
    return np.split(found["values"], np.cumsum(found["lengths"])[:-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=str(HERE / "config.cfg"))
    parser.add_argument("--seed", type=int, default=None, help="the config's [tagger] seed by default")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", default="", help="where to save the tagger trained on all of train")
    args = parser.parse_args()
    config = dict(Config().from_disk(args.config)["tagger"])
    seed = config["seed"] if args.seed is None else args.seed
    prefix = f"tagger_s{seed}"
    began = time.perf_counter()
    features = TokenFeatures(load_lexicon().cues)
    splits = {}
    for split in ("train", "dev", "heldout"):
        pairs = parsed(split)
        splits[split] = ([features(doc, marked_ranges(doc, row["text"])) for row, doc in pairs],
                         [gold_tags(doc, row) for row, doc in pairs])
    train_feats, train_golds = splits["train"]
    print(f"features: {time.perf_counter() - began:.0f} s, {sum(len(f.table) for f in train_feats):,} train tokens, "
          f"{sum(e - s for f in train_feats for s, e in f.sentences):,} in the sentences read", flush=True)
    out_of_fold: list[np.ndarray | None] = [None] * len(train_feats)
    for fold in range(args.folds):
        inside = [n for n in range(len(train_feats)) if n % args.folds != fold]
        model = train(config, [train_feats[n] for n in inside], [train_golds[n] for n in inside], seed)
        held = [n for n in range(len(train_feats)) if n % args.folds == fold]
        for n, probabilities in zip(held, predict(model, [train_feats[n] for n in held])):
            out_of_fold[n] = probabilities
        print(f"fold {fold}: {time.perf_counter() - began:.0f} s", flush=True)
    save_probabilities(cache_path(prefix, "train"), out_of_fold)
    model = train(config, train_feats, train_golds, seed)
    for split in ("dev", "heldout"):
        save_probabilities(cache_path(prefix, split), predict(model, splits[split][0]))
    if args.out:
        QuoteTagger(model, config | {"seed": seed}).save(Path(args.out))
    print(f"all of train: {time.perf_counter() - began:.0f} s in all", flush=True)


if __name__ == "__main__":
    main()
