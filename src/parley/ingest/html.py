"""HTML pages: trafilatura finds the article text, htmldate its publication date."""

from __future__ import annotations

import logging
from html.parser import HTMLParser

import trafilatura
from htmldate import find_date

from ..errors import NoMainText
from ..model import RawDocument
from .raw import parse_published

# trafilatura and htmldate log every odd page at WARNING; parley reports its own errors.
for _logger in ("trafilatura", "htmldate"):
    logging.getLogger(_logger).setLevel(logging.ERROR)


# libxml2, under lxml and so trafilatura, stops building a tree this many elements deep.
LXML_MAX_DEPTH = 255
_BLOCKS = frozenset("address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
                    "header hr li main nav ol p pre section table td th tr ul".split())
_INVISIBLE = frozenset("head script style noscript template svg".split())
# Elements never closed (void) or often closed only implicitly, which would inflate the nesting depth.
_UNCOUNTED = frozenset("area base br col embed hr img input link meta source track wbr "
                       "p li dt dd tr td th option".split())


def read_html(html: str, origin: str) -> RawDocument:
    extracted = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    body = getattr(extracted, "text", None) if extracted is not None else None
    warnings = []
    if not body or not body.strip():
        visible = _VisibleText.of(html)
        if visible.depth <= LXML_MAX_DEPTH or not visible.text:
            raise NoMainText(path=origin)
        body = visible.text
        warnings.append(f"{origin} nests elements {visible.depth:,} deep, deeper than the HTML parser goes; "
                        "parley kept all its visible text, which may include menus and captions.")
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


class _VisibleText(HTMLParser):
    """A page's visible text, a paragraph per block; the standard library's parser keeps no tree, so
    it reads pages nested deeper than lxml can."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = self._open = self._hidden = 0
        self._pieces: list[str] = []

    @classmethod
    def of(cls, html: str) -> _VisibleText:
        parser = cls()
        parser.feed(html)
        parser.close()
        return parser

    @property
    def text(self) -> str:
        paragraphs = (" ".join(block.split()) for block in "".join(self._pieces).split("\n"))
        return "\n\n".join(p for p in paragraphs if p)

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag not in _UNCOUNTED:
            self._open += 1
            self.depth = max(self.depth, self._open)
        self._hidden += tag in _INVISIBLE
        if tag in _BLOCKS:
            self._pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag not in _UNCOUNTED:
            self._open = max(self._open - 1, 0)
        self._hidden = max(self._hidden - (tag in _INVISIBLE), 0)
        if tag in _BLOCKS:
            self._pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._pieces.append(data)
