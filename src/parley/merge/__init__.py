"""Across documents: one entity per actor, one merged event per real event, conflicts and negotiation threads.

Works on stored documents only; every table it writes can be rebuilt from the per-document tables.

    >>> from parley import Store, merge
    >>> store = Store("parley.db")
    >>> merge.rebuild(store)           # or merge.update(store, new_document_ids) after an ingest
    >>> merge.timeline(store)[:3]
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import bindparam

from ..store import Store
from ..store.schema import MERGED_TABLES
from .entities import resolve_document
from .events import EventMerger
from .sql import sql
from .threads import link
from .views import MergedEvent, timeline

__all__ = ["MergedEvent", "rebuild", "timeline", "update"]


# Any fixed number, apart from the store's schema lock: concurrent merges on PostgreSQL take it in turn.
_MERGE_LOCK = 7_051_999
_PENDING = """
SELECT id FROM documents d
 WHERE NOT EXISTS (SELECT 1 FROM actor_entities a WHERE a.document_id = d.id)
   AND NOT EXISTS (SELECT 1 FROM merged_event_sources s WHERE s.document_id = d.id)
"""


def update(store: Store, document_ids: Iterable[str] | None = None) -> int:
    """Merge stored documents not merged yet (all of them, or those of ``document_ids``) into the merged view.

    Answers how many merged events they touched. Documents already merged are skipped, so calling it
    twice changes nothing. Concurrent runs (several `parley ingest` on one database) merge one at a time.
    """
    with store.writer.begin() as connection:
        if connection.dialect.name == "postgresql":
            # SQLite's BEGIN IMMEDIATE already serializes writers; PostgreSQL needs the lock asked for.
            connection.execute(sql("SELECT pg_advisory_xact_lock(:key)"), {"key": _MERGE_LOCK})
        if document_ids is None:
            query, params = sql(_PENDING + " ORDER BY ingested_at, id"), {}
        else:
            query = sql(_PENDING + " AND id IN :ids ORDER BY ingested_at, id").bindparams(bindparam("ids", expanding=True))
            params = {"ids": list(dict.fromkeys(document_ids))}
        fresh = connection.execute(query, params).scalars().all()
        merger = EventMerger(connection)
        for document_id in fresh:
            _backfill_participants(connection, document_id)
            merger.add_document(document_id, resolve_document(connection, document_id))
        link(connection, merger.touched)
    return len(merger.touched)


def _backfill_participants(connection, document_id: str) -> None:
    """Databases written before the event_participants table get its rows from the events' JSON lists."""
    if connection.execute(sql("SELECT 1 FROM event_participants WHERE document_id = :d LIMIT 1"), {"d": document_id}).first():
        return
    rows = [
        {"d": document_id, "e": event_id, "r": role, "a": actor_id, "p": i}
        for event_id, actors, recipients in connection.execute(
            sql("SELECT id, actors, recipients FROM events WHERE document_id = :d"), {"d": document_id})
        for role, ids in (("actor", json.loads(actors)), ("recipient", json.loads(recipients)))
        for i, actor_id in enumerate(ids)
    ]
    if rows:
        connection.execute(sql("INSERT INTO event_participants (document_id, event_id, role, actor_id, position) "
                                "VALUES (:d, :e, :r, :a, :p)"), rows)


def rebuild(store: Store) -> int:
    """Drop the merged view and merge every stored document again, in the order they were ingested."""
    with store.writer.begin() as connection:
        for table in MERGED_TABLES:
            connection.execute(sql(f"DELETE FROM {table}"))
    return update(store)
