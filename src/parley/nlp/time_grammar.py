"""The regex grammar that proposes time expressions: one pattern per rule, compiled once per lexicon.

Rules whose pattern opens with optional words run only in a window around a trigger word; where
two candidates overlap, the longest wins, then the rule listed first in ``RULE_ORDER``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import CalendarWords
from .numbers import NumberGrammar, alternation, either, phrases

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# The rules; when two match the same characters, the earlier one here wins.
RULE_ORDER = [
    "iso_date", "numeric_date", "month_day", "day_month", "quarter", "quarter_code", "the_quarter",
    "year_ago_adjective", "the_year", "month", "relative_month", "year", "decade", "century", "year_words",
    "year_number", "weekday", "every", "frequency", "set_word", "deictic_day", "part_of_day", "relative",
    "the_weekend", "edge_of_the", "season", "ago", "duration", "bare_units", "clock", "recent_units", "vague",
]


@dataclass(frozen=True)
class _Fragments:
    """The pieces of regex that several rules share, built from one lexicon's words."""

    number: str
    month: str
    weekday: str
    ordinal: str
    day: str
    edge_adverb: str  # "early", "late", "mid"
    edge: str  # those, or "the end of", "the first half of", ...
    part: str  # of a day: "morning", ...
    unit: str
    count: str  # a number of units, vague ones too: "three", "a few", "hundreds of"
    relative: str  # "last", "next", "the following", ...
    year_relative: str
    named_day: str  # "today", "yesterday", "tomorrow"
    approximators: str


def _fragments(calendar: CalendarWords, numbers: NumberGrammar, approximators: tuple[str, ...]) -> _Fragments:
    words = calendar.grammar
    ordinal = alternation(numbers.words.ordinals)
    return _Fragments(
        number=numbers.pattern,
        month=_month(calendar),
        weekday=rf"(?:{either(calendar.weekdays)})",
        ordinal=ordinal,
        day=rf"(?:(?:[12]\d|3[01]|0?[1-9]){numbers.ordinal_suffix}?(?!\d|:\d)|{ordinal})",
        edge_adverb=phrases(words["edge_adverbs"]),
        edge=(rf"(?i:{either(words['edge_adverbs'])}|the\s+(?:very\s+)?(?:{either(words['edge_nouns'])})\s+of"
              rf"|the\s+(?:{either(words['halves'])})\s+half\s+of)"),
        part=phrases(calendar.parts_of_day),
        unit=alternation([*calendar.units, *calendar.unit_plurals]),
        count=(rf"(?:{numbers.pattern}|{alternation(numbers.words.vague_counts)}"
               rf"|{alternation(numbers.words.vague_plurals)}\s+(?i:of))"),
        relative=phrases(words["relatives"]),
        year_relative=phrases(words["year_relatives"]),
        named_day=phrases(words["named_days"]),
        approximators=phrases(approximators),
    )


def _patterns(common: _Fragments, calendar: CalendarWords, numbers: NumberGrammar) -> dict[str, str]:
    """Each rule's regex, in ``RULE_ORDER``, built from the calendar's and the numbers' words."""
    rules = {**_date_rules(common, calendar, numbers), **_day_rules(common, calendar),
             **_length_rules(common, calendar), **_clock_rules(common, calendar)}
    return {rule: rules[rule] for rule in RULE_ORDER}


def _date_rules(common: _Fragments, calendar: CalendarWords, numbers: NumberGrammar) -> dict[str, str]:
    """Dates and periods named by the calendar: "July 23, 2025", "the third quarter", "the 1990s"."""
    words = calendar.grammar
    units_by_value = {value: word for word, value in numbers.words.units.items()}
    teens = [units_by_value[value] for value in range(10, 20)]
    digits = [units_by_value[value] for value in range(1, 10)]
    return {
        "iso_date": r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])",
        "numeric_date": r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/])",
        "month_day": (rf"(?:(?P<wd>{common.weekday}),?\s+)?(?:(?i:this\s+coming|this\s+past)\s+)?(?:{common.weekday},?\s+)?"
                      rf"(?P<mon>{common.month})\s+(?P<day>{common.day})(?:,?\s+(?P<y>{YEAR})(?!\d))?"),
        "day_month": (rf"(?:(?P<wd>{common.weekday}),?\s+)?(?:(?i:the)\s+)?(?P<day>{common.day})\s+(?:(?i:of)\s+)?"
                      rf"(?P<mon>{common.month})(?:,?\s+(?P<y>{YEAR})(?!\d))?"),
        "quarter": (rf"(?:(?P<the>{phrases(words['quarter_owners'])})\s+)?(?:(?P<yrel>{common.year_relative})\s+(?i:year)['’]s\s+)?"
                    rf"(?:(?P<y>{YEAR})\s+)?(?:(?i:fiscal)\s+)?(?P<ord>{phrases(calendar.quarter_ordinals)})[\s-]"
                    rf"(?P<kind>{phrases(words['quarter_kinds'])})\b"
                    rf"(?:\s+(?i:of)\s+(?:(?i:fiscal\s+)?(?:year\s+)?)?(?P<y2>{YEAR})(?!\d))?"),
        "quarter_code": rf"\b(?P<kind>[QH])(?P<n>[1-4])(?:\s+(?P<y>{YEAR}))?\b",
        "the_quarter": (rf"(?i:the)\s+(?:(?P<which>{phrases(words['quarter_qualifiers'])}|(?P<y>{YEAR}))\s+)?"
                        rf"(?i:fiscal\s+)?(?P<noun>{phrases(words['quarter_nouns'])})\b(?P<ago>\s+(?i:a\s+year\s+(?:ago|earlier)|last\s+year))?"
                        rf"(?=\s+(?i:ended|ending)\s+(?P<mon>{common.month})\s+(?P<day>{common.day}))?"),
        "year_ago_adjective": rf"(?i:year-(?:earlier|ago))(?=\s)(?!\s+{phrases(words['quarter_nouns'])})",
        "the_year": (rf"(?i:the)\s+(?:{phrases(words['year_kinds'])}\s+)?(?i:year)(?=\s+{phrases(words['year_endings'])}\b)"
                     rf"|(?i:the\s+(?:{either(words['year_kinds'])})\s+year)\b"),
        "month": (rf"(?:(?P<edge>{common.edge})[\s-]+)?(?P<mon>{common.month})"
                  rf"(?:,?\s+(?:(?i:of\s+)?(?P<y>{YEAR})(?!\d)|(?P<yrel>{common.year_relative})\s+(?i:year)))?"),
        "relative_month": (rf"(?:(?P<edge>{common.edge})[\s-]+)?(?P<rel>{phrases(words['month_relatives'])})\s+"
                           rf"(?P<mon>{common.month})"),
        "year": (rf"(?:(?P<edge>{common.edge})[\s-]+|(?P<fiscal>(?i:fiscal(?:\s+year)?))\s+|(?i:the\s+year)\s+"
                 rf"|(?<![\w$€£¥#.,:/-]))(?P<y>{YEAR})(?![\w%]|[.,:/-]\d|['’]?s\b)"),
        "decade": (rf"(?:(?i:the)\s+)?(?:(?P<edge>{common.edge_adverb})[\s-]+)?"
                   rf"(?:(?P<y>(?:1[5-9]|20)\d)0['’]?s|['’](?P<yy>\d)0s|(?P<w>{alternation(calendar.decades)}))(?!\w)"),
        "century": (rf"(?:(?i:the)\s+)?(?:(?P<edge>{common.edge_adverb})[\s-]+)?"
                    rf"(?:(?P<n>\d{{1,2}}){numbers.ordinal_suffix}|(?P<o>{common.ordinal}))[\s-]+(?i:century)"),
        "year_words": (rf"(?:(?i:the\s+year)\s+)?(?P<w>{phrases(_centuries(numbers))}[\s-]+"
                       rf"(?i:hundred|{either(teens)}"
                       rf"|(?:{either(numbers.words.tens)})(?:[\s-]+(?:{either(digits)}))?)\b)"),
        "year_number": rf"(?i:the\s+year)\s+(?P<num>{common.number})",
    }


def _day_rules(common: _Fragments, calendar: CalendarWords) -> dict[str, str]:
    """Days, weeks and seasons named from the report's day: "last Tuesday", "every week", "next spring"."""
    words = calendar.grammar
    seasons = list(calendar.seasons)
    return {
        "weekday": (rf"(?:(?P<edge>{phrases(words['day_edges'])})\s+)?(?:(?:(?i:the)\s+)?(?P<rel>{common.relative})\s+)?"
                    rf"(?P<wd>{common.weekday})(?P<plural>s)?(?!\w)"
                    rf"(?:\s+(?P<part>{common.part}))?"),
        "every": (rf"{phrases(words['every_words'])}\s+(?:(?i:other)\s+)?(?P<what>{common.weekday}|{common.month}"
                  rf"|{phrases([*words['every_units'], *calendar.parts_of_day, *seasons])})\b"),
        "frequency": (rf"(?i:{either(words['frequency_words'])}|{common.number}\s+times)\s+{phrases(words['frequency_articles'])}\s+"
                      rf"(?P<unit>{phrases(words['frequency_units'])})\b"),
        "set_word": alternation(calendar.sets),
        "deictic_day": (rf"(?:(?P<edge>{phrases(words['day_edges'])})\s+)?(?P<rel>{phrases(calendar.deictic_days)})"
                        rf"(?:\s+(?P<part>{common.part}))?(?!\w)"),
        "part_of_day": (rf"(?P<rel>{phrases(words['part_of_day_relatives'])})[\s-]+(?P<part>{common.part})\b"
                        rf"(?:\s+(?P<ref>{common.named_day}|{common.weekday})\b)?"),
        "relative": (rf"(?:(?P<edge>{common.edge}|(?i:earlier|later))[\s-]+)?(?:(?i:the)\s+)?(?P<rel>{common.relative})\s+"
                     rf"(?:(?i:fiscal|calendar)\s+)?(?P<unit>{phrases([*words['relative_units'], *seasons])})\b"),
        "the_weekend": r"(?i:the)\s+(?i:weekend)\b",
        "edge_of_the": rf"(?P<edge>{common.edge})\s+(?i:the)\s+(?P<unit>{phrases(words['edge_units'])})\b",
        "season": (rf"(?:(?P<edge>{common.edge_adverb})[\s-]+)?(?P<the>(?i:the)\s+)?"
                   rf"(?P<season>{phrases(seasons)})"
                   rf"(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR})(?!\d))?\b"),
    }


def _length_rules(common: _Fragments, calendar: CalendarWords) -> dict[str, str]:
    """Lengths of time and the dates they give: "three weeks", "two days ago", "in recent months", "now"."""
    words = calendar.grammar
    return {
        "ago": (rf"(?:(?P<approx>{common.approximators})\s+)?(?P<num>{common.count}|(?i:an?))[\s-]+(?P<unit>{common.unit})\s+"
                rf"(?P<dir>{phrases(calendar.distance_steps)})\b"),
        "duration": (rf"(?:(?P<approx>{common.approximators})\s+)?"
                     rf"(?:(?i:the)\s+(?:(?P<rel>{phrases(words['duration_relatives'])})\s+)?)?"
                     rf"(?P<num>{common.count}|(?P<a>(?i:an?|one|half\s+an?|half\s+a)))"
                     rf"(?:\s*(?:(?i:to|or)|-|–)\s*(?P<num2>{common.number}))?"
                     rf"(?:[\s-]+{phrases(words['duration_modifiers'])})?"
                     rf"[\s-]+(?P<unit>{common.unit})(?P<half>\s+(?i:and\s+a\s+half))?(?!\w|-old)"),
        "bare_units": alternation(calendar.unit_plurals),
        "recent_units": rf"(?i:recent)\s+(?P<unit>{phrases(words['recent_units'])})\b",
        "vague": alternation(calendar.vague),
    }


def _clock_rules(common: _Fragments, calendar: CalendarWords) -> dict[str, str]:
    """Times of day: "3 p.m. GMT on Tuesday", "around midnight"."""
    words = calendar.grammar
    hours = phrases(words["hour_words"])
    return {
        "clock": (rf"(?:(?P<approx>{phrases(words['clock_approximators'])})\s+)?"
                  r"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))(?!\w)"
                  rf"|(?P<h24>[01]?\d|2[0-3])[:.h]?(?P<m24>[0-5]\d)\s*(?=(?:GMT|UTC|{hours}\b))"
                  rf"|\b(?P<named>{phrases(words['named_hours'])})\b)"
                  rf"(?:\s*(?P<tz>(?i:local\s+time)|GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|EET|EEST|MSK|{hours}\b))?"
                  rf"(?:,?\s+(?:(?i:on)\s+)?(?:(?P<wd>{common.weekday}|{common.named_day})(?!\w)"
                  rf"|(?P<mon>{common.month})\s+(?P<day>{common.day})))?"),
    }


def _triggers(common: _Fragments, calendar: CalendarWords, numbers: NumberGrammar) -> dict[str, str]:
    """For the rules whose pattern opens with optional words, costly to try at every character: a
    word every match contains (a unit, a month, "ago", ...); they run only in a window around it."""
    words = calendar.grammar
    month = rf"\b{common.month}"
    seasons = list(calendar.seasons)
    centuries = _centuries(numbers)
    return {
        "month_day": month, "day_month": month, "month": month, "relative_month": month,
        "quarter": phrases(words["quarter_kinds"]), "the_quarter": phrases(words["quarter_nouns"]),
        "century": r"(?i:century)",
        "weekday": rf"\b{common.weekday}", "every": rf"\b{phrases(words['every_words'])}\b",
        "frequency": rf"(?i:\b(?:{either([*words['frequency_words'], 'times'])})\b)",
        "relative": rf"(?i:\b(?:{either([*words['relative_units'], *seasons])})\b)",
        "edge_of_the": rf"(?i:\bthe\s+(?:{either([*words['edge_nouns'], *words['halves']])}))",
        "ago": rf"(?i:\b(?:{either(calendar.distance_steps)})\b)",
        "duration": common.unit, "decade": r"\d0['’]?s\b|(?i:ties\b)",
        "year_words": rf"(?i:\b(?:{either(centuries)})\b)", "year_number": r"(?i:\bthe\s+year\b)",
        "season": rf"(?i:\b(?:{either(seasons)})\b)", "year": YEAR,
        # A deictic day's one word: every match of the rule contains one.
        "deictic_day": rf"(?i:\b(?:{either(day for day in calendar.deictic_days if ' ' not in day)})\b)",
        "part_of_day": common.part,
        "the_weekend": r"(?i:weekend)",
        "clock": rf"(?i:\d\s*[ap]\.?m\b|\b(?:{either(['GMT', 'UTC', *words['hour_words'], *words['named_hours']])})\b)",
    }


WINDOW_BEFORE, WINDOW_AFTER = 80, 40


@dataclass(frozen=True)
class Candidate:
    """A span one rule matched, before vetoes and resolution."""

    start: int
    end: int
    rule: str
    match: re.Match


@dataclass(frozen=True)
class TimeGrammar:
    patterns: dict[str, re.Pattern]
    triggers: dict[str, re.Pattern]

    def candidates(self, text: str) -> list[Candidate]:
        return [Candidate(m.start(), m.end(), rule, m) for rule in self.patterns for m in self.matches(rule, text)]

    def matches(self, rule: str, text: str) -> list[re.Match]:
        pattern, trigger = self.patterns[rule], self.triggers.get(rule)
        if trigger is None:
            return [m for m in pattern.finditer(text) if m.end() > m.start()]
        found: dict[tuple[int, int], re.Match] = {}
        for hit in trigger.finditer(text):
            window = (max(0, hit.start() - WINDOW_BEFORE), min(len(text), hit.end() + WINDOW_AFTER))
            for m in pattern.finditer(text, *window):
                if m.start() > hit.start():
                    break  # later matches start later still: none of them holds the trigger
                if m.end() >= hit.end():
                    found.setdefault(m.span(), m)
        return list(found.values())


def _month(calendar: CalendarWords) -> str:
    """A month's name, or its abbreviation with a full stop or before a day's number."""
    return (rf"(?:(?:{either(calendar.months)})(?![\w])"
            rf"|(?:{either(calendar.month_abbreviations)})(?:\.|(?=\s+\d)))")


def _centuries(numbers: NumberGrammar) -> list[str]:
    """The number words that open a year written out: "nineteen ninety-eight", "twenty twenty-four"."""
    return [word for word, value in {**numbers.words.units, **numbers.words.tens}.items() if value in (19, 20)]


@lru_cache(maxsize=4)
def time_grammar(calendar: CalendarWords, numbers: NumberGrammar, approximators: tuple[str, ...]) -> TimeGrammar:
    """The compiled grammar, once per lexicon, with ``approximators`` ("about", "nearly") before counts of units."""
    common = _fragments(calendar, numbers, approximators)
    return TimeGrammar(
        patterns={rule: re.compile(pattern) for rule, pattern in _patterns(common, calendar, numbers).items()},
        triggers={rule: re.compile(pattern) for rule, pattern in _triggers(common, calendar, numbers).items()},
    )


def leftmost_longest(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, preferring longer ones, then earlier rules, then earlier starts."""
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, RULE_ORDER.index(c.rule), c.start))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in ranked:
        if all(c.end <= s or c.start >= e for s, e in taken):
            taken.append((c.start, c.end))
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)

