"""SQL text parsed once: the merge runs the same few statements thousands of times per ingest."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import TextClause, text


@lru_cache(maxsize=256)
def sql(statement: str) -> TextClause:
    return text(statement)
