"""The `parley` command: a thin layer over the Python API."""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from contextlib import nullcontext
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .defaults import DEFAULT_DB, MAX_CHARS, TABLES
from .errors import DatabaseNotFound, InvalidDate, OtherLanguage, OutputUnwritable, ParleyError, SkippedInput

# Everything heavier (pydantic, SQLAlchemy, spaCy, pyarrow) is imported by the command that needs it,
# so `parley --help` starts at once.
if TYPE_CHECKING:
    from . import merge, model
    from .batch import Outcome
    from .store import SearchHit, Store

app = typer.Typer(
    help="Turn news about conflict and diplomacy into structured, sourced PLOVER event data.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
# soft_wrap: a line longer than the terminal is left to the terminal, so no path, id or error is cut in two.
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

# Exit codes, as README.md documents them.
EXIT_OK = 0
EXIT_FAILED = 1  # an input, the database or the output failed; everything else was still done
EXIT_USAGE = 2  # the command line itself is wrong (as Click says for an unknown option); nothing was done

PathsArg = Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl), folders, or - for stdin.")]
PublishedOpt = Annotated[
    Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD for every input; relative dates resolve against it.")
]
MaxCharsOpt = Annotated[int, typer.Option("--max-chars", help="Refuse single texts longer than this.")]
SkipLanguagesOpt = Annotated[
    bool, typer.Option("--skip-other-languages", help="Skip texts that are clearly not English, instead of only warning.")
]
DbOpt = Annotated[str, typer.Option("--db", help="SQLite path, or postgresql://user@host/dbname.")]
EngineOpt = Annotated[
    str, typer.Option("--engine", help="processes (this machine) or ray (Ray Data; set RAY_ADDRESS for a cluster).")
]
WorkersOpt = Annotated[
    Optional[int], typer.Option("--workers", min=1, help="Processes that read language; default: every core.")
]


def _published(value: str | None) -> date | None:
    from .ingest import parse_published

    try:
        if value is not None and not value.strip():
            raise InvalidDate(value=value, where="--published")  # parse_published reads '' as "no date"
        return parse_published(value, "--published")
    except ParleyError as error:
        _fail(error, code=EXIT_USAGE)


# Terminal control characters (ESC opens colour codes and hyperlinks, CR overwrites a line) are shown
# as symbols, one character for one so that highlight offsets hold: ESC prints as ␛.
_CONTROL_PICTURES = {c: 0x2400 + c for c in range(32) if c not in (9, 10)} | {0x7F: 0x2421} | dict.fromkeys(range(0x80, 0xA0), 0xFFFD)


def _visible(text: str, style: str = "") -> Text:
    """Text from an article, a file name or a query, as it is: never read as markup or control codes."""
    return Text(text.translate(_CONTROL_PICTURES), style=style)


def _say(level: str, message: object) -> None:
    """One problem on stderr; paths and queries may hold [brackets] and control characters."""
    colour = "red" if level == "error" else "yellow"
    err.print(Text.assemble((level, colour), " ", _visible(str(message))), highlight=False)


def _fail(error: ParleyError | str, code: int = EXIT_FAILED):
    _say("error", error)
    raise typer.Exit(code)


class _Tally:
    """What many documents of a run may share, reported in one line each at the end rather than one
    per document: no publication date, or a language other than English (warned about or skipped)."""

    def __init__(self) -> None:
        self.undated, self.first_undated = 0, None
        self.languages: dict[str, Counter] = {"warned": Counter(), "skipped": Counter()}
        self.first_in_language: dict[str, str] = {}

    def add(self, outcome: Outcome) -> None:
        from .ingest import LanguageWarning

        if outcome.document is not None and outcome.document.published is None:
            self.undated += 1
            self.first_undated = self.first_undated or outcome.origin
        for warning in outcome.warnings:
            if isinstance(warning, LanguageWarning):
                self._language("warned", warning.language, warning.origin)
        if isinstance(outcome.error, OtherLanguage):
            self._language("skipped", outcome.error.fields["language"], outcome.error.fields["path"])

    def _language(self, kind: str, language: str, origin: str) -> None:
        self.languages[kind][language] += 1
        self.first_in_language.setdefault(kind, origin)

    def report(self) -> None:
        if self.undated:
            _say("warning", f"{self.undated} document(s) have no publication date (first: {self.first_undated}); "
                            "relative times such as 'last month' stay unresolved. Give --published YYYY-MM-DD.")
        for kind, consequence in (("warned", "parley reads English only, so their actors and events are unreliable; "
                                             "--skip-other-languages skips them."),
                                  ("skipped", "skipped as --skip-other-languages asks.")):
            if counts := self.languages[kind]:
                names = ", ".join(f"{language} {n}" for language, n in counts.most_common())
                _say("warning", f"{counts.total()} document(s) are not in English ({names}; first: "
                                f"{self.first_in_language[kind]}); {consequence}")


def _report(outcome: Outcome) -> bool:
    """Print an outcome's warnings and error to stderr; True if it failed. Language warnings and
    skips the user asked for are no failure: _Tally sums them up at the end."""
    from .ingest import LanguageWarning

    for warning in outcome.warnings:
        if not isinstance(warning, LanguageWarning):
            _say("warning", warning)
    if outcome.error is None or isinstance(outcome.error, SkippedInput):
        return False
    _say("error", outcome.error)
    return True


def _warn_unreadable(paths: list[str], shown: int = 5) -> None:
    """One line for every file the given folders hold that parley has no reader for."""
    from .ingest import unreadable_files

    if skipped := unreadable_files(paths):
        names = ", ".join(skipped[:shown]) + (f" and {len(skipped) - shown} more" if len(skipped) > shown else "")
        _say("warning", f"skipped {len(skipped)} file(s) parley cannot read (it reads .txt, .html, .jsonl): {names}")


def _open_store(location: str, must_exist: bool = False) -> Store:
    """The store at ``location``; a read command (``must_exist``) refuses to create an empty one."""
    from .store import Store

    try:
        if must_exist and (path := _sqlite_file(location)) is not None and not path.exists():
            raise DatabaseNotFound(path=location)
        return Store(location)
    except ParleyError as error:
        _fail(error)


def _sqlite_file(location: str) -> Path | None:
    """The file an SQLite location names; None for other databases and in-memory ones."""
    from sqlalchemy import make_url

    if "://" not in location:
        return None if location in ("", ":memory:") else Path(location)
    url = make_url(location)
    if not url.drivername.startswith("sqlite") or not url.database or url.database == ":memory:":
        return None
    return Path(url.database.removeprefix("file:").split("?")[0])


def _open_output(path: Path, newline: str | None = None):
    """``path`` opened for writing, or a clear error naming it."""
    try:
        if path.is_dir():
            raise OutputUnwritable(path=path, reason="it is a folder")
        return open(path, "w", encoding="utf-8", newline=newline)
    except OSError as error:
        _fail(OutputUnwritable(path=path, reason=error.strerror or str(error)))
    except ParleyError as error:
        _fail(error)


@app.command()
def extract(
    paths: PathsArg,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write JSON Lines here instead of stdout.")] = None,
    published: PublishedOpt = None,
    max_chars: MaxCharsOpt = MAX_CHARS,
    skip_other_languages: SkipLanguagesOpt = False,
    workers: WorkersOpt = None,
    engine: EngineOpt = "processes",
) -> None:
    """Read articles and write one JSON document per line; no database.

    Example: parley extract article.txt --published 2025-07-23 -o out.jsonl
    """
    from .batch import count_inputs, process, settle_loaded_objects

    anchor = _published(published)
    failed, tally = 0, _Tally()
    sink = _open_output(output) if output else nullcontext(sys.stdout)
    _warn_unreadable(paths)
    with sink as stream:
        outcomes = process(paths, published=anchor, max_chars=max_chars, workers=_workers(workers, count_inputs(paths)),
                           skip_other_languages=skip_other_languages, engine=_engine(engine))
        for outcome in outcomes:
            failed += _report(outcome)
            tally.add(outcome)
            settle_loaded_objects()  # this process is parley's own
            if outcome.document is not None:
                stream.write(outcome.document.model_dump_json() + "\n")
                stream.flush()
    tally.report()
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt = DEFAULT_DB,
    published: PublishedOpt = None,
    max_chars: MaxCharsOpt = MAX_CHARS,
    skip_other_languages: SkipLanguagesOpt = False,
    workers: WorkersOpt = None,
    engine: EngineOpt = "processes",
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="With --engine ray: write Parquet files to this folder instead of the database.")
    ] = None,
) -> None:
    """Read articles into the database; the same text twice is stored once, and a re-run skips what is stored.

    Example: parley ingest articles/ --db parley.db --workers 4
    """
    anchor = _published(published)
    if output is not None:
        _ingest_to_parquet(paths, output, anchor, max_chars, workers, skip_other_languages, _engine(engine))
    store = _open_store(db)
    _warn_unreadable(paths)
    report = _ingest(store, paths, anchor, max_chars, workers, skip_other_languages, _engine(engine))
    first = report.already_stored.first[0] if report.already_stored else None
    skipped = f", {len(report.skipped)} skipped" if report.skipped else ""
    out.print(
        _visible(f"{report.added} added, {len(report.already_stored)} already stored"
                 + (f" (first: {first[0]} as {first[1]})" if first else "")
                 + f", {len(report.failed)} failed{skipped} → {db}"),
    )
    raise typer.Exit(EXIT_FAILED if report.failed else EXIT_OK)


def _ingest_to_parquet(paths: list[str], output: Path, published: date | None, max_chars: int,
                       workers: int | None, skip_other_languages: bool, engine: str) -> None:
    from .batch import count_inputs, process
    from .scale.ray import write_parquet

    if engine != "ray":
        _fail("-o writes Parquet with --engine ray; without it, ingest writes to --db", code=EXIT_USAGE)
    failed, tally = 0, _Tally()

    def documents():
        nonlocal failed
        for outcome in process(paths, published=published, max_chars=max_chars, workers=_workers(workers, count_inputs(paths)),
                               skip_other_languages=skip_other_languages, engine=engine):
            failed += _report(outcome)
            tally.add(outcome)
            if outcome.document is not None:
                yield outcome.document

    _warn_unreadable(paths)
    count = write_parquet(documents(), output)
    tally.report()
    out.print(_visible(f"{count} documents written as Parquet to {output}, {failed} failed"))
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def _engine(name: str) -> str:
    from importlib.util import find_spec

    from .batch import ENGINES

    if name not in ENGINES:
        _fail(f"--engine must be one of {', '.join(ENGINES)}, not {name!r}", code=2)
    if name == "ray" and find_spec("ray") is None:
        _fail("--engine ray needs Ray: install parley's ray extra (`uv sync --extra ray` or `pip install 'parley[ray]'`)", code=2)
    return name


def _workers(requested: int | None, total: int | None) -> int:
    """As asked; else every core, but a process per BATCH_SIZE documents at most: a worker takes
    seconds to start, more than a few documents take to read."""
    from .batch import BATCH_SIZE, default_workers

    if requested:
        return requested
    if total is None:
        return default_workers()
    return max(1, min(default_workers(), -(-total // BATCH_SIZE)))


def _ingest(store: Store, paths: list[str], published: date | None, max_chars: int = MAX_CHARS,
            workers: int | None = None, skip_other_languages: bool = False, engine: str = "processes"):
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    from .batch import count_inputs, settle_loaded_objects

    tally = _Tally()
    total = count_inputs(paths)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=total, rate="–")

        def settle(outcome: Outcome) -> None:
            tally.add(outcome)
            _report(outcome)
            progress.advance(task)
            elapsed, done = progress.tasks[0].elapsed or 0, progress.tasks[0].completed
            progress.update(task, rate=f"{done / elapsed:.1f}" if elapsed else "–")
            settle_loaded_objects()  # this process is parley's own

        try:
            report = store.ingest(paths, published=published, max_chars=max_chars, workers=_workers(workers, total),
                                  skip_other_languages=skip_other_languages, engine=engine, on_outcome=settle)
        except ParleyError as error:
            progress.stop()
            _fail(error)  # every later write would fail the same way; committed batches stay
        elapsed = progress.tasks[0].elapsed or 0
    tally.report()
    done = progress.tasks[0].completed
    err.print(f"{done} documents in {elapsed:.1f} s ({done / elapsed if elapsed else 0:.1f} docs/s)", highlight=False)
    return report


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id as `parley search` prints it, or its first characters.")],
    db: DbOpt = DEFAULT_DB,
    json: Annotated[bool, typer.Option("--json", help="Print the document as JSON.")] = False,
) -> None:
    """Show one stored document: its actors, quotes, times and events.

    Example: parley show 3f2a9c --db parley.db
    """
    store = _open_store(db, must_exist=True)
    try:
        document = store.get(store.resolve(doc_id))
    except ParleyError as error:
        _fail(error)
    if json:
        out.print_json(document.model_dump_json())
        return
    out.rule(_visible(document.title or document.id))
    out.print(_visible(f"id {document.id} · published {document.published or 'unknown'} · source {document.source or 'unknown'}"))
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
        table.add_row(*[_visible(cell or "") for cell in row])
    out.print(table)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words and phrases to find, as typed; with --fts, an SQLite FTS5 query.")],
    db: DbOpt = DEFAULT_DB,
    limit: Annotated[int, typer.Option("--limit", help="Most hits to print.")] = 20,
    fts: Annotated[bool, typer.Option("--fts", help='Read the query as FTS5 syntax: "a phrase", NEAR(a b), prefix*, AND/OR/NOT.')] = False,
) -> None:
    """Full-text search over stored articles and quotes.

    Example: parley search "prisoner exchange" --db parley.db
    """
    store = _open_store(db, must_exist=True)
    try:
        hits = store.search(query, limit=limit, fts=fts)
    except ParleyError as error:
        _fail(error, code=EXIT_USAGE)
    out.print(_visible(f"{len(hits)} hit(s) for {query!r}", style="bold"))
    for hit in hits:
        out.print(_hit_lines(hit))


def _hit_lines(hit: SearchHit) -> Text:
    """A hit as two lines: the id whole (never cut), then the snippet with the matched words marked."""
    lines = Text.assemble(_visible(hit.document_id, "cyan"), f"  {hit.kind}  ", _visible(hit.title or ""), "\n    ")
    snippet = _visible(hit.snippet.replace("\n", " "))
    for start, end in hit.highlights:
        snippet.stylize("bold reverse", start, end)
    return lines + snippet


@app.command("export")
def export_(
    format: Annotated[str, typer.Option("--format", help="jsonl (whole documents), plover (one PLOVER record per event), csv or parquet (one table).")] = "jsonl",
    what: Annotated[str, typer.Option("--what", help=f"Table for csv/parquet: {', '.join(TABLES)}.")] = "events",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write; stdout for jsonl/csv if omitted.")] = None,
    db: DbOpt = DEFAULT_DB,
    keep_formulas: Annotated[bool, typer.Option(
        "--keep-formulas", help="Write CSV cells starting with = + - @ as they are; by default they get a leading ' "
                                "so a spreadsheet shows them instead of running them.")] = False,
) -> None:
    """Write the database out as JSON Lines, PLOVER records, CSV or Parquet, streaming.

    Example: parley export --format csv --what quotes -o quotes.csv
    """
    from . import export

    if format not in export.FORMATS:
        _fail(f"--format must be one of {', '.join(export.FORMATS)}, not {format!r}", code=EXIT_USAGE)
    if what not in TABLES:
        _fail(f"--what must be one of {', '.join(TABLES)}, not {what!r}", code=EXIT_USAGE)
    if format == "parquet" and output is None:
        _fail("parquet needs a file: give -o out.parquet", code=EXIT_USAGE)
    store = _open_store(db, must_exist=True)
    with _open_output(output, newline="") if output else nullcontext(sys.stdout) as stream:
        if format == "parquet":
            stream.close()  # opened only to check the path; pyarrow writes the file itself
            count = export.write_parquet(store.rows(what), store.table(what), str(output))
        elif format == "jsonl":
            count = export.write_jsonl(store.documents(), stream)
        elif format == "plover":
            count = export.write_plover(store.documents(), stream)
        else:
            count = export.write_csv(store.rows(what), store.columns(what), stream, keep_formulas=keep_formulas)
    noun = {"jsonl": "documents", "plover": "events"}.get(format, what)
    err.print(f"{count} {noun} written", highlight=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output document.

    Example: parley schema > parley.schema.json
    """
    from . import model

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
            report = _ingest(store, [str(folder)], None)
        _summarize(store)
        out.print(_visible(f"{report.added} articles added to {location if db else 'a temporary database'}"
                           + ("" if db else "; keep one with --db demo.db")))
        out.print(_visible(f"Browse the timeline: parley serve --db {location if db else 'demo.db'}"
                           + ("" if db else "  (after parley demo --db demo.db)")))
    raise typer.Exit(EXIT_FAILED if report.failed else EXIT_OK)


def _summarize(store: Store, timeline_rows: int = 30) -> None:
    from . import merge

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
    db: DbOpt = DEFAULT_DB,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Drop the merged view and recompute it from every document.")] = False,
) -> None:
    """Merge stored documents across articles: entities, merged events, conflicts, threads.

    `parley ingest` already merges what it adds; use this after upgrading parley or with --rebuild.
    Example: parley merge --rebuild --db parley.db
    """
    from . import merge

    store = _open_store(db, must_exist=True)
    touched = merge.rebuild(store) if rebuild else merge.update(store)
    counts = ", ".join(f"{store.count(t)} {t.replace('_', ' ')}" for t in ("merged_events", "entities", "conflicts", "threads"))
    out.print(_visible(f"{touched} merged events updated; {db} holds {counts}"))


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the web timeline at / for one database.

    Example: parley serve --db parley.db --host 127.0.0.1 --port 8000
    """
    import uvicorn

    from .api import create_app

    store = _open_store(db, must_exist=True)
    out.print(_visible(f"parley serving {db} at http://{host}:{port}/ (API docs at /docs)"))
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")
