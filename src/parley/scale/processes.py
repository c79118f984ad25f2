"""Batches of documents on N worker processes, results in input order, with a bounded queue."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..model import Document, RawDocument
from . import process_batch, to_document, to_record

# Units queued per worker: enough that one slow unit at the head of the line (results leave in
# input order) does not leave the other workers idle, few enough that memory stays flat.
QUEUED_PER_WORKER = 4

_pool: ProcessPoolExecutor | None = None
_pool_workers = 0


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """``workers`` processes, started once and kept for later runs in this process: each spends
    seconds loading the pipeline, which a second ingest or extract should not pay again."""
    global _pool, _pool_workers
    if _pool is None or _pool_workers != workers:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
        # Spawned, not forked: a fork copies the caller's threads and sockets (a web server, a Ray
        # runtime), and a child that inherits them can die mid-batch.
        _pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
        _pool_workers = workers
    return _pool


def run_batches(units: Iterable[object], workers: int) -> Iterator[tuple[object, list[Document] | None]]:
    """Each unit with its Documents (None for units that are not batches of RawDocuments), in order."""
    global _pool
    pool = worker_pool(workers)
    queued: deque[tuple[object, Future | None]] = deque()
    try:
        for unit in units:
            is_batch = isinstance(unit, list) and all(isinstance(raw, RawDocument) for raw in unit)
            queued.append((unit, pool.submit(process_batch, [to_record(raw) for raw in unit]) if is_batch else None))
            while queued and (queued[0][1] is None or len(queued) > QUEUED_PER_WORKER * workers):
                yield _finished(*queued.popleft())
        while queued:
            yield _finished(*queued.popleft())
    except BrokenProcessPool:
        _pool = None  # a worker died (killed, out of memory): the next run starts new ones
        raise
    finally:
        for _, job in queued:  # a run stopped early leaves no work behind for the next
            if job is not None:
                job.cancel()


def _finished(unit: object, job: Future | None) -> tuple[object, list[Document] | None]:
    return unit, None if job is None else [to_document(data) for data in job.result()]
