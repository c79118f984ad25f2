"""Time expressions normalized to TIMEX3 against the publication date.

A regex grammar, compiled once, proposes candidate spans; the leftmost-longest candidates win.
spaCy's tags veto readings that are not temporal ("May" as a modal or a surname, "March" as a
verb, "2000 troops"), and the tense of the clause decides which Tuesday or which August a bare
name means. Values follow TIMEX3: ``2025-07-23``, ``2025-W30``, ``2025-Q3``, ``P3.5Y``,
``PT24H/PT48H``, ``XXXX-WXX-1``, ``PRESENT_REF``. Without a publication date, values that need
one keep their unknown parts as X (``XXXX-06``) instead of inventing them.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..knowledge import load_yaml
from ..model import TimeExpression
from .doc_index import DocIndex
from .extensions import PUBLISHED, declare
from .lexicon import Lexicon, TimeWords, approximator_pattern
from .numbers import NUMBER, ORDINALS, VAGUE_COUNTS, VAGUE_PLURALS, alternation, parse_number

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

PAST, PRESENT, FUTURE = "past", "present", "future"
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
DECADE_WORDS: dict[str, int] = LEXICON["decades"]
DEICTIC_DAYS: dict[str, int] = LEXICON["deictic_days"]
RELATIVE_STEPS: dict[str, int] = LEXICON["relative_steps"]
FOCUS_RELATIVES = frozenset(LEXICON["focus_relatives"])
SAME_PERIOD_RELATIVES = frozenset(LEXICON["same_period_relatives"])
DISTANCE_STEPS: dict[str, int] = LEXICON["distance_steps"]
FOCUS_DISTANCES = frozenset(LEXICON["focus_distances"])
# Granularities from coarse to fine, with the X-filled value used when nothing anchors them.
UNKNOWN = {"century": "XX", "decade": "XXX", "year": "XXXX", "half": "XXXX-HX", "quarter": "XXXX-QX",
           "season": "XXXX-XX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
           "day": "XXXX-XX-XX"}


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


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


@dataclass
class _Candidate:
    start: int
    end: int
    rule: str
    match: re.Match
REQUIRES = ["token.tag", "token.dep", "token.lemma", "doc.ents"]
ASSIGNS = ["doc._.times"]



@Language.factory(
    "parley_times",
    default_config={"lexicon": {"@misc": "parley.lexicon.v1"}, "day_first": False},
    requires=REQUIRES,
    assigns=ASSIGNS,
)
def make_times(nlp: Language, name: str, lexicon: Lexicon, day_first: bool) -> "TimeNormalizer":
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
        approximators = approximator_pattern(self.words.approximators)
        self.patterns = {rule: _rx(pattern.replace(APPROX, approximators)) for rule, pattern in PATTERNS.items()}
        self.triggers = {rule: _rx(pattern) for rule, pattern in TRIGGERS.items()}

    def __call__(self, doc: Doc) -> Doc:
        index = DocIndex(doc)
        text = index.text
        candidates = [_Candidate(m.start(), m.end(), rule, m)
                      for rule in self.patterns for m in self.matches(rule, text)]
        reader = _DocReader(index, self.words, self.day_first)
        chosen = _leftmost_longest([c for c in candidates if reader.plausible(c)])
        times = []
        for candidate in chosen:
            try:
                resolved = reader.resolve(candidate)
            except (ValueError, OverflowError):  # arithmetic past year 9999 or before year 1
                continue
            if resolved:
                kind, value = resolved
                times.append(TimeExpression(text=text[candidate.start:candidate.end],
                                            span=(candidate.start, candidate.end), type=kind, value=value))
        doc._.times = times
        return doc


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


def _leftmost_longest(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, preferring longer ones, then earlier rules, then earlier starts."""
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, RULE_ORDER.index(c.rule), c.start))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in ranked:
        if all(c.end <= s or c.start >= e for s, e in taken):
            taken.append((c.start, c.end))
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


# ---- calendar arithmetic -------------------------------------------------------------------

def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved ``amount`` calendar units (days, weeks, months, quarters, years, ...)."""
    if unit in ("day", "night"):
        return day + timedelta(days=amount)
    if unit in ("week", "weekend", "fortnight"):
        return day + timedelta(weeks=amount * (2 if unit == "fortnight" else 1))
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return _add_months(day, amount * months)


def timex(day: date, granularity: str) -> str:
    """The TIMEX3 value of the period of ``granularity`` that contains ``day``."""
    if granularity in ("day", "night"):
        return day.isoformat()
    if granularity in ("week", "weekend", "fortnight"):
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{day.year}-H{(day.month - 1) // 6 + 1}"
    if granularity == "season":
        code = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")
        return f"{day.year}-{code}"
    if granularity == "decade":
        return str(day.year)[:3]
    if granularity == "century":
        return str(day.year)[:2]
    return str(day.year)


def _pick(candidates: list[date], anchor: date, tense: str, lenient: bool = False) -> date:
    """The candidate that the tense points to: the latest not after the anchor for the past, the
    earliest not before it for the future, the nearest otherwise.

    ``lenient`` lets a past or present clause name a date that is much nearer ahead than behind
    ("extended the offer to Nov. 20", "a summit set for April"): deadlines are often reported so.
    """
    before = max((c for c in candidates if c <= anchor), default=None)
    after = min((c for c in candidates if c >= anchor), default=None)
    if before is None or after is None:
        return before or after
    if tense == FUTURE:
        return after
    if tense == PAST and not lenient:
        return before
    if tense == PRESENT:
        return min((before, after), key=lambda c: (abs((c - anchor).days), c > anchor))
    return after if (after - anchor).days * 3 < (anchor - before).days else before


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def duration(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: ``duration(3.5, 'year') == 'P3.5Y'``; an unknown amount gives ``PXY``."""
    spec = UNITS[unit]
    letter = spec["letter"]
    if amount is not None:
        amount *= spec.get("factor", 1)
        if spec.get("clock") and not float(amount).is_integer() and unit in ("hour", "minute"):
            amount, letter = amount * 60, {"hour": "M", "minute": "S"}[unit]
    count = "X" if amount is None else _number_text(amount)
    return ("PT" if spec.get("clock") else "P") + count + letter


# ---- reading one document ------------------------------------------------------------------

class _DocReader:
    """Vetoes and resolves candidates of one Doc, keeping the date in focus as it goes."""

    def __init__(self, index: DocIndex, words: TimeWords, day_first: bool) -> None:
        self.words = words
        self.doc = doc = index.doc
        self.text = index.text
        self.index = index
        self.published: date | None = doc._.published
        self.day_first = day_first
        self.focus: tuple[date, str] | None = None
        # The quarter last named: financial copy compares "a year earlier" with it, not with the year.
        self.last_quarter: date | None = None
        self.resolvers: dict[str, Callable[[re.Match, int], tuple[str, str | None] | None]] = {
            rule: getattr(self, "_" + rule) for rule in PATTERNS
        }

    # -- tokens and tense --
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
            if token.pos_ in ("VERB", "AUX"):
                tense = _verb_tense(token, self.words)
                if tense:
                    return tense
            if token.head is token:
                return PRESENT
            token = token.head
        return PRESENT

    # -- vetoes --
    def plausible(self, c: _Candidate) -> bool:
        m, rule = c.match, c.rule
        if rule == "month" and not (m["y"] or m["yrel"] or m["edge"]):
            token = self.index.token_at(m.start("mon"))
            if token is not None and (token.tag_ == "MD" or token.pos_ in ("VERB", "AUX")
                                      or token.ent_type_ in ("PERSON", "ORG") or _after_a_name(token)):
                return False
        if rule == "year" and not (m.group("edge") or m.group("fiscal")):
            return self._plausible_year(m)
        if rule == "duration" and (m["a"] or "").lower() in ("a", "an") and not m["approx"] and not m["rel"]:
            return self.previous_word(m.start()) in DURATION_CUES
        if rule == "duration" and not self._plausible_duration(m):
            return False
        if rule == "bare_units":
            return self.previous_word(m.start()) in DURATION_CUES and self.next_word(m.end()) != "ago"
        if rule == "vague":
            phrase = re.sub(r"\s+", " ", m.group().lower())
            following = self.next_word(m.end())
            if phrase == "current" and following in LEXICON["not_after_current"]:
                return False
            if phrase in self.words.not_after_as and self.previous_word(m.start()) == "as":
                return False
        return True

    def _plausible_duration(self, m: re.Match) -> bool:
        """Not an age ("52 years old"), a fraction ("three-quarters of") or a year ("the 1988 quarter")."""
        following = self.next_word(m.end())
        if following == "old" or (_unit(m["unit"]) == "quarter" and (following == "of" or m["a"])):
            return False
        number = m["num"] or ""
        return not (re.fullmatch(YEAR, number.strip()) and m["unit"].lower() in UNITS)

    def _plausible_year(self, m: re.Match) -> bool:
        token = self.index.token_at(m.start("y"))
        if token is None:
            return True
        if self.previous_word(m.start()) in self.words.year_cues:
            return True
        following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if following is not None and following.tag_ in ("NNS", "NNPS"):
            return False
        return token.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")

    # -- resolution --
    def resolve(self, c: _Candidate) -> tuple[str, str | None] | None:
        return self.resolvers[c.rule](c.match, c.start)

    def remember(self, day: date, granularity: str) -> None:
        self.focus = (day, granularity)

    def anchored(self, day: date | None, granularity: str, remember: bool = True) -> str:
        if day is None:
            return UNKNOWN[granularity]
        if remember:
            self.remember(day, granularity)
        return timex(day, granularity)

    def _iso_date(self, m, start):
        return self._full_date(int(m["y"]), int(m["m"]), int(m["d"]))

    def _numeric_date(self, m, start):
        first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
        if year < 100:
            year += 2000 if year < 50 else 1900
        day_first = self.day_first or m["sep"] == "." or second > 12
        day, month = (first, second) if day_first and first <= 31 else (second, first)
        if month > 12:
            day, month = month, day
        return self._full_date(year, month, day)

    def _full_date(self, year: int, month: int, day: int):
        try:
            value = date(year, month, day)
        except ValueError:
            return None
        return "DATE", self.anchored(value, "day")

    def _month_day(self, m, start):
        groups = m.groupdict()  # also read for a clock time followed by a date
        month = MONTHS[m["mon"].rstrip(".")]
        day = _day_number(m["day"])
        if day is None or day > 31:
            return None
        if groups.get("y"):
            return self._full_date(int(groups["y"]), month, day)
        if self.published is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}"
        options = []
        for year in (self.published.year - 1, self.published.year, self.published.year + 1):
            try:
                options.append(date(year, month, day))
            except ValueError:
                continue
        if not options:
            return None
        if groups.get("wd"):
            weekday = WEEKDAYS[groups.get("wd")]
            matching = [o for o in options if o.isoweekday() == weekday]
            options = matching or options
        return "DATE", self.anchored(_pick(options, self.published, self.tense(start), lenient=True), "day")

    _day_month = _month_day

    def _month(self, m, start):
        month = MONTHS[m["mon"].rstrip(".")]
        if m["y"]:
            return "DATE", self.anchored(date(int(m["y"]), month, 1), "month")
        if m["yrel"]:
            if self.published is None:
                return "DATE", f"XXXX-{month:02d}"
            year = self.published.year + RELATIVE_STEPS.get(m["yrel"].lower(), 0)
            return "DATE", self.anchored(date(year, month, 1), "month")
        return "DATE", self.month_in_context(month, self.tense(start))

    def month_in_context(self, month: int, tense: str) -> str:
        if self.published is None:
            return f"XXXX-{month:02d}"
        anchor = self.published.replace(day=1)
        options = [date(year, month, 1) for year in range(anchor.year - 1, anchor.year + 2)]
        return self.anchored(_pick(options, anchor, tense, lenient=True), "month")

    def _relative_month(self, m, start):
        month = MONTHS[m["mon"].rstrip(".")]
        if self.published is None:
            return "DATE", f"XXXX-{month:02d}"
        relation = " ".join(m["rel"].lower().split())
        anchor = self.published.replace(day=1)
        options = [date(year, month, 1) for year in range(anchor.year - 1, anchor.year + 2)]
        step = RELATIVE_STEPS.get(relation, 0)
        if step < 0:
            chosen = max(o for o in options if o < anchor)
        elif step > 0:
            chosen = min(o for o in options if o > anchor)
        else:
            chosen = date(anchor.year, month, 1)
        return "DATE", self.anchored(chosen, "month")

    def _year(self, m, start):
        return "DATE", self.anchored(date(int(m["y"]), 1, 1), "year")

    def _decade(self, m, start):
        if m["y"]:
            return "DATE", m["y"]
        if m["yy"]:
            return "DATE", "19" + m["yy"]
        return "DATE", "19" + str(DECADE_WORDS[m["w"].lower()])

    def _century(self, m, start):
        number = int(m["n"]) if m["n"] else ORDINALS[m["o"].lower()]
        return "DATE", f"{number - 1:02d}"

    def _year_words(self, m, start):
        words = re.split(r"[\s-]+", m["w"].lower())
        head = parse_number(words[0])
        if words[1] == "hundred":
            return "DATE", f"{head}00"
        rest = parse_number(" ".join(words[1:]))
        if head is None or rest is None:
            return None
        return "DATE", self.anchored(date(head * 100 + rest, 1, 1), "year")

    def _year_number(self, m, start):
        year = parse_number(m["num"])
        if year is None or not 1000 <= year <= 2999 or not float(year).is_integer():
            return None
        return "DATE", self.anchored(date(int(year), 1, 1), "year")

    def _weekday(self, m, start):
        weekday = WEEKDAYS[m["wd"]]
        if m["plural"]:
            return "SET", f"XXXX-WXX-{weekday}"
        relation = " ".join((m["rel"] or "").lower().split())
        part = PARTS_OF_DAY.get((m["part"] or "").lower())
        kind = "TIME" if part else "DATE"
        suffix = f"T{part}" if part else ""
        if self.published is None:
            return kind, f"XXXX-WXX-{weekday}{suffix}"
        pub = self.published
        week = [pub + timedelta(days=k) for k in range(-7, 8) if (pub + timedelta(days=k)).isoweekday() == weekday]
        step = RELATIVE_STEPS.get(relation, 0)
        if relation in FOCUS_RELATIVES and self.focus and self.focus[1] == "day":
            focus = self.focus[0]
            around = [focus + timedelta(days=k) for k in range(-7, 8)]
            around = [d for d in around if d.isoweekday() == weekday]
            if step > 0:
                chosen = min(d for d in around if d > focus)
            else:
                chosen = max(d for d in around if d < focus)
        elif step < 0:
            chosen = max(d for d in week if d < pub)
        elif step > 0:
            chosen = min(d for d in week if d > pub)
        elif relation == "this":
            chosen = pub + timedelta(days=weekday - pub.isoweekday())
        else:
            chosen = _pick([d for d in week if abs((d - pub).days) < 7], pub, self.tense(start))
        return kind, self.anchored(chosen, "day") + suffix

    def _every(self, m, start):
        what = m["what"]
        if what in WEEKDAYS:
            return "SET", f"XXXX-WXX-{WEEKDAYS[what]}"
        if what.rstrip(".") in MONTHS:
            return "SET", f"XXXX-{MONTHS[what.rstrip('.')]:02d}"
        what = what.lower()
        if what in PARTS_OF_DAY:
            return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[what]}"
        if what in SEASONS:
            return "SET", f"XXXX-{SEASONS[what]}"
        if what == "weekend":
            return "SET", "XXXX-WXX-WE"
        return "SET", duration(1, what)

    def _frequency(self, m, start):
        return "SET", duration(1, m["unit"].lower())

    def _set_word(self, m, start):
        return "SET", SETS[m.group().lower()]

    def _deictic_day(self, m, start):
        relation = " ".join(m["rel"].lower().split())
        offset = DEICTIC_DAYS[relation]
        part = PARTS_OF_DAY.get((m["part"] or "").lower()) or ("NI" if relation == "tonight" else None)
        kind = "TIME" if part else "DATE"
        day = None if self.published is None else self.published + timedelta(days=offset)
        return kind, self.anchored(day, "day") + (f"T{part}" if part else "")

    def _part_of_day(self, m, start):
        relation = " ".join(m["rel"].lower().split())
        part = PARTS_OF_DAY[m["part"].lower()]
        if relation in ("that", "the same"):
            day = self.focus[0] if self.focus and self.focus[1] == "day" else None
        elif relation in ("mid", "early", "late"):
            day = self._day_of(m["ref"], start)
        elif self.published is None:
            day = None
        else:
            day = self.published - timedelta(days=1 if relation == "last" else 0)
        return "TIME", (day.isoformat() if day else "XXXX-XX-XX") + f"T{part}"

    def _relative(self, m, start):
        relation = " ".join(m["rel"].lower().split())
        unit = m["unit"].lower()
        if unit in SEASONS:
            return self._relative_season(SEASONS[unit], relation)
        if unit == "day":
            return self._relative_day(relation)
        step = RELATIVE_STEPS.get(relation, 0)
        if relation in SAME_PERIOD_RELATIVES or (relation in FOCUS_RELATIVES and self.focus):
            base = self.focus[0] if self.focus else self.published
            day = None if base is None else shift(base, unit, step)
            return "DATE", self.anchored(day, unit, remember=False)
        day = None if self.published is None else shift(self.published, unit, step)
        return "DATE", self.anchored(day, unit, remember=False)

    def _relative_day(self, relation: str):
        # "the next day", "the previous day": from the day in focus; "last day" names no day.
        if relation not in FOCUS_RELATIVES | {"same", "next"}:
            return None
        base = self.focus[0] if self.focus and self.focus[1] == "day" else self.published
        if base is None:
            return "DATE", UNKNOWN["day"]
        return "DATE", self.anchored(base + timedelta(days=RELATIVE_STEPS.get(relation, 0)), "day")

    def _relative_season(self, code: str, relation: str):
        if self.published is None:
            return "DATE", f"XXXX-{code}"
        pub = self.published
        first_month = SEASON_MONTH[code]
        start = date(pub.year, first_month, 1)
        end = _add_months(start, 3)
        step = RELATIVE_STEPS.get(relation, 0)
        if step < 0:
            year = pub.year if end <= pub else pub.year - 1
        elif step > 0:
            year = pub.year if start > pub else pub.year + 1
        else:
            year = pub.year
        return "DATE", f"{year}-{code}"

    def _the_weekend(self, m, start):
        if self.published is None:
            return "DATE", UNKNOWN["weekend"]
        pub = self.published
        saturdays = [pub + timedelta(days=k) for k in range(-7, 8) if (pub + timedelta(days=k)).isoweekday() == 6]
        # A Sunday publication's "the weekend" is the one that is ending.
        anchor = pub - timedelta(days=1) if pub.isoweekday() == 7 else pub
        return "DATE", timex(_pick(saturdays, anchor, self.tense(start)), "weekend")

    def _edge_of_the(self, m, start):
        unit = m["unit"].lower()
        base = self.focus[0] if self.focus and _finer_or_equal(self.focus[1], unit) else self.published
        return "DATE", self.anchored(base, unit, remember=False)

    def _season(self, m, start):
        code = SEASONS[m["season"].lower()]
        if m["y"]:
            return "DATE", f"{m['y']}-{code}"
        if not (m["the"] or m["edge"]):
            return None
        if self.published is None:
            return "DATE", f"XXXX-{code}"
        pub = self.published
        options = [date(year, SEASON_MONTH[code], 1) for year in range(pub.year - 1, pub.year + 2)]
        chosen = _pick(options, pub, self.tense(start))
        return "DATE", f"{chosen.year}-{code}"

    def _ago(self, m, start):
        unit = _unit(m["unit"])
        amount = _count(m["num"])
        direction = " ".join(m["dir"].lower().split())
        backwards = DISTANCE_STEPS[direction] < 0
        if unit in ("hour", "minute", "second"):
            return "DATE", self.anchored(self.published, "day", remember=False)
        if amount is None:
            return "DATE", "PAST_REF" if backwards else "FUTURE_REF"
        if not float(amount).is_integer():
            return "DATE", None
        steps = int(amount) * (-1 if backwards else 1)
        if unit == "year" and backwards and self.last_quarter:
            return "DATE", timex(shift(self.last_quarter, "year", steps), "quarter")
        base = self.published
        if direction in FOCUS_DISTANCES and self.focus:
            base = self.focus[0]
        if base is None:
            return "DATE", UNKNOWN[_granularity(unit)]
        return "DATE", self.anchored(shift(base, unit, steps), _granularity(unit), remember=False)

    def _duration(self, m, start):
        unit = _unit(m["unit"])
        if m["a"]:
            amount = 0.5 if m["a"].lower().startswith("half") else 1
        else:
            amount = _count(m["num"])
        if m["half"] and amount is not None:
            amount += 0.5
        value = duration(amount, unit)
        if m["num2"] is not None:
            second = parse_number(m["num2"])
            if second is None or amount is None:
                return None
            value = f"{value}/{duration(second, unit)}"
        return "DURATION", value

    def _bare_units(self, m, start):
        return "DURATION", duration(None, _unit(m.group()))

    def _quarter(self, m, start):
        kind = m["kind"].lower()
        ordinal = m["ord"].lower()
        number = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(ordinal)
        count = 4 if kind == "quarter" else 2
        number = number or count
        if number > count:
            return None
        letter = "Q" if kind == "quarter" else "H"
        year = m["y"] or m["y2"]
        if year:
            return "DATE", self._remember_period(int(year), letter, number)
        if self.published is None:
            return "DATE", f"XXXX-{letter}{number}"
        pub = self.published
        if m["yrel"]:
            year = pub.year + RELATIVE_STEPS.get(m["yrel"].lower(), 0)
        else:
            current = (pub.month - 1) // (12 // count) + 1
            year = pub.year if number <= current or self.tense(start) == FUTURE else pub.year - 1
        return "DATE", self._remember_period(year, letter, number)

    def _remember_period(self, year: int, letter: str, number: int) -> str:
        if letter == "Q":
            self.last_quarter = date(year, 3 * number - 2, 1)
            self.remember(self.last_quarter, "quarter")
        return f"{year}-{letter}{number}"

    def _quarter_code(self, m, start):
        if m["y"]:
            return "DATE", self._remember_period(int(m["y"]), m["kind"], int(m["n"]))
        if self.published is None:
            return "DATE", f"XXXX-{m['kind']}{m['n']}"
        return "DATE", self._remember_period(self.published.year, m["kind"], int(m["n"]))

    def _the_quarter(self, m, start):
        which = " ".join((m["which"] or "").lower().split())
        if m["noun"].lower() == "period" and not (which or m["y"]):
            return None
        if m["mon"] and not which:
            ended = self._month_day(m, start)
            if ended and "X" not in ended[1]:
                self.last_quarter = date.fromisoformat(ended[1])
                return "DATE", timex(self.last_quarter, "quarter")
        if self.last_quarter:
            base = self.last_quarter
        elif self.published is None:
            return "DATE", UNKNOWN["quarter"]
        else:
            base = self.published if which == "current" else shift(self.published, "quarter", -1)
        if m["y"]:
            base = base.replace(year=int(m["y"]))
        elif which.endswith(("year-ago", "year-earlier")) or m["ago"]:
            base = shift(base, "year", -1)
        elif which == "previous":
            base = shift(base, "quarter", -1)
        return "DATE", timex(base, "quarter")

    def _year_ago_adjective(self, m, start):
        base = self.last_quarter or self.published
        if base is None:
            return "DATE", UNKNOWN["year"]
        return "DATE", timex(shift(base, "year", -1), "quarter" if self.last_quarter else "year")

    def _the_year(self, m, start):
        return "DURATION", "P1Y"

    def _recent_units(self, m, start):
        return "DURATION", duration(None, _unit(m["unit"]))

    def _clock(self, m, start):
        if m["named"]:
            named = m["named"].lower()
            hour, minute = (0 if named == "midnight" else 12), 0
        elif m["ampm"]:
            hour, minute = int(m["h"]) % 12, int(m["min"] or 0)
            hour += 12 if m["ampm"].lower().startswith("p") else 0
        else:
            hour, minute = int(m["h24"]), int(m["m24"])
        day = self._day_of(m["wd"], start)
        if m["mon"]:
            resolved = self._month_day(m, start)
            day = date.fromisoformat(resolved[1]) if resolved and "X" not in resolved[1] else None
        prefix = day.isoformat() if day else "XXXX-XX-XX"
        return "TIME", f"{prefix}T{hour:02d}:{minute:02d}"

    def _day_of(self, reference: str | None, start: int) -> date | None:
        """The day a clock time belongs to: its own weekday or deictic word, else the day in focus."""
        if reference:
            if reference in WEEKDAYS:
                if self.published is None:
                    return None
                week = [self.published + timedelta(days=k) for k in range(-6, 7)]
                week = [d for d in week if d.isoweekday() == WEEKDAYS[reference]]
                return _pick(week, self.published, self.tense(start))
            offset = DEICTIC_DAYS[reference.lower()]
            return None if self.published is None else self.published + timedelta(days=offset)
        if self.focus and self.focus[1] == "day":
            return self.focus[0]
        return self.published

    def _vague(self, m, start):
        return "DATE", VAGUE[" ".join(m.group().lower().split())]


def _verb_tense(verb: Token, words: TimeWords) -> str | None:
    """The tense a verb gives its clause, or None to keep looking at its head (bare gerunds)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    auxiliary_words = {a.lower_ for a in auxiliaries}
    if auxiliary_words & words.forward_auxiliaries:
        return FUTURE
    if "to" in auxiliary_words:
        # "agreed to meet on Friday" may be either Friday; "plans to meet on Friday" is the next one.
        governor = verb.head
        governed_by_past = governor is not verb and (
            governor.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in governor.children))
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


def _after_a_name(token: Token) -> bool:
    """"May" right after a capitalized name ("Theresa May") is a surname."""
    if token.i == 0 or token.is_sent_start:
        return False
    previous = token.doc[token.i - 1]
    return (previous.pos_ == "PROPN" and previous.is_title
            and previous.text not in WEEKDAYS and previous.text not in MONTHS)


def _day_number(text: str) -> int | None:
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else ORDINALS.get(text.lower())


def _unit(word: str) -> str:
    word = word.lower()
    return UNIT_PLURALS.get(word, word)


def _granularity(unit: str) -> str:
    return UNITS[unit].get("granularity", "day")


def _count(text: str) -> float | None:
    """A number of units, or None for vague counts ("a few", "several", "hundreds of")."""
    lowered = " ".join(text.lower().split())
    if lowered in ("a", "an"):
        return 1
    if lowered.startswith(("a couple of", "a pair of")):
        return 2
    if lowered.startswith(tuple(VAGUE_COUNTS)) or lowered.split(" of")[0] in VAGUE_PLURALS:
        return None
    return parse_number(lowered)


_GRANULARITY_ORDER = ["day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century"]


def _finer_or_equal(granularity: str, unit: str) -> bool:
    return (granularity in _GRANULARITY_ORDER and unit in _GRANULARITY_ORDER
            and _GRANULARITY_ORDER.index(granularity) <= _GRANULARITY_ORDER.index(unit))
