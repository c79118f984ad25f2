"""Per-document events joined into merged events: one row per real event, with every source that reports it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from rapidfuzz import fuzz
from sqlalchemy import Connection, bindparam

from . import dates
from .names import fold, subject_words
from .sql import sql

DATE_SLACK_DAYS = 1  # two reports a day apart (time zones, "overnight") may describe one event
_IRREALIS = {"future", "hypothetical"}
# Pairs of types that two reports of one event may carry, with the condition each side must meet.
_COMPATIBLE_TYPES = {
    frozenset({"REQUEST", "AGREE"}),  # "proposed" vs "offered" (AGREE with aux future)
    frozenset({"RETREAT", "AGREE"}),  # "released prisoners" vs "agreed to exchange prisoners"
}


@dataclass
class EventFacts:
    """What the merge compares of one event, per-document or merged."""

    type: str
    mode: str | None
    aux: list[str]
    interval: dates.Interval | None
    location_name: str | None
    location_country: str | None
    entities: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)  # subject words of the evidence


def types_compatible(a: EventFacts, b: EventFacts) -> bool:
    if ("negated" in a.aux) != ("negated" in b.aux):
        return False
    if a.type == b.type:
        modes_agree = a.mode is None or b.mode is None or a.mode == b.mode
        return modes_agree and bool(_IRREALIS & set(a.aux)) == bool(_IRREALIS & set(b.aux))
    if frozenset({a.type, b.type}) not in _COMPATIBLE_TYPES:
        return False
    agree = a if a.type == "AGREE" else b
    other = b if agree is a else a
    if other.type == "REQUEST":
        return bool(_IRREALIS & set(agree.aux))  # an offer, not an agreement
    return other.mode in (None, "release")


def compatible_types(event_type: str) -> list[str]:
    return sorted({event_type} | {t for pair in _COMPATIBLE_TYPES if event_type in pair for t in pair})


def places_contradict(a: EventFacts, b: EventFacts) -> bool:
    if not a.location_name or not b.location_name:
        return False
    if a.location_country and b.location_country:
        return a.location_country != b.location_country
    first, second = fold(a.location_name), fold(b.location_name)
    return first not in second and second not in first and fuzz.ratio(first, second) < 60


def parties_overlap(a: EventFacts, b: EventFacts) -> bool:
    if not a.entities or not b.entities:
        return bool(a.documents & b.documents)  # an event without parties merges only within its document
    return bool(a.entities & b.entities or a.countries & b.countries)


def dates_compatible(a: EventFacts, b: EventFacts) -> bool:
    if dates.compatible(a.interval, b.interval, slack_days=0):
        return True
    # Days apart are one event only when more ties it together: two shared parties or the same place.
    same_place = bool(a.location_name and b.location_name) and not places_contradict(a, b)
    tied = len(a.entities & b.entities) >= 2 or same_place
    return tied and dates.compatible(a.interval, b.interval, DATE_SLACK_DAYS)


def restates(a: EventFacts, b: EventFacts) -> bool:
    """Within one article the extractor already merged mentions of one action; what it kept apart stays apart
    unless it is the same type told in the same words (a headline restating the lead)."""
    return a.type == b.type and len(a.words & b.words) >= 2


def same_event(a: EventFacts, b: EventFacts) -> bool:
    if a.documents & b.documents:
        if not restates(a, b):
            return False
    elif a.interval is None or b.interval is None:
        return False  # neither a date nor a publication date: nothing places it next to another report
    return types_compatible(a, b) and parties_overlap(a, b) and dates_compatible(a, b) and not places_contradict(a, b)


def _score(a: EventFacts, b: EventFacts) -> tuple:
    same_day = dates.compatible(a.interval, b.interval, slack_days=0)
    return (same_day, len(a.entities & b.entities), len(a.countries & b.countries), bool(a.documents & b.documents))


PUBLISHED_WINDOW_DAYS = 7  # an undated event in a report happened in the week before it was published


def published_window(published: str | None) -> dates.Interval | None:
    if not published:
        return None
    day = date.fromisoformat(str(published)[:10])
    return day - timedelta(days=PUBLISHED_WINDOW_DAYS), day


class EventMerger:
    """Places the events of one document into merged events, looking up candidates through indexes."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.touched: set[int] = set()
        self.facts: dict[int, EventFacts] = {}  # merged events read during this update, until they change

    def add_document(self, document_id: str, links: dict[str, str]) -> None:
        published = self.connection.execute(
            sql("SELECT published FROM documents WHERE id = :d"), {"d": document_id}).scalar()
        events = self.connection.execute(sql(_DOCUMENT_EVENTS), {"d": document_id}).mappings().all()
        participants = self.connection.execute(
            sql("SELECT event_id, role, actor_id FROM event_participants WHERE document_id = :d ORDER BY event_id, role, position"),
            {"d": document_id},
        ).all()
        roles: dict[str, list[tuple[str, str]]] = {}
        for event_id, role, actor_id in participants:
            if actor_id in links:
                roles.setdefault(event_id, []).append((role, links[actor_id]))
        countries = self._countries(set(links.values()))
        for row in events:
            entity_roles = sorted(set(roles.get(row["id"], [])))
            entities = {entity for _, entity in entity_roles}
            facts = EventFacts(
                type=row["type"], mode=row["mode"], aux=json.loads(row["aux"]),
                interval=dates.interval(row["date"]) or published_window(published),
                location_name=row["location_name"], location_country=row["location_country"],
                entities=entities, countries={countries[e] for e in entities if countries.get(e)},
                documents={document_id}, words=subject_words(row["evidence"] or ""),
            )
            merged_id = self._best_candidate(facts, document_id)
            if merged_id is None:
                merged_id = self.connection.execute(
                    sql("INSERT INTO merged_events (type, aux, context, sort_date, corroboration, outlets, confidence, summary) "
                         "VALUES (:t, '[]', '[]', '', 0, 0, 0, '') RETURNING id"), {"t": row["type"]},
                ).scalar_one()
            self.connection.execute(
                sql("INSERT INTO merged_event_sources (document_id, event_id, merged_event_id) VALUES (:d, :e, :m)"),
                {"d": document_id, "e": row["id"], "m": merged_id},
            )
            if entity_roles:
                self.connection.execute(
                    sql("INSERT INTO merged_event_entities (merged_event_id, entity_id, role) VALUES (:m, :e, :r) "
                         "ON CONFLICT DO NOTHING"), [{"m": merged_id, "e": entity, "r": role} for role, entity in entity_roles],
                )
            refresh(self.connection, merged_id)
            self.facts.pop(merged_id, None)
            self.touched.add(merged_id)

    def _countries(self, entities: set[str]) -> dict[str, str | None]:
        if not entities:
            return {}
        query = sql("SELECT id, country FROM entities WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
        return dict(self.connection.execute(query, {"ids": sorted(entities)}).all())

    def _best_candidate(self, facts: EventFacts, document_id: str) -> int | None:
        best, best_score = None, None
        for merged_id in self._candidates(facts, document_id):
            if merged_id not in self.facts:
                self.facts[merged_id] = merged_facts(self.connection, merged_id)
            other = self.facts[merged_id]
            if not same_event(facts, other):
                continue
            score = (*_score(facts, other), -merged_id)
            if best_score is None or score > best_score:
                best, best_score = merged_id, score
        return best

    def _candidates(self, facts: EventFacts, document_id: str) -> list[int]:
        types = compatible_types(facts.type)
        same_document = sql(
            "SELECT DISTINCT s.merged_event_id FROM merged_event_sources s JOIN merged_events m ON m.id = s.merged_event_id "
            "WHERE s.document_id = :d AND m.type IN :types"
        ).bindparams(bindparam("types", expanding=True))
        found = set(self.connection.execute(same_document, {"d": document_id, "types": types}).scalars())
        if facts.entities and facts.interval:
            slack = timedelta(days=DATE_SLACK_DAYS)
            by_party = sql(
                "SELECT DISTINCT m.id FROM merged_event_entities me JOIN merged_events m ON m.id = me.merged_event_id "
                "WHERE me.entity_id IN (SELECT id FROM entities WHERE id IN :entities OR country IN :countries) "
                "AND m.type IN :types AND m.date_start <= :end AND m.date_end >= :start"
            ).bindparams(bindparam("types", expanding=True), bindparam("entities", expanding=True),
                         bindparam("countries", expanding=True))
            found |= set(self.connection.execute(by_party, {
                "types": types, "entities": sorted(facts.entities), "countries": sorted(facts.countries) or [""],
                "start": (facts.interval[0] - slack).isoformat(), "end": (facts.interval[1] + slack).isoformat(),
            }).scalars())
        return sorted(found)


_DOCUMENT_EVENTS = """
SELECT id, type, mode, aux, date, location_name, location_country,
       (SELECT v.text FROM evidence v WHERE v.document_id = events.document_id AND v.event_id = events.id
         ORDER BY v.position LIMIT 1) AS evidence
  FROM events WHERE document_id = :d ORDER BY position
"""
_MERGED_PARTIES = """
SELECT me.entity_id, e.country FROM merged_event_entities me JOIN entities e ON e.id = me.entity_id
 WHERE me.merged_event_id = :m
"""


def merged_facts(connection: Connection, merged_id: int) -> EventFacts:
    row = connection.execute(sql("SELECT * FROM merged_events WHERE id = :m"), {"m": merged_id}).mappings().one()
    parties = connection.execute(sql(_MERGED_PARTIES), {"m": merged_id}).all()
    documents = set(connection.execute(
        sql("SELECT document_id FROM merged_event_sources WHERE merged_event_id = :m"), {"m": merged_id}).scalars())
    interval = None
    if row["date_start"]:
        interval = date.fromisoformat(row["date_start"]), date.fromisoformat(row["date_end"])
    return EventFacts(
        type=row["type"], mode=row["mode"], aux=json.loads(row["aux"]), interval=interval,
        location_name=row["location_name"], location_country=row["location_country"],
        entities={entity for entity, _ in parties}, countries={country for _, country in parties if country},
        documents=documents, words=subject_words(row["summary"]),
    )


_SOURCES = """
SELECT e.document_id, e.id AS event_id, e.type, e.mode, e.aux, e.context, e.date, e.location_name, e.location_country,
       e.quantities, e.confidence, d.published, d.source, d.ingested_at, e.position,
       (SELECT v.text FROM evidence v WHERE v.document_id = e.document_id AND v.event_id = e.id ORDER BY v.position LIMIT 1) AS evidence
  FROM merged_event_sources s
  JOIN events e ON e.document_id = s.document_id AND e.id = s.event_id
  JOIN documents d ON d.id = s.document_id
 WHERE s.merged_event_id = :m
 ORDER BY d.ingested_at, d.id, e.position
"""


def refresh(connection: Connection, merged_id: int) -> None:
    """Recompute a merged event's fields and conflicts from its sources (order-independent but for ties)."""
    sources = [dict(row) for row in connection.execute(sql(_SOURCES), {"m": merged_id}).mappings()]
    lead = max(sources, key=lambda s: s["confidence"])  # first of the most confident
    spans = [(dates.interval(s["date"]), s["date"]) for s in sources if dates.interval(s["date"])]
    date_value, interval = None, None
    if spans:
        width = lambda span: (span[0][1] - span[0][0]).days  # noqa: E731
        values = [value for _, value in spans]
        interval, date_value = min(spans, key=lambda span: (width(span), -values.count(span[1]), values.index(span[1])))
    published = sorted(str(s["published"]) for s in sources if s["published"])
    if interval is None and published:  # undated: the week before the reports, for candidate lookup
        interval = published_window(published[0])[0], date.fromisoformat(published[-1])
    located = next((s for s in sources if s["location_name"]), None)
    unlikely = 1.0
    for source in sources:
        unlikely *= 1.0 - source["confidence"]
    documents = {s["document_id"] for s in sources}
    connection.execute(sql(
        "UPDATE merged_events SET type = :type, mode = :mode, aux = :aux, context = :context, date = :date, "
        "date_start = :start, date_end = :end, sort_date = :sort, location_name = :ln, location_country = :lc, "
        "corroboration = :corroboration, outlets = :outlets, confidence = :confidence, summary = :summary WHERE id = :id"
    ), {
        "id": merged_id, "type": lead["type"], "mode": lead["mode"] or next((s["mode"] for s in sources if s["mode"]), None),
        "aux": lead["aux"], "context": json.dumps(sorted({c for s in sources for c in json.loads(s["context"])})),
        "date": date_value, "start": interval[0].isoformat() if interval else None,
        "end": interval[1].isoformat() if interval else None,
        "sort": (interval[0].isoformat() if date_value else published[0]) if (date_value or published) else "",
        "ln": located["location_name"] if located else None, "lc": located["location_country"] if located else None,
        "corroboration": len(documents), "outlets": len({s["source"] or s["document_id"] for s in sources}),
        "confidence": round(min(0.99, 1.0 - unlikely), 3),
        "summary": " | ".join(dict.fromkeys(s["evidence"] for s in sources if s["evidence"])),
    })
    if len(documents) > 1:  # one report cannot disagree with itself
        _record_conflicts(connection, merged_id, sources)


_QUANTITIES = """
SELECT e.document_id, e.id AS event_id, e.quantities AS cited, q.position, q.value, q.value_high, q.is_integer,
       q.unit, q.what, q.casualty, q.text
  FROM merged_event_sources s
  JOIN events e ON e.document_id = s.document_id AND e.id = s.event_id
  JOIN quantities q ON q.document_id = e.document_id
 WHERE s.merged_event_id = :m AND e.quantities != '[]'
"""


def _quantity_claims(connection: Connection, merged_id: int) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """(document, event) → (thing counted, value, words) for each quantity the event cites."""
    claims: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for row in connection.execute(sql(_QUANTITIES), {"m": merged_id}).mappings():
        thing = row["casualty"] or _singular(row["what"]) or row["unit"]
        if row["position"] not in json.loads(row["cited"]) or not thing:
            continue
        value = _number(row["value"], row["is_integer"])
        if row["value_high"] is not None:
            value += "-" + _number(row["value_high"], row["is_integer"])
        claims.setdefault((row["document_id"], row["event_id"]), []).append((thing, value, row["text"]))
    return claims


def _number(value: float, is_integer: bool) -> str:
    return str(int(value)) if is_integer else f"{value:g}"


def _singular(word: str | None) -> str | None:
    if not word:
        return None
    word = fold(word)
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _record_conflicts(connection: Connection, merged_id: int, sources: list[dict]) -> None:
    connection.execute(sql(
        "DELETE FROM conflict_claims WHERE conflict_id IN (SELECT id FROM conflicts WHERE merged_event_id = :m)"),
        {"m": merged_id})
    connection.execute(sql("DELETE FROM conflicts WHERE merged_event_id = :m"), {"m": merged_id})
    if len({s["document_id"] for s in sources}) < 2:
        return
    disputes: list[tuple[str, str | None, list[tuple[dict, str, str | None]]]] = []
    by_thing: dict[str, list[tuple[dict, str, str]]] = {}
    claims_by_event = _quantity_claims(connection, merged_id)
    for source in sources:
        for thing, value, words in claims_by_event.get((source["document_id"], source["event_id"]), []):
            by_thing.setdefault(thing, []).append((source, value, words))
    for thing, claims in sorted(by_thing.items()):
        if len({value for _, value, _ in claims}) > 1 and len({s["document_id"] for s, _, _ in claims}) > 1:
            disputes.append(("quantity", thing, claims))
    days = [(s, s["date"], s["evidence"]) for s in sources if dates.is_day(dates.interval(s["date"]))]
    if len({value for _, value, _ in days}) > 1:
        disputes.append(("date", None, days))
    for field_name, thing, claims in disputes:
        conflict_id = connection.execute(
            sql("INSERT INTO conflicts (merged_event_id, field, what) VALUES (:m, :f, :w) RETURNING id"),
            {"m": merged_id, "f": field_name, "w": thing},
        ).scalar_one()
        connection.execute(
            sql("INSERT INTO conflict_claims (conflict_id, position, document_id, event_id, value, text) "
                 "VALUES (:c, :p, :d, :e, :v, :t)"),
            [{"c": conflict_id, "p": i, "d": s["document_id"], "e": s["event_id"], "v": value, "t": words}
             for i, (s, value, words) in enumerate(claims)],
        )
