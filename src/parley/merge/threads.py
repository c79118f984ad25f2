"""Negotiation threads: a proposal or demand linked to the later answers between the same parties."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from sqlalchemy import Connection, bindparam, text

from .names import fold, subject_words

WINDOW_DAYS = 30  # an answer more than a month after the proposal starts a new story
_RESPONSES = {"AGREE", "REJECT", "CONCEDE", "RETREAT"}
_CONDITION = re.compile(r"\b(if|unless|otherwise|ultimatum|or else)\b", re.IGNORECASE)


def is_proposal(row: dict) -> bool:
    aux = set(json.loads(row["aux"]))
    if "negated" in aux:
        return False
    if row["type"] == "REQUEST":
        return True
    if row["type"] == "AGREE":
        return bool(aux & {"future", "hypothetical"})  # an offer
    return row["type"] == "THREATEN" and bool(aux & {"future", "hypothetical"} or _CONDITION.search(row["summary"] or ""))


def is_step(row: dict) -> bool:
    return is_proposal(row) or row["type"] in _RESPONSES


_CANDIDATES = """
SELECT DISTINCT m.id, m.type, m.aux, m.summary, m.sort_date, m.responds_to
  FROM merged_event_entities me JOIN merged_events m ON m.id = me.merged_event_id
 WHERE me.entity_id IN :entities AND m.sort_date BETWEEN :start AND :end AND m.id != :id
"""


def _event(connection: Connection, merged_id: int) -> dict:
    row = dict(connection.execute(
        text("SELECT id, type, aux, summary, sort_date, responds_to FROM merged_events WHERE id = :m"), {"m": merged_id}
    ).mappings().one())
    row["entities"] = set(connection.execute(
        text("SELECT entity_id FROM merged_event_entities WHERE merged_event_id = :m"), {"m": merged_id}).scalars())
    return row


def _names(connection: Connection, entities: set[str]) -> set[str]:
    if not entities:
        return set()
    query = text("SELECT name FROM entities WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    return {word for name in connection.execute(query, {"ids": sorted(entities)}).scalars() for word in fold(name).split()}


def _neighbours(connection: Connection, event: dict, start: str, end: str) -> list[dict]:
    if not event["entities"] or not event["sort_date"]:
        return []
    query = text(_CANDIDATES).bindparams(bindparam("entities", expanding=True))
    return [dict(row) for row in connection.execute(
        query, {"entities": sorted(event["entities"]), "start": start, "end": end, "id": event["id"]}).mappings()]


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def link(connection: Connection, touched: set[int]) -> None:
    """Set ``responds_to`` for the touched merged events and the later steps that may answer them; name threads."""
    affected = set(touched)
    for merged_id in touched:
        event = _event(connection, merged_id)
        if event["sort_date"] and is_step(event):
            later = _neighbours(connection, event, event["sort_date"], _shift(event["sort_date"], WINDOW_DAYS))
            affected |= {row["id"] for row in later if is_step(row)}
    events = sorted((_event(connection, m) for m in affected), key=lambda e: (e["sort_date"], e["id"]))
    roots = set()
    for event in events:
        parent = _parent(connection, event)
        connection.execute(text("UPDATE merged_events SET responds_to = :p WHERE id = :m"), {"p": parent, "m": event["id"]})
        roots.add(_root(connection, event["id"]))
        if event["responds_to"] is not None:
            roots.add(_root(connection, event["responds_to"]))  # the chain it left
    for root in sorted(roots):
        _name_thread(connection, root)
    connection.execute(text(
        "DELETE FROM threads WHERE id NOT IN (SELECT thread_id FROM merged_events WHERE thread_id IS NOT NULL)"))


def _parent(connection: Connection, event: dict) -> int | None:
    """The latest earlier proposal, or step of a thread, between the same parties on the same subject."""
    if not event["sort_date"] or not is_step(event):
        return None
    earlier = [
        row for row in _neighbours(connection, event, _shift(event["sort_date"], -WINDOW_DAYS), event["sort_date"])
        if (row["sort_date"], row["id"]) < (event["sort_date"], event["id"])
        and (is_proposal(row) or row["responds_to"] is not None)
    ]
    if not earlier:
        return None
    names = _names(connection, event["entities"])
    words = subject_words(event["summary"]) - names
    on_subject = [
        row for row in earlier
        if words & (subject_words(row["summary"]) - _names(connection, _event(connection, row["id"])["entities"]))
    ]
    if not on_subject:
        return None
    return max(on_subject, key=lambda row: (row["sort_date"], row["id"]))["id"]


def _root(connection: Connection, merged_id: int) -> int:
    seen = {merged_id}
    while (parent := connection.execute(
            text("SELECT responds_to FROM merged_events WHERE id = :m"), {"m": merged_id}).scalar()) is not None:
        if parent in seen:
            break
        seen.add(parent)
        merged_id = parent
    return merged_id


def _members(connection: Connection, root: int) -> list[int]:
    members, frontier = [root], [root]
    while frontier:
        query = text("SELECT id FROM merged_events WHERE responds_to IN :ids").bindparams(bindparam("ids", expanding=True))
        frontier = [m for m in connection.execute(query, {"ids": frontier}).scalars() if m not in members]
        members += frontier
    return members


def _name_thread(connection: Connection, root: int) -> None:
    members = _members(connection, root)
    thread_id = f"t{root}"
    update = text("UPDATE merged_events SET thread_id = :t WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    if len(members) < 2:
        connection.execute(update, {"t": None, "ids": members})
        return
    rows = connection.execute(
        text("SELECT id, type, sort_date, summary FROM merged_events WHERE id IN :ids ORDER BY sort_date, id")
        .bindparams(bindparam("ids", expanding=True)), {"ids": members},
    ).mappings().all()
    values = {"id": thread_id, "subject": rows[0]["summary"].split(" | ")[0], "first": rows[0]["sort_date"],
              "last": rows[-1]["sort_date"], "status": rows[-1]["type"], "steps": len(rows)}
    connection.execute(text(
        "INSERT INTO threads (id, subject, first_date, last_date, status, steps) VALUES (:id, :subject, :first, :last, :status, :steps) "
        "ON CONFLICT (id) DO UPDATE SET subject = excluded.subject, first_date = excluded.first_date, "
        "last_date = excluded.last_date, status = excluded.status, steps = excluded.steps"), values)
    connection.execute(update, {"t": thread_id, "ids": members})
