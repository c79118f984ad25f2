"""A real PostgreSQL server for the tests, started from Debian's `postgresql` binaries.

pytest-postgresql would run initdb as the current user, which PostgreSQL refuses for root (and CI
runs as root), so the server runs as the `postgres` user when we are root. Where the binaries are
missing the tests skip, except in CI (CI=true), where they fail: `.ci/run` installs them.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """One PostgreSQL cluster in a temporary folder; ``database()`` makes a fresh database."""

    def __init__(self) -> None:
        binaries = _binaries()
        if binaries is None:
            message = "PostgreSQL binaries not found; install Debian's postgresql package"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        self.folder = Path(tempfile.mkdtemp(prefix="parley-pg-"))
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_owner:
            shutil.chown(self.folder, "postgres")
        self.data, self.port, self.binaries = self.folder / "data", _free_port(), binaries
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "parley", "--no-sync", "-E", "UTF8")
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")
        self.url = f"postgresql://parley@127.0.0.1:{self.port}"

    def _run(self, program: str, *args: str) -> None:
        subprocess.run([*self.as_owner, str(self.binaries / program), *args], check=True, capture_output=True)

    def database(self) -> str:
        import psycopg

        name = f"test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(f"{self.url}/postgres", autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return f"{self.url}/{name}"

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
