from __future__ import annotations

import pytest
from articles import ceasefire_negotiation, exchange_reports, hostile_article, spokesman_reports
from fastapi.testclient import TestClient

from parley import merge
from parley.api import create_app
from parley.store import Store


@pytest.fixture(scope="session")
def story_store(tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("api") / "story.db")
    for document in exchange_reports() + ceasefire_negotiation() + spokesman_reports() + [hostile_article()]:
        store.add(document)
    merge.update(store)
    return store


@pytest.fixture(scope="session")
def client(story_store) -> TestClient:
    return TestClient(create_app(story_store))
