"""bench/event_precision.py: the judged precision figures in bench/README are tallied and compared by it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("event_precision", ROOT / "bench" / "event_precision.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extraction(path: Path, events: list[dict], names: tuple[str, ...] = ("Chad", "Mali")) -> Path:
    actors = [{"id": f"a{n}", "name": name} for n, name in enumerate(names, start=1)]
    document = {"id": "d1", "text": "Chad arrested the envoy. Mali protested.", "actors": actors, "events": events}
    path.write_text(json.dumps(document) + "\n", encoding="utf-8")
    return path


def event(type_: str, span: list[int], actors: list[str], recipients: list[str] = ()) -> dict:
    return {"type": type_, "evidence": [{"span": span}], "actors": actors, "recipients": list(recipients)}


def test_wilson_interval_matches_the_textbook_value(tool):
    low, high = tool.wilson(64, 100)
    assert (round(low, 3), round(high, 3)) == (0.542, 0.727)
    assert tool.wilson(0, 0) == (0.0, 0.0)


def test_tally_counts_verdicts_and_actors_where_the_type_is_right(tool, tmp_path, capsys):
    judged = tmp_path / "judged.tsv"
    judged.write_text("key\ttype\tjudgement\tactor\tnote\n# a comment\n"
                      "d1@0-4\tCOERCE\tright\tok\t\nd1@5-9\tPROTEST\tother:ACCUSE\t\t\nd1@9-12\tAID\tnone\t\t\n"
                      "d1@12-15\tASSAULT\tright\twrong\tthe victim\n", encoding="utf-8")
    tool.tally(judged)
    out = capsys.readouterr().out
    assert "judged 4: right type 2 (0.500" in out
    assert "another PLOVER type 1, no PLOVER event 1" in out
    assert "{'ok': 1, 'wrong': 1}" in out


def test_diff_and_actors_compare_two_extractions(tool, tmp_path, capsys):
    before = extraction(tmp_path / "before.jsonl", [event("COERCE", [5, 13], ["a1"]), event("PROTEST", [30, 39], ["a1"]),
                                                    event("AID", [0, 4], [])])
    after = extraction(tmp_path / "after.jsonl", [event("COERCE", [5, 13], ["a1"]), event("PROTEST", [30, 39], ["a2"]),
                                                  event("ACCUSE", [0, 4], [])])
    tool.diff(before, after)
    out = capsys.readouterr().out
    assert "CHANGED to ACCUSE" in out and "# removed 0, changed 1" in out
    tool.actors(before, after)
    out = capsys.readouterr().out
    assert "actor: Chad" in out and "AFTER: actor: Mali" in out
    assert "1 with actors or recipients changed" in out


def test_actors_compares_who_the_actors_are_not_their_ids(tool, tmp_path, capsys):
    # An actor merged away renumbers the rest: Mali is a2 before and a1 after, and nothing changed.
    before = extraction(tmp_path / "before.jsonl", [event("PROTEST", [25, 39], ["a2"])], names=("Niger", "Mali"))
    after = extraction(tmp_path / "after.jsonl", [event("PROTEST", [25, 39], ["a1"])], names=("Mali",))
    tool.actors(before, after)
    assert "0 with actors or recipients changed" in capsys.readouterr().out


def test_diff_finds_a_mention_that_another_event_took_in(tool, tmp_path, capsys):
    before = extraction(tmp_path / "before.jsonl", [event("PROTEST", [25, 39], ["a2"]), event("PROTEST", [0, 4], ["a2"])])
    merged = {"type": "PROTEST", "evidence": [{"span": [0, 4]}, {"span": [25, 39]}], "actors": ["a2"], "recipients": []}
    after = extraction(tmp_path / "after.jsonl", [merged])
    tool.diff(before, after)
    assert "# removed 0, changed 0" in capsys.readouterr().out
