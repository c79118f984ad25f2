"""The merged view read back: merged events in the shape of ../shared/DESIGN.md, filtered and paged."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from pydantic import BaseModel
from sqlalchemy import Connection, bindparam

from ..model import AuxMode, Location, Span
from .names import name_key
from .sql import sql


class EntityRef(BaseModel):
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None


class Source(BaseModel):
    document: str
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    event: str
    type: str
    date: str | None = None
    evidence: Span | None = None


class Claim(BaseModel):
    value: str
    document: str
    source: str | None = None
    event: str
    text: str | None = None


class Conflict(BaseModel):
    field: str
    what: str | None = None
    claims: list[Claim]


class MergedEvent(BaseModel):
    id: str
    type: str
    mode: str | None = None
    aux: list[AuxMode] = []
    context: list[str] = []
    actors: list[EntityRef] = []
    recipients: list[EntityRef] = []
    date: str | None = None
    sort_date: str | None = None
    location: Location | None = None
    sources: list[Source] = []
    corroboration: int
    outlets: int
    conflicts: list[Conflict] = []
    thread: str | None = None
    responds_to: str | None = None
    confidence: float


@dataclass(frozen=True)
class EventFilters:
    type: str | None = None
    mode: str | None = None
    aux: str | None = None
    actor: str | None = None
    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    q: str | None = None
    thread: str | None = None


def merged_id(public_id: str) -> int | None:
    """"m12" → 12; None for anything else."""
    if len(public_id) > 1 and public_id[0] == "m" and public_id[1:].isdigit() and len(public_id) < 19:
        return int(public_id[1:])
    return None


def like_pattern(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(filters: EventFilters) -> tuple[list[str], dict]:
    clauses, params = [], {}
    if filters.type:
        clauses.append("m.type = :type")
        params["type"] = filters.type
    if filters.mode:
        clauses.append("m.mode = :mode")
        params["mode"] = filters.mode
    if filters.aux:
        clauses.append("m.aux LIKE :aux ESCAPE '\\'")
        params["aux"] = like_pattern(json.dumps(filters.aux))
    if filters.actor:
        # Entities first (few), then their events through the entity index.
        clauses.append(
            "m.id IN (SELECT me.merged_event_id FROM merged_event_entities me WHERE me.entity_id IN "
            "(SELECT en.id FROM entities en WHERE en.id = :actor OR en.name_key LIKE :actor_like ESCAPE '\\'))")
        params.update(actor=filters.actor, actor_like=like_pattern(name_key(filters.actor) or filters.actor))
    if filters.country:
        clauses.append(
            "(m.location_country = :country OR m.id IN (SELECT me.merged_event_id FROM merged_event_entities me "
            "WHERE me.entity_id IN (SELECT en.id FROM entities en WHERE en.country = :country)))")
        params["country"] = filters.country
    if filters.since:
        clauses.append("m.sort_date >= :since")
        params["since"] = filters.since.isoformat()
    if filters.until:
        clauses.append("m.sort_date <= :until")
        params["until"] = filters.until.isoformat()
    if filters.q:
        clauses.append("m.summary LIKE :q ESCAPE '\\'")
        params["q"] = like_pattern(filters.q)
    if filters.thread:
        clauses.append("m.thread_id = :thread")
        params["thread"] = filters.thread
    return clauses, params


CURSOR_PATTERN = r"^(\d{4}-\d{2}-\d{2})?~\d{1,18}$"  # where the last page ended: its date and merged event number


def encode_cursor(sort_date: str, merged: int) -> str:
    return f"{sort_date}~{merged}"


def decode_cursor(cursor: str) -> tuple[str, int]:
    """The position a cursor names; callers validate it against CURSOR_PATTERN first."""
    sort_date, _, merged = cursor.partition("~")
    return sort_date, int(merged)


def query_events(connection: Connection, filters: EventFilters, limit: int = 50,
                 cursor: str | None = None) -> tuple[list[MergedEvent], int, str | None]:
    """One page of merged events in timeline order, the total matching, and the cursor of the next page."""
    clauses, params = _where(filters)
    where = " AND ".join(clauses) or "1 = 1"
    total = connection.execute(sql(f"SELECT count(*) FROM merged_events m WHERE {where}"), params).scalar_one()
    if cursor:
        after_date, after_id = decode_cursor(cursor)
        where += " AND (m.sort_date > :after_date OR (m.sort_date = :after_date AND m.id > :after_id))"
        params.update(after_date=after_date, after_id=after_id)
    rows = connection.execute(
        sql(f"SELECT m.id, m.sort_date FROM merged_events m WHERE {where} ORDER BY m.sort_date, m.id LIMIT :limit"),
        {**params, "limit": limit + 1},
    ).all()
    following = encode_cursor(rows[limit - 1].sort_date, rows[limit - 1].id) if len(rows) > limit else None
    return load_events(connection, [row[0] for row in rows[:limit]]), total, following


_EVENTS = "SELECT * FROM merged_events WHERE id IN :ids"
_ENTITIES = """
SELECT me.merged_event_id, me.role, e.id, e.name, e.kind, e.country, e.sector
  FROM merged_event_entities me JOIN entities e ON e.id = me.entity_id
 WHERE me.merged_event_id IN :ids ORDER BY e.name, e.id
"""
_SOURCES = """
SELECT s.merged_event_id, d.id AS document, d.title, d.source, d.published, e.id AS event, e.type, e.date,
       v.text AS evidence_text, v.start_char, v.end_char
  FROM merged_event_sources s
  JOIN documents d ON d.id = s.document_id
  JOIN events e ON e.document_id = s.document_id AND e.id = s.event_id
  LEFT JOIN evidence v ON v.document_id = s.document_id AND v.event_id = s.event_id AND v.position = 0
 WHERE s.merged_event_id IN :ids ORDER BY d.published, d.ingested_at, d.id, e.position
"""
_CLAIMS = """
SELECT c.merged_event_id, c.id AS conflict, c.field, c.what, k.value, k.document_id, d.source, k.event_id, k.text
  FROM conflicts c JOIN conflict_claims k ON k.conflict_id = c.id JOIN documents d ON d.id = k.document_id
 WHERE c.merged_event_id IN :ids ORDER BY c.id, k.position
"""


def _many(connection: Connection, statement: str, ids: list[int]):
    return connection.execute(sql(statement).bindparams(bindparam("ids", expanding=True)), {"ids": ids}).mappings()


def load_events(connection: Connection, ids: list[int]) -> list[MergedEvent]:
    """Merged events by number, in the order asked, each with parties, sources and conflicts."""
    if not ids:
        return []
    parties: dict[int, dict[str, list[EntityRef]]] = defaultdict(lambda: {"actor": [], "recipient": []})
    for row in _many(connection, _ENTITIES, ids):
        parties[row["merged_event_id"]][row["role"]].append(
            EntityRef(**{k: row[k] for k in ("id", "name", "kind", "country", "sector")}))
    sources: dict[int, list[Source]] = defaultdict(list)
    for row in _many(connection, _SOURCES, ids):
        evidence = Span(text=row["evidence_text"], span=(row["start_char"], row["end_char"])) if row["evidence_text"] is not None else None
        sources[row["merged_event_id"]].append(Source(
            **{k: row[k] for k in ("document", "title", "source", "published", "event", "type", "date")}, evidence=evidence))
    conflicts: dict[int, dict[int, Conflict]] = defaultdict(dict)
    for row in _many(connection, _CLAIMS, ids):
        conflict = conflicts[row["merged_event_id"]].setdefault(
            row["conflict"], Conflict(field=row["field"], what=row["what"], claims=[]))
        conflict.claims.append(Claim(value=row["value"], document=row["document_id"], source=row["source"],
                                     event=row["event_id"], text=row["text"]))
    events = {}
    for row in _many(connection, _EVENTS, ids):
        number = row["id"]
        location = Location(name=row["location_name"], country=row["location_country"]) if row["location_name"] else None
        events[number] = MergedEvent(
            id=f"m{number}", type=row["type"], mode=row["mode"], aux=json.loads(row["aux"]),
            context=json.loads(row["context"]), actors=parties[number]["actor"], recipients=parties[number]["recipient"],
            date=row["date"], sort_date=row["sort_date"] or None, location=location, sources=sources[number],
            corroboration=row["corroboration"], outlets=row["outlets"], conflicts=list(conflicts[number].values()),
            thread=row["thread_id"], responds_to=f"m{row['responds_to']}" if row["responds_to"] else None,
            confidence=row["confidence"],
        )
    return [events[number] for number in ids if number in events]


def timeline(store, filters: EventFilters | None = None, limit: int | None = None) -> list[MergedEvent]:
    """Merged events in date order (all of them unless ``limit``): the story told once."""
    with store.engine.connect() as connection:
        clauses, params = _where(filters or EventFilters())
        statement = f"SELECT m.id FROM merged_events m WHERE {' AND '.join(clauses) or '1 = 1'} ORDER BY m.sort_date, m.id"
        if limit is not None:
            statement += " LIMIT :limit"
            params["limit"] = limit
        return load_events(connection, list(connection.execute(sql(statement), params).scalars()))
