"""Tables of the store: readable names, foreign keys and indexes, so `datasette parley.db` is useful."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _doc_ref() -> Column:
    return Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)


def _offsets(prefix: str = "", nullable: bool = False) -> list[Column]:
    return [
        Column(f"{prefix}text", Text, nullable=nullable),
        Column(f"{prefix}start_char", Integer, nullable=nullable),
        Column(f"{prefix}end_char", Integer, nullable=nullable),
    ]


documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True),
    Column("content_hash", String(40), nullable=False, unique=True),
    Column("title", Text),
    Column("published", Date, index=True),
    Column("url", Text),
    Column("source", Text, index=True),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
)

actors = Table(
    "actors",
    metadata,
    _doc_ref(),
    Column("id", String, primary_key=True),
    Column("position", Integer, nullable=False, doc="Order of the actor in the document"),
    Column("name", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("country", String(3), index=True),
    Column("sector", String),
    Column("role", Text),
    Column("kb_id", String, index=True),
    Index("ix_actors_name", "name"),
)

mentions = Table(
    "mentions",
    metadata,
    _doc_ref(),
    Column("actor_id", String, primary_key=True),
    Column("position", Integer, primary_key=True),
    *_offsets(),
    Column("kind", String, nullable=False),
    ForeignKeyConstraint(["document_id", "actor_id"], ["actors.document_id", "actors.id"], ondelete="CASCADE"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("id", String, nullable=False),
    Column("kind", String, nullable=False),
    *_offsets("content_"),
    *_offsets("cue_", nullable=True),
    Column("speaker_actor_id", String),
    *_offsets("speaker_", nullable=True),
    Index("ux_quotes_document_quote", "document_id", "id", unique=True),
    Index("ix_quotes_speaker", "document_id", "speaker_actor_id"),
)

times = Table(
    "times",
    metadata,
    _doc_ref(),
    Column("position", Integer, primary_key=True),
    *_offsets(),
    Column("type", String, nullable=False),
    Column("value", String, index=True),
)

quantities = Table(
    "quantities",
    metadata,
    _doc_ref(),
    Column("position", Integer, primary_key=True),
    *_offsets(),
    Column("value", Float, nullable=False),
    Column("value_high", Float, doc="Upper bound when the quantity is a range"),
    Column("is_range", Boolean, nullable=False),
    Column("is_integer", Boolean, nullable=False),
    Column("unit", String),
    Column("what", Text),
    Column("approximate", Boolean, nullable=False),
    Column("casualty", String),
)

events = Table(
    "events",
    metadata,
    _doc_ref(),
    Column("id", String, primary_key=True),
    Column("position", Integer, nullable=False, doc="Order of the event in the document"),
    Column("type", String, nullable=False, index=True),
    Column("mode", String),
    Column("aux", Text, nullable=False, doc="JSON list"),
    Column("context", Text, nullable=False, doc="JSON list"),
    Column("actors", Text, nullable=False, doc="JSON list of actor ids"),
    Column("recipients", Text, nullable=False, doc="JSON list of actor ids"),
    Column("date", String, index=True),
    Column("location_name", Text),
    Column("location_country", String(3)),
    Column("location_start_char", Integer),
    Column("location_end_char", Integer),
    Column("quantities", Text, nullable=False, doc="JSON list of quantity positions"),
    Column("quote_id", String),
    Column("confidence", Float, nullable=False),
)

evidence = Table(
    "evidence",
    metadata,
    _doc_ref(),
    Column("event_id", String, primary_key=True),
    Column("position", Integer, primary_key=True),
    *_offsets(),
    ForeignKeyConstraint(["document_id", "event_id"], ["events.document_id", "events.id"], ondelete="CASCADE"),
)

# Who did what to whom, relationally: the events table keeps its JSON lists, this joins them to actors.
event_participants = Table(
    "event_participants",
    metadata,
    _doc_ref(),
    Column("event_id", String, primary_key=True),
    Column("role", String, primary_key=True, doc="actor or recipient"),
    Column("actor_id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    ForeignKeyConstraint(["document_id", "event_id"], ["events.document_id", "events.id"], ondelete="CASCADE"),
    ForeignKeyConstraint(["document_id", "actor_id"], ["actors.document_id", "actors.id"], ondelete="CASCADE"),
    Index("ix_event_participants_actor", "document_id", "actor_id"),
)

# The merged view across documents (merge/). Rebuilt from the tables above; never the only copy of anything.
entities = Table(
    "entities",
    metadata,
    Column("id", String, primary_key=True, doc="kb:<kb_id> for knowledge-base actors, else a slug of the name"),
    Column("name", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("country", String(3), index=True),
    Column("sector", String),
    Column("role", Text),
    Column("kb_id", String, unique=True),
    Column("surname_key", String, index=True, doc="Normalized last word of a person's name, for candidate lookup"),
    Column("name_key", String, index=True, doc="Normalized full name"),
)

actor_entities = Table(
    "actor_entities",
    metadata,
    _doc_ref(),
    Column("actor_id", String, primary_key=True),
    Column("entity_id", String, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("method", String, nullable=False, doc="kb_id, name, fuzzy, surname or new"),
    Column("score", Float, nullable=False),
    ForeignKeyConstraint(["document_id", "actor_id"], ["actors.document_id", "actors.id"], ondelete="CASCADE"),
)

threads = Table(
    "threads",
    metadata,
    Column("id", String, primary_key=True),
    Column("subject", Text),
    Column("first_date", String),
    Column("last_date", String),
    Column("status", String, doc="Type of the latest step: REQUEST, REJECT, AGREE…"),
    Column("steps", Integer, nullable=False),
)

merged_events = Table(
    "merged_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String, nullable=False),
    Column("mode", String),
    Column("aux", Text, nullable=False, doc="JSON list"),
    Column("context", Text, nullable=False, doc="JSON list"),
    Column("date", String, doc="The most precise date the sources give (TIMEX3)"),
    Column("date_start", String, doc="First day the date can mean (ISO), for window lookups"),
    Column("date_end", String, doc="Last day the date can mean (ISO)"),
    Column("sort_date", String, nullable=False, doc="date_start, else the earliest publication date"),
    Column("location_name", Text),
    Column("location_country", String(3)),
    Column("corroboration", Integer, nullable=False, doc="Distinct documents reporting it"),
    Column("outlets", Integer, nullable=False, doc="Distinct sources (outlets) reporting it"),
    Column("confidence", Float, nullable=False),
    Column("summary", Text, nullable=False, doc="The sources' first evidence, for search"),
    Column("responds_to", Integer, ForeignKey("merged_events.id", ondelete="SET NULL"), index=True),
    Column("thread_id", String, ForeignKey("threads.id", ondelete="SET NULL")),
    Index("ix_merged_events_timeline", "sort_date", "id"),
    Index("ix_merged_events_thread", "thread_id", "sort_date", "id"),
    Index("ix_merged_events_type_window", "type", "date_start", "date_end"),
)

merged_event_sources = Table(
    "merged_event_sources",
    metadata,
    Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", String, primary_key=True),
    Column("merged_event_id", Integer, ForeignKey("merged_events.id", ondelete="CASCADE"), nullable=False, index=True),
    ForeignKeyConstraint(["document_id", "event_id"], ["events.document_id", "events.id"], ondelete="CASCADE"),
)

merged_event_entities = Table(
    "merged_event_entities",
    metadata,
    Column("merged_event_id", Integer, ForeignKey("merged_events.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", String, ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String, primary_key=True, doc="actor or recipient"),
    Index("ix_merged_event_entities_entity", "entity_id", "merged_event_id"),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("merged_event_id", Integer, ForeignKey("merged_events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("field", String, nullable=False, doc="quantity or date"),
    Column("what", Text, doc="The counted thing, for quantities"),
)

conflict_claims = Table(
    "conflict_claims",
    metadata,
    Column("conflict_id", Integer, ForeignKey("conflicts.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", String, nullable=False),
    Column("value", Text, nullable=False),
    Column("text", Text, doc="The words of the article that make the claim"),
)

MERGED_TABLES = ("conflict_claims", "conflicts", "merged_event_entities", "merged_event_sources",
                 "merged_events", "threads", "actor_entities", "entities")

# Full-text search, the way sqlite-utils sets it up, so Datasette offers a search box.
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content=[documents])",
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(content_text, content=[quotes])",
    """CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
         INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END""",
    """CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
         INSERT INTO documents_fts(documents_fts, rowid, title, text)
         VALUES ('delete', old.rowid, old.title, old.text); END""",
    """CREATE TRIGGER IF NOT EXISTS quotes_ai AFTER INSERT ON quotes BEGIN
         INSERT INTO quotes_fts(rowid, content_text) VALUES (new.rowid, new.content_text); END""",
    """CREATE TRIGGER IF NOT EXISTS quotes_ad AFTER DELETE ON quotes BEGIN
         INSERT INTO quotes_fts(quotes_fts, rowid, content_text) VALUES ('delete', old.rowid, old.content_text); END""",
]

# Full-text search on PostgreSQL: GIN indexes over the same tsvector expressions search uses.
DOCUMENTS_TSVECTOR = "to_tsvector('english', coalesce(title, '') || ' ' || text)"
QUOTES_TSVECTOR = "to_tsvector('english', content_text)"
POSTGRESQL_FTS = [
    f"CREATE INDEX IF NOT EXISTS documents_fts ON documents USING GIN ({DOCUMENTS_TSVECTOR})",
    f"CREATE INDEX IF NOT EXISTS quotes_fts ON quotes USING GIN ({QUOTES_TSVECTOR})",
]
# Any fixed number: concurrent `parley ingest` runs on one PostgreSQL database create the schema one at a time.
_SCHEMA_LOCK = 7_051_998


def create(connection) -> None:
    """Tables, indexes and full-text search, inside the caller's (write-locked) transaction."""
    dialect = connection.dialect.name
    if dialect == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_SCHEMA_LOCK})")
    metadata.create_all(connection)
    for statement in {"sqlite": SQLITE_FTS, "postgresql": POSTGRESQL_FTS}.get(dialect, []):
        connection.exec_driver_sql(statement)
