"""Property-based run of schemathesis over the served OpenAPI schema: every answer matches it, no 500s."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from articles import ceasefire_negotiation, exchange_reports, hostile_article, spokesman_reports
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley import merge
from parley.api import create_app
from parley.store import Store


def _story_app():
    # Built at import: schemathesis parametrizes from a schema object, before fixtures run.
    store = Store(Path(tempfile.mkdtemp(prefix="parley-schemathesis-")) / "story.db")
    for document in exchange_reports() + ceasefire_negotiation() + spokesman_reports() + [hostile_article()]:
        store.add(document)
    merge.update(store)
    return create_app(store)


schema = schemathesis.openapi.from_asgi("/openapi.json", _story_app())
# One test per operation, named by it: schemathesis' own `schema.parametrize()` gives every operation the same test id,
# and pytest-xdist, which schedules tests by id, then runs only one of them.
OPERATIONS = {operation.label: operation for operation in (result.ok() for result in schema.get_all_operations())}


@pytest.mark.parametrize("label", OPERATIONS)
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_endpoint_answers_as_its_schema_says(label, data):
    data.draw(OPERATIONS[label].as_strategy()).call_and_validate()
