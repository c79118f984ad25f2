"""`parley demo` merges its articles and ends with the merged timeline and the command that browses it."""

from __future__ import annotations

from typer.testing import CliRunner

from parley.cli import app
from parley.store import Store


def test_demo_ends_with_the_merged_timeline_and_how_to_browse_it(tmp_path):
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Timeline of merged events" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == f"Browse the timeline: parley serve --db {db}"
    store = Store(db)
    assert store.count("merged_events") < store.count("events")
    assert store.count("threads") >= 1
    assert any(row["corroboration"] > 1 for row in store.rows("merged_events"))
    # Two outlets count the Dorn exchange differently (450 and 400 detainees): one merged event, one conflict.
    claims = sorted(row["value"] for row in store.rows("conflict_claims"))
    assert store.count("conflicts") >= 1 and {"400", "450"} <= set(claims)
