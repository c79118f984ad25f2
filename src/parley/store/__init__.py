"""Where Documents are kept: SQLite by default (WAL, FTS5), any SQLAlchemy URL otherwise."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from ..errors import BadQuery, DocumentNotFound, StoreUnavailable
from ..model import Actor, Document, Event, Location, Mention, Quantity, Quote, Span, Speaker, TimeExpression, content_hash
from . import schema

__all__ = ["Store", "SearchHit"]

DEFAULT_PATH = "parley.db"
TABLES = ("documents", "actors", "mentions", "quotes", "times", "quantities", "events", "evidence")


@dataclass
class SearchHit:
    document_id: str
    title: str | None
    kind: str  # "document" or "quote"
    snippet: str


class Store:
    """A parley database. ``Store("parley.db")`` or ``Store("postgresql://…")``."""

    def __init__(self, location: str | Path = DEFAULT_PATH) -> None:
        self.location = str(location)
        url = self.location if "://" in self.location else f"sqlite:///{self.location}"
        self.is_sqlite = url.startswith("sqlite")
        try:
            if "://" not in self.location and self.location not in (":memory:", ""):
                parent = Path(self.location).resolve().parent
                if not parent.is_dir():
                    raise StoreUnavailable(path=self.location, reason=f"folder {parent} does not exist")
            self.engine: Engine = create_engine(url)
            if self.is_sqlite:
                event.listen(self.engine, "connect", _sqlite_pragmas)
            schema.metadata.create_all(self.engine)
            if self.is_sqlite:
                with self.engine.begin() as connection:
                    for statement in schema.SQLITE_FTS:
                        connection.exec_driver_sql(statement)
        except (OperationalError, DBAPIError) as error:
            raise StoreUnavailable(path=self.location, reason=str(error.orig).strip()) from error

    def add(self, document: Document) -> bool:
        """Store ``document`` in one transaction; False when the same text is already stored."""
        digest = content_hash(document.text)
        try:
            with self.engine.begin() as connection:
                if connection.execute(select(schema.documents.c.id).where(schema.documents.c.content_hash == digest)).first():
                    return False
                taken = connection.execute(select(schema.documents.c.id).where(schema.documents.c.id == document.id)).first()
                doc_id = f"{document.id}-{digest[:8]}" if taken else document.id
                for table, rows in _rows(document, doc_id, digest):
                    if rows:
                        connection.execute(table.insert(), rows)
        except OperationalError as error:  # read-only file, full disk, locked database
            raise StoreUnavailable(path=self.location, reason=str(error.orig).strip()) from error
        return True

    def get(self, doc_id: str) -> Document:
        with self.engine.connect() as connection:
            return _document(connection, doc_id, self.location)

    def documents(self) -> Iterator[Document]:
        with self.engine.connect() as connection:
            ids = connection.execute(select(schema.documents.c.id).order_by(schema.documents.c.published)).scalars().all()
            for doc_id in ids:
                yield _document(connection, doc_id, self.location)

    def count(self, table: str = "documents") -> int:
        with self.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(schema.metadata.tables[table])).scalar_one()

    def columns(self, table: str) -> list[str]:
        return [column.name for column in schema.metadata.tables[table].columns]

    def rows(self, table: str) -> Iterator[dict]:
        """Every row of one table, as the database holds it."""
        with self.engine.connect() as connection:
            for row in connection.execute(select(schema.metadata.tables[table])).mappings():
                yield dict(row)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Documents and quotes matching an FTS5 query (SQLite), or containing ``query`` (others)."""
        if not query.strip():
            raise BadQuery(query=query, reason="the query is empty")
        with self.engine.connect() as connection:
            try:
                if self.is_sqlite:
                    rows = connection.execute(text(_FTS_SEARCH), {"q": query, "limit": limit}).all()
                else:
                    rows = connection.execute(text(_LIKE_SEARCH), {"q": f"%{query}%", "limit": limit}).all()
            except OperationalError as error:
                raise BadQuery(query=query, reason=str(error.orig)) from error
        return [SearchHit(*row) for row in rows]


_FTS_SEARCH = """
SELECT d.id, d.title, 'document', snippet(documents_fts, 1, '[', ']', '…', 12)
  FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
 WHERE documents_fts MATCH :q
UNION ALL
SELECT q.document_id, d.title, 'quote', snippet(quotes_fts, 0, '[', ']', '…', 12)
  FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN documents d ON d.id = q.document_id
 WHERE quotes_fts MATCH :q
LIMIT :limit
"""
_LIKE_SEARCH = """
SELECT id, title, 'document', substr(text, 1, 120) FROM documents WHERE text LIKE :q LIMIT :limit
"""


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _offsets(span: Span | None, prefix: str = "") -> dict:
    if span is None:
        return {f"{prefix}text": None, f"{prefix}start_char": None, f"{prefix}end_char": None}
    return {f"{prefix}text": span.text, f"{prefix}start_char": span.span[0], f"{prefix}end_char": span.span[1]}


def _rows(document: Document, doc_id: str, digest: str):
    key = {"document_id": doc_id}
    yield schema.documents, [{
        "id": doc_id, "content_hash": digest, "title": document.title, "published": document.published,
        "url": document.url, "source": document.source, "text": document.text,
        "ingested_at": datetime.now(timezone.utc).replace(tzinfo=None),
    }]
    yield schema.actors, [
        {**key, "position": i, **actor.model_dump(include={"id", "name", "kind", "country", "sector", "role", "kb_id"})}
        for i, actor in enumerate(document.actors)
    ]
    yield schema.mentions, [
        {**key, "actor_id": actor.id, "position": i, "kind": mention.kind, **_offsets(mention)}
        for actor in document.actors for i, mention in enumerate(actor.mentions)
    ]
    yield schema.quotes, [
        {**key, "id": quote.id, "kind": quote.kind, **_offsets(quote.content, "content_"),
         **_offsets(quote.cue, "cue_"), **_offsets(quote.speaker, "speaker_"),
         "speaker_actor_id": quote.speaker.actor if quote.speaker else None}
        for quote in document.quotes
    ]
    yield schema.times, [
        {**key, "position": i, "type": t.type, "value": t.value, **_offsets(t)} for i, t in enumerate(document.times)
    ]
    yield schema.quantities, [_quantity_row(key, i, q) for i, q in enumerate(document.quantities)]
    yield schema.events, [_event_row(key, i, e) for i, e in enumerate(document.events)]
    yield schema.event_participants, [
        {**key, "event_id": e.id, "role": role, "actor_id": actor_id, "position": i}
        for e in document.events for role, ids in (("actor", e.actors), ("recipient", e.recipients))
        for i, actor_id in enumerate(ids)
    ]
    yield schema.evidence, [
        {**key, "event_id": e.id, "position": i, **_offsets(span)} for e in document.events for i, span in enumerate(e.evidence)
    ]


def _quantity_row(key: dict, position: int, quantity: Quantity) -> dict:
    value = quantity.value
    low, high = value if isinstance(value, tuple) else (value, None)
    return {
        **key, "position": position, **_offsets(quantity), "value": low, "value_high": high,
        "is_range": high is not None, "is_integer": isinstance(low, int),
        "unit": quantity.unit, "what": quantity.what, "approximate": quantity.approximate, "casualty": quantity.casualty,
    }


def _event_row(key: dict, position: int, event: Event) -> dict:
    location = event.location
    return {
        **key, "id": event.id, "position": position, "type": event.type, "mode": event.mode, "date": event.date,
        "aux": json.dumps(event.aux), "context": json.dumps(event.context),
        "actors": json.dumps(event.actors), "recipients": json.dumps(event.recipients),
        "quantities": json.dumps(event.quantities), "quote_id": event.quote, "confidence": event.confidence,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "location_start_char": location.span[0] if location and location.span else None,
        "location_end_char": location.span[1] if location and location.span else None,
    }


def _span(row, prefix: str = "") -> Span | None:
    if row[f"{prefix}text"] is None:
        return None
    return Span(text=row[f"{prefix}text"], span=(row[f"{prefix}start_char"], row[f"{prefix}end_char"]))


def _select(connection, table, doc_id: str, *order):
    return connection.execute(select(table).where(table.c.document_id == doc_id).order_by(*order)).mappings().all()


def _document(connection, doc_id: str, location: str) -> Document:
    head = connection.execute(select(schema.documents).where(schema.documents.c.id == doc_id)).mappings().first()
    if head is None:
        raise DocumentNotFound(doc_id=doc_id, path=location)
    mentions: dict[str, list[Mention]] = {}
    for row in _select(connection, schema.mentions, doc_id, schema.mentions.c.actor_id, schema.mentions.c.position):
        mentions.setdefault(row["actor_id"], []).append(Mention(kind=row["kind"], **_span(row).model_dump()))
    actors = [
        Actor(**{k: row[k] for k in ("id", "name", "kind", "country", "sector", "role", "kb_id")}, mentions=mentions.get(row["id"], []))
        for row in _select(connection, schema.actors, doc_id, schema.actors.c.position)
    ]
    quotes = [
        Quote(id=row["id"], kind=row["kind"], content=_span(row, "content_"), cue=_span(row, "cue_"),
              speaker=Speaker(actor=row["speaker_actor_id"], **_span(row, "speaker_").model_dump()) if row["speaker_text"] is not None else None)
        for row in _select(connection, schema.quotes, doc_id, schema.quotes.c.rowid)
    ]
    times = [
        TimeExpression(type=row["type"], value=row["value"], **_span(row).model_dump())
        for row in _select(connection, schema.times, doc_id, schema.times.c.position)
    ]
    quantities = [_quantity(row) for row in _select(connection, schema.quantities, doc_id, schema.quantities.c.position)]
    evidence: dict[str, list[Span]] = {}
    for row in _select(connection, schema.evidence, doc_id, schema.evidence.c.event_id, schema.evidence.c.position):
        evidence.setdefault(row["event_id"], []).append(_span(row))
    events = [
        _event(row, evidence.get(row["id"], []))
        for row in _select(connection, schema.events, doc_id, schema.events.c.position)
    ]
    return Document(
        id=head["id"], title=head["title"], published=head["published"], url=head["url"], source=head["source"],
        text=head["text"], actors=actors, quotes=quotes, times=times, quantities=quantities, events=events,
    )


def _quantity(row) -> Quantity:
    cast = int if row["is_integer"] else float
    value = (cast(row["value"]), cast(row["value_high"])) if row["is_range"] else cast(row["value"])
    return Quantity(
        value=value, unit=row["unit"], what=row["what"], approximate=row["approximate"],
        casualty=row["casualty"], **_span(row).model_dump(),
    )


def _event(row, evidence: list[Span]) -> Event:
    location = None
    if row["location_name"] is not None:
        span = (row["location_start_char"], row["location_end_char"]) if row["location_start_char"] is not None else None
        location = Location(name=row["location_name"], country=row["location_country"], span=span)
    return Event(
        id=row["id"], type=row["type"], mode=row["mode"], aux=json.loads(row["aux"]), context=json.loads(row["context"]),
        actors=json.loads(row["actors"]), recipients=json.loads(row["recipients"]), date=row["date"],
        location=location, quantities=json.loads(row["quantities"]), evidence=evidence,
        quote=row["quote_id"], confidence=row["confidence"],
    )
