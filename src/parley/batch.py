"""Paths in, Documents out: reading, skipping bad inputs, and language processing in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import InputError
from .ingest import MAX_CHARS, read_paths
from .model import RawDocument
from .model import Document
from .nlp.pipeline import Pipeline


@dataclass
class Outcome:
    """What became of one input: a document, or the error that stopped it."""

    origin: str
    document: Document | None = None
    error: InputError | None = None
    warnings: list[str] = field(default_factory=list)


def process(
    paths: Iterable[str | Path],
    pipeline: Pipeline,
    published: date | None = None,
    max_chars: int = MAX_CHARS,
    batch_size: int = 16,
    skip_other_languages: bool = False,
) -> Iterator[Outcome]:
    """One Outcome per input document, in input order."""
    batch: list[RawDocument] = []
    for item in read_paths(paths, published=published, max_chars=max_chars, skip_other_languages=skip_other_languages):
        if isinstance(item, InputError):
            yield from _run(batch, pipeline)
            batch = []
            yield Outcome(origin=str(item.fields.get("path", "")), error=item)
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _run(batch, pipeline)
            batch = []
    yield from _run(batch, pipeline)


def _run(batch: list[RawDocument], pipeline: Pipeline) -> Iterator[Outcome]:
    for raw, document in zip(batch, pipeline.pipe(batch)):
        yield Outcome(origin=raw.origin, document=document, warnings=raw.warnings)
