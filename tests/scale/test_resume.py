"""Real `parley ingest` processes: killed mid-way and re-run, or run three at once on one database."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import time

from parley import merge
from parley.store import Store

from corpus import article, parley, stored


def counts(stdout: str) -> tuple[int, int, int]:
    added, already, failed = re.search(r"(\d+) added, (\d+) already stored.*?, (\d+) failed", stdout, re.S).groups()
    return int(added), int(already), int(failed)


def committed_any(db) -> bool:
    try:
        return db.exists() and bool(stored(db))
    except sqlite3.OperationalError:  # the run has not created its tables yet
        return False


def test_killed_ingest_keeps_what_it_committed_and_a_rerun_finishes_without_duplicates(corpus, tmp_path):
    path, db = corpus(200), tmp_path / "parley.db"
    run = parley("ingest", str(path), "--db", str(db), "--workers", "1")
    deadline = time.monotonic() + 300
    while not committed_any(db) and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.2)
    run.send_signal(signal.SIGKILL)
    run.wait()
    committed = stored(db)
    assert 0 < len(committed) < 200, "the run must be killed after its first commit and before its last"

    rerun = parley("ingest", str(path), "--db", str(db), "--workers", "1")
    stdout, stderr = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, stderr
    after = stored(db)
    assert set(committed) <= set(after)
    assert len(after) == 200 and len({digest for _, digest in after}) == 200
    assert counts(stdout) == (200 - len(committed), len(committed), 0)


def test_three_concurrent_ingests_into_one_new_database_all_finish_with_the_serial_counts(corpus, tmp_path):
    path = corpus(24)
    serial = parley("ingest", str(path), "--db", str(tmp_path / "serial.db"), "--workers", "1")
    serial_stdout, _ = serial.communicate(timeout=600)

    db = tmp_path / "shared.db"
    runs = [parley("ingest", str(path), "--db", str(db), "--workers", "1") for _ in range(3)]
    results = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], [stderr for _, stderr in results]
    assert stored(db) == stored(tmp_path / "serial.db")
    added = [counts(stdout)[0] for stdout, _ in results]
    assert sum(added) == counts(serial_stdout)[0] == 24
    assert all(sum(counts(stdout)) == 24 for stdout, _ in results)


def test_concurrent_ingests_of_overlapping_inputs_lose_nothing_store_each_text_once_and_merge_it_once(tmp_path, database):
    """Three real processes at once on one database (SQLite, then a real PostgreSQL server): the
    first 16 articles, the last 16, and all 24."""
    shares = {"first": range(0, 16), "last": range(8, 24), "all": range(0, 24)}
    paths = {}
    for name, numbers in shares.items():
        paths[name] = tmp_path / f"{name}.jsonl"
        paths[name].write_text("".join(json.dumps(article(n)) + "\n" for n in numbers), encoding="utf-8")
    runs = {name: parley("ingest", str(path), "--db", database, "--workers", "1") for name, path in paths.items()}
    results = {name: run.communicate(timeout=900) for name, run in runs.items()}
    assert all(run.returncode == 0 for run in runs.values()), {name: stderr for name, (_, stderr) in results.items()}

    for name, (stdout, _) in results.items():
        added, already, failed = counts(stdout)
        assert (added + already, failed) == (len(shares[name]), 0)
    assert sum(counts(stdout)[0] for stdout, _ in results.values()) == 24

    store = Store(database)
    documents = list(store.rows("documents"))
    assert sorted(row["id"] for row in documents) == sorted(f"talks-{n}" for n in range(24))
    assert len({row["content_hash"] for row in documents}) == 24
    # Every event of every document is in exactly one merged event, which counts its documents.
    events = sorted((row["document_id"], row["id"]) for row in store.rows("events"))
    sources = list(store.rows("merged_event_sources"))
    assert events and sorted((row["document_id"], row["event_id"]) for row in sources) == events
    documents_of: dict[int, set[str]] = {}
    for row in sources:
        documents_of.setdefault(row["merged_event_id"], set()).add(row["document_id"])
    assert {row["id"]: row["corroboration"] for row in store.rows("merged_events")} == {
        merged: len(ids) for merged, ids in documents_of.items()}
    assert merge.update(store) == 0
