"""Split ../shared/data/plover/voa_train.jsonl by article into a part to learn from and a held-out part.

A snippet's part is decided by a hash of its ``article`` key, so every snippet of one article falls in
the same part and the split is the same on every machine: sha1(article) mod 5 == 0 is held out (≈20%).
Rules are written from the learning part only; figures are reported on the held-out part.

    uv run python bench/voa_split.py            # writes .eval/voa_learn.jsonl and .eval/voa_heldout.jsonl
    uv run parley extract .eval/voa_heldout.jsonl -o .eval/voa_heldout.out.jsonl
    python3 ../shared/eval/score.py snippets .eval/voa_heldout.out.jsonl .eval/voa_heldout.jsonl
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "plover" / "voa_train.jsonl"
OUTPUT = ROOT / ".eval"
HELD_OUT_BUCKETS = 5  # one bucket of five is held out


def held_out(article: str) -> bool:
    return int(hashlib.sha1(article.encode("utf-8")).hexdigest(), 16) % HELD_OUT_BUCKETS == 0


def main() -> None:
    OUTPUT.mkdir(exist_ok=True)
    parts = {"learn": [], "heldout": []}
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            parts["heldout" if held_out(record["article"]) else "learn"].append(line)
    for name, lines in parts.items():
        (OUTPUT / f"voa_{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(lines)} snippets")


if __name__ == "__main__":
    main()
