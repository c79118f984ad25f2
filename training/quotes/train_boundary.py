"""Train parley_quotes' boundary model on PolNeAR train (minus the held-out tenth) and write it into the package.

    nice -n 10 uv run python training/quotes/train_boundary.py
    nice -n 10 uv run python training/quotes/train_boundary.py --seeds 5 --each .eval/boundary_seeds

With --seeds N (or ``seeds`` in the config's [boundary]), N models are trained from seed, seed+1, …, each
kept at its own best epoch, and their weights averaged (as train.py --seeds does for the cue model): the
mean of their boundary scores, softmaxed.

For every candidate content whose cue is in a gold cue and which overlaps that attribution's
content, each boundary quote_boundary.boundaries offers is labelled by whether it matches the gold
content as score.py's exact match does. A softmax over each candidate's boundaries is trained
(fixed seed); the best epoch is chosen by how often the top boundary is right on PolNeAR dev.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import numpy as np
from spacy.tokens import Doc
from thinc.api import Adam, Config, fix_random_seed

from corpus import offered, parsed
from evaluate import scorer
from parley.nlp.lexicon import load_lexicon
from parley.nlp.quote_boundary import BOUNDARY_DIR, boundaries, boundary_features
from parley.nlp.quote_model import CueModel, averaged, build_model
from parley.nlp.sparse_model import featurize

HERE = Path(__file__).resolve().parent


def groups(split: str) -> tuple[list[tuple[list[list[str]], np.ndarray]], dict]:
    """Per candidate, its boundaries' feature rows and which of them match the gold content."""
    return article_groups(parsed(split))


def article_groups(articles: list[tuple[dict, Doc]]) -> tuple[list[tuple[list[list[str]], np.ndarray]], dict]:
    """``groups`` of the given parsed articles."""
    norm = scorer().norm
    found, counts = [], {"groups": 0, "kept_right": 0, "some_right": 0}
    for _, text, (gold_start, gold_end), candidate, options in gold_candidates(articles):
        gold = norm(text[gold_start:gold_end])
        labels = np.array([norm(text[b.start:b.end]) == gold for b in options], dtype="float32")
        counts["groups"] += 1
        counts["kept_right"] += int(labels[0] > 0)
        if labels.any():
            counts["some_right"] += 1
            found.append(([boundary_features(candidate, b, text) for b in options], labels))
    return found, counts


def gold_candidates(articles: list[tuple[dict, Doc]]):
    """Each cue candidate of a gold attribution's cue whose content overlaps the gold content, with the
    boundaries it offers: (doc, text, gold content's (start, end), candidate, boundaries)."""
    cues = load_lexicon().cues
    for article, doc in articles:
        text = article["text"]
        _, candidates = offered(doc, text, cues)
        for attribution in article["attributions"]:
            if not attribution["content"] or not attribution["cue"]:
                continue
            gold = (attribution["content"][0][0], attribution["content"][-1][1])
            for candidate in candidates:
                if not any(s <= candidate.cue.idx < e for s, e in attribution["cue"]):
                    continue
                if min(candidate.end, gold[1]) <= max(candidate.start, gold[0]):
                    continue
                yield doc, text, gold, candidate, boundaries(candidate, text)


def train_epoch(model, optimizer, data, order: list[int], rng: random.Random, batch_size: int) -> None:
    """One pass over the groups, ``order`` shuffled in place first: a softmax over each candidate's boundaries."""
    rng.shuffle(order)
    for begin in range(0, len(order), batch_size):
        batch = [data[i] for i in order[begin:begin + batch_size]]
        scores, backprop = model.begin_update(featurize([row for rows, _ in batch for row in rows]))
        gradient, offset = np.zeros_like(scores), 0
        for rows, labels in batch:
            group = scores[offset:offset + len(rows), 0]
            p = np.exp(group - group.max())
            gradient[offset:offset + len(rows), 0] = (p / p.sum() - labels / labels.sum()) / len(batch)
            offset += len(rows)
        backprop(gradient)
        model.finish_update(optimizer)


def top_right(model, data) -> float:
    scorer_ = CueModel(model, {})
    return float(np.mean([labels[int(np.argmax(scorer_.probabilities(rows)))] for rows, labels in data]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=str(HERE / "config.cfg"))
    parser.add_argument("--output", default=str(BOUNDARY_DIR))
    parser.add_argument("--seeds", type=int, default=0, help="average this many seeds (default: the config's, else 1)")
    parser.add_argument("--each", default="", help="also save each seed's own model in this folder (seed_N)")
    args = parser.parse_args()
    config = Config().from_disk(args.config)
    settings = config["boundary"]
    seeds = [settings["seed"] + n for n in range(args.seeds or settings.get("seeds", 1))]
    began = time.perf_counter()
    fix_random_seed(settings["seed"])
    train, train_counts = groups("train")
    dev, dev_counts = groups("dev")
    print(f"train {train_counts}, dev {dev_counts}; {time.perf_counter() - began:.0f} s", flush=True)
    models, stops, rights = [], [], []
    for seed in seeds:
        fix_random_seed(seed)
        model = build_model(settings["length"])
        model.initialize()
        optimizer = Adam(settings["learn_rate"], L2=settings["L2"])
        rng = random.Random(seed)
        best_right, best_weights, best_epoch = -1.0, model.to_bytes(), 0
        order = list(range(len(train)))
        for epoch in range(1, settings["epochs"] + 1):
            train_epoch(model, optimizer, train, order, rng, settings["batch_size"])
            right = top_right(model, dev)
            print(f"seed {seed} epoch {epoch}: dev top boundary right {right:.4f} "
                  f"(kept {dev_counts['kept_right'] / dev_counts['some_right']:.4f}); {time.perf_counter() - began:.0f} s", flush=True)
            if right > best_right:
                best_right, best_weights, best_epoch = right, model.to_bytes(), epoch
        model.from_bytes(best_weights)
        models.append(model)
        stops.append(best_epoch)
        rights.append(best_right)
        if args.each:
            alone = {"length": settings["length"], "epoch": best_epoch, "dev_top_right": round(best_right, 4), "seed": seed}
            CueModel(model, alone).save(Path(args.each) / f"seed_{seed}")
    model = averaged(models)
    right = top_right(model, dev)
    trained = {"length": settings["length"], "epoch": stops[0], "dev_top_right": round(right, 4), "seed": settings["seed"]}
    if len(models) > 1:
        trained.update(seeds=len(models), epochs=stops, seed_dev_top_right=[round(x, 4) for x in rights])
    CueModel(model, trained).save(Path(args.output))
    print(f"saved {len(models)} seed(s), epochs {stops}, dev top boundary right {right:.4f} to {args.output}; "
          f"{time.perf_counter() - began:.0f} s in all")

if __name__ == "__main__":
    main()
