"""What resolving one Doc's time expressions reads (its tokens, tense, publication date) and the
one thing it carries from expression to expression: the period in focus."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from .doc_index import DocIndex
from .labels import AUXILIARY_DEPS, PREDICATE_POS
from .lexicon import CalendarWords, TimeWords
from .numbers import NumberGrammar
from .time_calendar import FUTURE, PAST, PRESENT, UNKNOWN, timex


@dataclass(frozen=True)
class TimeContext:
    """One Doc as the time rules read it."""

    index: DocIndex
    words: TimeWords
    calendar: CalendarWords
    numbers: NumberGrammar
    published: date | None
    day_first: bool

    @property
    def text(self) -> str:
        return self.index.text

    def previous_word(self, offset: int) -> str:
        words = re.findall(r"[\w']+", self.text[max(0, offset - 20):offset].lower())
        return words[-1] if words else ""

    def next_word(self, offset: int) -> str:
        match = re.match(r"\s*([\w']+)", self.text[offset:offset + 30])
        return match.group(1).lower() if match else ""

    def tense(self, offset: int) -> str:
        """past, present or future, from the verb that governs the token at ``offset``."""
        token = self.index.token_at(offset)
        for _ in range(8):
            if token is None:
                return PRESENT
            if token.pos_ in PREDICATE_POS:
                tense = _verb_tense(token, self.words)
                if tense:
                    return tense
            if token.head.i == token.i:
                return PRESENT
            token = token.head
        return PRESENT


@dataclass
class Focus:
    """The period the text is talking about, moved by each date that names one ("the next day"
    counts from it), and the quarter last named: financial copy compares "a year earlier" with it."""

    period: tuple[date, str] | None = None
    last_quarter: date | None = None

    def remember(self, day: date, granularity: str) -> None:
        self.period = (day, granularity)

    def anchored(self, day: date | None, granularity: str, remember: bool = True) -> str:
        """The TIMEX3 value of ``day`` at ``granularity`` (X-filled when unknown), kept in focus unless told not."""
        if day is None:
            return UNKNOWN[granularity]
        if remember:
            self.remember(day, granularity)
        return timex(day, granularity)


def _verb_tense(verb: Token, words: TimeWords) -> str | None:
    """The tense a verb gives its clause, or None to keep looking at its head (bare gerunds)."""
    auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARY_DEPS]
    auxiliary_words = {a.lower_ for a in auxiliaries}
    if auxiliary_words & words.forward_auxiliaries:
        return FUTURE
    if "to" in auxiliary_words:
        # "agreed to meet on Friday" may be either Friday; "plans to meet on Friday" is the next one.
        governor = verb.head
        governed_by_past = governor is not verb and (
            governor.tag_ == "VBD" or any(c.dep_ in AUXILIARY_DEPS and c.tag_ == "VBD" for c in governor.children))
        return PRESENT if governed_by_past else FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return PAST
    if verb.tag_ == "VBN":
        return PRESENT if auxiliary_words & words.present_auxiliaries else PAST
    if verb.tag_ == "VBG" and not auxiliaries and verb.dep_ != "ROOT":
        return None
    if verb.tag_ == "VB" and not auxiliaries:
        return FUTURE
    return PRESENT
