"""Readers for every input kind; ``read_paths`` walks files, folders and stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from ..defaults import MAX_CHARS
from ..errors import InputError, InputTooLarge, OtherLanguage, PathNotFound
from ..model import RawDocument
from .decode import decode
from .jsonl import read_jsonl
from .language import ENGLISH, LanguageWarning, language_name, language_of
from .raw import parse_published
from .text import read_text

__all__ = ["MAX_CHARS", "SUFFIXES", "LanguageWarning", "RawDocument", "input_files", "parse_published", "read_input", "read_paths", "read_source", "unreadable_files"]

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
STDIN = "-"


def read_paths(
    paths: Iterable[str | Path],
    published: date | None = None,
    max_chars: int = MAX_CHARS,
    skip_other_languages: bool = False,
) -> Iterator[RawDocument | InputError]:
    """Every document under ``paths`` in order, with an InputError in place of each bad input.

    A text that is clearly not English gets a warning, or an OtherLanguage error in its place
    when ``skip_other_languages`` is set.
    """
    for item in input_files(paths):
        yield from read_input(item, published, max_chars, skip_other_languages)


def read_input(
    item: str | InputError,
    published: date | None = None,
    max_chars: int = MAX_CHARS,
    skip_other_languages: bool = False,
    data: bytes | None = None,
) -> Iterator[RawDocument | InputError]:
    """The documents of one input as ``input_files`` names it (a file, ``-``, or its error), as
    ``read_paths`` reads them; ``data`` is stdin's bytes when the caller has read them already."""
    if isinstance(item, InputError):
        yield item
        return
    try:
        if data is None:
            data = sys.stdin.buffer.read() if item == STDIN else Path(item).read_bytes()
        origin = "<stdin>" if item == STDIN else item
        items = read_source(data, origin, SUFFIXES.get(Path(item).suffix.lower()))
        yield from _finish(items, published, max_chars, skip_other_languages)
    except InputError as error:
        yield error
    except OSError as error:
        yield PathNotFound(path=f"{item} ({error.strerror})")


def read_source(data: bytes, origin: str, kind: str | None = None) -> Iterator[RawDocument | InputError]:
    """The documents in one file's bytes; ``kind`` is text, html or jsonl, else sniffed."""
    decoded = decode(data, origin)
    kind = kind or _sniff(decoded.text)
    if kind == "jsonl":
        items = read_jsonl(decoded.text, origin)
    elif kind == "html":
        from .html import read_html  # trafilatura takes a second to import: only for pages

        items = iter([read_html(decoded.text, origin)])
    else:
        items = iter([read_text(decoded.text, origin)])
    warning = decoded.warning(origin)
    for item in items:
        if warning and isinstance(item, RawDocument):
            item.warnings.insert(0, warning)
            warning = None  # once per file, on its first document
        yield item


def _finish(items, published: date | None, max_chars: int, skip_other_languages: bool) -> Iterator[RawDocument | InputError]:
    for item in items:
        if isinstance(item, RawDocument):
            if len(item.text) > max_chars:
                item = InputTooLarge(path=item.origin, size=len(item.text), limit=max_chars)
            elif (language := language_of(item.text)) not in (None, ENGLISH):
                if skip_other_languages:
                    item = OtherLanguage(path=item.origin, language=language_name(language))
                else:
                    item.warnings.append(LanguageWarning(item.origin, language_name(language)))
            if isinstance(item, RawDocument):
                item.published = published or item.published
        yield item


def input_files(paths: Iterable[str | Path]) -> Iterator[str | InputError]:
    """The files ``paths`` name, in reading order: folders expanded (hidden files left out),
    ``-`` for stdin, and a PathNotFound in place of each missing path."""
    for path in paths:
        yield from _expand(str(path))


def _expand(path: str) -> Iterator[str | InputError]:
    if path == STDIN:
        yield STDIN
        return
    target = Path(path)
    if target.is_dir():
        yield from (str(child) for child in _folder_files(target) if child.suffix.lower() in SUFFIXES)
    elif target.exists():
        yield path
    else:
        yield PathNotFound(path=path)


def unreadable_files(paths: Iterable[str | Path]) -> list[str]:
    """Files inside the folders among ``paths`` that read_paths skips, since no reader takes their kind."""
    return [
        str(child)
        for path in paths if str(path) != STDIN and Path(path).is_dir()
        for child in _folder_files(Path(path)) if child.suffix.lower() not in SUFFIXES
    ]


def _folder_files(folder: Path) -> list[Path]:
    """Every file under ``folder``, sorted, less hidden files and whatever hidden folders hold."""
    return sorted(
        child for child in folder.rglob("*")
        if child.is_file() and not any(part.startswith(".") for part in child.relative_to(folder).parts)
    )


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in text[:5000].lower():
        return "html"
    return "text"
