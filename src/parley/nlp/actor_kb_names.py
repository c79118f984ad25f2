"""Actors, pass 2: countries, organizations, seats of government and other metonyms the knowledge
base names ("Russia", "the Kremlin", "NATO"); a seat that only locates ("talks in Moscow") stays a place.
"""

from __future__ import annotations

from spacy.tokens import Span

from .actor_reading import ActorReading


def read_knowledge_base_names(reading: ActorReading) -> None:
    for span in reading.kb_spans:
        label, ident = span.label
        if label in ("PERSON", "ADJECTIVE", "DEMONYM") or not reading.free(span.start, span.end):
            continue
        if label in ("COUNTRY", "SEAT") and _inside_longer_name(reading, span):
            continue
        start = _with_article(reading, span)
        if label == "COUNTRY":
            reading.claim(start, span.end, reading.country_key(ident), "name")
        elif label == "ORG":
            reading.claim(start, span.end, reading.organization_key(ident), "name")
        elif label == "SEAT" and reading.is_location(span) and not reading.receives_goods(span):
            reading.claim_placeholder(start, span.end)  # a place: no actor, and no organization either
        elif label == "SEAT":
            reading.claim(start, span.end, reading.country_key(ident), "metonym")
        elif label == "METONYM":
            reading.claim(start, span.end, reading.metonym_key(ident, span.text), "metonym")


def _inside_longer_name(reading: ActorReading, span: Span) -> bool:
    """"Jersey" in "New Jersey", "U.S." in "U.S. Army": the entity is the longer name, not the country."""
    ent = reading.ent_at.get(span.start)
    if ent is None or span.end > ent.end or len(ent) <= len(span):
        return False
    return any(t.is_alpha and t.text[:1].isupper() and not t.is_stop and t.i not in reading.kb_tokens for t in ent)


def _with_article(reading: ActorReading, span: Span) -> int:
    """Include "the" when the span is the whole noun phrase ("the Kremlin", not "the Kremlin's aide")."""
    first, last = reading.doc[span.start], reading.doc[span.end - 1]
    if (span.start > 0 and reading.doc[span.start - 1].lower_ == "the" and first.lower_ != "the"
            and last.dep_ not in ("compound", "amod") and reading.owner[span.start - 1] is None):
        return span.start - 1
    return span.start
