"""An article cut into pieces, each with the annotations covering it, so a template can highlight spans."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document


@dataclass(frozen=True)
class Mark:
    kind: str  # actor, quote, time, quantity, evidence: the CSS class
    label: str  # shown on hover


@dataclass(frozen=True)
class Piece:
    text: str
    marks: tuple[Mark, ...]

    @property
    def classes(self) -> str:
        return " ".join(sorted({mark.kind for mark in self.marks}))

    @property
    def title(self) -> str:
        return " · ".join(dict.fromkeys(mark.label for mark in self.marks))


def _spans(document: Document) -> list[tuple[int, int, Mark]]:
    names = {actor.id: actor.name for actor in document.actors}
    out = []
    for actor in document.actors:
        where = ", ".join(filter(None, [actor.kind, actor.country, actor.sector, actor.role]))
        out += [(m.span[0], m.span[1], Mark("actor", f"{actor.name} ({where})")) for m in actor.mentions]
    for quote in document.quotes:
        speaker = quote.speaker and (names.get(quote.speaker.actor) or quote.speaker.text)
        out.append((*quote.content.span, Mark("quote", f"quote by {speaker or 'unknown speaker'}")))
    out += [(*t.span, Mark("time", f"{t.type} {t.value or '?'}")) for t in document.times]
    out += [(*q.span, Mark("quantity", f"{q.value} {q.unit or ''} {q.what or ''}".strip())) for q in document.quantities]
    for event in document.events:
        label = f"{event.id} {'/'.join(filter(None, [event.type, event.mode]))}" + "".join(f" ({a})" for a in event.aux)
        out += [(*span.span, Mark("evidence", label)) for span in event.evidence]
    return [(start, end, mark) for start, end, mark in out if 0 <= start < end <= len(document.text)]


def segments(document: Document) -> list[Piece]:
    spans = _spans(document)
    cuts = sorted({0, len(document.text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        marks = tuple(mark for s, e, mark in spans if s <= start and end <= e)
        pieces.append(Piece(document.text[start:end], marks))
    return pieces
