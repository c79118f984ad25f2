"""Bytes to text: UTF-8 first, then charset-normalizer's best guess; binaries are refused."""

from __future__ import annotations

import charset_normalizer

from ..errors import BinaryInput, BlankInput, EmptyInput, UndecodableInput

_SAMPLE = 8192
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13})
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


def decode(data: bytes, path: str) -> str:
    """The text in ``data``, or an InputError that names ``path``."""
    if not data:
        raise EmptyInput(path=path)
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(path=path, reason=kind)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _guess(data, path)
    if not text.strip():
        raise BlankInput(path=path)
    return text


def _guess(data: bytes, path: str) -> str:
    sample = data[:_SAMPLE]
    utf16 = sample.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and sum(sample.count(bytes([c])) for c in _CONTROL) > len(sample) // 100:
        raise BinaryInput(path=path, reason="it contains control bytes that text does not")
    match = charset_normalizer.from_bytes(data).best()
    if match is None:
        raise UndecodableInput(path=path)
    return str(match)
