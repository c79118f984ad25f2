"""The `parley` command, driven as a user drives it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.model import Document
from parley.store import Store

README = Path(__file__).resolve().parents[1] / "README.md"
runner = CliRunner()
ARTICLE = "Envoys Meet in Geneva\n\nThe two delegations met on Tuesday in Geneva, officials said.\n"


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def commands() -> list[str]:
    return sorted(command.name or command.callback.__name__ for command in app.registered_commands)


def test_every_command_is_documented_in_readme():
    readme = README.read_text(encoding="utf-8")
    for name in commands():
        assert re.search(rf"parley {name}\b", readme), f"README.md does not document `parley {name}`"


@pytest.mark.parametrize("name", commands())
def test_every_command_has_help_with_an_example(name):
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_extract_writes_one_schema_valid_document_per_line(article, tmp_path):
    out = tmp_path / "out.jsonl"
    result = run("extract", str(article), "--published", "2025-07-23", "-o", str(out))
    assert result.exit_code == 0, result.output
    [line] = out.read_text().splitlines()
    document = Document.model_validate_json(line)
    assert document.title == "Envoys Meet in Geneva" and str(document.published) == "2025-07-23"


def test_extract_streams_to_stdout(article):
    result = run("extract", str(article), "--published", "2025-07-23")
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["text"] == ARTICLE


def test_extract_reports_bad_inputs_and_still_writes_good_ones(article, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(empty), str(tmp_path / "missing.txt"), str(article), "-o", str(out))
    assert result.exit_code == 1
    assert "E002" in result.stderr and "empty.txt" in result.stderr
    assert "E001" in result.stderr and "missing.txt" in result.stderr
    assert len(out.read_text().splitlines()) == 1


def test_invalid_published_is_a_usage_error_naming_the_value(article):
    result = run("extract", str(article), "--published", "23/07/2025")
    assert result.exit_code == 2
    assert "23/07/2025" in result.stderr and "E009" in result.stderr


def test_ingest_twice_adds_nothing_the_second_time(article, database):
    db = database
    assert run("ingest", str(article), "--db", db).exit_code == 0
    second = run("ingest", str(article), "--db", db)
    assert second.exit_code == 0
    assert "0 added, 1 already stored" in second.stdout
    assert Store(db).count() == 1


def test_ingest_failure_keeps_what_is_stored(article, tmp_path):
    db = str(tmp_path / "p.db")
    run("ingest", str(article), "--db", db)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": \n')
    result = run("ingest", str(bad), "--db", db)
    assert result.exit_code == 1 and "line 1" in result.stderr
    assert Store(db).count() == 1


def test_ingest_into_unwritable_path_is_a_clear_error(article, tmp_path):
    result = run("ingest", str(article), "--db", str(tmp_path / "no" / "such" / "p.db"))
    assert result.exit_code == 1 and "E011" in result.stderr


def test_show_search_and_export(article, tmp_path, database):
    db = database
    run("ingest", str(article), "--db", db, "--published", "2025-07-23")
    [document] = Store(db).documents()
    shown = run("show", document.id, "--db", db)
    assert shown.exit_code == 0 and "Envoys Meet in Geneva" in shown.stdout
    assert json.loads(run("show", document.id, "--db", db, "--json").stdout)["id"] == document.id
    assert run("show", "nope", "--db", db).exit_code == 1
    found = run("search", "delegations", "--db", db)
    assert found.exit_code == 0 and document.id[:8] in found.stdout
    assert run("search", "*", "--db", db).exit_code == 2  # a query with no word, on either database
    exported = tmp_path / "docs.jsonl"
    assert run("export", "--format", "jsonl", "-o", str(exported), "--db", db).exit_code == 0
    assert Document.model_validate_json(exported.read_text().splitlines()[0]) == document
    csv_out = tmp_path / "docs.csv"
    assert run("export", "--format", "csv", "--what", "documents", "-o", str(csv_out), "--db", db).exit_code == 0
    assert csv_out.read_text().startswith("id,content_hash,title")
    parquet_out = tmp_path / "docs.parquet"
    assert run("export", "--format", "parquet", "--what", "documents", "-o", str(parquet_out), "--db", db).exit_code == 0
    assert pq.read_table(parquet_out).num_rows == 1
    assert run("export", "--format", "xml", "--db", db).exit_code == 2


def test_schema_prints_the_document_json_schema():
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "Document"
    assert {"actors", "quotes", "times", "quantities", "events"} <= set(schema["properties"])


def test_demo_ingests_the_embedded_articles_and_summarizes(tmp_path):
    db = tmp_path / "demo.db"
    result = run("demo", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "Timeline" in result.stdout
    assert Store(str(db)).count() >= 8


def test_fifty_megabyte_text_is_refused_by_name_and_others_go_through(article, tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"Envoys talked. " * (50 * 1024 * 1024 // 15))
    out = tmp_path / "out.jsonl"
    result = run("extract", str(huge), str(article), "-o", str(out))
    assert result.exit_code == 1
    assert "E008" in result.stderr and "huge.txt" in result.stderr
    assert len(out.read_text().splitlines()) == 1


def test_documents_without_a_date_get_one_warning_line(tmp_path):
    records = tmp_path / "undated.jsonl"
    records.write_text("".join(json.dumps({"id": f"r{i}", "text": "Talks resumed last month."}) + "\n" for i in range(5)))
    result = run("extract", str(records), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0
    assert result.stderr.count("no publication date") == 1
    assert "5 document(s)" in result.stderr and "line 1" in result.stderr and "--published" in result.stderr


def test_ingest_into_read_only_database_stops_with_a_clear_error_and_loses_nothing(article, tmp_path):
    db = tmp_path / "p.db"
    run("ingest", str(article), "--db", str(db))
    other = tmp_path / "other.txt"
    other.write_text("Another article about the talks in Doha.")
    result = run("ingest", str(other), "--db", f"sqlite:///file:{db}?mode=ro&uri=true")
    assert result.exit_code == 1 and "E011" in result.stderr and "readonly" in result.stderr
    assert Store(str(db)).count() == 1


def test_error_messages_keep_square_brackets_from_the_input(tmp_path):
    # Rich would read "[bold]" as markup and drop it from the message.
    result = run("extract", str(tmp_path / "[bold]draft.txt"))
    assert result.exit_code == 1 and "[bold]draft.txt" in result.stderr
