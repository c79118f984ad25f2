"""Read queries behind the API and the web pages: entities, quotes, documents, threads. Parameterized only."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel
from sqlalchemy import Connection, bindparam, text

from ..merge.names import name_key
from ..merge.views import EntityRef, EventFilters, MergedEvent, like_pattern, load_events


class ActorSummary(EntityRef):
    role: str | None = None
    documents: int
    events: int
    quotes: int


class QuoteItem(BaseModel):
    document: str
    id: str
    kind: str
    content: str
    speaker: str | None = None
    speaker_entity: str | None = None
    published: dt.date | None = None
    source: str | None = None


class DocumentSummary(BaseModel):
    id: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    events: int
    quotes: int


class Thread(BaseModel):
    id: str
    subject: str | None = None
    first_date: str | None = None
    last_date: str | None = None
    status: str | None = None
    steps: int
    events: list[str]


class ActorDetail(ActorSummary):
    merged_events: list[MergedEvent]
    quoted: list[QuoteItem]
    in_documents: list[DocumentSummary]


def _page(connection: Connection, select: str, clauses: list[str], params: dict, order: str, limit: int,
          offset: int) -> tuple[list[dict], int]:
    """One page of ``select`` under the filter ``clauses`` (joined by AND), and how many rows match in all."""
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    total = connection.execute(text(f"SELECT count(*) FROM ({select}{where}) matching"), params).scalar_one()
    rows = connection.execute(text(f"{select}{where} ORDER BY {order} LIMIT :limit OFFSET :offset"),
                              {**params, "limit": limit, "offset": offset}).mappings().all()
    return [dict(row) for row in rows], total


_ACTORS = """
SELECT e.id, e.name, e.kind, e.country, e.sector, e.role,
       (SELECT count(DISTINCT ae.document_id) FROM actor_entities ae WHERE ae.entity_id = e.id) AS documents,
       (SELECT count(DISTINCT me.merged_event_id) FROM merged_event_entities me WHERE me.entity_id = e.id) AS events,
       (SELECT count(*) FROM actor_entities ae JOIN quotes q
           ON q.document_id = ae.document_id AND q.speaker_actor_id = ae.actor_id WHERE ae.entity_id = e.id) AS quotes
  FROM entities e
"""


def actors(connection: Connection, q: str | None, country: str | None, limit: int, offset: int) -> tuple[list[ActorSummary], int]:
    clauses, params = [], {}
    if q:
        clauses.append("(e.name_key LIKE :q ESCAPE '\\' OR e.id = :exact)")
        params.update(q=like_pattern(name_key(q) or q), exact=q)
    if country:
        clauses.append("e.country = :country")
        params["country"] = country
    rows, total = _page(connection, _ACTORS, clauses, params, "documents DESC, e.name, e.id", limit, offset)
    return [ActorSummary(**row) for row in rows], total


_QUOTES = """
SELECT q.document_id AS document, q.id, q.kind, q.content_text AS content, q.speaker_text AS speaker,
       ae.entity_id AS speaker_entity, d.published, d.source
  FROM quotes q JOIN documents d ON d.id = q.document_id
  LEFT JOIN actor_entities ae ON ae.document_id = q.document_id AND ae.actor_id = q.speaker_actor_id
"""


def quotes(connection: Connection, speaker: str | None, q: str | None, limit: int, offset: int) -> tuple[list[QuoteItem], int]:
    clauses, params = [], {}
    if speaker:
        clauses.append("(ae.entity_id = :speaker OR ae.entity_id IN "
                       "(SELECT id FROM entities WHERE name_key LIKE :speaker_like ESCAPE '\\'))")
        params.update(speaker=speaker, speaker_like=like_pattern(name_key(speaker) or speaker))
    if q:
        clauses.append("q.content_text LIKE :q ESCAPE '\\'")
        params["q"] = like_pattern(q)
    rows, total = _page(connection, _QUOTES, clauses, params, "d.published, q.document_id, q.rowid", limit, offset)
    return [QuoteItem(**row) for row in rows], total


_DOCUMENTS = """
SELECT d.id, d.title, d.published, d.source, d.url,
       (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS events,
       (SELECT count(*) FROM quotes q WHERE q.document_id = d.id) AS quotes
  FROM documents d
"""


def documents(connection: Connection, q: str | None, limit: int, offset: int) -> tuple[list[DocumentSummary], int]:
    clauses, params = [], {}
    if q:
        clauses.append("(d.text LIKE :q ESCAPE '\\' OR d.title LIKE :q ESCAPE '\\')")
        params["q"] = like_pattern(q)
    rows, total = _page(connection, _DOCUMENTS, clauses, params, "d.published, d.id", limit, offset)
    return [DocumentSummary(**row) for row in rows], total


def threads(connection: Connection, limit: int, offset: int) -> tuple[list[Thread], int]:
    rows, total = _page(connection, "SELECT * FROM threads t", [], {}, "t.first_date, t.id", limit, offset)
    members: dict[str, list[str]] = {}
    if rows:
        query = text("SELECT thread_id, id FROM merged_events WHERE thread_id IN :ids ORDER BY sort_date, id").bindparams(
            bindparam("ids", expanding=True))
        for thread, merged in connection.execute(query, {"ids": [r["id"] for r in rows]}):
            members.setdefault(thread, []).append(f"m{merged}")
    return [Thread(**row, events=members.get(row["id"], [])) for row in rows], total


def actor(connection: Connection, entity_id: str) -> ActorDetail | None:
    row = connection.execute(text(f"{_ACTORS} WHERE e.id = :e"), {"e": entity_id}).mappings().first()
    if row is None:
        return None
    merged = connection.execute(
        text("SELECT m.id FROM merged_events m WHERE m.id IN (SELECT merged_event_id FROM merged_event_entities "
             "WHERE entity_id = :e) ORDER BY m.sort_date, m.id"), {"e": entity_id}).scalars().all()
    said = connection.execute(text(f"{_QUOTES} WHERE ae.entity_id = :e ORDER BY d.published, q.document_id, q.rowid"),
                              {"e": entity_id}).mappings()
    named_in = connection.execute(
        text(f"{_DOCUMENTS} WHERE d.id IN (SELECT document_id FROM actor_entities WHERE entity_id = :e) ORDER BY d.published, d.id"),
        {"e": entity_id}).mappings()
    return ActorDetail(**row, merged_events=load_events(connection, list(merged)),
                       quoted=[QuoteItem(**q) for q in said], in_documents=[DocumentSummary(**d) for d in named_in])


def thread_events(connection: Connection, thread_id: str) -> list[MergedEvent]:
    ids = connection.execute(text("SELECT id FROM merged_events WHERE thread_id = :t ORDER BY sort_date, id"),
                             {"t": thread_id}).scalars().all()
    return load_events(connection, list(ids))


__all__ = ["EventFilters", "actor", "actors", "documents", "quotes", "thread_events", "threads"]
