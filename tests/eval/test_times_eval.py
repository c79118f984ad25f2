"""Times scored TempEval-3 style on TimeBank/AQUAINT, and times and quantities on the seed article;
each figure must stay at or above its floor in baselines/times.json."""

from __future__ import annotations

import pytest

from eval_gate import baseline, extract, score, shared_file

pytestmark = pytest.mark.slow


def test_timebank_figures_stay_above_their_floors():
    result = score("times", extract("timebank/train.jsonl"), shared_file("timebank/train.jsonl"))
    assert result["missing_docs"] == 0
    for figure, floor in baseline("times")["timebank"].items():
        assert result[figure] >= floor, f"{figure} fell to {result[figure]} (floor {floor})"


def test_seed_times_and_quantities_stay_above_their_floors():
    result = score("seed", extract("seed/istanbul_talks.txt", published="2025-07-23"),
                   shared_file("seed/istanbul_talks.gold.json"))
    for figure, floor in baseline("times")["seed"].items():
        found = int(result[figure].split("/")[0])
        misses = [m for m in result["misses"] if m.startswith(figure[:4])]
        assert found >= floor, f"{figure} fell to {result[figure]} (floor {floor}); misses: {misses}"
