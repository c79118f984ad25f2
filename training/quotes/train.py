"""Train parley_quotes' cue model on PolNeAR train (minus the held-out tenth) and write it into the package.

    nice -n 10 uv run python training/quotes/train.py [--config training/quotes/config.cfg]
    nice -n 10 uv run python training/quotes/train.py --folds 5   # cross-validate instead, ship nothing
    nice -n 10 uv run python training/quotes/train.py --seeds 5 --each .eval/seeds   # average five seeds

With --seeds N (or ``seeds`` in the config's [training]), N models are trained from the seeds seed, seed+1, …
each stopped at its own best epoch by dev log loss, and their weights are averaged bucket by bucket: the
hashing of features does not depend on the seed (spaCy's string hash, then SparseLinear's fixed
MurmurHash seeds), the weights start at zero, and the seed only orders the examples, so the average of
the weights scores every candidate with exactly the average of the N models' logits — an ensemble at
the size and cost of one model.

The best epoch is chosen by log loss on PolNeAR dev candidates; thresholds are then tuned with
evaluate.py --tune. Reproducible: fixed seed, and the same parse (cached in training/quotes/.cache/).

With --folds, each fold of PolNeAR train (minus the held-out tenth, by article) is extracted through
parley_quotes with a cue model trained on the other folds for the shipped model's epochs, at the
shipped thresholds, and all folds are scored together as evaluate.py scores a split: the steadier
comparison of two cue models when dev and the held-out tenth (1,415 attributions) disagree. The
boundary model is the shipped one, trained on these articles, alike for both.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, DocBin
from thinc.api import Adam, Config, Model, fix_random_seed

from corpus import CACHE, offered, parsed
from cross_validate import BoundaryFolds, extract_folds
from evaluate import OUTPUT
from parley.nlp.lexicon import load_lexicon
from parley.nlp.pipeline import Pipeline
from parley.nlp.quote_model import MODEL_DIR, CueModel, averaged, build_model, candidate_features
from parley.nlp.sparse_model import featurize

HERE = Path(__file__).resolve().parent


def examples(articles: list[tuple[dict, Doc]], min_jaccard: float) -> tuple[list[list[str]], np.ndarray]:
    """Feature rows of every candidate in the parsed articles, and whether each is a gold cue and content."""
    cues = load_lexicon().cues
    rows, labels = [], []
    for article, doc in articles:
        text = article["text"]
        _, candidates = offered(doc, text, cues)
        positive = set()
        for attribution in article["attributions"]:
            if not attribution["content"] or not attribution["cue"]:
                continue
            gold_start, gold_end = attribution["content"][0][0], attribution["content"][-1][1]
            best: dict[int, tuple[float, int]] = {}
            for n, candidate in enumerate(candidates):
                if not any(s <= candidate.cue.idx < e for s, e in attribution["cue"]):
                    continue
                shared = min(candidate.end, gold_end) - max(candidate.start, gold_start)
                jaccard = shared / (max(candidate.end, gold_end) - min(candidate.start, gold_start))
                if jaccard >= min_jaccard and jaccard > best.get(candidate.cue.i, (0.0, -1))[0]:
                    best[candidate.cue.i] = (jaccard, n)
            positive.update(n for _, n in best.values())
        rows += candidate_features(candidates, text, [cues.complements(c.cue) for c in candidates])
        labels += [n in positive for n in range(len(candidates))]
    return rows, np.array(labels, dtype="float32")


def log_loss(model, rows: list[list[str]], labels: np.ndarray) -> float:
    p = np.clip(CueModel(model, {}).probabilities(rows), 1e-7, 1 - 1e-7)
    return float(-np.mean(labels * np.log(p) + (1 - labels) * np.log(1 - p)))


def epochs(config: Config, rows: list[list[str]], labels: np.ndarray, seed: int | None = None) -> Iterator[tuple[int, Model]]:
    """The model after each epoch of training on ``rows``, from ``seed`` (the config's by default)."""
    settings = config["training"]
    seed = settings["seed"] if seed is None else seed
    fix_random_seed(seed)
    model = build_model(config["model"]["length"])
    model.initialize()
    optimizer = Adam(settings["learn_rate"], L2=settings["L2"])
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for epoch in range(1, settings["epochs"] + 1):
        rng.shuffle(order)
        for start in range(0, len(order), settings["batch_size"]):
            batch = order[start:start + settings["batch_size"]]
            scores, backprop = model.begin_update(featurize([rows[i] for i in batch]))
            probabilities = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            backprop(((probabilities - labels[batch]) / len(batch))[:, None].astype("float32"))
            model.finish_update(optimizer)
        yield epoch, model


def seed_list(settings: dict) -> list[int]:
    """The seeds of a (shipped or config) setting: ``seeds`` of them from ``seed`` on."""
    return [settings["seed"] + n for n in range(settings.get("seeds", 1))]


def cross_validate(config: Config, folds: int, predicted: Path, boundary_too: bool = False) -> None:
    shipped = CueModel.load().settings
    nlp = Pipeline().nlp
    articles = [article for article, _ in parsed("train")]
    docs = list(DocBin().from_disk(CACHE / "train.spacy").get_docs(nlp.vocab))  # in the pipeline's vocab
    per_article = [examples([pair], config["training"]["min_jaccard"]) for pair in zip(articles, docs)]
    boundary_folds = BoundaryFolds(config, articles, docs, folds) if boundary_too else None

    def install(fold: int) -> None:
        kept = [found for n, found in enumerate(per_article) if n % folds != fold]
        rows = [row for found_rows, _ in kept for row in found_rows]
        labels = np.concatenate([found_labels for _, found_labels in kept])
        # Each seed for its shipped epoch, averaged as the shipped model was.
        stops = shipped.get("epochs", [shipped["epoch"]])
        model = averaged([next(model for epoch, model in epochs(config, rows, labels, seed) if epoch == stop)
                          for seed, stop in zip(seed_list(shipped), stops)])
        nlp.get_pipe("parley_quotes").cue_model = CueModel(model, shipped)
        if boundary_folds is not None:
            nlp.get_pipe("parley_quotes").boundary_model = boundary_folds.model(fold)

    extract_folds(nlp, articles, docs, folds, install, predicted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=str(HERE / "config.cfg"))
    parser.add_argument("--output", default=str(MODEL_DIR))
    parser.add_argument("--folds", type=int, default=0, help="cross-validate on train in this many folds instead")
    parser.add_argument("--predictions", default=str(OUTPUT / "polnear_train_cue_folds.jsonl"),
                        help="where --folds writes what it extracted")
    parser.add_argument("--boundary-too", action="store_true",
                        help="with --folds, train the boundary model on the other folds as well (cross_validate.py's way)")
    parser.add_argument("--seeds", type=int, default=0, help="average this many seeds (default: the config's, else 1)")
    parser.add_argument("--each", default="", help="also save each seed's own model in this folder (seed_N)")
    args = parser.parse_args()
    config = Config().from_disk(args.config)
    if args.seeds:
        config["training"]["seeds"] = args.seeds
    if args.folds:
        cross_validate(config, args.folds, Path(args.predictions), args.boundary_too)
        return
    settings = config["training"]
    began = time.perf_counter()
    train_rows, train_labels = examples(parsed("train"), settings["min_jaccard"])
    dev_rows, dev_labels = examples(parsed("dev"), settings["min_jaccard"])
    print(f"candidates: train {len(train_rows):,} ({int(train_labels.sum()):,} cues), "
          f"dev {len(dev_rows):,} ({int(dev_labels.sum()):,} cues); {time.perf_counter() - began:.0f} s")
    models, stops, losses = [], [], []
    for seed in seed_list(settings):
        best_loss, best_weights, best_epoch = float("inf"), b"", 0
        for epoch, model in epochs(config, train_rows, train_labels, seed):
            loss = log_loss(model, dev_rows, dev_labels)
            print(f"seed {seed} epoch {epoch}: dev log loss {loss:.4f}; {time.perf_counter() - began:.0f} s")
            if loss < best_loss:
                best_loss, best_weights, best_epoch = loss, model.to_bytes(), epoch
        model.from_bytes(best_weights)
        models.append(model)
        stops.append(best_epoch)
        losses.append(best_loss)
        if args.each:
            alone = {"length": config["model"]["length"], **config["thresholds"], "epoch": best_epoch,
                     "dev_log_loss": round(best_loss, 4), "seed": seed}
            CueModel(model, alone).save(Path(args.each) / f"seed_{seed}")
    model = averaged(models)
    loss = log_loss(model, dev_rows, dev_labels)
    trained = {"length": config["model"]["length"], **config["thresholds"], "epoch": stops[0],
               "dev_log_loss": round(loss, 4), "seed": settings["seed"]}
    if len(models) > 1:
        trained.update(seeds=len(models), epochs=stops, seed_dev_log_loss=[round(x, 4) for x in losses])
    CueModel(model, trained).save(Path(args.output))
    print(f"saved {len(models)} seed(s), epochs {stops}, dev log loss {loss:.4f} to {args.output}; "
          f"{time.perf_counter() - began:.0f} s in all")

if __name__ == "__main__":
    main()
