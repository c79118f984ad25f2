"""Events per 1,000 words of a `parley extract` output: on news with few real PLOVER events
(../shared/data/polnear/dev.jsonl) a lower figure means fewer spurious events.

    uv run parley extract ../shared/data/polnear/dev.jsonl -o .eval/dev.jsonl
    uv run python bench/event_density.py .eval/dev.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def density(path: Path) -> tuple[float, int, int, Counter]:
    events = words = 0
    types: Counter = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            document = json.loads(line)
            words += len(document["text"].split())
            events += len(document["events"])
            types.update(e["type"] for e in document["events"])
    return 1000 * events / max(words, 1), events, words, types


if __name__ == "__main__":
    per_thousand, events, words, types = density(Path(sys.argv[1]))
    print(json.dumps({"events_per_1000_words": round(per_thousand, 2), "events": events, "words": words,
                      "by_type": dict(types.most_common())}))
