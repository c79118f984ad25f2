"""HTML pages: trafilatura finds the article text, htmldate its publication date."""

from __future__ import annotations

import logging

import trafilatura
from htmldate import find_date

from ..errors import NoMainText
from ..model import RawDocument
from .raw import parse_published

# trafilatura and htmldate log every odd page at WARNING; parley reports its own errors.
for _logger in ("trafilatura", "htmldate"):
    logging.getLogger(_logger).setLevel(logging.ERROR)


def read_html(html: str, origin: str) -> RawDocument:
    extracted = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        raise NoMainText(path=origin)
    published = None
    found = find_date(html, extensive_search=False, original_date=True)
    if found:
        published = parse_published(found, origin)
    return RawDocument(
        text=body,
        title=getattr(extracted, "title", None),
        published=published,
        url=getattr(extracted, "url", None),
        source=getattr(extracted, "sitename", None),
        origin=origin,
    )
