"""Vetoes: candidates the grammar proposes that are not times in context ("May" as a modal or a
surname, "2000 troops", "52 years old", "a year" with no cue that it is a duration)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .labels import AMOUNT_LABELS, PLURAL_NOUN_TAGS, PREDICATE_POS
from .time_grammar import YEAR, Candidate
from .time_reading import TimeContext


def plausible(c: Candidate, ctx: TimeContext) -> bool:
    """False for a candidate that spaCy's reading or the words around it show not to be a time."""
    m, rule = c.match, c.rule
    if rule == "month" and not (m["y"] or m["yrel"] or m["edge"]):
        token = ctx.index.token_at(m.start("mon"))
        if token is not None and (token.tag_ == "MD" or token.pos_ in PREDICATE_POS
                                  or token.ent_type_ in ("PERSON", "ORG") or _after_a_name(token, ctx)):
            return False
    if rule == "year" and not (m.group("edge") or m.group("fiscal")):
        return _plausible_year(m, ctx)
    if rule == "duration" and (m["a"] or "").lower() in ("a", "an") and not m["approx"] and not m["rel"]:
        return ctx.previous_word(m.start()) in ctx.calendar.duration_cues
    if rule == "duration" and not _plausible_duration(m, ctx):
        return False
    if rule == "bare_units":
        return ctx.previous_word(m.start()) in ctx.calendar.duration_cues and ctx.next_word(m.end()) != "ago"
    if rule == "vague":
        phrase = re.sub(r"\s+", " ", m.group().lower())
        following = ctx.next_word(m.end())
        if phrase == "current" and following in ctx.calendar.not_after_current:
            return False
        if phrase in ctx.words.not_after_as and ctx.previous_word(m.start()) == "as":
            return False
    return True


def _plausible_duration(m: re.Match, ctx: TimeContext) -> bool:
    """Not an age ("52 years old"), a fraction ("three-quarters of") or a year ("the 1988 quarter")."""
    following = ctx.next_word(m.end())
    if following == "old" or (ctx.calendar.unit_name(m["unit"]) == "quarter" and (following == "of" or m["a"])):
        return False
    number = m["num"] or ""
    return not (re.fullmatch(YEAR, number.strip()) and m["unit"].lower() in ctx.calendar.units)


def _plausible_year(m: re.Match, ctx: TimeContext) -> bool:
    token = ctx.index.token_at(m.start("y"))
    if token is None:
        return True
    if ctx.previous_word(m.start()) in ctx.words.year_cues:
        return True
    following = ctx.index.doc[token.i + 1] if token.i + 1 < len(ctx.index.doc) else None
    if following is not None and following.tag_ in PLURAL_NOUN_TAGS:
        return False
    return token.ent_type_ not in AMOUNT_LABELS


def _after_a_name(token: Token, ctx: TimeContext) -> bool:
    """"May" right after a capitalized name ("Theresa May") is a surname."""
    if token.i == 0 or token.is_sent_start:
        return False
    previous = token.doc[token.i - 1]
    return (previous.pos_ == "PROPN" and previous.is_title
            and previous.text not in ctx.calendar.weekdays and previous.text not in ctx.calendar.all_months)
