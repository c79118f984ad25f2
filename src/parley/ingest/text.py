"""Plain-text articles: a first line followed by a blank line is the title."""

from __future__ import annotations

from ..model import RawDocument


def read_text(text: str, origin: str) -> RawDocument:
    first, sep, rest = text.lstrip("\ufeff").partition("\n")
    title = first.strip() if sep and rest.startswith(("\n", "\r\n")) and first.strip() else None
    return RawDocument(text=text, title=title, origin=origin)
