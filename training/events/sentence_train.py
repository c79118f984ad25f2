"""Train parley_events' sentence classifier (src/parley/nlp/event_sentences.py), choose its threshold by
5-fold cross-validation, and write it into the package.

    nice -n 10 uv run python training/events/sentence_data.py        # once the parse is cached (corpus.py)
    nice -n 10 uv run python training/events/sentence_train.py       # CV, threshold, final model
    nice -n 10 uv run python training/events/sentence_train.py --cv-only

A spaCy textcat (exclusive classes: the PLOVER types and NONE) with its own small tok2vec, trained end
to end on whole texts: a VOA snippet or GSR record is its type, a synthetic story's first sentence where
the rules code its type is that type, a PolNeAR train or TimeBank half A sentence the component would read
in use (addable_anchor) is NONE; TimeBank half B is never learned from and measures precision.
In use it reads only sentences where the rules code nothing and adds one event of its likeliest type
when that type's probability passes the threshold. The threshold is chosen on out-of-fold predictions
(folds by article): the most VOA recall added, with no VOA top event or GSR record lost, under a budget
of events added per 1,000 PolNeAR train words and per 1,000 TimeBank A words. ``--structure`` reads saved
out-of-fold probabilities and prints what each structural test (STRUCTURE) would give. Reproducible: fixed seed, the same parse.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import Doc
from spacy.training import Example
from thinc.api import Adam, Config, fix_random_seed

from sentence_data import OUT as DATA
from parley.nlp.event_sentences import ADDED_CONFIDENCE, MODEL_DIR, NONE

HERE = Path(__file__).resolve().parent


def load_rows(sources: list[str]) -> list[dict]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["source"] in sources]


def fold_of(group: str, folds: int) -> int:
    return int(hashlib.sha1(group.encode("utf-8")).hexdigest(), 16) % folds


def teaching(row: dict) -> list[tuple[list[str], list[bool], str]]:
    """(words, spaces, label) of what one text teaches."""
    sentences = row["sentences"]
    if row["source"] in ("voa", "gsr") or (row["source"] == "written" and row["type"]):
        return [([w for s in sentences for w in s["words"]],
                 [sp for s in sentences for sp in _joined(s["spaces"])], row["type"])]
    if row["source"] == "synthetic":
        first = next((s for s in sentences if row["type"] in s["types"]), None)
        return [] if first is None else [(first["words"], first["spaces"], row["type"])]
    if row["source"] == "timebank" and row["half"] != "A":
        return []  # half B is the precision set: never learned from
    return [(s["words"], s["spaces"], NONE) for s in sentences if s["served"]]


def _joined(spaces: list[bool]) -> list[bool]:
    """A snippet's sentences joined: the last word of each is followed by a space."""
    return spaces[:-1] + [True] if spaces else spaces


def make_nlp(config: Config, labels: list[str]):
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": config["model"]})
    for label in labels:
        textcat.add_label(label)
    return nlp


def train(rows: list[dict], labels: list[str], config: Config, seed: int):
    settings = config["training"]
    fix_random_seed(seed)
    nlp = make_nlp(config, labels)
    examples = [Example.from_dict(Doc(nlp.vocab, words=words, spaces=spaces),
                                  {"cats": {label: float(label == gold) for label in labels}})
                for row in rows for words, spaces, gold in teaching(row)]
    nlp.initialize(lambda: examples[:500])
    optimizer = Adam(settings["learn_rate"])
    order = random.Random(seed)
    for epoch in range(settings["epochs"]):
        order.shuffle(examples)
        losses: dict = {}
        for start in range(0, len(examples), settings["batch_size"]):
            nlp.update(examples[start:start + settings["batch_size"]], sgd=optimizer, drop=settings["dropout"],
                       losses=losses)
        print(f"  epoch {epoch + 1}: loss {losses['textcat']:.2f}", flush=True)
    return nlp


def sentence_probabilities(nlp, rows: list[dict]) -> dict[tuple[str, int], np.ndarray]:
    """(text id, sentence index) → probabilities, for every sentence where the rules code nothing."""
    keys, docs = [], []
    for row in rows:
        for n, sentence in enumerate(row["sentences"]):
            if sentence["served"]:  # as in use (addable_anchor): the rest are never read
                keys.append((row["id"], n))
                docs.append(Doc(nlp.vocab, words=sentence["words"], spaces=sentence["spaces"]))
    textcat = nlp.get_pipe("textcat")
    scores = [np.asarray(textcat.predict(docs[i:i + 256])) for i in range(0, len(docs), 256)]
    table = np.concatenate(scores) if scores else np.zeros((0, len(textcat.labels)))
    return dict(zip(keys, table))


def anything(sentence: dict) -> bool:
    return True


def outcome(row: dict, probabilities: dict, labels: list[str], threshold: float, keep=anything) -> dict:
    """What the row scores with the classifier adding at ``threshold`` in the sentences ``keep`` accepts:
    recall and top event (VOA), top event (GSR), events added."""
    none = labels.index(NONE)
    added = []
    for n, sentence in enumerate(row["sentences"]):
        p = probabilities.get((row["id"], n))
        if p is None or not keep(sentence):
            continue
        p = p.copy()
        p[none] = -1.0
        best = int(p.argmax())
        if p[best] >= threshold:
            added.append(labels[best])
    events = [(t, c) for t, c, negated in row["events"] if not negated]
    top_rules = max(events, key=lambda e: e[1])[0] if events else None
    # The added events' confidence is below every rule event's, so they come first only where the rules have none.
    top = top_rules if events and max(c for _, c in events) >= ADDED_CONFIDENCE else (added[0] if added else top_rules)
    return {"recall": row["type"] in {t for t, _ in events} | set(added), "top": top == row["type"],
            "added": len(added)}


def figures(rows: list[dict], probabilities: dict, labels: list[str], threshold: float, keep=anything) -> dict:
    out = {}
    for source in ("voa", "gsr", "synthetic", "written"):
        found = [outcome(r, probabilities, labels, threshold, keep) for r in rows if r["source"] == source and r["type"]]
        if found:
            out[source] = (round(float(np.mean([f["recall"] for f in found])), 4),
                           round(float(np.mean([f["top"] for f in found])), 4))
    # News of no event that the classifier must leave alone: PolNeAR train, TimeBank A (out of fold) and
    # TimeBank B (never learned from, the precision set)
    for name, news in (("polnear", [r for r in rows if r["source"] == "polnear"]),
                       ("timebank_A", [r for r in rows if r["source"] == "timebank" and r["half"] == "A"]),
                       ("timebank_B", [r for r in rows if r["source"] == "timebank" and r["half"] == "B"]),
                       ("written_none", [r for r in rows if r["source"] == "written" and not r["type"]])):
        if news:
            added = sum(outcome(r, probabilities, labels, threshold, keep)["added"] for r in news)
            out[f"{name}_added_per_1000"] = round(1000 * added / max(1, sum(r["words"] for r in news)), 3)
            out[f"{name}_added"] = added
    return out


# Structural tests an added event may be asked to pass (stage 3 of issue 14), each read from sentence_data.py's
# fields: an actor (PLOVER events need a source), a known actor (country, sector or knowledge-base id), a
# root that is no copula or "have".
LIGHT_ROOTS = ("be", "have")
STRUCTURE = {
    "any": anything,
    "acted": lambda s: s["acted"],
    "known": lambda s: s["known"],
    "not_light": lambda s: s["root"] not in LIGHT_ROOTS and s["anchor"][0].lower() not in LIGHT_ROOTS,
    "acted_not_light": lambda s: s["acted"] and s["root"] not in LIGHT_ROOTS
    and s["anchor"][0].lower() not in LIGHT_ROOTS,
}


def within_budget(result: dict, base: dict, budget: dict) -> bool:
    """No VOA top event or GSR record lost, and under the budget of events added to news of no event
    (PolNeAR train, and TimeBank A when it is learned from); never TimeBank B, which nothing is chosen by."""
    return (result["polnear_added_per_1000"] <= budget["polnear_added_per_1000"]
            and result.get("timebank_A_added_per_1000", 0.0) <= budget["timebank_added_per_1000"]
            and result["voa"][1] >= base["voa"][1] and result["gsr"][1] >= base["gsr"][1])


def classification(rows: list[dict], probabilities: dict, labels: list[str]) -> dict:
    """Macro figures of the classifier itself on VOA snippets whose every sentence it reads (rules empty)."""
    truth, guess = [], []
    for row in rows:
        if row["source"] != "voa":
            continue
        sentences = [probabilities.get((row["id"], n)) for n in range(len(row["sentences"]))]
        if not sentences or any(p is None for p in sentences):
            continue
        mean = np.mean(sentences, axis=0)
        truth.append(row["type"])
        guess.append(labels[int(mean.argmax())])
    types = sorted(set(truth))
    recall = [np.mean([g == t for g, tt in zip(guess, truth) if tt == t]) for t in types]
    precision = [np.mean([tt == t for g, tt in zip(guess, truth) if g == t]) if t in guess else 0.0 for t in types]
    return {"snippets": len(truth), "accuracy": round(float(np.mean([g == t for g, t in zip(guess, truth)])), 3),
            "macro_recall": round(float(np.mean(recall)), 3), "macro_precision": round(float(np.mean(precision)), 3),
            "predicted_none": sum(g == NONE for g in guess)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=HERE / "sentences.cfg")
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--save-oof", type=Path, help="write the out-of-fold probabilities here (JSON)")
    parser.add_argument("--threshold", type=float, help="skip cross-validation: the threshold it chose before")
    parser.add_argument("--structure", type=Path, help="read saved out-of-fold probabilities (--save-oof) and "
                                                       "print the figures of each structural test and threshold")
    args = parser.parse_args()
    config = Config().from_disk(args.config)
    settings = config["training"]
    rows = load_rows([*config["data"]["sources"], *config["data"]["measured"]])
    taught = [r for r in rows if r["source"] in config["data"]["sources"]]
    labels = sorted({r["type"] for r in rows if r["type"]} | {NONE})
    examples = sum(len(teaching(r)) for r in taught)
    budget = dict(config["thresholds"])
    if "timebank" not in config["data"]["sources"]:
        budget["timebank_added_per_1000"] = float("inf")  # measured only: nothing is chosen by it
    print(f"{len(rows):,} texts, {examples:,} examples, {len(labels)} classes", flush=True)
    if args.structure:
        saved = json.loads(args.structure.read_text())
        oof = {tuple(k.split("\t")[:1]) + (int(k.split("\t")[1]),): np.asarray(v) for k, v in saved["p"].items()}
        base = figures(rows, oof, saved["labels"], 2.0)
        print("rules alone:", base)
        for name, keep in STRUCTURE.items():
            for threshold in config["thresholds"]["grid"]:
                result = figures(rows, oof, saved["labels"], threshold, keep)
                ok = within_budget(result, base, budget)
                print(f"{name} {threshold}: {result}{'' if ok else '  (over budget or loses)'}", flush=True)
        return
    if args.threshold is not None:
        save(train(taught, labels, config, settings["seed"]), {"threshold": args.threshold})
        return
    started = time.time()
    oof: dict = {}
    folds = settings["folds"]
    for fold in range(folds):
        model = train([r for r in taught if fold_of(r["group"], folds) != fold], labels, config, settings["seed"])
        oof.update(sentence_probabilities(model, [r for r in rows if fold_of(r["group"], folds) == fold]))
        print(f"fold {fold + 1}/{folds} done, {time.time() - started:.0f} s", flush=True)
    if args.save_oof:
        args.save_oof.write_text(json.dumps({"labels": labels, "p": {f"{k[0]}\t{k[1]}": v.tolist()
                                                                      for k, v in oof.items()}}))
    print("classifier on VOA snippets the rules code nothing in (out of fold):", classification(rows, oof, labels))
    base = figures(rows, oof, labels, 2.0)
    print("rules alone:", base)
    chosen, best = None, None
    for threshold in config["thresholds"]["grid"]:
        result = figures(rows, oof, labels, threshold)
        within = within_budget(result, base, budget)
        print(f"threshold {threshold}: {result}{'' if within else '  (over budget or loses)'}", flush=True)
        if within and (best is None or result["voa"][0] > best["voa"][0]):
            chosen, best = threshold, result
    print(f"chosen threshold: {chosen}: {best}")
    if args.cv_only or chosen is None:
        return
    save(train(taught, labels, config, settings["seed"]), {"threshold": chosen, "cross_validated": best,
                                                         "rules_alone": base})


def save(model, settings: dict) -> None:
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    model.to_disk(MODEL_DIR)
    (MODEL_DIR / "settings.json").write_text(json.dumps(settings, indent=2) + "\n")
    print(f"saved to {MODEL_DIR}")


if __name__ == "__main__":
    main()
