"""Score several cue models alike: each with its thresholds tuned on PolNeAR dev (as evaluate.py --tune
does), then on dev and the held-out tenth, parsing each split once. Ships nothing.

    nice -n 10 uv run python training/quotes/compare_models.py .eval/seeds/seed_0 .eval/seeds/seed_1 .eval/avg5
    nice -n 10 uv run python training/quotes/compare_models.py --average .eval/seeds/seed_0,.eval/seeds/seed_1,.eval/seeds/seed_2

A model given as ``--average A,B,…`` is the bucket-by-bucket mean of those models' weights (train.py --seeds).
With ``--boundary A`` (or ``A,B,…``), the models compared are boundary models instead, with the shipped
cue model and its thresholds (nothing is tuned).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from evaluate import parse, score, tune
from parley.nlp.pipeline import Pipeline
from parley.nlp.quote_boundary import BoundaryModel
from parley.nlp.quote_model import CueModel, averaged


def load(name: str) -> CueModel:
    paths = [Path(path) for path in name.split(",")]
    models = [CueModel.load(path) for path in paths]
    return CueModel(averaged([model.model for model in models]), dict(models[0].settings))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", help="model folders (weights.bin + settings.json)")
    parser.add_argument("--average", action="append", default=[], help="comma-separated model folders to average")
    parser.add_argument("--boundary", action="append", default=[], help="boundary model folders (comma-separated to average)")
    args = parser.parse_args()
    splits = {split: parse(split) for split in ("dev", "heldout")}
    for name in args.boundary:
        Pipeline().nlp.get_pipe("parley_quotes").boundary_model = BoundaryModel(load(name))
        for split, (docs, gold) in splits.items():
            result = score(docs, gold, "both", CueModel.load(), f"{split}_compare")
            print(json.dumps({"boundary": name, "split": split, **result}), flush=True)
    for name in args.models + args.average:
        model = load(name)
        accept, keep = tune(*splits["dev"], model)
        for split, (docs, gold) in splits.items():
            result = score(docs, gold, "both", model, f"{split}_compare")
            print(json.dumps({"model": name, "split": split, "accept": accept, "keep_listed": keep, **result}), flush=True)


if __name__ == "__main__":
    main()
