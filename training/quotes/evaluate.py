"""Score parley's quotes on PolNeAR with indirect-quote cues from the lexicon, the model, or both.

    nice -n 10 uv run python training/quotes/evaluate.py dev heldout
    nice -n 10 uv run python training/quotes/evaluate.py dev --tune   # choose the thresholds on dev

Runs the full pipeline once per split, then only parley_quotes once per setting, and scores with
../shared/eval/score.py as `parley extract` + score.py would. 'heldout' is the tenth of PolNeAR
train the model never sees (corpus.held_out); only dev may be used with --tune.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
from pathlib import Path

from corpus import SHARED, articles
from parley.model import RawDocument
from parley.nlp.pipeline import Pipeline, to_document
from parley.nlp.quote_model import MODEL_DIR, CueModel

OUTPUT = Path(__file__).resolve().parents[2] / ".eval"
MODES = ("lexicon", "model", "both")


def scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED.parents[1] / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse(split: str) -> tuple[list, Path]:
    """The split's Docs up to (not including) quotes, and a gold file for score.py."""
    rows = articles(split)
    gold = OUTPUT / f"polnear_{split}_gold.jsonl"
    OUTPUT.mkdir(exist_ok=True)
    with open(gold, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(row) + "\n" for row in rows)
    nlp = Pipeline().nlp
    with nlp.select_pipes(disable=["parley_quotes", "parley_events"]):
        docs = list(nlp.pipe(row["text"] for row in rows))
    return list(zip(rows, docs)), gold


def score(docs: list, gold: Path, mode: str, model: CueModel, name: str) -> dict:
    quotes = Pipeline().nlp.get_pipe("parley_quotes")
    quotes.cue_model = None if mode == "lexicon" else model
    quotes.use_lexicon = mode == "both"
    path = OUTPUT / f"polnear_{name}.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for row, doc in docs:
            document = to_document(quotes(doc), RawDocument(text=row["text"], id=row["id"]))
            out.write(document.model_dump_json() + "\n")
    result, _ = scorer().score_quotes(str(path), str(gold))
    return result


def tune(docs: list, gold: Path, model: CueModel, verbose: bool = False) -> tuple[float, float]:
    """Choose accept / keep_listed on dev's ``docs`` and set them in ``model.settings``."""
    # The best overlap + exact F1 that keeps source accuracy within half a point of the lexicon's.
    floor = score(docs, gold, "lexicon", model, "dev_tune")["source_acc"] - 0.005
    trials = []
    # The lexicon's cues are kept at a lower probability than new ones are accepted at.
    for accept, keep in itertools.product((0.2, 0.25, 0.3, 0.35, 0.4), (0.05, 0.1, 0.2, 0.3)):
        if keep >= accept:
            continue
        model.settings.update(accept=accept, keep_listed=keep)
        result = score(docs, gold, "both", model, "dev_tune")
        trials.append((result["source_acc"] >= floor, result["overlap_f1"] + result["exact_f1"], accept, keep))
        if verbose:
            print(json.dumps({"accept": accept, "keep_listed": keep, **result}), flush=True)
    *_, accept, keep = max(trials)
    model.settings.update(accept=accept, keep_listed=keep)
    return accept, keep


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="+", choices=("dev", "heldout", "train"))
    parser.add_argument("--tune", action="store_true", help="choose accept / keep_listed on dev, save them")
    args = parser.parse_args()
    if args.tune and "dev" not in args.splits:
        parser.error("--tune chooses the thresholds on dev: name dev among the splits")
    model = CueModel.load()
    for split in args.splits:
        docs, gold = parse(split)
        if args.tune and split == "dev":  # thresholds are chosen on dev only
            accept, keep = tune(docs, gold, model, verbose=True)
            model.save(MODEL_DIR)
            print(f"chose accept={accept} keep_listed={keep}")
        for mode in MODES:
            result = score(docs, gold, mode, model, f"{split}_{mode}")
            print(json.dumps({"split": split, "cues": mode, **result}), flush=True)


if __name__ == "__main__":
    main()
