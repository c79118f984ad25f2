"""parley's quotes on PolNeAR with the cue model's thresholds lowered, for tagger_combine.py --low.

    nice -n 10 uv run python training/quotes/low_threshold.py dev heldout --accept 0.1 --keep-listed 0.05

Writes .eval/polnear_{split}_low.jsonl: the quotes parley keeps when weaker cues are accepted too.
"""

from __future__ import annotations

import argparse
import json

from evaluate import parse, score
from parley.nlp.quote_model import CueModel


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="+", choices=("dev", "heldout"))
    parser.add_argument("--accept", type=float, default=0.1)
    parser.add_argument("--keep-listed", type=float, default=0.05)
    args = parser.parse_args()
    model = CueModel.load()
    model.settings.update(accept=args.accept, keep_listed=args.keep_listed)
    for split in args.splits:
        docs, gold = parse(split)
        print(json.dumps({"split": split, "accept": args.accept, "keep_listed": args.keep_listed,
                          **score(docs, gold, "both", model, f"{split}_low")}), flush=True)


if __name__ == "__main__":
    main()
