"""Quotes scored on PolNeAR dev and on the seed article; each figure must stay at or above its floor."""

from __future__ import annotations

import pytest

from eval_gate import baseline, extract, score, shared_file

pytestmark = pytest.mark.slow


def test_polnear_dev_attributions_stay_above_their_floors():
    result = score("quotes", extract("polnear/dev.jsonl"), shared_file("polnear/dev.jsonl"))
    floors = baseline("quotes")["polnear_dev"]
    for figure, floor in floors.items():
        assert result[figure] >= floor, f"{figure} fell to {result[figure]} (floor {floor})"


def test_seed_quotes_stay_above_their_floors():
    result = score("seed", extract("seed/istanbul_talks.txt", published="2025-07-23"),
                   shared_file("seed/istanbul_talks.gold.json"))
    floors = baseline("quotes")["seed"]
    for figure, floor in floors.items():
        found = int(result[figure].split("/")[0])
        assert found >= floor, f"{figure} fell to {result[figure]} (floor {floor})"
