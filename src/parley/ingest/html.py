"""HTML pages: trafilatura finds the article text, htmldate its publication date."""

from __future__ import annotations

import logging
from html.parser import HTMLParser

import trafilatura
from htmldate import find_date
from lxml import etree

from ..errors import NoMainText
from ..model import RawDocument
from .raw import parse_published

# trafilatura and htmldate log every odd page at WARNING; parley reports its own errors.
for _logger in ("trafilatura", "htmldate"):
    logging.getLogger(_logger).setLevel(logging.ERROR)


# libxml2, under lxml and so trafilatura and htmldate, stops building a tree this deep; flattened
# pages keep a margin under it.
_FLATTEN_BELOW = 200
# Elements never closed (void) or often closed only implicitly: counting them would inflate the depth.
_UNCOUNTED = frozenset("area base br col embed hr img input link meta source track wbr "
                       "p li dt dd tr td th option".split())


def read_html(html: str, origin: str) -> RawDocument:
    warnings = []
    if _too_deep_for_lxml(html):
        flat = _Flattened.of(html, _FLATTEN_BELOW)
        html = flat.html
        warnings.append(f"{origin} nests elements {flat.depth:,} deep, deeper than the HTML parser goes; "
                        "parley read it with the deepest levels flattened.")
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
        warnings=warnings,
    )


def _too_deep_for_lxml(html: str) -> bool:
    """Whether libxml2 gives up on the page's depth; a few milliseconds, against trafilatura's hundreds."""
    parser = etree.HTMLParser()
    try:
        etree.fromstring(html, parser)
    except (etree.LxmlError, ValueError):
        return False  # whatever else is wrong, trafilatura reports it as no text
    return any(error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log)


class _Flattened(HTMLParser):
    """The page written again without the tags nested deeper than ``max_depth``; what they hold
    stays in place. The standard library's parser streams, so no depth is too deep for it."""

    def __init__(self, max_depth: int) -> None:
        super().__init__(convert_charrefs=False)
        self.max_depth, self.depth, self._open = max_depth, 0, 0
        self._pieces: list[str] = []

    @classmethod
    def of(cls, html: str, max_depth: int) -> _Flattened:
        parser = cls(max_depth)
        parser.feed(html)
        parser.close()
        return parser

    @property
    def html(self) -> str:
        return "".join(self._pieces)

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag not in _UNCOUNTED:
            self._open += 1
            self.depth = max(self.depth, self._open)
        if tag in _UNCOUNTED or self._open <= self.max_depth:
            self._pieces.append(self.get_starttag_text())

    def handle_startendtag(self, tag: str, attrs) -> None:
        self._pieces.append(self.get_starttag_text())

    def handle_endtag(self, tag: str) -> None:
        if tag in _UNCOUNTED or self._open <= self.max_depth:
            self._pieces.append(f"</{tag}>")
        if tag not in _UNCOUNTED:
            self._open = max(self._open - 1, 0)

    def handle_data(self, data: str) -> None:
        self._pieces.append(data)

    def handle_entityref(self, name: str) -> None:
        self._pieces.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._pieces.append(f"&#{name};")

    def handle_decl(self, decl: str) -> None:
        self._pieces.append(f"<!{decl}>")
