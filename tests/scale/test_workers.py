"""Many documents: worker processes, bounded batches, and skipping what is already stored."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from parley.cli import app
from parley.model import RawDocument
from parley.nlp.pipeline import CHUNK_CHARS, Pipeline
from parley.scale import process_batch
from parley.store import Store

from corpus import article

runner = CliRunner()


def extract(*args: str) -> tuple[int, list[dict]]:
    result = runner.invoke(app, ["extract", *args], catch_exceptions=False)
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()]


def test_two_workers_write_what_one_writes_in_the_same_order(corpus):
    # A bad line in the middle: its error must not shift any document out of place.
    path = corpus(40, extra_lines={21: "{not json"})
    one_code, one = extract(str(path), "--workers", "1")
    two_code, two = extract(str(path), "--workers", "2")
    assert one_code == two_code == 1
    assert [doc["id"] for doc in one] == [f"talks-{n}" for n in range(40)]
    assert two == one


def test_process_batch_turns_records_into_documents_as_plain_data():
    records = [{**article(n), "origin": f"line {n}"} for n in range(3)]
    documents = process_batch(records)
    assert [d["id"] for d in documents] == ["talks-0", "talks-1", "talks-2"]
    assert documents[0]["published"] == "2025-07-23"
    assert json.loads(json.dumps(documents)) == documents
    assert any(q["content"]["text"].startswith("We want the ceasefire") for q in documents[0]["quotes"])


def test_a_long_article_goes_through_the_parser_a_few_chunks_at_a_time():
    paragraph = "The envoys met in Geneva on Tuesday and agreed to talk again, officials said.\n\n"
    long_text = paragraph * (3 * CHUNK_CHARS // len(paragraph))
    pipeline = Pipeline(batch_size=16, batch_chars=CHUNK_CHARS)
    raws = [RawDocument(text="Short one.\n"), RawDocument(text=long_text), RawDocument(text="Short two.\n")]
    batches = list(pipeline._batches(raws))
    assert all(sum(len(piece) for _, _, piece, _ in batch) <= CHUNK_CHARS for batch in batches)
    assert len(batches) >= 3
    assert [raw.text[:9] for raw, _, _, last in (c for b in batches for c in b) if last] == ["Short one", long_text[:9], "Short two"]


class CountingPipeline(Pipeline):
    """The real pipeline, remembering which texts it was asked to read."""

    def __init__(self) -> None:
        super().__init__()
        self.read: list[str] = []

    def pipe(self, raws):
        for raw in raws:
            self.read.append(raw.id)
            yield from super().pipe([raw])


def test_reingest_skips_stored_texts_before_any_language_processing(corpus, database):
    store = Store(database)
    first = store.ingest([str(corpus(5))], pipeline=CountingPipeline())
    assert (first.added, len(first.already_stored), len(first.failed)) == (5, 0, 0)

    again = CountingPipeline()
    report = store.ingest([str(corpus(7))], pipeline=again)
    assert again.read == ["talks-5", "talks-6"]
    assert report.added == 2
    assert [stored for _, stored in report.already_stored.first] == [f"talks-{n}" for n in range(5)]
    assert store.count() == 7


def test_the_same_text_twice_in_one_run_is_stored_once_and_names_the_first(tmp_path, database):
    path = tmp_path / "twice.jsonl"
    path.write_text(json.dumps(article(1)) + "\n" + json.dumps({**article(1), "id": "copy"}) + "\n", encoding="utf-8")
    report = Store(database).ingest([str(path)])
    assert report.added == 1
    assert [stored for _, stored in report.already_stored.first] == ["talks-1"]


def test_another_text_under_a_stored_id_fails_by_name_and_is_not_renamed(tmp_path, database):
    path = tmp_path / "clash.jsonl"
    path.write_text(json.dumps(article(1)) + "\n" + json.dumps({**article(2), "id": "talks-1"}) + "\n", encoding="utf-8")
    store = Store(database)
    report = store.ingest([str(path)])
    assert report.added == 1
    [(origin, error)] = report.failed.first
    assert "E021" in str(error) and "'talks-1'" in str(error)
    assert store.count() == 1


def test_a_report_counts_every_failure_and_names_the_first_few_while_the_cli_names_each(tmp_path):
    from parley.store import REPORT_SAMPLE

    bad = REPORT_SAMPLE + 5
    path = tmp_path / "untitled.jsonl"
    path.write_text("".join(json.dumps({"id": f"empty-{n}", "text": ""}) + "\n" for n in range(bad)), encoding="utf-8")
    report = Store(tmp_path / "api.db").ingest([str(path)], merge=False)
    assert (report.added, len(report.failed)) == (0, bad)
    assert [error.fields["line"] for _, error in report.failed.first] == list(range(1, REPORT_SAMPLE + 1))

    result = runner.invoke(app, ["ingest", str(path), "--db", str(tmp_path / "cli.db"), "--workers", "1"])
    assert result.exit_code == 1
    assert all(f"{path}, line {n}:" in result.stderr for n in range(1, bad + 1))
    assert f"0 added, 0 already stored, {bad} failed" in result.stdout
