"""Peak memory (RSS) of `parley extract` and `parley ingest`, each in its own process.

    uv run python bench/memory.py long        # one article of 1 MB, 2 MB and the default --max-chars
    uv run python bench/memory.py corpus      # 100 articles vs all of PolNeAR train
    uv run --all-extras python bench/memory.py ray   # the Ray driver (2 actors), 100 vs all of PolNeAR train

Long articles are made of paragraphs written for this benchmark; the corpus is
../shared/data/polnear/train.jsonl (read, never copied). Results go to bench/results/memory-*.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from parley.ingest import MAX_CHARS

HERE = Path(__file__).resolve().parent
POLNEAR = HERE.parents[1] / "shared" / "data" / "polnear" / "train.jsonl"
PARAGRAPHS = [
    "The foreign ministers of Kenya and Peru met in Geneva on Tuesday to discuss a ceasefire, officials said.",
    "“We will not accept new conditions,” the Kenyan minister told reporters after three hours of talks.",
    "Police arrested 40 protesters outside the conference hall, and at least 12 people were injured.",
    "The United Nations envoy said the two sides had agreed to exchange 300 prisoners by the end of the month.",
    "Last week the army withdrew two battalions from the border region, according to a government statement.",
]


def long_text(chars: int) -> str:
    parts, size, number = [], 0, 0
    while size < chars:
        paragraph = f"{PARAGRAPHS[number % len(PARAGRAPHS)]} (Report {number}.)\n\n"
        parts.append(paragraph)
        size += len(paragraph)
        number += 1
    return "".join(parts)[:chars]


def peak_rss(args: list[str]) -> tuple[float, float]:
    """(peak RSS in MB of the process and its children, wall seconds) of one parley command."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "parley", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"parley {' '.join(args)} failed: {process.stderr.read().decode()[-2000:]}")
    return usage.ru_maxrss / 1024, time.perf_counter() - started


def driver_peak_rss(args: list[str]) -> tuple[float, float]:
    """(peak RSS in MB of the parley process alone, wall seconds): its VmHWM, read until it exits.
    wait4 would fold in whatever it reaps (Ray's raylet, and the actors under it)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "parley", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        try:
            status = Path(f"/proc/{process.pid}/status").read_text()
            peak = max(peak, int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))))
        except (OSError, StopIteration):  # exiting
            pass
        time.sleep(0.5)
    if process.returncode not in (0, 1):
        raise SystemExit(f"parley {' '.join(args)} failed with exit code {process.returncode}")
    return peak / 1024, time.perf_counter() - started


def long_articles(folder: Path) -> list[dict]:
    rows = []
    for label, chars in (("1 MB", 1_000_000), ("2 MB", 2_000_000), (f"--max-chars default ({MAX_CHARS:,})", MAX_CHARS)):
        path = folder / f"long-{chars}.txt"
        path.write_text(long_text(chars), encoding="utf-8")
        rss, seconds = peak_rss(["extract", str(path), "--workers", "1", "-o", str(folder / "out.jsonl")])
        rows.append({"input": label, "chars": chars, "peak_rss_mb": round(rss), "seconds": round(seconds, 1)})
        print(rows[-1], flush=True)
    return rows


def corpus(folder: Path, engine: str = "processes") -> list[dict]:
    lines = POLNEAR.read_text(encoding="utf-8").splitlines()
    rows = []
    for count in (100, len(lines)):
        path = folder / f"polnear-{count}.jsonl"
        path.write_text("\n".join(lines[:count]) + "\n", encoding="utf-8")
        if engine == "ray":
            rss, seconds = driver_peak_rss(["extract", str(path), "--engine", "ray", "--workers", "2", "-o", str(folder / "out.jsonl")])
            rows.append({"command": "extract --engine ray --workers 2 (driver)", "articles": count,
                         "peak_rss_mb": round(rss), "seconds": round(seconds, 1)})
            print(rows[-1], flush=True)
            continue
        for command in ("extract", "ingest"):
            target = ["-o", str(folder / "out.jsonl")] if command == "extract" else ["--db", str(folder / f"{count}.db")]
            rss, seconds = peak_rss([command, str(path), "--workers", "1", *target])
            rows.append({"command": command, "articles": count, "peak_rss_mb": round(rss), "seconds": round(seconds, 1)})
            print(rows[-1], flush=True)
    return rows


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "long"
    with tempfile.TemporaryDirectory() as scratch:
        rows = {"long": long_articles, "corpus": corpus, "ray": lambda folder: corpus(folder, "ray")}[which](Path(scratch))
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    (results / f"memory-{which}.json").write_text(json.dumps(rows, indent=2) + "\n")
