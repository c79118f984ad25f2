"""parley: news about conflict and diplomacy as structured, sourced PLOVER event data.

    >>> import parley
    >>> doc = parley.extract("Turkey urged a ceasefire on Tuesday.", published="2025-07-23")
    >>> [e.type for e in doc.events]

The public names are imported on first use, so ``import parley.model`` or ``parley.store`` does
not load spaCy or the HTML readers, and `parley --help` loads neither pydantic nor SQLAlchemy.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING

from .errors import ParleyError

if TYPE_CHECKING:
    from .model import Document, RawDocument
    from .ingest import read_paths
    from .nlp.pipeline import Pipeline
    from .store import Store

__all__ = ["Document", "ParleyError", "Pipeline", "RawDocument", "Store", "extract", "read_paths"]
__version__ = "0.1.0"

# Public name → the module that defines it, imported when the name is first read.
_LAZY = {
    "Document": ".model", "RawDocument": ".model", "Pipeline": ".nlp.pipeline", "Store": ".store", "read_paths": ".ingest",
}


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    from .nlp.pipeline import Pipeline

    return Pipeline()


def extract(text: str, published: date | str | None = None, **metadata: object) -> Document:
    """The Document parley reads in ``text``; ``published`` anchors relative dates."""
    from .ingest import parse_published

    return _default_pipeline().extract(text, published=parse_published(published, "published"), **metadata)
