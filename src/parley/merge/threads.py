"""Negotiation threads: a proposal or demand linked to the later answers between the same parties."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from sqlalchemy import Connection, bindparam

from .names import fold, subject_words
from .sql import sql

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


_STEP_TYPES = ("REQUEST", "AGREE", "THREATEN", *sorted(_RESPONSES - {"AGREE"}))
_CANDIDATES = """
SELECT DISTINCT m.id, m.type, m.aux, m.summary, m.sort_date, m.responds_to, m.thread_id, p.sort_date AS answers_date
  FROM merged_event_entities me JOIN merged_events m ON m.id = me.merged_event_id
  LEFT JOIN merged_events p ON p.id = m.responds_to
 WHERE me.entity_id IN :entities AND m.sort_date BETWEEN :start AND :end AND m.id != :id AND m.type IN :types
"""


class _Threader:
    """Links steps to the step they answer; caches entity names for the duration of one update."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.names: dict[str, set[str]] = {}

    def event(self, merged_id: int) -> dict:
        row = dict(self.connection.execute(
            sql("SELECT id, type, aux, summary, sort_date, responds_to, thread_id FROM merged_events WHERE id = :m"),
            {"m": merged_id}).mappings().one())
        row["entities"] = self.entities([merged_id])[merged_id]
        return row

    def entities(self, merged_ids: list[int]) -> dict[int, set[str]]:
        found: dict[int, set[str]] = {m: set() for m in merged_ids}
        query = sql("SELECT merged_event_id, entity_id FROM merged_event_entities WHERE merged_event_id IN :ids")
        for merged, entity in self.connection.execute(query.bindparams(bindparam("ids", expanding=True)), {"ids": merged_ids}):
            found[merged].add(entity)
        return found

    def name_words(self, entities: set[str]) -> set[str]:
        missing = sorted(entities - self.names.keys())
        if missing:
            query = sql("SELECT id, name FROM entities WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
            for entity, name in self.connection.execute(query, {"ids": missing}):
                self.names[entity] = set(fold(name).split())
        return set().union(*(self.names.get(e, set()) for e in entities))

    def neighbours(self, event: dict, start: str, end: str) -> list[dict]:
        if not event["entities"] or not event["sort_date"]:
            return []
        query = sql(_CANDIDATES).bindparams(bindparam("entities", expanding=True), bindparam("types", expanding=True))
        return [dict(row) for row in self.connection.execute(query, {
            "entities": sorted(event["entities"]), "start": start, "end": end, "id": event["id"], "types": _STEP_TYPES,
        }).mappings() if is_step(row)]

    def parent(self, event: dict) -> int | None:
        """The latest earlier proposal, or step of a thread, between the same parties on the same subject."""
        if not event["sort_date"] or not is_step(event):
            return None
        earlier = [
            row for row in self.neighbours(event, _shift(event["sort_date"], -WINDOW_DAYS), event["sort_date"])
            if (row["sort_date"], row["id"]) < (event["sort_date"], event["id"])
            and (is_proposal(row) or row["responds_to"] is not None)
        ]
        if not earlier:
            return None
        words = subject_words(event["summary"]) - self.name_words(event["entities"])
        for row in sorted(earlier, key=lambda row: (row["sort_date"], row["id"]), reverse=True):
            parties = self.entities([row["id"]])[row["id"]]
            if words & (subject_words(row["summary"]) - self.name_words(parties)):
                return row["id"]
        return None

    def later_answers(self, event: dict) -> set[int]:
        """Steps after ``event`` that would rather answer it than what they answer now (reports read out of order)."""
        later = self.neighbours(event, event["sort_date"], _shift(event["sort_date"], WINDOW_DAYS))
        position = (event["sort_date"], event["id"])
        return {
            row["id"] for row in later
            if (row["sort_date"], row["id"]) > position
            and (row["responds_to"] is None or (row["answers_date"], row["responds_to"]) < position)
        }


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def link(connection: Connection, touched: set[int]) -> None:
    """Set ``responds_to`` for the touched merged events and the later steps that may answer them; name threads."""
    threader = _Threader(connection)
    events = sorted((threader.event(m) for m in touched), key=lambda e: (e["sort_date"], e["id"]))
    later: set[int] = set()
    for event in events:
        if event["sort_date"] and is_step(event):
            later |= threader.later_answers(event)
    events += sorted((threader.event(m) for m in later - touched), key=lambda e: (e["sort_date"], e["id"]))
    events.sort(key=lambda e: (e["sort_date"], e["id"]))
    regroup: set[int] = set()
    for event in events:
        parent = threader.parent(event)
        if parent == event["responds_to"]:
            continue
        connection.execute(sql("UPDATE merged_events SET responds_to = :p WHERE id = :m"), {"p": parent, "m": event["id"]})
        has_answers = connection.execute(
            sql("SELECT 1 FROM merged_events WHERE responds_to = :m LIMIT 1"), {"m": event["id"]}).first()
        if event["responds_to"] is None and event["thread_id"] is None and not has_answers:
            _join_thread(connection, event["id"], parent)  # the usual case: a new step at the end of a thread
        else:
            regroup |= {_root(connection, event["id"])}
            if event["responds_to"] is not None:
                regroup.add(_root(connection, event["responds_to"]))  # the chain it left
    for root in sorted(regroup):
        _name_thread(connection, root)
    if regroup:
        connection.execute(sql(
            "DELETE FROM threads WHERE id NOT IN (SELECT thread_id FROM merged_events WHERE thread_id IS NOT NULL)"))


def _join_thread(connection: Connection, merged_id: int, parent: int) -> None:
    thread_id = connection.execute(sql("SELECT thread_id FROM merged_events WHERE id = :p"), {"p": parent}).scalar()
    if thread_id is None:
        thread_id = f"t{parent}"
        connection.execute(sql("INSERT INTO threads (id, steps) VALUES (:t, 0)"), {"t": thread_id})
        connection.execute(sql("UPDATE merged_events SET thread_id = :t WHERE id = :p"), {"t": thread_id, "p": parent})
    connection.execute(sql("UPDATE merged_events SET thread_id = :t WHERE id = :m"), {"t": thread_id, "m": merged_id})
    _summarize_thread(connection, thread_id)


def _summarize_thread(connection: Connection, thread_id: str) -> None:
    steps = connection.execute(
        sql("SELECT count(*), min(sort_date), max(sort_date) FROM merged_events WHERE thread_id = :t"), {"t": thread_id}).one()
    first, last = (connection.execute(
        sql(f"SELECT type, summary FROM merged_events WHERE thread_id = :t ORDER BY sort_date {order}, id {order} LIMIT 1"),
        {"t": thread_id}).one() for order in ("ASC", "DESC"))
    connection.execute(sql(
        "UPDATE threads SET subject = :subject, first_date = :first, last_date = :last, status = :status, steps = :steps "
        "WHERE id = :t"), {"t": thread_id, "subject": first.summary.split(" | ")[0], "first": steps[1], "last": steps[2],
                           "status": last.type, "steps": steps[0]})


_ROOT = """
WITH RECURSIVE chain(id, parent) AS (
    SELECT id, responds_to FROM merged_events WHERE id = :m
    UNION SELECT m.id, m.responds_to FROM merged_events m JOIN chain ON m.id = chain.parent
)
SELECT id FROM chain WHERE parent IS NULL
"""
_MEMBERS = """
WITH RECURSIVE tree(id) AS (
    SELECT CAST(:root AS INTEGER) UNION SELECT m.id FROM merged_events m JOIN tree ON m.responds_to = tree.id
)
SELECT id FROM tree
"""


def _root(connection: Connection, merged_id: int) -> int:
    """The first step of the chain ``merged_id`` belongs to (answers always point to earlier steps)."""
    return connection.execute(sql(_ROOT), {"m": merged_id}).scalar() or merged_id


def _members(connection: Connection, root: int) -> list[int]:
    return list(connection.execute(sql(_MEMBERS), {"root": root}).scalars())


def _name_thread(connection: Connection, root: int) -> None:
    """Name the thread that ``root`` starts after its chain changed shape: t<root>, or none for a lone event."""
    members = _members(connection, root)
    update = sql("UPDATE merged_events SET thread_id = :t WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    if len(members) < 2:
        connection.execute(update, {"t": None, "ids": members})
        return
    thread_id = f"t{root}"
    connection.execute(sql("INSERT INTO threads (id, steps) VALUES (:t, 0) ON CONFLICT (id) DO NOTHING"), {"t": thread_id})
    connection.execute(update, {"t": thread_id, "ids": members})
    _summarize_thread(connection, thread_id)
