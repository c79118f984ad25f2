"""Small corpora written for these tests: many short, different articles in one JSON Lines file."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

CITIES = ["Geneva", "Vienna", "Doha", "Oslo", "Nairobi", "Ankara", "Cairo", "Lima"]
COUNTRIES = ["Kenya", "Peru", "Norway", "Egypt", "Qatar", "Austria", "Turkey", "Chile"]


def article(number: int) -> dict:
    city, country = CITIES[number % len(CITIES)], COUNTRIES[(number // len(CITIES)) % len(COUNTRIES)]
    text = (
        f"Talks number {number} in {city}\n\n"
        f"The foreign minister of {country} met envoys in {city} on Tuesday, officials said. "
        f"“We want the ceasefire to hold,” she told reporters after the meeting. "
        f"Police arrested {number + 3} protesters outside the hall, and {number % 7 + 2} people were injured."
    )
    return {"id": f"talks-{number}", "text": text, "published": "2025-07-23", "source": "Test Wire"}


def write_corpus(path: Path, count: int, extra_lines: dict[int, str] | None = None) -> Path:
    """``count`` articles, one per line; ``extra_lines`` puts raw lines before the given article numbers."""
    lines = []
    for number in range(count):
        if extra_lines and number in extra_lines:
            lines.append(extra_lines[number])
        lines.append(json.dumps(article(number)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def parley(*args: str, **options) -> subprocess.Popen:
    """A real `parley` process, as a user starts it."""
    return subprocess.Popen([sys.executable, "-m", "parley", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **options)


def stored(db: Path) -> list[tuple[str, str]]:
    """(id, content_hash) of every stored document, read with plain sqlite3."""
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT id, content_hash FROM documents ORDER BY id").fetchall()
