from __future__ import annotations

import pytest

from postgres import Server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # pytest-xdist schedules tests by id and silently runs one of several that share it.
    seen, repeated = set(), set()
    for item in items:
        (repeated if item.nodeid in seen else seen).add(item.nodeid)
    if repeated:
        raise pytest.UsageError(f"tests share an id, so pytest-xdist would run only one of each: {sorted(repeated)}")


@pytest.fixture(scope="session")
def postgresql_server():
    server = Server()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path) -> str:
    """A new, empty database: a SQLite file, or a database on the tests' PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "parley.db")
    return request.getfixturevalue("postgresql_server").database()
