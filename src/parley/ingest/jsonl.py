"""JSON Lines: one article per line, as parley writes them or as PolNeAR and PLOVER records."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..errors import InputError, InvalidDate, MalformedRecord
from ..model import RawDocument, refuse_lone_surrogates
from .raw import parse_published

# Other corpora's names for our fields, in order of preference.
_PUBLISHED_KEYS = ("published", "publication_date", "date")
_SOURCE_KEYS = ("source", "publisher")


def read_jsonl(text: str, origin: str) -> Iterator[RawDocument | InputError]:
    """One RawDocument per good line; a MalformedRecord in its place for each bad one."""
    # Only "\n" ends a JSON line: str.splitlines() would also cut at U+2028 and others, which JSON
    # writers (parley's own included) leave unescaped inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield read_record(line, origin, number)
        except InputError as error:
            yield error


def read_record(line: str, origin: str, number: int) -> RawDocument:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise MalformedRecord(path=origin, line=number, reason=f"not JSON ({error.msg})") from error
    if not isinstance(record, dict):
        raise MalformedRecord(path=origin, line=number, reason="a JSON value that is not an object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MalformedRecord(path=origin, line=number, reason="'text' is missing or empty")
    where = f"{origin}, line {number}"
    for field in ("text", "id", "title", "url", *_SOURCE_KEYS):
        refuse_lone_surrogates(record.get(field), f"'{field}'", where)
    raw = RawDocument(
        text=text,
        id=_string(record.get("id")),
        title=_string(record.get("title")),
        url=_string(record.get("url")),
        # PLOVER records use 'source' for the actor list, so only a string names a publisher.
        source=next((record[k] for k in _SOURCE_KEYS if isinstance(record.get(k), str)), None),
        origin=where,
    )
    value = next((record[k] for k in _PUBLISHED_KEYS if record.get(k)), None)
    try:
        raw.published = parse_published(value, where)
    except InvalidDate as error:
        raw.warnings.append(f"{error}; the document is kept without a publication date.")
    return raw


def _string(value: object) -> str | None:
    return None if value is None else str(value)
