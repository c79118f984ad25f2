"""PLOVER events on real data: the gold-standard records and the seed article's events."""

from __future__ import annotations

import importlib.util

import pytest

from eval_gate import ROOT, baseline, extract, score, shared_file

GSR = "plover/gsr_dev.jsonl"
POLNEAR_DEV = "polnear/dev.jsonl"
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


@pytest.mark.slow
def test_political_news_with_few_real_events_gets_no_more_spurious_events():
    """PolNeAR dev is US political news with few PLOVER events: most events found there are spurious."""
    spec = importlib.util.spec_from_file_location("event_density", ROOT / "bench" / "event_density.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    per_thousand_words, events, words, _ = bench.density(extract(POLNEAR_DEV))
    ceiling = baseline("plover")["polnear_dev"]["max_events_per_1000_words"]
    assert per_thousand_words <= ceiling, f"{events} events in {words} words: {per_thousand_words:.2f} per 1,000 (ceiling {ceiling})"
