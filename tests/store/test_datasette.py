"""The SQLite file is a product: Datasette opens it as it is and its search box works."""

from __future__ import annotations

import asyncio

import pytest

from parley.model import Document
from parley.store import Store

datasette_app = pytest.importorskip("datasette.app")


def test_datasette_browses_tables_and_full_text_search(tmp_path):
    path = tmp_path / "parley.db"
    Store(path).add(Document(id="d1", title="Talks", text="Envoys discussed a prisoner exchange in Geneva."))

    async def browse():
        datasette = datasette_app.Datasette([str(path)])
        tables = await datasette.client.get("/parley.json")
        search = await datasette.client.get("/parley/documents.json?_search=prisoner&_shape=array")
        return tables.json(), search.json()

    tables, hits = asyncio.run(browse())
    names = {table["name"]: table for table in tables["tables"]}
    assert {"documents", "quotes", "events", "actors"} <= set(names)
    assert names["documents"]["fts_table"] == "documents_fts"
    assert [hit["id"] for hit in hits] == ["d1"]
