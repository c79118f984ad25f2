"""What resolving one Doc's time expressions reads (its tokens, tense, publication date) and the
one thing it carries from expression to expression: the period in focus."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Token

from .doc_index import DocIndex
from .labels import AUXILIARY_DEPS, COMPLEMENT_DEPS, PREDICATE_POS
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
        tensed = self._tensed_verb(offset)
        return tensed[1] if tensed else PRESENT

    def clause_verb(self, offset: int) -> Token | None:
        """The verb whose tense the token at ``offset`` takes (a bare gerund passes it on to its head)."""
        tensed = self._tensed_verb(offset)
        return tensed[0] if tensed else None

    def _tensed_verb(self, offset: int) -> tuple[Token, str] | None:
        token = self.index.token_at(offset)
        for _ in range(8):
            if token is None:
                return None
            if token.pos_ in PREDICATE_POS and (tense := _verb_tense(token, self.words)):
                return token, tense
            if token.head.i == token.i:
                return None
            token = token.head
        return None

    def reference(self, offset: int, focus: Focus) -> date | None:
        """The day a bare date name at ``offset`` is picked around: the date of the report its clause is
        the content of ("said in June the troops would leave by August": the August after June), else the
        publication date. A reported clause's tense is relative to the report, not to the article."""
        verb = self.clause_verb(offset)
        while verb is not None and verb.dep_ in COMPLEMENT_DEPS and verb.head.i != verb.i:
            verb = verb.head
            if verb.i in focus.dated_clauses:
                return focus.dated_clauses[verb.i]
        return self.published


@dataclass
class Focus:
    """The period the text is talking about, moved by each date that names one ("the next day"
    counts from it), the quarter last named (financial copy compares "a year earlier" with it), and the day
    each clause named so far (what it reports counts from that day)."""

    period: tuple[date, str] | None = None
    last_quarter: date | None = None
    dated_clauses: dict[int, date] = field(default_factory=dict)  # verb index → the day its clause names

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
