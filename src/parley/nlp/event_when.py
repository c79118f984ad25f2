"""When an event happened: the time governing its clause, else its sentence's, else the report's."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from ..model import Span
from .event_reading import Candidate, EventReading, Owners
from .labels import CLAUSE_DEPS, NOUN_POS
from .lexicon import EventWords

TIMEX_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q[1-4])?$")


def event_date(reading: EventReading, candidate: Candidate, aux: set[str], when: str | None) -> str | None:
    """The date the text gives (``text_date``), else the publication date for reports."""
    published = reading.published_iso
    future_report = "future" in aux and not candidate.reported and candidate.governor is None \
        and not candidate.complements
    if when is None:
        return None if future_report else published
    start = period_bounds(when)[0]
    if reading.published and "future" not in aux and start is not None and start > reading.published:
        return published
    return when


def text_date(reading: EventReading, candidate: Candidate, owners: Owners) -> str | None:
    """The date the text gives the event: the time governing its clause, else (for a verb) its sentence's."""
    sentence_times, own = [], []
    for time, root in reading.sentence_times(candidate):
        if not TIMEX_DATE.match(time.value or "") or not reading.same_part(root, candidate.anchor):
            continue
        if _deadline_of_another_act(root, candidate):
            continue
        scope = _time_scope(root, owners, reading.words)
        if scope.event is candidate:
            own.append(time.value)
        elif scope.sentence and candidate.anchor.pos_ not in NOUN_POS:
            sentence_times.append(time.value)
    return (own or sentence_times or [None])[0]


def _deadline_of_another_act(root: Token, candidate: Candidate) -> bool:
    """"demanded that they hand over the maps by the end of August": a deadline dates the act due by then,
    not the demand, the threat or the promise that sets it; "had withdrawn by August" is dated by it."""
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.i != candidate.anchor.i


def has_own_time(reading: EventReading, candidate: Candidate, owners: Owners) -> bool:
    """Whether a date in the sentence dates this event's own clause."""
    return any(_time_scope(root, owners, reading.words).event is candidate
               for time, root in reading.sentence_times(candidate) if TIMEX_DATE.match(time.value or ""))


def enumerated_occasions(reading: EventReading, candidate: Candidate) -> list[tuple[Span, str]]:
    """"two rounds of talks, the first on May 16 and the second on June 2" → one event per round."""
    doc, words = reading.doc, reading.words
    sent = candidate.anchor.sent
    ordinals = [t for t in sent if t.lower_ in words.occasion_ordinals and t.i > candidate.anchor.i and t.dep_ != "amod"]
    if len(ordinals) < 2:
        return []
    out = []
    for n, ordinal in enumerate(ordinals):
        start = ordinal.i - 1 if ordinal.i > sent.start and ordinal.nbor(-1).lower_ == "the" else ordinal.i
        stop = ordinals[n + 1].i - 1 if n + 1 < len(ordinals) else sent.end
        while stop > start + 1 and (doc[stop - 1].is_punct or doc[stop - 1].is_space
                                    or doc[stop - 1].lower_ in words.occasion_joiners):
            stop -= 1
        piece = doc[start:stop]
        values = [t.value for t, root in reading.sentence_times(candidate) if piece.start <= root.i < piece.end
                  and TIMEX_DATE.match(t.value or "")]
        if not values:
            return []
        out.append((reading.span(piece.start_char, piece.end_char), values[0]))
    return out


def period_bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last day of a TIMEX3 date (a year, quarter, month, ISO week or day)."""
    if not value or not TIMEX_DATE.match(value):
        return None, None
    year = int(value[:4])
    try:
        if len(value) == 4:
            return date(year, 1, 1), date(year, 12, 31)
        if "-W" in value:
            week = int(value[6:8])
            return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
        if "-Q" in value:
            first = (int(value[-1]) - 1) * 3 + 1
            return date(year, first, 1), _month_end(year, first + 2)
        if len(value) == 7:
            month = int(value[5:7])
            return date(year, month, 1), _month_end(year, month)
        day = date.fromisoformat(value)
        return day, day
    except ValueError:
        return None, None


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


@dataclass(frozen=True)
class _TimeScope:
    """What a time expression dates: one event's own clause, the whole sentence, or neither."""

    event: Candidate | None = None
    sentence: bool = False


_SENTENCE_TIME = _TimeScope(sentence=True)
_NOUN_PREMODIFIER_DEPS = ("compound", "nummod", "amod", "poss", "nmod")
_OTHER_CLAUSE_TIME = _TimeScope()


def _time_scope(token: Token, owners: Owners, words: EventWords) -> _TimeScope:
    """Walking up from a time expression: the first trigger or clause reached decides what it dates. A time before
    the noun it modifies dates that noun: an event's ("the 1998 bombing"), else a thing's, no event's ("criticized
    the 2019 agreement", "last year's deal"; conventions §570)."""
    if token.dep_ in _NOUN_PREMODIFIER_DEPS and token.head.pos_ in NOUN_POS and token.i < token.head.i \
            and token.head.i not in owners:
        return _OTHER_CLAUSE_TIME
    while True:
        if token.i in owners:
            candidate, role = owners[token.i]
            return _TimeScope(event=candidate) if role != "complement" else _OTHER_CLAUSE_TIME
        if token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS:
            if not (token.dep_ in ("relcl", "acl") and token.lemma_.lower() in words.aspectual_verbs):
                return _SENTENCE_TIME if token.dep_ == "ROOT" else _OTHER_CLAUSE_TIME
        if token.head.i == token.i:
            return _SENTENCE_TIME
        token = token.head
