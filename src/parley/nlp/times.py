"""Time expressions normalized to TIMEX3 against the publication date.

A regex grammar, compiled once, proposes candidate spans; the leftmost-longest candidates win.
spaCy's tags veto readings that are not temporal ("May" as a modal or a surname, "March" as a
verb, "2000 troops"), and the tense of the clause decides which Tuesday or which August a bare
name means. Values follow TIMEX3: ``2025-07-23``, ``2025-W30``, ``2025-Q3``, ``P3.5Y``,
``PT24H/PT48H``, ``XXXX-WXX-1``, ``PRESENT_REF``. Without a publication date, values that need
one keep their unknown parts as X (``XXXX-06``) instead of inventing them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import TimeExpression
from .doc_index import DocIndex
from .extensions import PUBLISHED, declare
from .lexicon import Lexicon
from .numbers import number_grammar
from .time_grammar import leftmost_longest, time_grammar
from .time_reading import Focus, TimeContext
from .time_resolution import resolve
from .time_vetoes import plausible

REQUIRES = ["token.tag", "token.dep", "token.lemma", "doc.ents"]
ASSIGNS = ["doc._.times"]


@Language.factory(
    "parley_times",
    default_config={"lexicon": {"@misc": "parley.lexicon.v1"}, "day_first": False},
    requires=REQUIRES,
    assigns=ASSIGNS,
)
def make_times(nlp: Language, name: str, lexicon: Lexicon, day_first: bool) -> TimeNormalizer:
    return TimeNormalizer(nlp, name, lexicon, day_first=day_first)


class TimeNormalizer:
    """Finds time expressions and gives each a TIMEX3 type and value (``doc._.times``).

    ``day_first`` reads an ambiguous numeric date such as 05/06/2025 as 5 June.
    """

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon, day_first: bool = False) -> None:
        declare(*REQUIRES, *ASSIGNS, PUBLISHED)
        self.name = name
        self.day_first = day_first
        self.words = lexicon.time_words
        self.calendar = lexicon.calendar
        self.numbers = number_grammar(lexicon.numbers)
        self.grammar = time_grammar(self.calendar, self.numbers, self.words.approximators)

    def __call__(self, doc: Doc) -> Doc:
        index = DocIndex.of(doc)
        text = index.text
        context = TimeContext(index, self.words, self.calendar, self.numbers, doc._.published, self.day_first)
        chosen = leftmost_longest([c for c in self.grammar.candidates(text) if plausible(c, context)])
        focus = Focus()  # the one state carried along, in text order
        times = []
        for candidate in chosen:
            try:
                resolved = resolve(candidate, context, focus)
            except (ValueError, OverflowError):  # arithmetic past year 9999 or before year 1
                continue
            if resolved:
                kind, value = resolved
                _date_its_clause(candidate.start, context, focus)
                times.append(TimeExpression(text=text[candidate.start:candidate.end],
                                            span=(candidate.start, candidate.end), type=kind, value=value))
        doc._.times = times
        return doc


# A date this coarse does not say which June a clause reported in it means.
_CLAUSE_GRANULARITIES = frozenset({"day", "week", "month"})


def _date_its_clause(start: int, context: TimeContext, focus: Focus) -> None:
    """Remember the day a clause names, for the clauses it reports (TimeContext.reference)."""
    if focus.period is None or focus.period[1] not in _CLAUSE_GRANULARITIES:
        return
    verb = context.clause_verb(start)
    if verb is not None:
        focus.dated_clauses.setdefault(verb.i, focus.period[0])
