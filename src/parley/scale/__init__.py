"""The one batch function every engine runs: raw documents in, Documents out, as plain data.

Plain dicts cross process and machine boundaries (multiprocessing, Ray) where spaCy Docs cannot.
"""

from __future__ import annotations

from dataclasses import asdict
from functools import lru_cache

from ..batch import settle_loaded_objects
from ..ingest.raw import parse_published
from ..model import Document, RawDocument

__all__ = ["process_batch", "to_record", "to_document"]


def process_batch(records: list[dict]) -> list[dict]:
    """One Document (as JSON-ready data) per record, in order; records hold RawDocument's fields."""
    raws = [_raw(record) for record in records]
    documents = [document.model_dump(mode="json") for document in _pipeline().pipe(raws)]
    settle_loaded_objects()  # a worker process (or Ray actor) is parley's own
    return documents


def to_record(raw: RawDocument) -> dict:
    """A RawDocument as the plain record ``process_batch`` takes."""
    return asdict(raw)


def to_document(data: dict) -> Document:
    return Document.model_validate(data)


@lru_cache(maxsize=1)
def _pipeline():
    """One Pipeline per process (worker or Ray actor): the spaCy model loads once."""
    from ..nlp.pipeline import Pipeline

    return Pipeline()


def _raw(record: dict) -> RawDocument:
    fields = {name: record.get(name) for name in ("text", "id", "title", "url", "source")}
    return RawDocument(
        **fields,
        published=parse_published(record.get("published"), "published"),
        origin=record.get("origin") or "<record>",
        warnings=list(record.get("warnings") or []),
    )
