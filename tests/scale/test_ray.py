"""`--engine ray` on a real local Ray runtime with 2 CPUs: the same Documents as one process."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.store import Store

# Workers run this environment as it is (see parley.scale.ray); read when ray is imported.
os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
ray = pytest.importorskip("ray", reason="the ray extra is not installed (CI installs every extra)")
runner = CliRunner()
pytestmark = pytest.mark.slow  # a Ray runtime and its actors take minutes to start on a busy 2-core machine


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def lines(*args: str) -> list[dict]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_ray_engine_extracts_what_one_process_extracts_in_the_same_order(corpus, local_ray):
    path = str(corpus(20))
    one = lines("extract", path, "--workers", "1")
    assert lines("extract", path, "--engine", "ray", "--workers", "2") == one
    assert [doc["id"] for doc in one] == [f"talks-{n}" for n in range(20)]


def test_ray_engine_ingests_into_the_store_and_skips_what_is_stored(corpus, tmp_path, local_ray):
    store = Store(tmp_path / "parley.db")
    assert store.ingest([str(corpus(6))], engine="ray", workers=2).added == 6
    report = store.ingest([str(corpus(8))], engine="ray", workers=2)
    assert (report.added, len(report.already_stored)) == (2, 6)
    assert [d.id for d in store.documents()] == sorted(f"talks-{n}" for n in range(8))


def test_ray_engine_writes_parquet_with_the_documents_one_process_extracts(corpus, tmp_path, local_ray):
    import pyarrow.parquet as pq

    path = str(corpus(6))
    result = runner.invoke(app, ["ingest", path, "--engine", "ray", "--workers", "2", "-o", str(tmp_path / "out")],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(tmp_path / "out").to_pylist()
    written = {row["id"]: json.loads(row["document"]) for row in table}
    assert written == {doc["id"]: doc for doc in lines("extract", path, "--workers", "1")}
