"""Train parley_events' type classifier (src/parley/nlp/event_types.py), choose its two thresholds by 5-fold
cross-validation, and write it into the package.

    nice -n 10 uv run python training/events/type_data.py             # once the parse is cached (corpus.py)
    nice -n 10 uv run python training/events/type_train.py --save-oof .eval/types_oof.json
    nice -n 10 uv run python training/events/type_train.py --oof .eval/types_oof.json --cv-only   # replay only
    uv run python training/events/type_train.py --upper-bound         # what the rule could reach at best

A spaCy textcat (exclusive classes: the PLOVER types and NONE) with its own small tok2vec (sentences.cfg's
architecture, types.cfg's settings), trained on the sentences the rule reads (those holding a listed word):
a VOA snippet's sentences that hold a word listed with its type (else all it reads) are its type, a GSR
record's its type, a synthetic story's first sentence where a rule candidate has its type that type, and a
PolNeAR train sentence holding a listed word but no rule candidate NONE (where the rule would add).
Out-of-fold probabilities (folds by article) replay ``event_types.decide`` on every read sentence; the
retype threshold is chosen first (adds off), then the add threshold, each the most VOA recall within the
budget fixed in types.cfg: GSR records whose top event turns wrong, VOA top event not down, and events
added per 1,000 PolNeAR train words.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import Doc
from spacy.training import Example
from thinc.api import Adam, Config, fix_random_seed

from sentence_train import fold_of
from type_data import OUT as DATA
from parley.nlp.event_types import MODEL_DIR, NONE, decide

HERE = Path(__file__).resolve().parent
NEVER = 2.0  # a threshold no probability passes


def load_rows(sources: list[str]) -> list[dict]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["source"] in sources]


def teaching(row: dict) -> list[tuple[list[str], list[bool], str]]:
    """(words, spaces, label) of what one text teaches."""
    sentences = row["sentences"]
    if row["source"] in ("voa", "gsr"):
        typed = [s for s in sentences if any(row["type"] in types for _, types, _, _ in s["listed"])]
        return [(s["words"], s["spaces"], row["type"]) for s in typed or sentences]
    if row["source"] == "synthetic":
        first = next((s for s in sentences if any(c[0] == row["type"] for c in s["candidates"])), None)
        return [] if first is None else [(first["words"], first["spaces"], row["type"])]
    return [(s["words"], s["spaces"], NONE) for s in sentences if not s["candidates"]]


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
    keys, docs = [], []
    for row in rows:
        for n, sentence in enumerate(row["sentences"]):
            keys.append((row["id"], n))
            docs.append(Doc(nlp.vocab, words=sentence["words"], spaces=sentence["spaces"]))
    textcat = nlp.get_pipe("textcat")
    scores = [np.asarray(textcat.predict(docs[i:i + 256])) for i in range(0, len(docs), 256)]
    table = np.concatenate(scores) if scores else np.zeros((0, len(textcat.labels)))
    return dict(zip(keys, table))


def revised_events(row: dict, probabilities: dict, labels: list[str], retype: float, add: float):
    """The row's events (type, confidence, negated) after the rule, and the changes (kind, old, new)."""
    events = [list(e) for e in row["events"]]
    changes = []
    for n, s in enumerate(row["sentences"]):
        p = probabilities.get((row["id"], n))
        if p is None:
            continue
        decision = decide(p, labels, [c[0] for c in s["candidates"]], [set(c[1]) for c in s["candidates"]],
                          [(i, frozenset(types)) for i, types, _, _ in s["listed"]], set(s["folded"]), retype, add)
        if decision is None:
            continue
        if decision.candidate is not None:
            old_type, _, confidence, negated = s["candidates"][decision.candidate]
            # the event the candidate became: its type and confidence (merging may have raised it a little)
            event = next((e for e in events if e[0] == old_type and abs(e[1] - confidence) < 0.1), None)
            if event is not None:
                event[0] = decision.type
            else:
                events.append([decision.type, confidence, negated])
            changes.append(("retype", old_type, decision.type))
        else:
            _, _, confidence, negated = next(w for w in s["listed"] if w[0] == decision.word)
            events.append([decision.type, confidence, negated])
            changes.append(("add", None, decision.type))
    return events, changes


def scored(row: dict, events) -> tuple[bool, bool]:
    """(recall, top event) as the scorer reads them: non-negated events, the first of the highest confidence."""
    kept = [e for e in events if not e[2]]
    if not kept:
        return False, False
    top = max(kept, key=lambda e: e[1])[0]
    return row["type"] in {e[0] for e in kept}, top == row["type"]


def figures(rows: list[dict], probabilities: dict, labels: list[str], retype: float, add: float) -> dict:
    out: dict = {}
    for source in ("voa", "gsr", "synthetic"):
        found = [scored(r, revised_events(r, probabilities, labels, retype, add)[0])
                 for r in rows if r["source"] == source]
        if found:
            out[source] = (round(float(np.mean([f[0] for f in found])), 4), round(float(np.mean([f[1] for f in found])), 4))
    lost = 0
    for r in rows:
        if r["source"] == "gsr" and scored(r, r["events"])[1]:
            lost += not scored(r, revised_events(r, probabilities, labels, retype, add)[0])[1]
    out["gsr_top_lost"] = lost
    changes: Counter = Counter()
    news = [r for r in rows if r["source"] == "polnear"]
    for r in news:
        changes.update(kind for kind, _, _ in revised_events(r, probabilities, labels, retype, add)[1])
    out["polnear_added_per_1000"] = round(1000 * changes["add"] / max(1, sum(r["words"] for r in news)), 3)
    out["polnear_added"], out["polnear_retyped"] = changes["add"], changes["retype"]
    return out


def within_budget(result: dict, base: dict, budget: dict) -> bool:
    return (result["gsr_top_lost"] <= budget["gsr_records_lost"] and result["voa"][1] >= base["voa"][1]
            and result["polnear_added_per_1000"] <= budget["polnear_added_per_1000"])


def choose(rows, oof, labels, grid, budget, fixed_retype: float | None = None):
    """The threshold with the most VOA recall within the budget: retype (adds off), or add (retype fixed)."""
    base = figures(rows, oof, labels, NEVER, NEVER)
    chosen, best = NEVER, base
    for threshold in grid:
        retype, add = (threshold, NEVER) if fixed_retype is None else (fixed_retype, threshold)
        result = figures(rows, oof, labels, retype, add)
        ok = within_budget(result, base, budget)
        print(f"  retype {retype} add {add}: {result}{'' if ok else '  (over budget or loses)'}", flush=True)
        if ok and result["voa"][0] > best["voa"][0]:
            chosen, best = threshold, result
    return chosen, best


def upper_bound(rows: list[dict]) -> None:
    """VOA snippets whose type the rules miss, by whether a word listed with the type stands in a sentence
    the rule reads: (i) on another type's candidate, (ii) with none (declined), or folded into another event."""
    kinds: Counter = Counter()
    for row in rows:
        if row["source"] != "voa" or scored(row, row["events"])[0]:
            continue
        fates = set()
        for s in row["sentences"]:
            for i, types, _, _ in s["listed"]:
                if row["type"] not in types:
                    continue
                owner = next((c for c in s["candidates"] if i in c[1]), None)
                fates.add("folded" if i in s["folded"] else "none" if owner is None
                          else "same type, negated" if owner[0] == row["type"] else "other")
        kind = ("(i) on a candidate of another type" if "other" in fates
                else "(ii) no candidate (declined)" if "none" in fates
                else "folded into another event only" if "folded" in fates
                else "negated only" if fates else "no word listed with the type")
        kinds[kind] += 1
    print(f"{sum(kinds.values())} of {sum(r['source'] == 'voa' for r in rows)} VOA learning snippets missed")
    for kind, n in kinds.most_common():
        print(f"{n:5d}  {kind}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=HERE / "types.cfg")
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--save-oof", type=Path, help="write the out-of-fold probabilities here (JSON)")
    parser.add_argument("--oof", type=Path, help="read saved out-of-fold probabilities instead of training folds")
    parser.add_argument("--upper-bound", action="store_true")
    args = parser.parse_args()
    config = Config().from_disk(args.config)
    settings = config["training"]
    rows = load_rows(config["data"]["sources"])
    if args.upper_bound:
        upper_bound(rows)
        return
    labels = sorted({r["type"] for r in rows if r["type"]} | {NONE})
    taught = Counter(label for r in rows for _, _, label in teaching(r))
    print(f"{len(rows):,} texts, {sum(taught.values()):,} examples ({taught[NONE]:,} NONE), {len(labels)} classes",
          flush=True)
    started = time.time()
    if args.oof:
        saved = json.loads(args.oof.read_text())
        labels = saved["labels"]
        oof = {(k.split("\t")[0], int(k.split("\t")[1])): np.asarray(v) for k, v in saved["p"].items()}
    else:
        oof = {}
        folds = settings["folds"]
        for fold in range(folds):
            model = train([r for r in rows if fold_of(r["group"], folds) != fold], labels, config, settings["seed"])
            oof.update(sentence_probabilities(model, [r for r in rows if fold_of(r["group"], folds) == fold]))
            print(f"fold {fold + 1}/{folds} done, {time.time() - started:.0f} s", flush=True)
        if args.save_oof:
            args.save_oof.write_text(json.dumps({"labels": labels, "p": {f"{k[0]}\t{k[1]}": v.tolist()
                                                                          for k, v in oof.items()}}))
    budget = dict(config["thresholds"])
    base = figures(rows, oof, labels, NEVER, NEVER)
    print("rules alone:", base)
    print("retype threshold (adds off):")
    retype, best = choose(rows, oof, labels, budget["retype_grid"], budget)
    print("add threshold (retype fixed):")
    add, best = choose(rows, oof, labels, budget["add_grid"], budget, fixed_retype=retype)
    print(f"chosen: retype {retype}, add {add}: {best}")
    if args.cv_only:
        return
    model = train(rows, labels, config, settings["seed"])
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    model.to_disk(MODEL_DIR)
    (MODEL_DIR / "settings.json").write_text(json.dumps(
        {"retype_threshold": retype, "add_threshold": add, "cross_validated": best, "rules_alone": base},
        indent=2) + "\n")
    print(f"saved to {MODEL_DIR}")


if __name__ == "__main__":
    main()
