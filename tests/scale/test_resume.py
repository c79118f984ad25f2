"""Real `parley ingest` processes: killed mid-way and re-run, or run three at once on one database."""

from __future__ import annotations

import re
import signal
import sqlite3
import time

from corpus import parley, stored


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
