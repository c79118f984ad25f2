from __future__ import annotations

import pytest

from postgres import Server


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
