"""PLOVER events on real data: the gold-standard records and the seed article's events."""

from __future__ import annotations

import pytest

from eval_gate import baseline, extract, score, shared_file

GSR = "plover/gsr_dev.jsonl"
SEED = "seed/istanbul_talks.txt"
SEED_GOLD = "seed/istanbul_talks.gold.json"


@pytest.fixture(scope="module")
def gsr() -> dict:
    return score("plover", extract(GSR), shared_file(GSR))


@pytest.fixture(scope="module")
def seed() -> dict:
    return score("seed", extract(SEED, published="2025-07-23"), shared_file(SEED_GOLD))


def _confusion(result: dict) -> str:
    return "; ".join(f"{gold}→{dict(sorted(row.items(), key=lambda kv: -kv[1]))}"
                     for gold, row in sorted(result["confusion"].items()))


@pytest.mark.slow
@pytest.mark.parametrize("figure", ["type_acc", "actor_acc"])
def test_plover_gold_records_figure_does_not_drop(gsr, figure):
    floor = baseline("plover")["gsr_dev"][figure]
    assert gsr[figure] >= floor, f"{figure} {gsr[figure]} fell below {floor}; confusion: {_confusion(gsr)}"


@pytest.mark.slow
def test_seed_required_events_are_all_found_with_date_aux_and_quantities(seed):
    found, total = map(int, seed["required_events"].split("/"))
    assert found >= baseline("plover")["seed"]["required_events"], seed["misses"]


@pytest.mark.slow
def test_seed_predicts_few_events_that_match_no_gold_event(seed):
    assert seed["unmatched_predicted_events"] <= baseline("plover")["seed"]["max_unmatched_predicted_events"]
