"""Ray Data engine (``parley[ray]``): the inputs read as a Ray dataset, ``process_batch`` through
``map_batches`` on an actor pool, the outcomes streamed back in input order.

The driver lists the input files (names, never texts). Ray tasks read them, look their texts'
content hashes up in the store and keep what is stored out of the pipeline; actors, each loading
the pipeline once, extract units of UNIT_SIZE documents. The driver iterates a bounded window
of results, so its memory stays flat however many articles there are.

``ray.init()`` joins the cluster named by RAY_ADDRESS when it is set; otherwise it starts a local
runtime with one CPU per worker. On a cluster the store lookup runs on the nodes, so it needs a
database they all reach (PostgreSQL); with an SQLite file the driver still refuses every stored
text when it writes, after extracting it.
"""

from __future__ import annotations

import json
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Document
from . import process_batch, to_document, to_record

if TYPE_CHECKING:
    from ..batch import Outcome


class _Extractor:
    """One actor: a batch's records (JSON) in, its Documents (JSON) out; rows without records
    (inputs that failed or are stored) pass through."""

    def __call__(self, batch: dict) -> dict:
        return {"outcomes": batch["outcomes"],
                "documents": [json.dumps(process_batch(json.loads(records))) if records else "" for records in batch["records"]]}


def outcomes(paths: Iterable[str | Path], workers: int, stored: Callable | None = None, **reading) -> Iterator[Outcome]:
    """One Outcome per input document, in input order, as ``batch.process`` gives them; ``stored``
    must pickle (``Store.stored_ids`` does), since it runs where the inputs are read."""
    from ..ingest import STDIN, input_files

    # stdin is this process's: read it here, so that a task elsewhere gets its bytes.
    listing = [{"input": pickle.dumps((item, sys.stdin.buffer.read() if item == STDIN else None))}
               for item in input_files(paths)]
    if not listing:
        return
    for row in _dataset(listing, workers, stored, reading).iter_rows():
        settled = pickle.loads(row["outcomes"])
        if row["documents"]:
            for outcome, document in zip(settled, json.loads(row["documents"]), strict=True):
                outcome.document = to_document(document)
        yield from settled


def _dataset(listing: list[dict], workers: int, stored: Callable | None, reading: dict):
    """A lazy Ray dataset with a row per unit of work (``batch.work_units``), in input order:
    {outcomes: its Outcomes pickled, without documents; documents: their Documents as JSON, or ""}."""
    ray = _ray(workers)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    # A block per row, so that actors share one big file's batches instead of one actor taking them all.
    context.target_max_block_size = 1
    return (
        ray.data.from_items(listing)
        # Reading takes no CPU of its own: the actors hold every CPU of a local runtime.
        .flat_map(partial(_read, stored=stored, reading=reading), num_cpus=0, compute=ray.data.TaskPoolStrategy(size=workers))
        .map_batches(_Extractor, batch_size=1, num_cpus=1, compute=ray.data.ActorPoolStrategy(size=workers), batch_format="numpy")
    )


def _read(row: dict, stored: Callable | None, reading: dict) -> list[dict]:
    """One input file as rows, one per unit of work: a batch of documents to extract (with their
    records), or a settled Outcome (an input error, a text already stored)."""
    from ..batch import UNIT_SIZE, Outcome, work_units
    from ..ingest import read_input

    item, data = pickle.loads(row["input"])
    rows = []
    for unit in work_units(read_input(item, data=data, **reading), stored, UNIT_SIZE):
        if isinstance(unit, Outcome):
            rows.append({"outcomes": pickle.dumps([unit]), "records": ""})
        else:
            rows.append({"outcomes": pickle.dumps([Outcome(origin=raw.origin, warnings=raw.warnings) for raw in unit]),
                         "records": json.dumps([to_record(raw) for raw in unit], default=str, ensure_ascii=False)})
    return rows


def _ray(workers: int):
    if not os.environ.get("RAY_ADDRESS"):
        # Local workers run this very environment; Ray would otherwise start them with `uv run`,
        # which builds an environment without the ray extra.
        os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
    import ray

    if not ray.is_initialized():
        local = {} if os.environ.get("RAY_ADDRESS") else {"num_cpus": workers, "include_dashboard": False}
        ray.init(log_to_driver=False, **local)
    return ray


def write_parquet(documents: Iterable[Document], output: Path, rows_per_group: int = 256) -> int:
    """Documents as a Parquet file in the folder ``output``, written as they come: one row per
    document, its id and its JSON (the output schema), for a store or a data lake to load."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..iterate import batched

    schema = pa.schema([("id", pa.string()), ("document", pa.string())])
    output.mkdir(parents=True, exist_ok=True)
    count = 0
    with pq.ParquetWriter(output / "documents.parquet", schema) as writer:
        for group in batched(documents, rows_per_group):
            writer.write_table(pa.table({"id": [d.id for d in group], "document": [d.model_dump_json() for d in group]}, schema=schema))
            count += len(group)
    return count
