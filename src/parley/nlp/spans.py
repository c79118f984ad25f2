"""Turning spaCy spans and character ranges into the schema's Span."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..model import Span


def to_span(span: SpacySpan) -> Span:
    return Span(text=span.text, span=(span.start_char, span.end_char))


def char_span(doc: Doc, start: int, end: int) -> Span:
    """The Span of characters ``[start, end)`` of ``doc``, whatever the token boundaries."""
    return Span(text=doc.text[start:end], span=(start, end))
