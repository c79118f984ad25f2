"""Calendar arithmetic and TIMEX3 values: moving a date by calendar units, naming the period that
contains it, choosing among candidate dates by tense, and writing durations.

Granularities ("day", "week", "quarter", ...) are TIMEX3's periods, the values' schema, not English:
the lexicon (knowledge/times_lexicon.yaml) maps the words of a text to them ("fortnight" → two weeks).
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

PAST, PRESENT, FUTURE = "past", "present", "future"
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# Granularities from fine to coarse, with the X-filled value used when nothing anchors them.
UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
           "half": "XXXX-HX", "season": "XXXX-XX", "year": "XXXX", "decade": "XXX", "century": "XX"}
_GRANULARITY_ORDER = list(UNKNOWN)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def shift(day: date, granularity: str, amount: int) -> date:
    """``day`` moved ``amount`` periods of ``granularity`` (days, weeks, months, quarters, years, ...)."""
    if granularity == "day":
        return day + timedelta(days=amount)
    if granularity in ("week", "weekend"):
        return day + timedelta(weeks=amount)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}[granularity]
    return add_months(day, amount * months)


def timex(day: date, granularity: str) -> str:
    """The TIMEX3 value of the period of ``granularity`` that contains ``day``."""
    if granularity == "day":
        return day.isoformat()
    if granularity in ("week", "weekend"):
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


def pick(candidates: list[date], anchor: date, tense: str, lenient: bool = False) -> date:
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


def duration(amount: float | None, unit: str, units: dict[str, dict]) -> str:
    """TIMEX3 duration: ``duration(3.5, 'year', units) == 'P3.5Y'``, with ``units`` the calendar's
    (knowledge/times_lexicon.yaml); an unknown amount gives ``PXY``, half an hour ``PT30M``."""
    spec = units[unit]
    letter = spec["letter"]
    if amount is not None:
        amount *= spec.get("factor", 1)
        if not float(amount).is_integer() and "sixtieths" in spec:
            amount, letter = amount * 60, units[spec["sixtieths"]]["letter"]
    count = "X" if amount is None else _number_text(amount)
    return ("PT" if spec.get("clock") else "P") + count + letter


def finer_or_equal(granularity: str, unit: str) -> bool:
    return (granularity in _GRANULARITY_ORDER and unit in _GRANULARITY_ORDER
            and _GRANULARITY_ORDER.index(granularity) <= _GRANULARITY_ORDER.index(unit))
