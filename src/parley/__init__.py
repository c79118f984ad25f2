"""parley: news about conflict and diplomacy as structured, sourced PLOVER event data.

    >>> import parley
    >>> doc = parley.extract("Turkey urged a ceasefire on Tuesday.", published="2025-07-23")
    >>> [e.type for e in doc.events]
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from .errors import ParleyError
from .ingest import RawDocument, parse_published, read_paths
from .model import Document
from .nlp.pipeline import Pipeline
from .store import Store

__all__ = ["Document", "ParleyError", "Pipeline", "RawDocument", "Store", "extract", "read_paths"]
__version__ = "0.1.0"


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def extract(text: str, published: date | str | None = None, **metadata: object) -> Document:
    """The Document parley reads in ``text``; ``published`` anchors relative dates."""
    return _default_pipeline().extract(text, published=parse_published(published, "published"), **metadata)
