"""Where Documents are kept: SQLite by default (WAL, FTS5), any SQLAlchemy URL otherwise."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, func, make_url, or_, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from ..defaults import DEFAULT_DB, MAX_CHARS
from ..errors import DocumentNotFound, DriverNotInstalled, IdTaken, NulCharacter, ParleyError, SkippedInput, StoreUnavailable
from ..model import Actor, Document, Event, Location, Mention, Quantity, Quote, Span, Speaker, TimeExpression, content_hash
from . import schema
from .search import SearchHit, resolve_id, search

if TYPE_CHECKING:
    from ..batch import Outcome

__all__ = ["Store", "SearchHit", "IngestReport", "InputCount"]
log = logging.getLogger("parley.store")

# The optional dependency group (pyproject.toml) that installs each database driver.
_DRIVER_EXTRAS = {"psycopg": "postgres", "psycopg2": "postgres"}
# Documents per write transaction: what an interrupted ingest can lose at most.
WRITE_BATCH = 32
WRITE_ATTEMPTS = 3
# Rows fetched at a time when reading everything (exports).
READ_PAGE = 500
# How long a writer waits for another process's write lock on SQLite.
BUSY_SECONDS = 120


# Inputs an IngestReport names for each outcome: its size stays fixed however many articles a run reads.
REPORT_SAMPLE = 20


@dataclass
class InputCount:
    """How many inputs had one outcome, and the first REPORT_SAMPLE of them: (origin, the stored
    id or the error). ``len()`` is the count."""

    count: int = 0
    first: list[tuple[str, str | ParleyError]] = field(default_factory=list)

    def add(self, origin: str, detail: str | ParleyError) -> None:
        self.count += 1
        if len(self.first) < REPORT_SAMPLE:
            self.first.append((origin, detail))

    def __len__(self) -> int:
        return self.count


@dataclass
class IngestReport:
    """What ``Store.ingest`` did: how many documents it added, and how many inputs were already
    stored, failed, or were skipped as asked, each with its first few named (``on_outcome`` sees
    every one)."""

    added: int = 0
    already_stored: InputCount = field(default_factory=InputCount)
    failed: InputCount = field(default_factory=InputCount)
    skipped: InputCount = field(default_factory=InputCount)

    def count(self, outcome: Outcome) -> None:
        if isinstance(outcome.error, SkippedInput):
            self.skipped.add(outcome.origin, outcome.error)
        elif outcome.error is not None:
            self.failed.add(outcome.origin, outcome.error)
        elif outcome.stored_as is not None:
            self.already_stored.add(outcome.origin, outcome.stored_as)
        else:
            self.added += 1


class Store:
    """A parley database. ``Store("parley.db")`` or ``Store("postgresql://…")``."""

    def __init__(self, location: str | Path = DEFAULT_DB) -> None:
        self.location = str(location)
        try:
            if "://" not in self.location and self.location not in (":memory:", ""):
                parent = Path(self.location).resolve().parent
                if not parent.is_dir():
                    raise StoreUnavailable(path=self.location, reason=f"folder {parent} does not exist")
            self.engine: Engine = _engine(self.location)
            self.is_sqlite = self.engine.dialect.name == "sqlite"
            # Writes take the database's write lock as they begin, so concurrent writers queue
            # (up to BUSY_SECONDS) instead of failing when a read turns into a write. Everything that
            # writes (documents, the merged view) begins its transactions here.
            self.writer = self.engine.execution_options(parley_write=True)
            with self.writer.begin() as connection:
                schema.create(connection)
        except (OperationalError, DBAPIError) as error:
            raise StoreUnavailable(path=self.location, reason=str(error.orig).strip()) from error
        except ModuleNotFoundError as error:  # the database driver, e.g. psycopg for postgresql://
            shown = make_url(self.location).render_as_string(hide_password=True)
            raise DriverNotInstalled(url=shown, module=error.name, extra=_DRIVER_EXTRAS.get(error.name, error.name)) from error

    def __reduce__(self):  # reopened from its location in another process (a Ray task looks up hashes)
        return Store, (self.location,)

    def add(self, document: Document) -> bool:
        """Store ``document`` in one transaction; False when the same text is already stored.

        Raises IdTaken when another text is stored under the document's id, NulCharacter when
        PostgreSQL cannot store it.
        """
        result = self.write([document])[0]
        if isinstance(result, ParleyError):
            raise result
        return result is None

    def write(self, documents: list[Document]) -> list[str | ParleyError | None]:
        """Store ``documents`` in one transaction. For each: None when added, the stored id when
        its text was already stored, or the error that keeps it out (IdTaken, NulCharacter)."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self.writer.begin() as connection:
                    return self._insert(connection, documents)
            except IntegrityError:
                # Another writer stored one of these texts after we looked; look again.
                if attempt == WRITE_ATTEMPTS - 1:
                    raise
            except OperationalError as error:  # read-only file, full disk, locked past the timeout
                raise StoreUnavailable(path=self.location, reason=str(error.orig).strip()) from error
        raise AssertionError("unreachable")

    def stored_ids(self, hashes: list[str]) -> dict[str, str]:
        """The id stored under each of these content hashes that is in the store."""
        table = schema.documents
        with self.engine.connect() as connection:
            rows = connection.execute(select(table.c.content_hash, table.c.id).where(table.c.content_hash.in_(hashes)))
            return dict(rows.all())

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        published: date | None = None,
        max_chars: int | None = None,
        workers: int = 1,
        skip_other_languages: bool = False,
        engine: str = "processes",
        pipeline=None,
        on_outcome: Callable[[Outcome], None] | None = None,
        merge: bool = True,
    ) -> IngestReport:
        """Read, extract and store every document under ``paths``, then bring the merged view
        (entities, merged events, conflicts, threads) up to date unless ``merge`` is False.

        Texts already stored are skipped before any language processing; the rest is written
        WRITE_BATCH documents per transaction, so an interrupted run keeps every committed batch
        and running it again finishes the rest (and merges what an interrupted run did not).
        ``on_outcome`` sees each outcome once it is final.
        """
        from ..batch import process

        report = IngestReport()
        pending: list[Outcome] = []

        def settle(outcome: Outcome) -> None:
            report.count(outcome)
            if outcome.stored_as is not None:
                log.info("%s is already stored as %s in %s", outcome.origin, outcome.stored_as, self.location)
            if on_outcome:
                on_outcome(outcome)

        def flush() -> None:
            for outcome, result in zip(pending, self.write([o.document for o in pending])):
                if isinstance(result, ParleyError):
                    outcome.document, outcome.error = None, result
                elif result is not None:
                    outcome.document, outcome.stored_as = None, result
                settle(outcome)
            pending.clear()

        outcomes = process(paths, pipeline, published=published, max_chars=max_chars or MAX_CHARS,
                           workers=workers, stored=self.stored_ids, skip_other_languages=skip_other_languages,
                           engine=engine)
        for outcome in outcomes:
            if outcome.document is None:
                settle(outcome)
                continue
            pending.append(outcome)
            if len(pending) >= WRITE_BATCH:
                flush()
        if pending:
            flush()
        if merge:
            from .. import merge as merged_view  # merge/ reads the store, so it is imported here

            merged_view.update(self)
        return report

    def _insert(self, connection, documents: list[Document]) -> list[str | ParleyError | None]:
        table = schema.documents
        hashes = [content_hash(document.text) for document in documents]
        # One statement, so one snapshot: with two, a writer that commits the same text in between (PostgreSQL
        # takes a snapshot per statement) shows its id without its hash, and the text is refused as IdTaken.
        stored = connection.execute(select(table.c.id, table.c.content_hash).where(
            or_(table.c.content_hash.in_(hashes), table.c.id.in_([d.id for d in documents])))).all()
        by_hash = {digest: doc_id for doc_id, digest in stored}
        by_id = {doc_id: digest for doc_id, digest in stored}
        results: list[str | ParleyError | None] = []
        refuses_nul = connection.dialect.name == "postgresql"
        rows: dict = {}
        for document, digest in zip(documents, hashes):
            if digest in by_hash:
                results.append(by_hash[digest])
            elif document.id in by_id:
                results.append(IdTaken(doc_id=document.id, path=self.location))
            elif refuses_nul and (field := _field_with_nul(document)):
                results.append(NulCharacter(doc_id=document.id, field=field))
            else:
                by_hash[digest], by_id[document.id] = document.id, digest
                for target, target_rows in _rows(document, document.id, digest):
                    rows.setdefault(target, []).extend(target_rows)
                results.append(None)
        for target, target_rows in rows.items():  # _rows yields parents before children
            if target_rows:
                connection.execute(target.insert(), target_rows)
        return results

    def get(self, doc_id: str) -> Document:
        """The document with exactly this id."""
        with self.engine.connect() as connection:
            return _document(connection, doc_id, self.location)

    def resolve(self, prefix: str) -> str:
        """The stored id equal to ``prefix``, else the only one it begins, as git takes commit ids
        (``parley show 3f2a9c``); AmbiguousId lists the candidates."""
        with self.engine.connect() as connection:
            return resolve_id(connection, prefix, self.location)

    def documents(self) -> Iterator[Document]:
        """Every document, by publication date, read a page at a time (never the whole database)."""
        table = schema.documents
        order = select(table.c.id).order_by(table.c.published, table.c.id)
        with self.engine.connect() as listing, self.engine.connect() as reading:
            for doc_id in listing.execution_options(yield_per=READ_PAGE).execute(order).scalars():
                yield _document(reading, doc_id, self.location)

    def count(self, table: str = "documents") -> int:
        with self.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(schema.metadata.tables[table])).scalar_one()

    def table(self, name: str):
        """The SQLAlchemy table ``name``, for writers that need its column types."""
        return schema.metadata.tables[name]

    def columns(self, table: str) -> list[str]:
        return [column.name for column in schema.metadata.tables[table].columns]

    def rows(self, table: str) -> Iterator[dict]:
        """Every row of one table, as the database holds it."""
        with self.engine.connect() as connection:
            for row in connection.execution_options(yield_per=READ_PAGE).execute(select(schema.metadata.tables[table])).mappings():
                yield dict(row)

    def search(self, query: str, limit: int = 20, fts: bool = False) -> list[SearchHit]:
        """Documents and quotes holding the words of ``query``, or matching it as FTS5 syntax if ``fts``."""
        with self.engine.connect() as connection:
            return search(connection, query, limit=limit, fts=fts)


def _engine(location: str) -> Engine:
    """An engine for a path or URL; ``postgresql://`` means psycopg 3."""
    url = location if "://" in location else f"sqlite:///{location}"
    scheme, _, rest = url.partition("://")
    if scheme in ("postgresql", "postgres"):
        url = f"postgresql+psycopg://{rest}"
    if not url.startswith("sqlite"):
        return create_engine(url)
    engine = create_engine(url, connect_args={"timeout": BUSY_SECONDS})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(connection, _record) -> None:
    # SQLAlchemy, not the sqlite3 module, starts transactions (see _sqlite_begin).
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get("parley_write") else "BEGIN")


def _field_with_nul(document: Document) -> str | None:
    """The first field of ``document`` that holds U+0000, or None; every span's text is a piece of
    ``text``, so the fields given with the document are all there is to look at."""
    return next((field for field in ("text", "title", "id", "url", "source") if "\x00" in (getattr(document, field) or "")), None)


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
