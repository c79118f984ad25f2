"""Readers for every input kind; ``read_paths`` walks files, folders and stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from ..errors import InputError, InputTooLarge, PathNotFound
from .decode import decode
from .html import read_html
from .jsonl import read_jsonl
from ..model import RawDocument
from .raw import parse_published
from .text import read_text

__all__ = ["RawDocument", "parse_published", "read_paths", "read_source", "SUFFIXES", "MAX_CHARS"]

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
# About a thousand articles; one text longer than this is almost always a corpus in one file.
MAX_CHARS = 5_000_000
STDIN = "-"


def read_paths(
    paths: Iterable[str | Path], published: date | None = None, max_chars: int = MAX_CHARS
) -> Iterator[RawDocument | InputError]:
    """Every document under ``paths`` in order, with an InputError in place of each bad input."""
    for path in paths:
        for item in _expand(str(path)):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                data = sys.stdin.buffer.read() if item == STDIN else Path(item).read_bytes()
                origin = "<stdin>" if item == STDIN else item
                yield from _finish(read_source(data, origin, SUFFIXES.get(Path(item).suffix.lower())), published, max_chars)
            except InputError as error:
                yield error
            except OSError as error:
                yield PathNotFound(path=f"{item} ({error.strerror})")


def read_source(data: bytes, origin: str, kind: str | None = None) -> Iterator[RawDocument | InputError]:
    """The documents in one file's bytes; ``kind`` is text, html or jsonl, else sniffed."""
    text = decode(data, origin)
    kind = kind or _sniff(text)
    if kind == "jsonl":
        yield from read_jsonl(text, origin)
    elif kind == "html":
        yield read_html(text, origin)
    else:
        yield read_text(text, origin)


def _finish(items, published: date | None, max_chars: int) -> Iterator[RawDocument | InputError]:
    for item in items:
        if isinstance(item, RawDocument):
            if len(item.text) > max_chars:
                item = InputTooLarge(path=item.origin, size=len(item.text), limit=max_chars)
            else:
                item.published = published or item.published
        yield item


def _expand(path: str) -> Iterator[str | InputError]:
    if path == STDIN:
        yield STDIN
        return
    target = Path(path)
    if target.is_dir():
        for child in sorted(target.rglob("*")):
            if child.is_file() and child.suffix.lower() in SUFFIXES:
                yield str(child)
    elif target.exists():
        yield path
    else:
        yield PathNotFound(path=path)


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in text[:5000].lower():
        return "html"
    return "text"
