"""Batches of documents on N worker processes, results in input order, with a bounded queue."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from ..model import Document, RawDocument
from . import process_batch, to_document, to_record

# Batches queued per worker: enough to keep each busy, few enough that memory stays flat.
QUEUED_PER_WORKER = 2


def run_batches(units: Iterable[object], workers: int) -> Iterator[tuple[object, list[Document] | None]]:
    """Each unit with its Documents (None for units that are not batches of RawDocuments), in order."""
    # Spawned, not forked: a fork copies the caller's threads and sockets (a web server, a Ray
    # runtime), and a child that inherits them can die mid-batch.
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        queued: deque[tuple[object, Future | None]] = deque()
        for unit in units:
            is_batch = isinstance(unit, list) and all(isinstance(raw, RawDocument) for raw in unit)
            queued.append((unit, pool.submit(process_batch, [to_record(raw) for raw in unit]) if is_batch else None))
            while queued and (queued[0][1] is None or len(queued) > QUEUED_PER_WORKER * workers):
                yield _finished(*queued.popleft())
        while queued:
            yield _finished(*queued.popleft())


def _finished(unit: object, job: Future | None) -> tuple[object, list[Document] | None]:
    return unit, None if job is None else [to_document(data) for data in job.result()]
