"""The regex grammar that proposes time expressions: one pattern per rule, compiled once per lexicon.

Rules whose pattern opens with optional words run only in a window around a trigger word; where
two candidates overlap, the longest wins, then the rule listed first in ``PATTERNS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge import load_yaml
from .lexicon import approximator_pattern
from .numbers import NUMBER, ORDINALS, VAGUE_COUNTS, VAGUE_PLURALS, alternation

LEXICON = load_yaml("times_lexicon.yaml")
MONTHS: dict[str, int] = {**LEXICON["months"], **LEXICON["month_abbreviations"]}
WEEKDAYS: dict[str, int] = LEXICON["weekdays"]
SEASONS: dict[str, str] = LEXICON["seasons"]
PARTS_OF_DAY: dict[str, str] = LEXICON["parts_of_day"]
UNITS: dict[str, dict] = LEXICON["units"]
UNIT_PLURALS: dict[str, str] = LEXICON["unit_plurals"]
VAGUE: dict[str, str] = LEXICON["vague"]
SETS: dict[str, str] = LEXICON["sets"]
DURATION_CUES = set(LEXICON["duration_cues"])
NOT_AFTER_CURRENT = frozenset(LEXICON["not_after_current"])
DECADE_WORDS: dict[str, int] = LEXICON["decades"]
DEICTIC_DAYS: dict[str, int] = LEXICON["deictic_days"]
RELATIVE_STEPS: dict[str, int] = LEXICON["relative_steps"]
FOCUS_RELATIVES = frozenset(LEXICON["focus_relatives"])
SAME_PERIOD_RELATIVES = frozenset(LEXICON["same_period_relatives"])
DISTANCE_STEPS: dict[str, int] = LEXICON["distance_steps"]
FOCUS_DISTANCES = frozenset(LEXICON["focus_distances"])

_ABBREVIATED = "|".join(LEXICON["month_abbreviations"])
MONTH = (rf"(?:(?:{'|'.join(LEXICON['months'])})(?![\w])"
         rf"|(?:{_ABBREVIATED})(?:\.|(?=\s+\d)))")
WEEKDAY = rf"(?:{'|'.join(WEEKDAYS)})"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAY = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)|{alternation(ORDINALS)})"
EDGE = (r"(?i:early|late|mid|the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of"
        r"|the\s+(?:first|second)\s+half\s+of)")
PART = r"(?i:morning|afternoon|evening|night)"
UNIT = alternation([*UNITS, *UNIT_PLURALS])
PLURAL_UNIT = alternation(UNIT_PLURALS)
# Filled in from the lexicon when the component is built ("about three weeks ago").
APPROX = "{approximators}"
COUNT = rf"(?:{NUMBER}|{alternation(VAGUE_COUNTS)}|{alternation(VAGUE_PLURALS)}\s+(?i:of))"
RELATIVE = (r"(?i:this\s+past|this\s+coming|last|next|this|past|previous|preceding|coming|current|following"
            r"|same|latest|prior)")
ORDINAL_QUARTER = r"(?i:first|second|third|fourth|final|1st|2nd|3rd|4th)"

PATTERNS: dict[str, str] = {
    "iso_date": r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])",
    "numeric_date": r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/])",
    "month_day": (rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?i:this\s+coming|this\s+past)\s+)?(?:{WEEKDAY},?\s+)?"
                  rf"(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<y>{YEAR})(?!\d))?"),
    "day_month": (rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?i:the)\s+)?(?P<day>{DAY})\s+(?:(?i:of)\s+)?"
                  rf"(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR})(?!\d))?"),
    "quarter": (rf"(?:(?P<the>(?i:the|its|their))\s+)?(?:(?P<yrel>(?i:this|last|next))\s+(?i:year)['’]s\s+)?"
                rf"(?:(?P<y>{YEAR})\s+)?(?:(?i:fiscal)\s+)?(?P<ord>{ORDINAL_QUARTER})[\s-](?P<kind>(?i:quarter|half))\b"
                rf"(?:\s+(?i:of)\s+(?:(?i:fiscal\s+)?(?:year\s+)?)?(?P<y2>{YEAR})(?!\d))?"),
    "quarter_code": rf"\b(?P<kind>[QH])(?P<n>[1-4])(?:\s+(?P<y>{YEAR}))?\b",
    "the_quarter": (r"(?i:the)\s+(?:(?P<which>(?i:latest|current|year-ago|year-earlier|previous|same|recent"
                    rf"|comparable|corresponding|comparable\s+year-ago|comparable\s+year-earlier)|(?P<y>{YEAR}))\s+)?"
                    r"(?i:fiscal\s+)?(?P<noun>(?i:quarter|period))\b(?P<ago>\s+(?i:a\s+year\s+(?:ago|earlier)|last\s+year))?"
                    rf"(?=\s+(?i:ended|ending)\s+(?P<mon>{MONTH})\s+(?P<day>{DAY}))?"),
    "year_ago_adjective": r"(?i:year-(?:earlier|ago))(?=\s)(?!\s+(?i:quarter|period))",
    "the_year": (r"(?i:the)\s+(?:(?i:fiscal|full)\s+)?(?i:year)(?=\s+(?i:ended|ending|to\s+date)\b)"
                 r"|(?i:the\s+(?:fiscal|full)\s+year)\b"),
    "month": (rf"(?:(?P<edge>{EDGE})[\s-]+)?(?P<mon>{MONTH})"
              rf"(?:,?\s+(?:(?i:of\s+)?(?P<y>{YEAR})(?!\d)|(?P<yrel>(?i:this|last|next))\s+(?i:year)))?"),
    "relative_month": (rf"(?:(?P<edge>{EDGE})[\s-]+)?(?P<rel>(?i:this\s+past|this\s+coming|last|next|this))\s+"
                       rf"(?P<mon>{MONTH})"),
    "year": (rf"(?:(?P<edge>{EDGE})[\s-]+|(?P<fiscal>(?i:fiscal(?:\s+year)?))\s+|(?i:the\s+year)\s+"
             rf"|(?<![\w$€£¥#.,:/-]))(?P<y>{YEAR})(?![\w%]|[.,:/-]\d|['’]?s\b)"),
    "decade": (rf"(?:(?i:the)\s+)?(?:(?P<edge>(?i:early|late|mid))[\s-]+)?"
               rf"(?:(?P<y>(?:1[5-9]|20)\d)0['’]?s|['’](?P<yy>\d)0s|(?P<w>{alternation(DECADE_WORDS)}))(?!\w)"),
    "century": (rf"(?:(?i:the)\s+)?(?:(?P<edge>(?i:early|late|mid))[\s-]+)?"
                rf"(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<o>{alternation(ORDINALS)}))[\s-]+(?i:century)"),
    "year_words": (r"(?:(?i:the\s+year)\s+)?(?P<w>(?i:nineteen|twenty)[\s-]+"
                   r"(?i:hundred|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
                   r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five"
                   r"|six|seven|eight|nine))?)\b)"),
    "year_number": rf"(?i:the\s+year)\s+(?P<num>{NUMBER})",
    "weekday": (rf"(?:(?P<edge>(?i:early|late))\s+)?(?:(?:(?i:the)\s+)?(?P<rel>{RELATIVE})\s+)?"
                rf"(?P<wd>{WEEKDAY})(?P<plural>s)?(?!\w)"
                rf"(?:\s+(?P<part>{PART}))?"),
    "every": (rf"(?i:every|each)\s+(?:(?i:other)\s+)?(?P<what>{WEEKDAY}|{MONTH}|(?i:day|week|month|year|quarter|hour"
              rf"|weekend|morning|afternoon|evening|night|spring|summer|fall|autumn|winter))\b"),
    "frequency": rf"(?i:once|twice|{NUMBER}\s+times)\s+(?i:a|an|per|every)\s+(?P<unit>(?i:hour|day|week|month|year))\b",
    "set_word": alternation(SETS),
    "deictic_day": (r"(?:(?P<edge>(?i:early|late))\s+)?(?P<rel>(?i:the\s+day\s+before\s+yesterday"
                    r"|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight))"
                    rf"(?:\s+(?P<part>{PART}))?(?!\w)"),
    "part_of_day": (rf"(?P<rel>(?i:this|that|last|the\s+same|mid|early|late))[\s-]+(?P<part>{PART})\b"
                    rf"(?:\s+(?P<ref>(?i:today|yesterday|tomorrow)|{WEEKDAY})\b)?"),
    "relative": (rf"(?:(?P<edge>{EDGE}|(?i:earlier|later))[\s-]+)?(?:(?i:the)\s+)?(?P<rel>{RELATIVE})\s+"
                 r"(?:(?i:fiscal|calendar)\s+)?(?P<unit>(?i:day|week|month|quarter|year|decade|century|weekend"
                 r"|spring|summer|fall|autumn|winter))\b"),
    "the_weekend": r"(?i:the)\s+(?i:weekend)\b",
    "edge_of_the": rf"(?P<edge>{EDGE})\s+(?i:the)\s+(?P<unit>(?i:week|month|year|decade|century|quarter))\b",
    "season": (r"(?:(?P<edge>(?i:early|late|mid))[\s-]+)?(?P<the>(?i:the)\s+)?"
               r"(?P<season>(?i:spring|summer|fall|autumn|winter))"
               rf"(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR})(?!\d))?\b"),
    "ago": (rf"(?:(?P<approx>{APPROX})\s+)?(?P<num>{COUNT}|(?i:an?))[\s-]+(?P<unit>{UNIT})\s+"
            r"(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b"),
    "duration": (rf"(?:(?P<approx>{APPROX})\s+)?(?:(?i:the)\s+(?:(?P<rel>(?i:past|last|next|previous|first|coming"
                 r"|following|latest|final|remaining|initial|ensuing|same))\s+)?)?"
                 rf"(?P<num>{COUNT}|(?P<a>(?i:an?|one|half\s+an?|half\s+a)))"
                 rf"(?:\s*(?:(?i:to|or)|-|–)\s*(?P<num2>{NUMBER}))?"
                 r"(?:[\s-]+(?i:more|additional|full|long|straight|consecutive|extra))?"
                 rf"[\s-]+(?P<unit>{UNIT})(?P<half>\s+(?i:and\s+a\s+half))?(?!\w|-old)"),
    "bare_units": PLURAL_UNIT,
    "clock": (r"(?:(?P<approx>(?i:around|about|approximately|shortly\s+(?:after|before)|just\s+(?:after|before)))\s+)?"
              r"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))(?!\w)"
              r"|(?P<h24>[01]?\d|2[0-3])[:.h]?(?P<m24>[0-5]\d)\s*(?=(?:GMT|UTC|(?i:hours|hrs)\b))"
              r"|\b(?P<named>(?i:noon|midday|midnight))\b)"
              r"(?:\s*(?P<tz>(?i:local\s+time)|GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|EET|EEST|MSK|(?i:hours|hrs)\b))?"
              rf"(?:,?\s+(?:(?i:on)\s+)?(?:(?P<wd>{WEEKDAY}|(?i:today|yesterday|tomorrow))(?!\w)"
              rf"|(?P<mon>{MONTH})\s+(?P<day>{DAY})))?"),
    "recent_units": r"(?i:recent)\s+(?P<unit>(?i:weeks|months|quarters))\b",
    "vague": alternation(VAGUE),
}
# When two rules match the same characters, the earlier one here wins.
RULE_ORDER = list(PATTERNS)

# Rules whose pattern opens with optional words are costly to try at every character; they run
# only in a window around a word that every match contains (a unit, a month, "ago", ...).
_MONTH_WORD = rf"\b{MONTH}"
TRIGGERS: dict[str, str] = {
    "month_day": _MONTH_WORD, "day_month": _MONTH_WORD, "month": _MONTH_WORD, "relative_month": _MONTH_WORD,
    "quarter": r"(?i:quarter|half)", "the_quarter": r"(?i:quarter|period)", "century": r"(?i:century)",
    "weekday": rf"\b{WEEKDAY}", "every": r"\b(?i:every|each)\b", "frequency": r"(?i:\b(?:once|twice|times)\b)",
    "relative": r"(?i:\b(?:day|week|month|quarter|year|decade|century|weekend|spring|summer|fall|autumn|winter)\b)",
    "edge_of_the": r"(?i:\bthe\s+(?:end|beginning|start|middle|close|turn|first|second))",
    "ago": r"(?i:\b(?:ago|earlier|later|from\s+now|hence)\b)", "duration": UNIT, "decade": r"\d0['’]?s\b|(?i:ties\b)",
    "year_words": r"(?i:\b(?:nineteen|twenty)\b)", "year_number": r"(?i:\bthe\s+year\b)",
    "season": r"(?i:\b(?:spring|summer|fall|autumn|winter)\b)", "year": YEAR,
    "deictic_day": r"(?i:\b(?:today|yesterday|tomorrow|tonight)\b)", "part_of_day": PART,
    "the_weekend": r"(?i:weekend)",
    "clock": r"(?i:\d\s*[ap]\.?m\b|\b(?:GMT|UTC|hours|hrs|noon|midday|midnight)\b)",
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
                if m.start() <= hit.start() and m.end() >= hit.end():
                    found.setdefault(m.span(), m)
        return list(found.values())


@lru_cache(maxsize=4)
def time_grammar(approximators: tuple[str, ...]) -> TimeGrammar:
    """The compiled grammar, with ``approximators`` ("about", "nearly") before counts of units."""
    approximators_pattern = approximator_pattern(approximators)
    return TimeGrammar(
        patterns={rule: re.compile(pattern.replace(APPROX, approximators_pattern)) for rule, pattern in PATTERNS.items()},
        triggers={rule: re.compile(pattern) for rule, pattern in TRIGGERS.items()},
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



def unit_name(word: str) -> str:
    """The singular unit a unit word names: "weeks" → "week"."""
    word = word.lower()
    return UNIT_PLURALS.get(word, word)
