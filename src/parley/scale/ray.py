"""Ray Data engine: the same batches through ``map_batches`` on an actor pool (``parley[ray]``).

``ray.init()`` joins the cluster named by RAY_ADDRESS when it is set; otherwise it starts a local
runtime with one CPU per worker. Each actor loads the pipeline once (``process_batch`` caches it).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator

from ..model import RawDocument
from ..model import Document
from . import process_batch, to_document, to_record


class _Extractor:
    """One actor: records (JSON) in, Documents (JSON) out."""

    def __call__(self, batch: dict) -> dict:
        documents = process_batch([json.loads(record) for record in batch["record"]])
        return {"id": [document["id"] for document in documents],
                "document": [json.dumps(document) for document in documents]}


def dataset(raws: list[RawDocument], workers: int, batch_size: int):
    """A Ray dataset of Documents as JSON, in input order, computed by ``workers`` actors."""
    if not os.environ.get("RAY_ADDRESS"):
        # Local workers run this very environment; Ray would otherwise start them with `uv run`,
        # which builds an environment without the ray extra.
        os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
    import ray

    if not ray.is_initialized():
        local = {} if os.environ.get("RAY_ADDRESS") else {"num_cpus": workers, "include_dashboard": False}
        ray.init(log_to_driver=False, **local)
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    items = [{"record": json.dumps(to_record(raw), default=str)} for raw in raws]
    return ray.data.from_items(items).map_batches(
        _Extractor, batch_size=batch_size, concurrency=workers, num_cpus=1, batch_format="numpy"
    )


def run_batches(units: Iterable[object], workers: int, batch_size: int = 16) -> Iterator[tuple[object, list[Document] | None]]:
    """Like ``processes.run_batches``: each unit with its Documents, in input order.

    The units are read first (Ray Data needs its items up front), so the driver holds the raw
    texts of one run; the language processing runs on the cluster.
    """
    units = list(units)
    raws = [raw for unit in units if isinstance(unit, list) for raw in unit]
    documents = iter(dataset(raws, workers, batch_size).iter_rows()) if raws else iter(())
    for unit in units:
        if isinstance(unit, list):
            yield unit, [to_document(json.loads(next(documents)["document"])) for _ in unit]
        else:
            yield unit, None


def write_parquet(raws: list[RawDocument], output: str, workers: int, batch_size: int = 16) -> int:
    """Documents as Parquet files in the folder ``output``: one row per document, its id and its
    JSON (the output schema), for a store or a data lake to load."""
    if raws:
        dataset(raws, workers, batch_size).write_parquet(output)
    return len(raws)
