"""`parley export --format plover`: one PLOVER record per event, streamed from the store."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from parley.export import write_plover
from parley.model import Actor, Document, Event, Span
from parley.store import Store

GSR = Path(__file__).resolve().parents[3] / "shared" / "data" / "plover" / "gsr_dev.jsonl"
TEXT = "Kenya agreed on Tuesday to send envoys to Peru."


def agreement() -> Document:
    return Document(
        id="d1", text=TEXT, source="Test Wire",
        actors=[Actor(id="a1", name="Kenya", kind="country", country="KEN", sector="GOV"),
                Actor(id="a2", name="Peru", kind="country", country="PER")],
        events=[Event(id="e1", type="AGREE", context=["diplomatic"], actors=["a1"], recipients=["a2"],
                      date="2025-07-22", evidence=[Span(text=TEXT[:-1], span=(0, len(TEXT) - 1))])],
    )


def test_each_event_becomes_one_plover_record_with_coded_source_and_target(tmp_path, database):
    store = Store(database)
    store.add(agreement())
    out = io.StringIO()
    assert write_plover(store.documents(), out) == 1
    [record] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert record["event"] == "AGREE" and record["mode"] == "" and record["context"] == "diplomatic"
    assert record["source"] == [{"text": "Kenya", "code": "KEN", "sector": "GOV"}]
    assert record["target"] == [{"text": "Peru", "code": "PER", "sector": ""}]
    assert record["text"] == TEXT[:-1] and record["document"] == "d1" and record["date"] == "2025-07-22"


def test_plover_records_carry_the_fields_of_the_plover_gold_records():
    if not GSR.exists():
        pytest.skip("../shared/data/plover/gsr_dev.jsonl is not here")
    gold = json.loads(GSR.read_text(encoding="utf-8").splitlines()[0])
    out = io.StringIO()
    write_plover([agreement()], out)
    record = json.loads(out.getvalue())
    assert {"id", "text", "event", "mode", "context", "source", "target"} <= set(record) & set(gold)
    assert set(record["source"][0]) == set(gold["source"][0])
