"""Resolution: each rule's match turned into a TIMEX3 type and value, against the publication
date, the tense of the clause and the period in focus. One function per rule of the grammar."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .time_calendar import (
    FUTURE,
    SEASON_MONTH,
    UNKNOWN,
    add_months,
    duration,
    finer_or_equal,
    pick,
    shift,
    timex,
)
from .time_grammar import Candidate
from .time_reading import Focus, TimeContext

Resolution = tuple[str, str | None] | None  # (TIMEX3 type, value), or None when the match names no time


def resolve(c: Candidate, ctx: TimeContext, focus: Focus) -> Resolution:
    return RESOLVERS[c.rule](c.match, c.start, ctx, focus)


def _iso_date(m, start, ctx: TimeContext, focus: Focus):
    return _full_date(int(m["y"]), int(m["m"]), int(m["d"]), ctx, focus)


def _numeric_date(m, start, ctx: TimeContext, focus: Focus):
    first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    day_first = ctx.day_first or m["sep"] == "." or second > 12
    day, month = (first, second) if day_first and first <= 31 else (second, first)
    if month > 12:
        day, month = month, day
    return _full_date(year, month, day, ctx, focus)


def _full_date(year: int, month: int, day: int, ctx: TimeContext, focus: Focus):
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return "DATE", focus.anchored(value, "day")


def _month_day(m, start, ctx: TimeContext, focus: Focus):
    groups = m.groupdict()  # also read for a clock time followed by a date
    month = ctx.calendar.all_months[m["mon"].rstrip(".")]
    day = _day_number(m["day"], ctx)
    if day is None or day > 31:
        return None
    if groups.get("y"):
        return _full_date(int(groups["y"]), month, day, ctx, focus)
    reference = ctx.reference(start, focus)
    if reference is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    options = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if groups.get("wd"):
        weekday = ctx.calendar.weekdays[groups.get("wd")]
        matching = [o for o in options if o.isoweekday() == weekday]
        options = matching or options
    return "DATE", focus.anchored(pick(options, reference, ctx.tense(start), lenient=True), "day")



def _month(m, start, ctx: TimeContext, focus: Focus):
    month = ctx.calendar.all_months[m["mon"].rstrip(".")]
    if m["y"]:
        return "DATE", focus.anchored(date(int(m["y"]), month, 1), "month")
    if m["yrel"]:
        if ctx.published is None:
            return "DATE", f"XXXX-{month:02d}"
        year = ctx.published.year + ctx.calendar.relative_steps.get(m["yrel"].lower(), 0)
        return "DATE", focus.anchored(date(year, month, 1), "month")
    return "DATE", month_in_context(month, start, ctx, focus)


def month_in_context(month: int, start: int, ctx: TimeContext, focus: Focus) -> str:
    reference = ctx.reference(start, focus)
    if reference is None:
        return f"XXXX-{month:02d}"
    tense = ctx.tense(start)
    anchor = reference.replace(day=1)
    options = [date(year, month, 1) for year in range(anchor.year - 1, anchor.year + 2)]
    return focus.anchored(pick(options, anchor, tense, lenient=True), "month")


def _relative_month(m, start, ctx: TimeContext, focus: Focus):
    month = ctx.calendar.all_months[m["mon"].rstrip(".")]
    if ctx.published is None:
        return "DATE", f"XXXX-{month:02d}"
    relation = " ".join(m["rel"].lower().split())
    anchor = ctx.published.replace(day=1)
    options = [date(year, month, 1) for year in range(anchor.year - 1, anchor.year + 2)]
    step = ctx.calendar.relative_steps.get(relation, 0)
    if step < 0:
        chosen = max(o for o in options if o < anchor)
    elif step > 0:
        chosen = min(o for o in options if o > anchor)
    else:
        chosen = date(anchor.year, month, 1)
    return "DATE", focus.anchored(chosen, "month")


def _year(m, start, ctx: TimeContext, focus: Focus):
    return "DATE", focus.anchored(date(int(m["y"]), 1, 1), "year")


def _decade(m, start, ctx: TimeContext, focus: Focus):
    if m["y"]:
        return "DATE", m["y"]
    if m["yy"]:
        return "DATE", "19" + m["yy"]
    return "DATE", "19" + str(ctx.calendar.decades[m["w"].lower()])


def _century(m, start, ctx: TimeContext, focus: Focus):
    number = int(m["n"]) if m["n"] else ctx.numbers.words.ordinals[m["o"].lower()]
    return "DATE", f"{number - 1:02d}"


def _year_words(m, start, ctx: TimeContext, focus: Focus):
    words = re.split(r"[\s-]+", m["w"].lower())
    head = ctx.numbers.parse(words[0])
    if words[1] == "hundred":
        return "DATE", f"{head}00"
    rest = ctx.numbers.parse(" ".join(words[1:]))
    if head is None or rest is None:
        return None
    return "DATE", focus.anchored(date(head * 100 + rest, 1, 1), "year")


def _year_number(m, start, ctx: TimeContext, focus: Focus):
    year = ctx.numbers.parse(m["num"])
    if year is None or not 1000 <= year <= 2999 or not float(year).is_integer():
        return None
    return "DATE", focus.anchored(date(int(year), 1, 1), "year")


def _weekday(m, start, ctx: TimeContext, focus: Focus):
    weekday = ctx.calendar.weekdays[m["wd"]]
    if m["plural"]:
        return "SET", f"XXXX-WXX-{weekday}"
    relation = " ".join((m["rel"] or "").lower().split())
    part = ctx.calendar.parts_of_day.get((m["part"] or "").lower())
    kind = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    if ctx.published is None:
        return kind, f"XXXX-WXX-{weekday}{suffix}"
    pub = ctx.published
    week = [pub + timedelta(days=k) for k in range(-7, 8) if (pub + timedelta(days=k)).isoweekday() == weekday]
    step = ctx.calendar.relative_steps.get(relation, 0)
    if relation in ctx.calendar.focus_relatives and focus.period and focus.period[1] == "day":
        focus_day = focus.period[0]
        around = [focus_day + timedelta(days=k) for k in range(-7, 8)]
        around = [d for d in around if d.isoweekday() == weekday]
        if step > 0:
            chosen = min(d for d in around if d > focus_day)
        else:
            chosen = max(d for d in around if d < focus_day)
    elif step < 0:
        chosen = max(d for d in week if d < pub)
    elif step > 0:
        chosen = min(d for d in week if d > pub)
    elif relation == "this":
        chosen = pub + timedelta(days=weekday - pub.isoweekday())
    else:
        chosen = pick([d for d in week if abs((d - pub).days) < 7], pub, ctx.tense(start))
    return kind, focus.anchored(chosen, "day") + suffix


def _every(m, start, ctx: TimeContext, focus: Focus):
    what = m["what"]
    if what in ctx.calendar.weekdays:
        return "SET", f"XXXX-WXX-{ctx.calendar.weekdays[what]}"
    if what.rstrip(".") in ctx.calendar.all_months:
        return "SET", f"XXXX-{ctx.calendar.all_months[what.rstrip('.')]:02d}"
    what = what.lower()
    if what in ctx.calendar.parts_of_day:
        return "SET", f"XXXX-XX-XXT{ctx.calendar.parts_of_day[what]}"
    if what in ctx.calendar.seasons:
        return "SET", f"XXXX-{ctx.calendar.seasons[what]}"
    if what == "weekend":
        return "SET", "XXXX-WXX-WE"
    return "SET", duration(1, what, ctx.calendar.units)


def _frequency(m, start, ctx: TimeContext, focus: Focus):
    return "SET", duration(1, m["unit"].lower(), ctx.calendar.units)


def _set_word(m, start, ctx: TimeContext, focus: Focus):
    return "SET", ctx.calendar.sets[m.group().lower()]


def _deictic_day(m, start, ctx: TimeContext, focus: Focus):
    relation = " ".join(m["rel"].lower().split())
    offset = ctx.calendar.deictic_days[relation]
    part = ctx.calendar.parts_of_day.get((m["part"] or "").lower()) or ("NI" if relation == "tonight" else None)
    kind = "TIME" if part else "DATE"
    day = None if ctx.published is None else ctx.published + timedelta(days=offset)
    return kind, focus.anchored(day, "day") + (f"T{part}" if part else "")


def _part_of_day(m, start, ctx: TimeContext, focus: Focus):
    relation = " ".join(m["rel"].lower().split())
    part = ctx.calendar.parts_of_day[m["part"].lower()]
    if relation in ("that", "the same"):
        day = focus.period[0] if focus.period and focus.period[1] == "day" else None
    elif relation in ctx.calendar.grammar["edge_adverbs"]:
        day = _day_of(m["ref"], start, ctx, focus)
    elif ctx.published is None:
        day = None
    else:
        day = ctx.published - timedelta(days=1 if relation == "last" else 0)
    return "TIME", (day.isoformat() if day else "XXXX-XX-XX") + f"T{part}"


def _relative(m, start, ctx: TimeContext, focus: Focus):
    relation = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower()
    if unit in ctx.calendar.seasons:
        return _relative_season(ctx.calendar.seasons[unit], relation, ctx, focus)
    if unit == "day":
        return _relative_day(relation, ctx, focus)
    step = ctx.calendar.relative_steps.get(relation, 0)
    if relation in ctx.calendar.same_period_relatives or (relation in ctx.calendar.focus_relatives and focus.period):
        base = focus.period[0] if focus.period else ctx.published
        day = None if base is None else shift(base, unit, step)
        return "DATE", focus.anchored(day, unit, remember=False)
    day = None if ctx.published is None else shift(ctx.published, unit, step)
    return "DATE", focus.anchored(day, unit, remember=False)


def _relative_day(relation: str, ctx: TimeContext, focus: Focus):
    # "the next day", "the previous day": from the day in focus; "last day" names no day.
    if relation not in ctx.calendar.focus_relatives | {"same", "next"}:
        return None
    base = focus.period[0] if focus.period and focus.period[1] == "day" else ctx.published
    if base is None:
        return "DATE", UNKNOWN["day"]
    return "DATE", focus.anchored(base + timedelta(days=ctx.calendar.relative_steps.get(relation, 0)), "day")


def _relative_season(code: str, relation: str, ctx: TimeContext, focus: Focus):
    if ctx.published is None:
        return "DATE", f"XXXX-{code}"
    pub = ctx.published
    first_month = SEASON_MONTH[code]
    start = date(pub.year, first_month, 1)
    end = add_months(start, 3)
    step = ctx.calendar.relative_steps.get(relation, 0)
    if step < 0:
        year = pub.year if end <= pub else pub.year - 1
    elif step > 0:
        year = pub.year if start > pub else pub.year + 1
    else:
        year = pub.year
    return "DATE", f"{year}-{code}"


def _the_weekend(m, start, ctx: TimeContext, focus: Focus):
    if ctx.published is None:
        return "DATE", UNKNOWN["weekend"]
    pub = ctx.published
    saturdays = [pub + timedelta(days=k) for k in range(-7, 8) if (pub + timedelta(days=k)).isoweekday() == 6]
    # A Sunday publication's "the weekend" is the one that is ending.
    anchor = pub - timedelta(days=1) if pub.isoweekday() == 7 else pub
    return "DATE", timex(pick(saturdays, anchor, ctx.tense(start)), "weekend")


def _edge_of_the(m, start, ctx: TimeContext, focus: Focus):
    unit = m["unit"].lower()
    base = focus.period[0] if focus.period and finer_or_equal(focus.period[1], unit) else ctx.published
    return "DATE", focus.anchored(base, unit, remember=False)


def _season(m, start, ctx: TimeContext, focus: Focus):
    code = ctx.calendar.seasons[m["season"].lower()]
    if m["y"]:
        return "DATE", f"{m['y']}-{code}"
    if not (m["the"] or m["edge"]):
        return None
    if ctx.published is None:
        return "DATE", f"XXXX-{code}"
    pub = ctx.published
    options = [date(year, SEASON_MONTH[code], 1) for year in range(pub.year - 1, pub.year + 2)]
    chosen = pick(options, pub, ctx.tense(start))
    return "DATE", f"{chosen.year}-{code}"


def _ago(m, start, ctx: TimeContext, focus: Focus):
    unit = ctx.calendar.unit_name(m["unit"])
    amount = _count(m["num"], ctx)
    direction = " ".join(m["dir"].lower().split())
    backwards = ctx.calendar.distance_steps[direction] < 0
    if ctx.calendar.units[unit].get("clock"):  # "two hours ago" is today
        return "DATE", focus.anchored(ctx.published, "day", remember=False)
    if amount is None:
        return "DATE", "PAST_REF" if backwards else "FUTURE_REF"
    if not float(amount).is_integer():
        return "DATE", None
    steps = int(amount) * (-1 if backwards else 1)
    if unit == "year" and backwards and focus.last_quarter:
        return "DATE", timex(shift(focus.last_quarter, "year", steps), "quarter")
    base = ctx.published
    if direction in ctx.calendar.focus_distances and focus.period:
        base = focus.period[0]
    granularity = ctx.calendar.granularity(unit)
    if base is None:
        return "DATE", UNKNOWN[granularity]
    steps *= ctx.calendar.units[unit].get("factor", 1)  # "two fortnights ago": four weeks
    return "DATE", focus.anchored(shift(base, granularity, steps), granularity, remember=False)


def _duration(m, start, ctx: TimeContext, focus: Focus):
    unit = ctx.calendar.unit_name(m["unit"])
    if m["a"]:
        amount = 0.5 if m["a"].lower().startswith("half") else 1
    else:
        amount = _count(m["num"], ctx)
    if m["half"] and amount is not None:
        amount += 0.5
    value = duration(amount, unit, ctx.calendar.units)
    if m["num2"] is not None:
        second = ctx.numbers.parse(m["num2"])
        if second is None or amount is None:
            return None
        value = f"{value}/{duration(second, unit, ctx.calendar.units)}"
    return "DURATION", value


def _bare_units(m, start, ctx: TimeContext, focus: Focus):
    return "DURATION", duration(None, ctx.calendar.unit_name(m.group()), ctx.calendar.units)


def _quarter(m, start, ctx: TimeContext, focus: Focus):
    kind = m["kind"].lower()
    ordinal = m["ord"].lower()
    number = ctx.calendar.quarter_ordinals[ordinal]
    count = 4 if kind == "quarter" else 2
    number = number or count
    if number > count:
        return None
    letter = "Q" if kind == "quarter" else "H"
    year = m["y"] or m["y2"]
    if year:
        return "DATE", _remember_period(int(year), letter, number, ctx, focus)
    if ctx.published is None:
        return "DATE", f"XXXX-{letter}{number}"
    pub = ctx.published
    if m["yrel"]:
        year = pub.year + ctx.calendar.relative_steps.get(m["yrel"].lower(), 0)
    else:
        current = (pub.month - 1) // (12 // count) + 1
        year = pub.year if number <= current or ctx.tense(start) == FUTURE else pub.year - 1
    return "DATE", _remember_period(year, letter, number, ctx, focus)


def _remember_period(year: int, letter: str, number: int, ctx: TimeContext, focus: Focus) -> str:
    if letter == "Q":
        focus.last_quarter = date(year, 3 * number - 2, 1)
        focus.remember(focus.last_quarter, "quarter")
    return f"{year}-{letter}{number}"


def _quarter_code(m, start, ctx: TimeContext, focus: Focus):
    if m["y"]:
        return "DATE", _remember_period(int(m["y"]), m["kind"], int(m["n"]), ctx, focus)
    if ctx.published is None:
        return "DATE", f"XXXX-{m['kind']}{m['n']}"
    return "DATE", _remember_period(ctx.published.year, m["kind"], int(m["n"]), ctx, focus)


def _the_quarter(m, start, ctx: TimeContext, focus: Focus):
    which = " ".join((m["which"] or "").lower().split())
    if m["noun"].lower() == "period" and not (which or m["y"]):
        return None
    if m["mon"] and not which:
        ended = _month_day(m, start, ctx, focus)
        if ended and "X" not in ended[1]:
            focus.last_quarter = date.fromisoformat(ended[1])
            return "DATE", timex(focus.last_quarter, "quarter")
    if focus.last_quarter:
        base = focus.last_quarter
    elif ctx.published is None:
        return "DATE", UNKNOWN["quarter"]
    else:
        base = ctx.published if which == "current" else shift(ctx.published, "quarter", -1)
    if m["y"]:
        base = base.replace(year=int(m["y"]))
    elif which.endswith(("year-ago", "year-earlier")) or m["ago"]:
        base = shift(base, "year", -1)
    elif which == "previous":
        base = shift(base, "quarter", -1)
    return "DATE", timex(base, "quarter")


def _year_ago_adjective(m, start, ctx: TimeContext, focus: Focus):
    base = focus.last_quarter or ctx.published
    if base is None:
        return "DATE", UNKNOWN["year"]
    return "DATE", timex(shift(base, "year", -1), "quarter" if focus.last_quarter else "year")


def _the_year(m, start, ctx: TimeContext, focus: Focus):
    return "DURATION", "P1Y"


def _recent_units(m, start, ctx: TimeContext, focus: Focus):
    return "DURATION", duration(None, ctx.calendar.unit_name(m["unit"]), ctx.calendar.units)


def _clock(m, start, ctx: TimeContext, focus: Focus):
    if m["named"]:
        named = m["named"].lower()
        hour, minute = (0 if named == "midnight" else 12), 0
    elif m["ampm"]:
        hour, minute = int(m["h"]) % 12, int(m["min"] or 0)
        hour += 12 if m["ampm"].lower().startswith("p") else 0
    else:
        hour, minute = int(m["h24"]), int(m["m24"])
    day = _day_of(m["wd"], start, ctx, focus)
    if m["mon"]:
        resolved = _month_day(m, start, ctx, focus)
        day = date.fromisoformat(resolved[1]) if resolved and "X" not in resolved[1] else None
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{prefix}T{hour:02d}:{minute:02d}"


def _day_of(reference: str | None, start: int, ctx: TimeContext, focus: Focus) -> date | None:
    """The day a clock time belongs to: its own weekday or deictic word, else the day in focus."""
    if reference:
        if reference in ctx.calendar.weekdays:
            if ctx.published is None:
                return None
            week = [ctx.published + timedelta(days=k) for k in range(-6, 7)]
            week = [d for d in week if d.isoweekday() == ctx.calendar.weekdays[reference]]
            return pick(week, ctx.published, ctx.tense(start))
        offset = ctx.calendar.deictic_days[reference.lower()]
        return None if ctx.published is None else ctx.published + timedelta(days=offset)
    if focus.period and focus.period[1] == "day":
        return focus.period[0]
    return ctx.published


def _vague(m, start, ctx: TimeContext, focus: Focus):
    return "DATE", ctx.calendar.vague[" ".join(m.group().lower().split())]


def _day_number(text: str, ctx: TimeContext) -> int | None:
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else ctx.numbers.words.ordinals.get(text.lower())


def _count(text: str, ctx: TimeContext) -> float | None:
    """A number of units, or None for vague counts ("a few", "several", "hundreds of")."""
    lowered = " ".join(text.lower().split())
    if lowered in ("a", "an"):
        return 1
    if lowered.startswith(ctx.numbers.words.counting_phrases):  # "a couple of" is a number, not a vague count
        return ctx.numbers.parse(lowered)
    if lowered.startswith(ctx.numbers.words.vague_counts) or lowered.split(" of")[0] in ctx.numbers.words.vague_plurals:
        return None
    return ctx.numbers.parse(lowered)


RESOLVERS: dict[str, Callable[[re.Match, int, TimeContext, Focus], Resolution]] = {
    "iso_date": _iso_date,
    "numeric_date": _numeric_date,
    "month_day": _month_day,
    "day_month": _month_day,
    "quarter": _quarter,
    "quarter_code": _quarter_code,
    "the_quarter": _the_quarter,
    "year_ago_adjective": _year_ago_adjective,
    "the_year": _the_year,
    "month": _month,
    "relative_month": _relative_month,
    "year": _year,
    "decade": _decade,
    "century": _century,
    "year_words": _year_words,
    "year_number": _year_number,
    "weekday": _weekday,
    "every": _every,
    "frequency": _frequency,
    "set_word": _set_word,
    "deictic_day": _deictic_day,
    "part_of_day": _part_of_day,
    "relative": _relative,
    "the_weekend": _the_weekend,
    "edge_of_the": _edge_of_the,
    "season": _season,
    "ago": _ago,
    "duration": _duration,
    "bare_units": _bare_units,
    "clock": _clock,
    "recent_units": _recent_units,
    "vague": _vague,
}
