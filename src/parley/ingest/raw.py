"""Reading a publication date, whatever form a source gives it in."""

from __future__ import annotations

from datetime import date, datetime

from ..errors import InvalidDate


def parse_published(value: object, where: str) -> date | None:
    """A publication date from ISO text, a date or a datetime; ``None`` stays ``None``."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise InvalidDate(value=value, where=where)
