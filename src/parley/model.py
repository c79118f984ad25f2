"""The output schema (../shared/DESIGN.md) as pydantic models.

Every span is a half-open ``[start, end)`` character range into ``Document.text`` and carries
the text it covers, so ``text[start:end] == span.text`` can be checked anywhere.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field

Offsets = tuple[int, int]
ActorKind = Literal["person", "organization", "country", "group"]
QuoteKind = Literal["direct", "indirect", "mixed"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
AuxMode = Literal["historical", "future", "hypothetical", "negated"]
QuantityValue = Union[float, int, tuple[float, float]]


@dataclass
class RawDocument:
    """What a reader found in one input, before any language processing."""

    text: str
    id: str | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    origin: str = "<text>"
    warnings: list[str] = field(default_factory=list)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A piece of the document: its text and its character offsets."""

    text: str
    span: Offsets


class Mention(Span):
    """One place where an actor is named or referred to."""

    kind: Literal["name", "surname", "title", "pronoun", "metonym", "description", "other"] = "name"


class Actor(_Model):
    id: str
    name: str
    kind: ActorKind
    country: str | None = Field(None, description="ISO 3166 alpha-3")
    sector: str | None = Field(None, description="PLOVER agent sector: GOV, MIL, REB, IGO, MED, ...")
    role: str | None = None
    kb_id: str | None = Field(None, description="Identifier in parley's knowledge base, if known")
    mentions: list[Mention] = []


class Speaker(Span):
    actor: str | None = Field(None, description="Id of the actor who speaks")


class Quote(_Model):
    id: str
    kind: QuoteKind
    content: Span = Field(description="What was said, without the quote marks")
    cue: Span | None = None
    speaker: Speaker | None = None


class TimeExpression(Span):
    type: TimeType
    value: str | None = Field(None, description="TIMEX3 value resolved against Document.published")


class Quantity(Span):
    value: QuantityValue = Field(description="A number, or [low, high] for a range")
    unit: str | None = None
    what: str | None = Field(None, description="The counted noun")
    approximate: bool = False
    casualty: Literal["killed", "injured", "arrested", "displaced", "prisoners", "bodies"] | None = None


class Location(_Model):
    name: str
    country: str | None = None
    span: Offsets | None = None


class Event(_Model):
    id: str
    type: str = Field(description="PLOVER 2021 event type")
    mode: str | None = None
    aux: list[AuxMode] = []
    context: list[str] = []
    actors: list[str] = []
    recipients: list[str] = []
    date: str | None = None
    location: Location | None = None
    quantities: list[int] = Field([], description="Indexes into Document.quantities")
    evidence: list[Span] = []
    quote: str | None = None
    confidence: float = Field(0.5, ge=0.0, le=1.0)


class Document(_Model):
    id: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    text: str
    actors: list[Actor] = []
    quotes: list[Quote] = []
    times: list[TimeExpression] = []
    quantities: list[Quantity] = []
    events: list[Event] = []

    def spans(self) -> list[Span]:
        """Every span in the document, for checking offsets."""
        out: list[Span] = [m for a in self.actors for m in a.mentions]
        for q in self.quotes:
            out += [s for s in (q.content, q.cue, q.speaker) if s is not None]
        out += self.times + self.quantities
        out += [s for e in self.events for s in e.evidence]
        return out


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def refuse_lone_surrogates(value: object, field: str, where: str) -> None:
    """Raise InvalidCharacters if ``value`` holds half of a UTF-16 pair: JSON can escape one
    ("\\ud800"), but alone it is no character, and the tokenizer and every encoder refuse it.
    Refused rather than repaired, so no span points at a guess."""
    from .errors import InvalidCharacters

    if isinstance(value, str) and (found := _LONE_SURROGATE.search(value)):
        raise InvalidCharacters(path=where, field=field, char=f"U+{ord(found.group()):04X}", position=found.start())


def content_hash(text: str) -> str:
    """The sha1 of ``text``: a Document's id unless one is given, and the store's duplicate key."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def json_schema() -> str:
    return json.dumps(Document.model_json_schema(), indent=2)
