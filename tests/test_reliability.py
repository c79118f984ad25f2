"""Bad input, as a new user brings it: nothing lost, nothing injected, every error clear."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from parley import cli
from parley.cli import app
from parley.model import Actor, Document, Event, Mention, Quote, Span
from parley.store import Store

README = Path(__file__).resolve().parents[1] / "README.md"
runner = CliRunner()
ENGLISH = "Envoys from Kestria and Valdoria met in Geneva on Tuesday and agreed to a 30-day truce, officials said."


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def write_records(path: Path, texts: list[str]) -> Path:
    # json.dumps escapes a lone surrogate as "\ud800", exactly as the files that broke parley held it.
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": text}) + "\n" for i, text in enumerate(texts)))
    return path


def spans_of(value):
    """Every {"text", "span"} pair anywhere in a dumped Document."""
    if isinstance(value, dict):
        if "span" in value and value["span"] and "text" in value:
            yield value["text"], value["span"]
        for item in value.values():
            yield from spans_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from spans_of(item)


def has_lone_surrogate(text: str) -> bool:
    return re.search("[\ud800-\udfff]", text) is not None


# ---- data lost or crashed runs ----------------------------------------------------------------

TRICKY = ["\ud800", "\udfff", "\x00", "\x1b[31m", "\u200f", "\u202e", "\u200b", "\ufeff", "\u0301", "🕊️", "👩🏽‍⚕️",
          "\r", "\t", "\u2028", "[bold]", "«", "“", "٣", "\U0010ffff"]
texts = st.lists(st.one_of(st.sampled_from(TRICKY), st.sampled_from(ENGLISH.split()), st.characters()),
                 min_size=1, max_size=40).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(texts, min_size=1, max_size=4))
def test_extract_on_arbitrary_unicode_never_raises_and_keeps_the_good_records(tmp_path_factory, batch):
    folder = tmp_path_factory.mktemp("unicode")
    records = write_records(folder / "records.jsonl", [ENGLISH, *batch, ENGLISH + " Talks resume."])
    result = run("extract", str(records), "-o", str(folder / "out.jsonl"))
    expected = [t for t in [ENGLISH, *batch, ENGLISH + " Talks resume."] if t.strip() and not has_lone_surrogate(t)]
    lines = (folder / "out.jsonl").read_text(encoding="utf-8").split("\n")[:-1]  # JSON Lines end at "\n" only
    documents = [Document.model_validate_json(line) for line in lines]
    assert [d.text for d in documents] == expected
    for document in documents:
        for text, (start, end) in spans_of(document.model_dump()):
            assert 0 <= start < end <= len(document.text) and document.text[start:end] == text
    for number, text in enumerate([ENGLISH, *batch], start=1):
        if has_lone_surrogate(text):
            assert f"line {number}: 'text' holds a lone surrogate" in result.stderr
    assert result.exit_code == (0 if len(expected) == len(batch) + 2 else 1)


def test_one_record_with_a_lone_surrogate_loses_no_other_document_of_the_folder(tmp_path):
    for i in range(5):
        (tmp_path / f"article{i}.txt").write_text(f"{ENGLISH} Round {i} ended.")
    write_records(tmp_path / "feed.jsonl", ["Talks \ud800 stalled in Doha.", "Talks resumed in Doha on Monday."])
    db = tmp_path / "p.db"
    result = run("ingest", str(tmp_path), "--db", str(db))
    assert result.exit_code == 1
    assert "E019" in result.stderr and "feed.jsonl, line 1" in result.stderr
    assert "6 added" in result.stdout and Store(str(db)).count() == 6


# ---- injection and display --------------------------------------------------------------------

MARKUP_TEXT = "The [bold]envoy[/bold] signed the [link=http://evil.example]deal[/link] on Tuesday."


def markup_document() -> Document:
    def span(part: str) -> Span:
        start = MARKUP_TEXT.index(part)
        return Span(text=part, span=(start, start + len(part)))

    envoy = "[bold]envoy[/bold]"
    return Document(
        id="3f2a9c0d", title="[bold]x[/bold]", source="[red]Wire[/red]", text=MARKUP_TEXT,
        actors=[Actor(id="a1", name=envoy, kind="person", mentions=[Mention(**span(envoy).model_dump())])],
        quotes=[Quote(id="q1", kind="indirect", content=span("[link=http://evil.example]deal[/link]"))],
        events=[Event(id="e1", type="AGREE", actors=["a1"], evidence=[span(MARKUP_TEXT[:-1])], confidence=0.5)],
    )


@pytest.fixture
def markup_db(tmp_path) -> str:
    db = str(tmp_path / "p.db")
    Store(db).add(markup_document())
    return db


def test_show_prints_article_text_with_its_brackets(markup_db):
    result = run("show", "3f2a9c0d", "--db", markup_db)
    assert result.exit_code == 0
    for text in ("[bold]x[/bold]", "[red]Wire[/red]", "[bold]envoy[/bold]", "[link=http://evil.example]deal[/link]"):
        assert text in result.stdout


def test_show_on_a_colour_terminal_makes_no_link_from_article_text(markup_db, monkeypatch):
    screen = io.StringIO()
    monkeypatch.setattr(cli, "out", Console(file=screen, force_terminal=True, color_system="truecolor", width=200))
    assert run("show", "3f2a9c0d", "--db", markup_db).exit_code == 0
    assert "\x1b]8;" not in screen.getvalue()  # the OSC 8 escape that makes a hyperlink
    assert "[link=http://evil.example]" in screen.getvalue()


def test_terminal_control_codes_in_article_text_are_shown_not_run(tmp_path, monkeypatch):
    db = str(tmp_path / "p.db")
    hyperlink = "\x1b]8;;http://evil.example\x1b\\deal\x1b]8;;\x1b\\"
    Store(db).add(Document(id="d1", title=f"Talks {hyperlink}", text=f"The envoys reached a {hyperlink} in Doha.\rFake line"))
    screen = io.StringIO()
    monkeypatch.setattr(cli, "out", Console(file=screen, force_terminal=True, color_system="truecolor", width=200))
    assert run("show", "d1", "--db", db).exit_code == 0
    assert run("search", "Doha", "--db", db).exit_code == 0
    assert "\x1b]8;" not in screen.getvalue() and "\r" not in screen.getvalue()
    assert "␛]8;;http://evil.example" in screen.getvalue()


def test_search_snippet_keeps_the_matched_words(tmp_path):
    db = str(tmp_path / "p.db")
    Store(db).add(Document(id="d1", text="The Kremlin dismissed calls for a ceasefire, and the talks stalled."))
    result = run("search", "ceasefire", "--db", db)
    assert result.exit_code == 0 and "calls for a ceasefire, and" in result.stdout


def test_search_snippet_of_text_with_brackets_is_printed_as_it_is(markup_db):
    result = run("search", "deal", "--db", markup_db)
    assert "[link=http://evil.example]deal[/link]" in result.stdout


@pytest.mark.parametrize("query", ["Kestria's", "30-day truce", "UN-backed", "U.S."])
def test_plain_queries_need_no_fts_syntax(tmp_path, query):
    db = str(tmp_path / "p.db")
    Store(db).add(Document(id="d1", text="Kestria's 30-day truce, UN-backed and U.S.-brokered, held."))
    result = run("search", query, "--db", db)
    assert result.exit_code == 0 and "d1" in result.stdout and "1 hit(s)" in result.stdout


def test_fts_syntax_is_behind_a_flag(tmp_path):
    db = str(tmp_path / "p.db")
    Store(db).add(Document(id="d1", text="Kestria's 30-day truce, UN-backed and U.S.-brokered, held."))
    assert "1 hit(s)" in run("search", "NEAR(truce held, 8)", "--fts", "--db", db).stdout
    broken = run("search", "truce AND", "--fts", "--db", db)
    assert broken.exit_code == 2 and "E013" in broken.stderr and "drop --fts" in broken.stderr


def test_query_of_a_lone_star_is_a_clear_usage_error(tmp_path):
    db = str(tmp_path / "p.db")
    Store(db).add(Document(id="d1", text="Talks held."))
    result = run("search", "*", "--db", db)
    assert result.exit_code == 2 and "E013" in result.stderr and "no word to look for" in result.stderr


FORMULAS = ["=HYPERLINK(\"http://evil.example\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_export_neutralizes_formulas_and_keeps_them_raw_on_request(tmp_path, formula):
    db = str(tmp_path / "p.db")
    Store(db).add(Document(id="d1", title=formula, text="Talks held."))
    safe, raw = tmp_path / "safe.csv", tmp_path / "raw.csv"
    assert run("export", "--format", "csv", "--what", "documents", "-o", str(safe), "--db", db).exit_code == 0
    assert run("export", "--format", "csv", "--what", "documents", "-o", str(raw), "--db", db, "--keep-formulas").exit_code == 0
    [safe_row] = csv.DictReader(safe.open(newline=""))
    [raw_row] = csv.DictReader(raw.open(newline=""))
    assert safe_row["title"] == "'" + formula and raw_row["title"] == formula
    assert safe_row["text"] == "Talks held."


# ---- errors and exit codes --------------------------------------------------------------------

@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "p.db")
    Store(path).add(Document(id="3f2a9c0d", text="Talks held in Doha."))
    return path


@pytest.mark.parametrize("target", ["missing/dir/x.csv", "."])
def test_export_to_a_missing_folder_or_a_folder_is_a_clear_error(tmp_path, db, target):
    result = run("export", "--format", "csv", "-o", str(tmp_path / target), "--db", db)
    assert result.exit_code == 1 and "E015" in result.stderr and str(tmp_path / target) in result.stderr


def test_extract_to_a_folder_is_the_same_clear_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ENGLISH)
    result = run("extract", str(article), "-o", str(tmp_path))
    assert result.exit_code == 1 and "E015" in result.stderr and "it is a folder" in result.stderr


def test_export_parquet_to_a_missing_folder_is_a_clear_error(tmp_path, db):
    result = run("export", "--format", "parquet", "-o", str(tmp_path / "no" / "x.parquet"), "--db", db)
    assert result.exit_code == 1 and "E015" in result.stderr


@pytest.mark.parametrize("command", [["show", "3f2a"], ["search", "talks"], ["export"], ["merge"], ["serve"]])
def test_read_commands_refuse_a_database_that_does_not_exist(tmp_path, command):
    typo = tmp_path / "typo.db"
    result = run(*command, "--db", str(typo))
    assert result.exit_code == 1 and "E016" in result.stderr and str(typo) in result.stderr
    assert not typo.exists()


def test_read_commands_take_an_sqlite_url_and_refuse_one_to_a_missing_file(tmp_path, db):
    assert run("show", "3f2a", "--db", f"sqlite:///{db}").exit_code == 0
    missing = run("show", "3f2a", "--db", f"sqlite:///file:{tmp_path / 'typo.db'}?mode=ro&uri=true")
    assert missing.exit_code == 1 and "E016" in missing.stderr


def test_postgres_url_without_its_driver_names_the_extra_to_install(monkeypatch):
    # The dev group installs psycopg; None in sys.modules makes importing it fail as on a machine without it.
    for module in ("psycopg", "psycopg2"):
        monkeypatch.setitem(sys.modules, module, None)
    result = run("show", "x", "--db", "postgresql://parley:secret@localhost/parley")
    assert result.exit_code == 1 and "E017" in result.stderr and "parley[postgres]" in result.stderr
    assert "secret" not in result.stderr


@pytest.mark.parametrize("value", ["", "  ", "23/07/2025"])
def test_bad_or_empty_published_is_a_usage_error(tmp_path, value):
    article = tmp_path / "a.txt"
    article.write_text(ENGLISH)
    result = run("extract", str(article), "--published", value)
    assert result.exit_code == 2 and "E009" in result.stderr and "--published" in result.stderr


def test_readme_documents_the_exit_codes():
    readme = README.read_text(encoding="utf-8")
    section = readme[readme.index("## Exit codes"):]
    assert all(re.search(rf"^\| `{code}` \|", section, re.MULTILINE) for code in (cli.EXIT_OK, cli.EXIT_FAILED, cli.EXIT_USAGE))


def test_legacy_code_page_text_is_read_with_a_warning_naming_file_and_encoding(tmp_path):
    article = tmp_path / "latin.txt"
    article.write_bytes("Le président a déclaré à Genève que les négociations reprendront à l’été.".encode("cp1252"))
    result = run("extract", str(article), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0
    assert re.search(rf"warning {re.escape(str(article))} is not valid UTF-8; read it as cp1252", result.stderr)


def test_folder_lists_unreadable_files_in_one_line_and_skips_hidden_ones(tmp_path):
    folder = tmp_path / "articles"
    (folder / ".cache").mkdir(parents=True)
    (folder / "a.txt").write_text(ENGLISH)
    (folder / ".cache" / "b.txt").write_text("Hidden " + ENGLISH)
    for name in ("report.pdf", "map.png", "notes.md"):
        (folder / name).write_bytes(b"x")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(folder), "-o", str(out))
    assert result.exit_code == 0
    [line] = [line for line in result.stderr.splitlines() if "cannot read" in line]
    assert "3 file(s)" in line and all(name in line for name in ("report.pdf", "map.png", "notes.md"))
    assert [json.loads(line)["text"] for line in out.read_text().splitlines()] == [ENGLISH]


GERMAN = ("Die beiden Delegationen trafen sich am Dienstag in Genf zu einer zweiten Gesprächsrunde. "
          "Wie der Sprecher mitteilte, soll die Waffenruhe halten.")
RUSSIAN = "Делегации двух стран встретились во вторник в Женеве на второй раунд переговоров, сообщили официальные лица."


def test_other_languages_are_warned_about_in_one_line(tmp_path):
    feed = write_records(tmp_path / "feed.jsonl", [ENGLISH, GERMAN, GERMAN + " Ja.", RUSSIAN])
    out = tmp_path / "out.jsonl"
    result = run("extract", str(feed), "-o", str(out))
    assert result.exit_code == 0 and len(out.read_text().splitlines()) == 4
    [line] = [line for line in result.stderr.splitlines() if "not in English" in line]
    assert "3 document(s)" in line and "German 2" in line and "Russian 1" in line
    assert "feed.jsonl, line 2" in line and "--skip-other-languages" in line


def test_other_languages_are_skipped_on_request_and_that_is_no_failure(tmp_path):
    feed = write_records(tmp_path / "feed.jsonl", [ENGLISH, GERMAN, RUSSIAN])
    db = str(tmp_path / "p.db")
    result = run("ingest", str(feed), "--db", db, "--skip-other-languages")
    assert result.exit_code == 0 and "1 added" in result.stdout and "2 skipped" in result.stdout
    [line] = [line for line in result.stderr.splitlines() if "not in English" in line]
    assert "German 1, Russian 1" in line and "skipped" in line
    assert Store(db).count() == 1


def test_legacy_code_page_is_warned_about_once_per_file(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes("".join(json.dumps({"id": f"r{i}", "text": f"Genève, {i}: the talks résumé."}, ensure_ascii=False) + "\n"
                             for i in range(3)).encode("cp1252"))
    result = run("extract", str(feed), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0 and result.stderr.count("is not valid UTF-8") == 1


def test_show_takes_a_unique_id_prefix_and_lists_candidates_of_an_ambiguous_one(db):
    Store(db).add(Document(id="3f2b7e11", text="Talks held in Oslo."))
    shown = run("show", "3f2a", "--db", db)
    assert shown.exit_code == 0 and "id 3f2a9c0d" in shown.stdout
    ambiguous = run("show", "3f2", "--db", db)
    assert ambiguous.exit_code == 1 and "E018" in ambiguous.stderr
    assert "3f2a9c0d" in ambiguous.stderr and "3f2b7e11" in ambiguous.stderr


@pytest.fixture
def narrow_terminal(monkeypatch):
    for console in (cli.out, cli.err):
        monkeypatch.setattr(console, "width", 30)


def test_errors_paths_and_ids_are_not_wrapped_in_a_narrow_terminal(tmp_path, narrow_terminal):
    missing = tmp_path / "a-rather-long-folder-name" / "an-article-with-a-long-name.txt"
    result = run("extract", str(missing))
    assert f"error E001: {missing} does not exist; check the path or the current directory." in result.stderr
    db = str(tmp_path / "p.db")
    document_id = "9" * 40
    Store(db).add(Document(id=document_id, text="Talks held in Doha after a long night of shuttle diplomacy."))
    assert document_id in run("search", "Doha", "--db", db).stdout
    assert f"id {document_id}" in run("show", document_id[:6], "--db", db).stdout
