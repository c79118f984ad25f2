"""TIMEX3 values as day intervals, so dates of different precision can be compared."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

Interval = tuple[date, date]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


def interval(value: str | None) -> Interval | None:
    """First and last day ``value`` can mean: "2026-W11" → (2026-03-09, 2026-03-15); None if not a date."""
    if not value:
        return None
    try:
        if match := _DAY.match(value):
            day = date(*map(int, match.groups()))
            return day, day
        if match := _MONTH.match(value):
            year, month = map(int, match.groups())
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if match := _WEEK.match(value):
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return monday, monday + timedelta(days=6)
        if match := _QUARTER.match(value):
            year, quarter = int(match[1]), int(match[2])
            last_month = quarter * 3
            return date(year, last_month - 2, 1), date(year, last_month, calendar.monthrange(year, last_month)[1])
        if match := _YEAR.match(value):
            return date(int(match[1]), 1, 1), date(int(match[1]), 12, 31)
    except ValueError:  # 2025-02-30, week 54: not a date
        return None
    return None


def is_day(span: Interval | None) -> bool:
    return span is not None and span[0] == span[1]


def compatible(a: Interval | None, b: Interval | None, slack_days: int) -> bool:
    """Two dates can be one event's: either unknown, overlapping, or two days ``slack_days`` apart."""
    if a is None or b is None:
        return True
    if a[0] <= b[1] and b[0] <= a[1]:
        return True
    return is_day(a) and is_day(b) and abs((a[0] - b[0]).days) <= slack_days
