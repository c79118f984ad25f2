"""The reference article, scored line by line as score.py's `seed` mode sees it."""

from __future__ import annotations

import pytest

from eval_gate import baseline, extract, score, shared_file

SEED = "seed/istanbul_talks.txt"
GOLD = "seed/istanbul_talks.gold.json"
FRACTIONS = ("person_actors", "direct_quotes_found", "direct_quote_speakers", "indirect_quotes_found",
             "times", "quantities", "required_events")


@pytest.fixture(scope="module")
def seed() -> dict:
    return score("seed", extract(SEED, published="2025-07-23"), shared_file(GOLD))


@pytest.mark.slow
@pytest.mark.parametrize("figure", FRACTIONS)
def test_seed_figure_does_not_drop(seed, figure):
    found, total = map(int, seed[figure].split("/"))
    floor = baseline("seed")[figure]
    assert found >= floor, f"{figure} {found}/{total} fell below its floor {floor}; misses: {seed['misses']}"


@pytest.mark.slow
def test_seed_predicts_few_events_that_match_nothing(seed):
    assert seed["unmatched_predicted_events"] <= baseline("seed")["max_unmatched_predicted_events"]
