"""The `parley` command: a thin layer over the Python API."""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from contextlib import nullcontext
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import batch, export, merge, model
from .errors import ParleyError
from .ingest import MAX_CHARS, parse_published
from .nlp.pipeline import Pipeline
from .store import DEFAULT_PATH, TABLES, Store

app = typer.Typer(
    help="Turn news about conflict and diplomacy into structured, sourced PLOVER event data.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
out = Console()
err = Console(stderr=True)

PathsArg = Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl), folders, or - for stdin.")]
PublishedOpt = Annotated[
    Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD for every input; relative dates resolve against it.")
]
MaxCharsOpt = Annotated[int, typer.Option("--max-chars", help="Refuse single texts longer than this.")]
DbOpt = Annotated[str, typer.Option("--db", help="SQLite path or SQLAlchemy URL.")]


def _published(value: str | None) -> date | None:
    try:
        return parse_published(value, "--published")
    except ParleyError as error:
        _fail(error, code=2)


def _say(level: str, message: object) -> None:
    """One problem on stderr; the message is escaped, since paths and queries may hold [brackets]."""
    colour = "red" if level == "error" else "yellow"
    err.print(f"[{colour}]{level}[/{colour}] {escape(str(message))}", highlight=False)


def _fail(error: ParleyError | str, code: int = 1):
    _say("error", error)
    raise typer.Exit(code)


class _UndatedDocuments:
    """Documents without a publication date, reported in one line rather than one each."""

    def __init__(self) -> None:
        self.count, self.first = 0, None

    def add(self, outcome: batch.Outcome) -> None:
        if outcome.document is not None and outcome.document.published is None:
            self.count += 1
            self.first = self.first or outcome.origin

    def report(self) -> None:
        if self.count:
            _say("warning", f"{self.count} document(s) have no publication date (first: {self.first}); "
                            "relative times such as 'last month' stay unresolved. Give --published YYYY-MM-DD.")


def _report(outcome: batch.Outcome) -> bool:
    """Print an outcome's warnings and error to stderr; True if it failed."""
    for warning in outcome.warnings:
        _say("warning", warning)
    if outcome.error is not None:
        _say("error", outcome.error)
        return True
    return False


def _open_store(location: str) -> Store:
    try:
        return Store(location)
    except ParleyError as error:
        _fail(error)


@app.command()
def extract(
    paths: PathsArg,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write JSON Lines here instead of stdout.")] = None,
    published: PublishedOpt = None,
    max_chars: MaxCharsOpt = MAX_CHARS,
) -> None:
    """Read articles and write one JSON document per line; no database.

    Example: parley extract article.txt --published 2025-07-23 -o out.jsonl
    """
    anchor = _published(published)
    failed, undated = 0, _UndatedDocuments()
    try:
        sink = open(output, "w", encoding="utf-8") if output else nullcontext(sys.stdout)
    except OSError as error:
        _fail(f"cannot write {output}: {error.strerror}")
    with sink as stream:
        for outcome in batch.process(paths, Pipeline(), published=anchor, max_chars=max_chars):
            failed += _report(outcome)
            undated.add(outcome)
            if outcome.document is not None:
                stream.write(outcome.document.model_dump_json() + "\n")
                stream.flush()
    undated.report()
    raise typer.Exit(1 if failed else 0)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt = DEFAULT_PATH,
    published: PublishedOpt = None,
    max_chars: MaxCharsOpt = MAX_CHARS,
) -> None:
    """Read articles into the database; the same text twice is stored once.

    Example: parley ingest articles/ --db parley.db
    """
    anchor = _published(published)
    store = _open_store(db)
    counts = _ingest(store, paths, anchor, max_chars)
    merge.update(store)  # the merged view, for the documents just added
    out.print(
        f"{counts['added']} added, {counts['duplicate']} already stored, {counts['failed']} failed → {db}",
        highlight=False,
    )
    raise typer.Exit(1 if counts["failed"] else 0)


def _ingest(store: Store, paths: list[str], published: date | None, max_chars: int = MAX_CHARS) -> Counter:
    counts: Counter = Counter(added=0, duplicate=0, failed=0)
    undated = _UndatedDocuments()
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=None, rate="–")
        for outcome in batch.process(paths, Pipeline(), published=published, max_chars=max_chars):
            undated.add(outcome)
            if _report(outcome):
                counts["failed"] += 1
                continue
            try:
                counts["added" if store.add(outcome.document) else "duplicate"] += 1
            except ParleyError as error:
                progress.stop()
                _fail(error)  # every later write would fail the same way
            progress.advance(task)
            elapsed = progress.tasks[0].elapsed or 0
            done = progress.tasks[0].completed
            progress.update(task, rate=f"{done / elapsed:.1f}" if elapsed else "–")
    undated.report()
    return counts


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id, as `parley search` prints it.")],
    db: DbOpt = DEFAULT_PATH,
    json: Annotated[bool, typer.Option("--json", help="Print the document as JSON.")] = False,
) -> None:
    """Show one stored document: its actors, quotes, times and events.

    Example: parley show 3f2a9c… --db parley.db
    """
    store = _open_store(db)
    try:
        document = store.get(doc_id)
    except ParleyError as error:
        _fail(error)
    if json:
        out.print_json(document.model_dump_json())
        return
    out.rule(document.title or document.id)
    out.print(f"id {document.id} · published {document.published or 'unknown'} · source {document.source or 'unknown'}", highlight=False)
    names = {a.id: a.name for a in document.actors}
    _table("Actors", ["name", "kind", "country", "sector", "role", "mentions"],
           [[a.name, a.kind, a.country, a.sector, a.role, str(len(a.mentions))] for a in document.actors])
    _table("Quotes", ["speaker", "kind", "content"],
           [[names.get(q.speaker.actor, q.speaker.text) if q.speaker else "?", q.kind, q.content.text] for q in document.quotes])
    _table("Times", ["text", "type", "value"], [[t.text, t.type, t.value] for t in document.times])
    _table("Events", ["date", "type", "mode", "aux", "actor", "recipient", "evidence"],
           [_event_cells(e, names) for e in document.events])


def _event_cells(event: model.Event, names: dict[str, str]) -> list[str]:
    return [
        event.date or "", event.type, event.mode or "", ",".join(event.aux),
        ", ".join(names.get(a, a) for a in event.actors), ", ".join(names.get(a, a) for a in event.recipients),
        event.evidence[0].text if event.evidence else "",
    ]


def _table(title: str, columns: list[str], rows: list[list[str | None]], counted: bool = True) -> None:
    table = Table(title=f"{title} ({len(rows)})" if counted else title, title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[cell or "" for cell in row])
    out.print(table)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='SQLite FTS5 query: words, "a phrase", NEAR(a b), prefix*.')],
    db: DbOpt = DEFAULT_PATH,
    limit: Annotated[int, typer.Option("--limit", help="Most hits to print.")] = 20,
) -> None:
    """Full-text search over stored articles and quotes.

    Example: parley search '"prisoner exchange"' --db parley.db
    """
    store = _open_store(db)
    try:
        hits = store.search(query, limit=limit)
    except ParleyError as error:
        _fail(error)
    _table(f"Hits for {query!r}", ["document", "in", "title", "match"],
           [[h.document_id, h.kind, h.title, h.snippet] for h in hits])


@app.command("export")
def export_(
    format: Annotated[str, typer.Option("--format", help="jsonl (whole documents), csv or parquet (one table).")] = "jsonl",
    what: Annotated[str, typer.Option("--what", help=f"Table for csv/parquet: {', '.join(TABLES)}.")] = "events",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write; stdout for jsonl/csv if omitted.")] = None,
    db: DbOpt = DEFAULT_PATH,
) -> None:
    """Write the database out as JSON Lines, CSV or Parquet.

    Example: parley export --format csv --what quotes -o quotes.csv
    """
    if format not in export.FORMATS:
        _fail(f"--format must be one of {', '.join(export.FORMATS)}, not {format!r}", code=2)
    if what not in TABLES:
        _fail(f"--what must be one of {', '.join(TABLES)}, not {what!r}", code=2)
    if format == "parquet" and output is None:
        _fail("parquet needs a file: give -o out.parquet", code=2)
    store = _open_store(db)
    if format == "parquet":
        count = export.write_parquet(store.rows(what), str(output))
    else:
        with open(output, "w", encoding="utf-8", newline="") if output else nullcontext(sys.stdout) as stream:
            if format == "jsonl":
                count = export.write_jsonl(store.documents(), stream)
            else:
                count = export.write_csv(store.rows(what), store.columns(what), stream)
    err.print(f"{count} {'documents' if format == 'jsonl' else what} written", highlight=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output document.

    Example: parley schema > parley.schema.json
    """
    print(model.json_schema())


@app.command()
def demo(
    db: Annotated[Optional[str], typer.Option("--db", help="Keep the demo database here (default: a temporary file).")] = None,
) -> None:
    """Ingest the built-in demo articles and summarize what parley found.

    Example: parley demo --db demo.db
    """
    corpus = resources.files("parley") / "data" / "demo"
    with tempfile.TemporaryDirectory() as scratch:
        location = db or str(Path(scratch) / "demo.db")
        store = _open_store(location)
        with resources.as_file(corpus) as folder:
            counts = _ingest(store, [str(folder)], None)
        merge.update(store)
        _summarize(store)
        out.print(f"{counts['added']} articles added to {location if db else 'a temporary database'}"
                  + ("" if db else "; keep one with --db demo.db"), highlight=False)
        out.print(f"Browse the timeline: parley serve --db {location if db else 'demo.db'}"
                  + ("" if db else "  (after parley demo --db demo.db)"), highlight=False)
    raise typer.Exit(1 if counts["failed"] else 0)


def _summarize(store: Store, timeline_rows: int = 30) -> None:
    tables = ("documents", "actors", "quotes", "events", "merged_events", "entities", "conflicts", "threads")
    _table("parley demo", list(tables), [[str(store.count(t)) for t in tables]], counted=False)
    speakers: Counter = Counter()
    for document in store.documents():
        names = {a.id: a.name for a in document.actors}
        speakers.update(names[q.speaker.actor] for q in document.quotes if q.speaker and q.speaker.actor in names)
    _table("Most quoted", ["speaker", "quotes"], [[name, str(n)] for name, n in speakers.most_common(5)], counted=False)
    # The story once: merged events with an actor, each with how many articles report it.
    events = [e for e in merge.timeline(store) if e.actors]
    rows = [_merged_event_cells(e) for e in events[:timeline_rows]]
    _table(f"Timeline of merged events (first {len(rows)} of {len(events)} events with an actor)",
           ["date", "event", "who", "evidence", "sources", "notes"], rows, counted=False)


def _merged_event_cells(event: merge.MergedEvent) -> list[str]:
    what = "/".join(filter(None, [event.type, event.mode])) + "".join(f" ({aux})" for aux in event.aux)
    who = ", ".join(a.name for a in event.actors)
    if event.recipients:
        who += " → " + ", ".join(a.name for a in event.recipients)
    evidence = next((s.evidence.text for s in event.sources if s.evidence), "")
    evidence = evidence if len(evidence) <= 90 else evidence[:89] + "…"
    outlets = sorted({s.source or s.document for s in event.sources})
    notes = [f"{c.field} {c.what or ''} disputed: " + " vs ".join(sorted({k.value for k in c.claims})) for c in event.conflicts]
    if event.thread:
        notes.append(f"thread {event.thread}" + (f", answers {event.responds_to}" if event.responds_to else ""))
    return [event.date or event.sort_date or "", what, who, evidence,
            f"{event.corroboration} doc(s): {', '.join(outlets)}", "; ".join(notes)]


@app.command("merge")
def merge_(
    db: DbOpt = DEFAULT_PATH,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Drop the merged view and recompute it from every document.")] = False,
) -> None:
    """Merge stored documents across articles: entities, merged events, conflicts, threads.

    `parley ingest` already merges what it adds; use this after upgrading parley or with --rebuild.
    Example: parley merge --rebuild --db parley.db
    """
    store = _open_store(db)
    touched = merge.rebuild(store) if rebuild else merge.update(store)
    counts = ", ".join(f"{store.count(t)} {t.replace('_', ' ')}" for t in ("merged_events", "entities", "conflicts", "threads"))
    out.print(f"{touched} merged events updated; {db} holds {counts}", highlight=False)


@app.command()
def serve(
    db: DbOpt = DEFAULT_PATH,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the web timeline at / for one database.

    Example: parley serve --db parley.db --host 127.0.0.1 --port 8000
    """
    import uvicorn

    from .api import create_app

    store = _open_store(db)
    out.print(f"parley serving {db} at http://{host}:{port}/ (API docs at /docs)", highlight=False)
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
