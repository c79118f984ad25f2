"""Bytes to text: UTF-8 first, then charset-normalizer's best guess; binaries are refused."""

from __future__ import annotations

from typing import NamedTuple

import charset_normalizer

from ..errors import BinaryInput, BlankInput, EmptyInput, UndecodableInput

_SAMPLE = 8192
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = frozenset(chr(c) for c in range(32) if c not in (9, 10, 12, 13))
_CONTROL_REASON = "it holds control bytes that text does not"
_BINARY_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive or Office file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
    b"SQLite format 3": "an SQLite database",
}


class Decoded(NamedTuple):
    text: str
    # The legacy code page the text was read in, when it was not UTF: a guess the user should see.
    guessed: str | None = None

    def warning(self, path: str) -> str | None:
        if self.guessed is None:
            return None
        return (f"{path} is not valid UTF-8; read it as {self.guessed}, the likeliest encoding. "
                "If letters look wrong, save the file as UTF-8.")


def decode(data: bytes, path: str) -> Decoded:
    """The text in ``data``, or an InputError that names ``path``."""
    if not data:
        raise EmptyInput(path=path)
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(path=path, reason=kind)
    try:
        decoded = Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        decoded = _guess(data, path)
    if _control_heavy(decoded.text):
        # UTF-16 without a byte-order mark is valid UTF-8 full of NULs: let detection try first.
        decoded = _guess(data, path)
        if _control_heavy(decoded.text):
            raise BinaryInput(path=path, reason=_CONTROL_REASON)
    if not decoded.text.strip():
        raise BlankInput(path=path)
    return decoded


def _control_heavy(text: str) -> bool:
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if ch in _CONTROL)
    return controls > len(sample) // 100


def _guess(data: bytes, path: str) -> Decoded:
    match = charset_normalizer.from_bytes(data).best()
    if match is None:
        if _control_heavy(data[:_SAMPLE].decode("latin-1")):
            raise BinaryInput(path=path, reason=_CONTROL_REASON)
        raise UndecodableInput(path=path)
    # UTF-16 and UTF-32 are unambiguous once detected; a single-byte code page is only likely.
    return Decoded(str(match), None if match.encoding.startswith("utf") else match.encoding)
