"""Finding stored documents: full-text search over articles and quotes, and ids by a unique prefix."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import OperationalError

from ..errors import AmbiguousId, BadQuery, DocumentNotFound
from . import schema

# Marks FTS5 puts around each match in a snippet; control characters, so no article text is taken for one.
_OPEN, _CLOSE = "\x02", "\x03"
_MARKED = re.compile(f"{_OPEN}(.*?){_CLOSE}", re.DOTALL)
_SHOWN_CANDIDATES = 5


@dataclass
class SearchHit:
    document_id: str
    title: str | None
    kind: str  # "document" or "quote"
    snippet: str
    # [start, end) character offsets of the matched words in ``snippet``.
    highlights: list[tuple[int, int]] = field(default_factory=list)


def search(connection: Connection, query: str, limit: int = 20, fts: bool = False) -> list[SearchHit]:
    """Hits for ``query``: plain words and phrases, or FTS5 syntax when ``fts`` is set.

    SQLite searches its FTS5 tables, PostgreSQL its tsvector indexes (``fts`` then takes its
    web-search syntax); another database looks for the query as one string."""
    if not re.search(r"\w", query):
        raise BadQuery(query=query, reason="it holds no word to look for; give at least one word")
    if connection.dialect.name == "postgresql":
        marks = f"StartSel={_OPEN}, StopSel={_CLOSE}, MaxWords=12, MinWords=4"
        sql = _TSVECTOR_SEARCH.format(tsquery="websearch_to_tsquery" if fts else "plainto_tsquery")
        rows = connection.execute(text(sql), {"q": query, "limit": limit, "marks": marks}).all()
        return [SearchHit(document_id, title, kind, *_unmark(snippet)) for document_id, title, kind, snippet in rows]
    if connection.dialect.name != "sqlite":
        if fts:
            raise BadQuery(query=query, reason="FTS5 syntax needs an SQLite database; drop --fts to search for the words")
        rows = connection.execute(text(_LIKE_SEARCH), {"q": f"%{query}%", "limit": limit}).all()
        return [SearchHit(*row) for row in rows]
    match = query if fts else fts_phrases(query)
    try:
        rows = connection.execute(text(_FTS_SEARCH), {"q": match, "limit": limit, "open": _OPEN, "close": _CLOSE}).all()
    except OperationalError as error:
        hint = "; fix the FTS5 syntax, or drop --fts to search for the words as they are" if fts else ""
        raise BadQuery(query=query, reason=f"{error.orig}{hint}") from error
    return [SearchHit(document_id, title, kind, *_unmark(snippet)) for document_id, title, kind, snippet in rows]


def fts_phrases(query: str) -> str:
    """``query`` as FTS5 phrases, one per whitespace-separated token, so that nothing in it is an
    operator: ``Kestria's 30-day truce`` matches those words, ``U.S.`` the letters U and S."""
    return " ".join('"' + token.replace('"', '""') + '"' for token in query.split())


def resolve_id(connection: Connection, doc_id: str, location: str) -> str:
    """The stored id equal to ``doc_id``, else the only one it begins, as git takes commit ids."""
    ids = schema.documents.c.id
    if connection.execute(select(ids).where(ids == doc_id)).first():
        return doc_id
    begun = ids.startswith(doc_id, autoescape=True)
    count = connection.execute(select(func.count()).where(begun)).scalar_one()
    if count == 0:
        raise DocumentNotFound(doc_id=doc_id, path=location)
    candidates = connection.execute(select(ids).where(begun).order_by(ids).limit(_SHOWN_CANDIDATES)).scalars().all()
    if count > 1:
        shown = ", ".join(candidates) + (", …" if count > len(candidates) else "")
        raise AmbiguousId(prefix=doc_id, count=count, path=location, candidates=shown)
    return candidates[0]


def _unmark(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    plain, highlights, last = [], [], 0
    for found in _MARKED.finditer(snippet):
        plain.append(snippet[last:found.start()])
        start = sum(map(len, plain))
        plain.append(found.group(1))
        highlights.append((start, start + len(found.group(1))))
        last = found.end()
    plain.append(snippet[last:])
    return "".join(plain), highlights


_FTS_SEARCH = """
SELECT d.id, d.title, 'document', snippet(documents_fts, 1, :open, :close, '…', 12)
  FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
 WHERE documents_fts MATCH :q
UNION ALL
SELECT q.document_id, d.title, 'quote', snippet(quotes_fts, 0, :open, :close, '…', 12)
  FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN documents d ON d.id = q.document_id
 WHERE quotes_fts MATCH :q
LIMIT :limit
"""
# plainto_tsquery reads every word as a word, as the default search does; with --fts,
# websearch_to_tsquery takes PostgreSQL's own syntax ("phrases", or, -word). The GIN indexes of
# schema.POSTGRESQL_FTS serve the tsvector expressions whichever builds the query.
_TSVECTOR_SEARCH = f"""
SELECT id, title, 'document', ts_headline('english', text, q, :marks)
  FROM documents, {{tsquery}}('english', :q) q
 WHERE {schema.DOCUMENTS_TSVECTOR} @@ q
UNION ALL
SELECT document_id, d.title, 'quote', ts_headline('english', content_text, q, :marks)
  FROM quotes JOIN documents d ON d.id = document_id, {{tsquery}}('english', :q) q
 WHERE {schema.QUOTES_TSVECTOR} @@ q
LIMIT :limit
"""
_LIKE_SEARCH = """
SELECT id, title, 'document', substr(text, 1, 120) FROM documents WHERE text LIKE :q LIMIT :limit
"""
