"""One entity per real actor: every per-document actor is linked to one, with the method and score."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import Connection

from .names import name_key, slug, surname_key
from .sql import sql

FUZZY_THRESHOLD = 88.0  # token_sort_ratio of name keys; "lidia karanov" vs "ivan karanov" scores 80
_INTERCHANGEABLE_KINDS = {frozenset({"organization", "group"})}


@dataclass(frozen=True)
class Link:
    entity_id: str
    method: str
    score: float


def _kinds_compatible(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in _INTERCHANGEABLE_KINDS


def _compatible(actor: dict, entity: dict) -> bool:
    countries_differ = actor["country"] and entity["country"] and actor["country"] != entity["country"]
    return _kinds_compatible(actor["kind"], entity["kind"]) and not countries_differ


def resolve_document(connection: Connection, document_id: str) -> dict[str, str]:
    """Link every actor of one stored document to an entity; answers actor id → entity id."""
    actors = connection.execute(
        sql("SELECT id, name, kind, country, sector, role, kb_id FROM actors WHERE document_id = :d ORDER BY position"),
        {"d": document_id},
    ).mappings().all()
    # Full names first, so a bare surname later in the same story finds the person it abbreviates.
    ordered = sorted(actors, key=lambda a: -len(name_key(a["name"]).split()))
    story: list[dict] = []
    links: dict[str, Link] = {}
    for actor in ordered:
        link, entity = _resolve(connection, dict(actor), story)
        story.append(_fill(connection, entity, dict(actor)))
        links[actor["id"]] = link
    if links:
        connection.execute(
            sql("INSERT INTO actor_entities (document_id, actor_id, entity_id, method, score) VALUES (:d, :a, :e, :m, :s)"),
            [{"d": document_id, "a": actor_id, "e": link.entity_id, "m": link.method, "s": link.score}
             for actor_id, link in links.items()],
        )
    return {actor_id: link.entity_id for actor_id, link in links.items()}


def _resolve(connection: Connection, actor: dict, story: list[dict]) -> tuple[Link, dict]:
    if actor["kb_id"]:
        entity_id = f"kb:{actor['kb_id']}"
        entity = _entity(connection, entity_id) or _create(connection, entity_id, actor)
        return Link(entity_id, "kb_id", 1.0), entity
    key = name_key(actor["name"])
    same_name = connection.execute(sql("SELECT * FROM entities WHERE name_key = :k ORDER BY id"), {"k": key}).mappings().all()
    for entity in same_name:
        if _compatible(actor, entity):
            return Link(entity["id"], "name", 1.0), dict(entity)
    if actor["kind"] == "person":
        if found := _person_by_surname(connection, actor, key, story):
            return found
    entity_id = _free_id(connection, slug(actor["name"]))
    return Link(entity_id, "new", 1.0), _create(connection, entity_id, actor)


def _person_by_surname(connection: Connection, actor: dict, key: str, story: list[dict]) -> tuple[Link, dict] | None:
    surname = surname_key(actor["name"])
    bare = len(key.split()) == 1
    if bare:
        # "Karanov" in a story that names "Lidia Karanov": the person this document already met.
        for entity in story:
            if entity["kind"] == "person" and entity["surname_key"] == surname and _compatible(actor, entity):
                return Link(entity["id"], "surname", 0.9), entity
    candidates = [
        dict(row) for row in connection.execute(
            sql("SELECT * FROM entities WHERE surname_key = :s AND kind = 'person' ORDER BY id"), {"s": surname}
        ).mappings()
        if _compatible(actor, row)
    ]
    if bare:
        # Across documents a bare surname is trusted only when one person carries it.
        return (Link(candidates[0]["id"], "surname", 0.8), candidates[0]) if len(candidates) == 1 else None
    scored = []
    for entity in candidates:
        if len(entity["name_key"].split()) == 1:  # a bare surname seen earlier, now named in full
            scored.append((80.0, entity["id"], "surname", entity))
        else:
            score = fuzz.token_sort_ratio(key, entity["name_key"])
            if score >= FUZZY_THRESHOLD:
                scored.append((score, entity["id"], "fuzzy", entity))
    if not scored:
        return None
    score, entity_id, method, entity = max(scored, key=lambda s: (s[0], s[1]))
    return Link(entity_id, method, round(score / 100, 3)), entity


def _entity(connection: Connection, entity_id: str) -> dict | None:
    row = connection.execute(sql("SELECT * FROM entities WHERE id = :e"), {"e": entity_id}).mappings().first()
    return dict(row) if row else None


def _free_id(connection: Connection, base: str) -> str:
    taken = set(connection.execute(
        sql("SELECT id FROM entities WHERE id = :b OR id LIKE :prefix"), {"b": base, "prefix": f"{base}-%"}).scalars())
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _create(connection: Connection, entity_id: str, actor: dict) -> dict:
    entity = {"id": entity_id, **{k: actor[k] for k in ("name", "kind", "country", "sector", "role", "kb_id")},
              "surname_key": surname_key(actor["name"]) if actor["kind"] == "person" else None,
              "name_key": name_key(actor["name"])}
    connection.execute(
        sql("INSERT INTO entities (id, name, kind, country, sector, role, kb_id, surname_key, name_key) "
             "VALUES (:id, :name, :kind, :country, :sector, :role, :kb_id, :surname_key, :name_key)"), entity)
    return entity


def _fill(connection: Connection, entity: dict, actor: dict) -> dict:
    """What this report knows and the entity lacks (country, sector, role, a fuller name) is kept."""
    updates = {field: actor[field] for field in ("country", "sector", "role") if not entity[field] and actor[field]}
    if entity["kind"] == "person" and len(name_key(actor["name"]).split()) > len(entity["name_key"].split()):
        updates.update(name=actor["name"], name_key=name_key(actor["name"]))
    if updates:
        assignments = ", ".join(f"{field} = :{field}" for field in updates)
        connection.execute(sql(f"UPDATE entities SET {assignments} WHERE id = :id"), {**updates, "id": entity["id"]})
        entity = {**entity, **updates}
    return entity
