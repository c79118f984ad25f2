"""The SQLite store: round trips, idempotence, search and failures that lose nothing."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, assume, given, settings
from sqlalchemy import event

from parley.errors import BadQuery, DocumentNotFound, IdTaken, NulCharacter, StoreUnavailable
from parley.model import Document, Quote, Span, Speaker
from parley.store import Store, schema

from strategies import documents


def small_document(text: str = "Turkey urged a ceasefire. “We are ready,” he said.") -> Document:
    content = "We are ready,"
    start = text.index(content)
    return Document(
        id="d1", text=text, title="Ceasefire", source="AFP",
        quotes=[Quote(id="q1", kind="direct", content=Span(text=content, span=(start, start + len(content))),
                      speaker=Speaker(text="he", span=(text.index("he said"), text.index("he said") + 2)))],
    )


@pytest.fixture
def store(database) -> Store:
    """An empty store on SQLite and on a real PostgreSQL server."""
    return Store(database)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=documents())
def test_what_goes_into_the_store_comes_back_equal(store, document):
    if not store.is_sqlite:
        assume("\\u0000" not in document.model_dump_json())  # PostgreSQL text cannot hold NUL
    with store.engine.begin() as connection:
        connection.execute(schema.documents.delete())  # children go with it (ON DELETE CASCADE)
    assert store.add(document)
    assert store.get(document.id) == document


def test_same_text_twice_is_stored_once(store):
    assert store.add(small_document()) is True
    assert store.add(small_document()) is False
    assert store.count() == 1 and store.count("quotes") == 1


def test_different_text_under_a_taken_id_is_refused_naming_the_id(store):
    store.add(small_document())
    other = small_document("Another text entirely. “We are ready,” he said.")
    with pytest.raises(IdTaken, match="E021.*'d1'"):
        store.add(other)
    assert store.count() == 1 and store.get("d1") == small_document()


def test_a_nul_character_is_refused_by_postgresql_alone_and_the_batch_goes_on(store):
    with_nul = Document(id="nul", text="Envoys met\x00 in Geneva.")
    results = store.write([with_nul, small_document()])
    if store.is_sqlite:
        assert results == [None, None]
    else:
        assert isinstance(results[0], NulCharacter) and "E022" in str(results[0]) and "'nul'" in str(results[0])
        assert results[1] is None and store.count() == 1


def test_database_uses_wal_and_opens_as_plain_sqlite(tmp_path):
    path = tmp_path / "parley.db"
    Store(path).add(small_document())
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "actors", "mentions", "quotes", "times", "quantities", "events", "evidence",
            "documents_fts", "quotes_fts"} <= tables
    # Datasette finds FTS tables through their content= table, as sqlite-utils creates them.
    sql = connection.execute("SELECT sql FROM sqlite_master WHERE name='documents_fts'").fetchone()[0]
    assert "content=[documents]" in sql


def test_search_finds_documents_and_quotes(store):
    store.add(small_document())
    hits = store.search("ready")
    assert {h.kind for h in hits} == {"document", "quote"}
    assert all(h.document_id == "d1" for h in hits)


@pytest.mark.parametrize("query", ['"unclosed', "AND", "   "])
def test_bad_search_query_gets_a_clear_error(tmp_path, query):
    store = Store(tmp_path / "parley.db")  # FTS5 query syntax; PostgreSQL's websearch syntax accepts any text
    store.add(small_document())
    with pytest.raises(BadQuery, match="E013"):
        store.search(query, fts=True)


def test_unknown_document_id_names_it(store):
    with pytest.raises(DocumentNotFound, match="nope"):
        store.get("nope")


def test_unwritable_location_is_a_clear_error(tmp_path):
    with pytest.raises(StoreUnavailable, match="E011"):
        Store(tmp_path / "missing-folder" / "parley.db")


def read_only(path) -> str:
    """A URL that opens ``path`` read-only, as a read-only mount would (root ignores file modes)."""
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def test_read_only_database_is_a_clear_error_and_keeps_what_it_holds(tmp_path):
    path = tmp_path / "parley.db"
    Store(path).add(small_document())
    with pytest.raises(StoreUnavailable, match="E011.*readonly"):
        other = small_document("Another text entirely. “We are ready,” he said.").model_copy(update={"id": "d2"})
        Store(read_only(path)).add(other)
    assert Store(path).get("d1") == small_document()


def test_empty_search_query_gets_a_clear_error(store):
    with pytest.raises(BadQuery, match="E013"):
        store.search("  ")


def test_failed_write_leaves_no_half_document(store, monkeypatch):
    from parley import store as store_module

    original = store_module._rows

    def failing_rows(*args):
        yield from list(original(*args))[:3]
        raise RuntimeError("disk went away")

    monkeypatch.setattr(store_module, "_rows", failing_rows)
    with pytest.raises(RuntimeError):
        store.add(small_document())
    monkeypatch.setattr(store_module, "_rows", original)
    assert store.count() == 0 and store.count("quotes") == 0


def test_a_text_another_writer_stores_while_we_look_is_found_not_refused(postgresql_server):
    """PostgreSQL takes a snapshot per statement: a writer that commits the same text between the store's look
    at what is stored and its insert must leave the text found under its id, never refused as IdTaken."""
    url = postgresql_server.database()
    ours, theirs = Store(url), Store(url)
    seen = []

    def another_writer_commits(connection, cursor, statement, parameters, context, executemany):
        seen.append(statement)
        if len(seen) == 2:  # after our first statement, before our second
            theirs.add(small_document())

    event.listen(ours.writer, "before_cursor_execute", another_writer_commits)
    assert ours.write([small_document()]) == ["d1"]
    assert ours.count() == 1
