"""The evaluation gate: score real data with ../shared/eval/score.py against floors in baselines/.

Each figure's floor lives in baselines/<mode>.json. A change that lowers a figure fails; one that
raises it updates the baseline in the same commit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
BASELINES = Path(__file__).parent / "eval" / "baselines"
OUTPUT = ROOT / ".eval"


def shared_file(relative: str) -> Path:
    path = SHARED / "data" / relative
    if not path.exists() or not SCORER.exists():
        pytest.skip(f"{path} or {SCORER} is absent")
    return path


def gate_file(name: str) -> Path:
    """A file of this test process under .eval/, named by its xdist worker: two workers building one module
    fixture at once must not share a file (one rewrote a gold file while the other scored it)."""
    OUTPUT.mkdir(exist_ok=True)
    # Its own names, so a gate run never reads or clobbers a file a person is scoring by hand.
    return OUTPUT / f"gate-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-{name}"


_extracted: dict[tuple[Path, str | None], Path] = {}


def extract(relative: str, published: str | None = None) -> Path:
    """Run `parley extract` on a shared data file once per test session; the JSONL path."""
    return extract_file(shared_file(relative), published)


def extract_file(source: Path, published: str | None = None) -> Path:
    """Run `parley extract` on ``source`` once per test session; the JSONL path."""
    key = (source, published)
    if key not in _extracted:
        target = gate_file(f"{source.stem}.jsonl")
        command = [sys.executable, "-m", "parley", "extract", str(source), "-o", str(target)]
        if published:
            command += ["--published", published]
        subprocess.run(command, check=True, capture_output=True)
        _extracted[key] = target
    return _extracted[key]


def score(mode: str, output: Path, gold: Path) -> dict:
    if not SCORER.exists():  # the blind sets are in the repo; their scorer is not
        pytest.skip(f"{SCORER} is absent")
    result = subprocess.run([sys.executable, str(SCORER), mode, str(output), str(gold)],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout.splitlines()[0])


def baseline(mode: str) -> dict:
    return json.loads((BASELINES / f"{mode}.json").read_text())
