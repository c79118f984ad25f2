"""Quotes scored on PolNeAR dev, on the tenth of PolNeAR train the quotes models never saw, and on
the seed article; each figure must stay at or above its floor."""

from __future__ import annotations

import importlib.util
import json

import pytest

from eval_gate import ROOT, baseline, extract, extract_file, gate_file, score, shared_file

pytestmark = pytest.mark.slow


def test_polnear_dev_attributions_stay_above_their_floors():
    result = score("quotes", extract("polnear/dev.jsonl"), shared_file("polnear/dev.jsonl"))
    floors = baseline("quotes")["polnear_dev"]
    for figure, floor in floors.items():
        assert result[figure] >= floor, f"{figure} fell to {result[figure]} (floor {floor})"


def test_polnear_train_held_out_tenth_stays_above_its_floors():
    """The articles left out of training and of every threshold (training/quotes/corpus.py)."""
    spec = importlib.util.spec_from_file_location("quotes_corpus", ROOT / "training" / "quotes" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    train = shared_file("polnear/train.jsonl")
    gold = gate_file("polnear_heldout_gold.jsonl")
    lines = [line for line in train.read_text(encoding="utf-8").splitlines()
             if line.strip() and corpus.held_out(json.loads(line)["id"])]
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = score("quotes", extract_file(gold), gold)
    for figure, floor in baseline("quotes")["polnear_heldout"].items():
        assert result[figure] >= floor, f"{figure} fell to {result[figure]} (floor {floor})"


def test_seed_quotes_stay_above_their_floors():
    result = score("seed", extract("seed/istanbul_talks.txt", published="2025-07-23"),
                   shared_file("seed/istanbul_talks.gold.json"))
    floors = baseline("quotes")["seed"]
    for figure, floor in floors.items():
        found = int(result[figure].split("/")[0])
        assert found >= floor, f"{figure} fell to {result[figure]} (floor {floor})"
