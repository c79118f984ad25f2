"""Paths in, Documents out: reading, skipping bad or already-stored inputs, and language processing.

Documents are grouped once, into batches bounded by count and characters; a batch is the unit of
work for the in-process pipeline and for every worker process.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import InputError, ParleyError
from .ingest import MAX_CHARS, read_paths
from .iterate import batched
from .model import Document, RawDocument, content_hash

# Documents whose content hashes are looked up in the store with one query.
LOOKUP_SIZE = 256
BATCH_SIZE = 16
# Documents per unit handed to a worker process or Ray actor: small, so that near the end of a run
# every worker still has a unit to read (spaCy on a CPU reads 4 documents at a time as fast as 16).
UNIT_SIZE = 4
# Characters per batch: many short articles go together, a long one goes alone (and is chunked).
BATCH_CHARS = 100_000
ENGINES = ("processes", "ray")

StoredIds = Callable[[list[str]], dict[str, str]]


@dataclass
class Outcome:
    """What became of one input: a document, the id it is already stored under, or an error."""

    origin: str
    document: Document | None = None
    error: ParleyError | None = None
    warnings: list[str] = field(default_factory=list)
    stored_as: str | None = None


def process(
    paths: Iterable[str | Path],
    pipeline=None,
    published: date | None = None,
    max_chars: int = MAX_CHARS,
    workers: int = 1,
    stored: StoredIds | None = None,
    skip_other_languages: bool = False,
    engine: str = "processes",
) -> Iterator[Outcome]:
    """One Outcome per input document, in input order, whatever the number of workers.

    ``stored`` maps content hashes to the ids already stored under them: those documents are
    skipped before any language processing. With ``workers`` > 1 units of UNIT_SIZE documents go
    to that many processes, a few each in flight, so memory stays flat as the input grows.
    ``engine="ray"`` reads and extracts on Ray Data instead (see scale/ray.py).
    """
    if engine == "ray":
        from .scale.ray import outcomes

        yield from outcomes(paths, workers, stored, published=published, max_chars=max_chars,
                            skip_other_languages=skip_other_languages)
        return
    items = read_paths(paths, published=published, max_chars=max_chars, skip_other_languages=skip_other_languages)
    units = work_units(items, stored, UNIT_SIZE if workers > 1 else BATCH_SIZE)
    if workers > 1:
        from .scale.processes import run_batches

        results = run_batches(units, workers)
    else:
        if pipeline is None:
            from .nlp.pipeline import Pipeline

            pipeline = Pipeline(batch_size=BATCH_SIZE, batch_chars=BATCH_CHARS)
        results = ((unit, None if isinstance(unit, Outcome) else pipeline.pipe(unit)) for unit in units)
    for unit, documents in results:
        if isinstance(unit, Outcome):
            yield unit
            continue
        for raw, document in zip(unit, documents, strict=True):
            yield Outcome(origin=raw.origin, document=document, warnings=raw.warnings)


_settled = False


def settle_loaded_objects() -> None:
    """Once per process, after its first batch: exempt what is loaded by then (spaCy's model, the lexicons, the
    knowledge base) from the garbage collector's full passes, each of which walks every object of the
    process (about 3% of the pipeline's time on PolNeAR articles, 0.3% with them exempt). Called where parley
    owns the process (its commands, its worker processes): gc.freeze is process-wide, so a program that
    embeds Pipeline decides for itself."""
    global _settled
    if not _settled:
        _settled = True
        gc.collect()  # so that no garbage is exempted with them
        gc.freeze()


def default_workers() -> int:
    """Every core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def work_units(items: Iterable[RawDocument | InputError], stored: StoredIds | None,
               size: int = BATCH_SIZE) -> Iterator[Outcome | list[RawDocument]]:
    """Outcomes that need no language processing, and batches of documents that do (at most
    ``size`` documents and BATCH_CHARS characters, save a longer text alone), in input order."""
    batch: list[RawDocument] = []
    chars = 0
    for window in batched(items, LOOKUP_SIZE):
        raws = [item for item in window if isinstance(item, RawDocument)]
        known = stored([content_hash(raw.text) for raw in raws]) if stored and raws else {}
        for item in window:
            if isinstance(item, RawDocument) and content_hash(item.text) not in known:
                if batch and (len(batch) >= size or chars + len(item.text) > BATCH_CHARS):
                    yield batch
                    batch, chars = [], 0
                batch.append(item)
                chars += len(item.text)
                continue
            if batch:
                yield batch
                batch, chars = [], 0
            if isinstance(item, RawDocument):
                yield Outcome(origin=item.origin, warnings=item.warnings, stored_as=known[content_hash(item.text)])
            else:
                yield Outcome(origin=str(item.fields.get("path", "")), error=item)
    if batch:
        yield batch


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """About how many documents ``paths`` hold (a JSON Lines file counts its lines), for a
    progress bar's total; None when one of them is stdin."""
    from .ingest import STDIN, SUFFIXES, input_files

    total = 0
    for item in input_files(paths):
        if item == STDIN:
            return None
        if isinstance(item, InputError) or SUFFIXES.get(Path(item).suffix.lower()) != "jsonl":
            total += 1  # a missing path is one error line; a text or page is one document
            continue
        try:
            with open(item, "rb") as lines:
                total += sum(1 for line in lines if line.strip())
        except OSError:
            total += 1  # reading it will report the error
    return total
