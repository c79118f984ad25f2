"""Finding stored documents: plain and FTS5 queries, highlighted snippets, ids by prefix."""

from __future__ import annotations

import pytest

from parley.errors import AmbiguousId, BadQuery, DocumentNotFound
from parley.model import Document
from parley.store import Store

TEXT = "Kestria's envoy signed a 30-day truce in U.S. talks, a UN-backed [bold]ceasefire[/bold] plan."


@pytest.fixture
def store(database) -> Store:
    """A store on SQLite and one on PostgreSQL (tests/conftest.py), holding one document."""
    store = Store(database)
    store.add(Document(id="d1", text=TEXT, title="Truce"))
    return store


@pytest.fixture
def sqlite_store(tmp_path) -> Store:
    store = Store(tmp_path / "parley.db")
    store.add(Document(id="d1", text=TEXT, title="Truce"))
    return store


@pytest.mark.parametrize("query", ["Kestria's", "30-day truce", "UN-backed", "U.S."])
def test_plain_query_with_punctuation_finds_the_document(store, query):
    assert [hit.document_id for hit in store.search(query)] == ["d1"]


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "NEAR(x", "peace OR"])
def test_plain_query_with_fts_operators_is_no_error(store, query):
    assert store.search(query) == []


@pytest.mark.parametrize("query", ["*", "  ", "-", '""'])
def test_query_without_a_word_is_a_clear_error(store, query):
    with pytest.raises(BadQuery, match="no word to look for"):
        store.search(query)


def test_fts_query_uses_fts5_syntax(sqlite_store):
    assert [hit.document_id for hit in sqlite_store.search("NEAR(envoy truce, 5) AND kest*", fts=True)] == ["d1"]
    assert sqlite_store.search("envoy NOT truce", fts=True) == []


def test_bad_fts_query_suggests_searching_plain_words(sqlite_store):
    with pytest.raises(BadQuery, match="drop --fts"):
        sqlite_store.search('"unbalanced', fts=True)


def test_snippet_marks_the_matched_words_and_keeps_brackets_of_the_text(store):
    [hit] = store.search("ceasefire")
    [(start, end)] = hit.highlights
    assert hit.snippet[start:end] == "ceasefire"
    assert "ceasefire[/bold]" in hit.snippet and hit.snippet.strip("…") in TEXT  # cut, never rewritten


def test_postgresql_takes_its_web_search_syntax_with_fts(postgresql_server):
    store = Store(postgresql_server.database())
    store.add(Document(id="d1", text=TEXT, title="Truce"))
    assert [hit.document_id for hit in store.search('"30-day truce" -Valdoria', fts=True)] == ["d1"]
    assert store.search("truce -envoy", fts=True) == []


def test_unique_id_prefix_finds_the_document(store):
    store.add(Document(id="3f2a9c0d11", text="Envoys met in Doha."))
    assert store.resolve("3f2a") == "3f2a9c0d11"
    assert store.resolve("d1") == "d1"


def test_ambiguous_id_prefix_lists_the_candidates(store):
    store.add(Document(id="3f2a9c", text="Envoys met in Doha."))
    store.add(Document(id="3f2b01", text="Envoys met in Oslo."))
    with pytest.raises(AmbiguousId, match="E018") as raised:
        store.resolve("3f2")
    assert "3f2a9c" in str(raised.value) and "3f2b01" in str(raised.value)


def test_id_prefix_wildcards_are_literal(store):
    with pytest.raises(DocumentNotFound):
        store.resolve("%")
    with pytest.raises(DocumentNotFound):
        store.resolve("_1")


def test_get_takes_only_a_whole_id(store):
    # The REST API and the web pages name documents by id; a prefix is the command line's convenience.
    store.add(Document(id="3f2a9c0d11", text="Envoys met in Doha."))
    with pytest.raises(DocumentNotFound):
        store.get("3f2a")
