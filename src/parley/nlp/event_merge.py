"""One event per action: mentions of the same action in one article become one Event.

Two mentions are the same action when they have the same type and theme ("talks", "negotiations"
and "discussions" share the theme "meet"), agree on negation, do not name different dates or
modes, and share an actor (or one of them names none). A headline restates the body in other words
and without a date, so a headline mention and a body mention need only agree on type, negation,
mode and actors — a head of government the headline names standing for the country the body names ("Zelensky
Pushes for Dialogue" restates "Ukraine proposed"). A headline mention joins no two body mentions that are not the
same action: being date-less it would join talks in February to talks this week.

Two more links come first (conventions §109, §110). An event noun that is the subject or agent of a verb of
the same type ("The strike killed four soldiers") is that verb's action. A bare definite noun with no date in
its sentence ("Police arrested twelve protesters on Friday. Clashes broke out after the arrests.") refers back:
it joins the latest earlier body mention of its type that it can be (negation, mode and actors agree, and the
date its verb gives, if any, lies in the antecedent's), whatever their themes, and its publication-date default
takes no part in the event's date. With no such antecedent it stands as its own event, as before.
"""

from __future__ import annotations

from ..model import Event
from .event_parts import Mention
from .event_when import period_bounds
from .ids import EVENT, item_id


def same_action(a: Mention, b: Mention, standing_for: dict[str, str]) -> bool:
    restated = a.headline != b.headline
    if a.theme != b.theme and not restated:
        return False
    return _compatible(a, b, standing_for if restated else {}) and _dates_agree(a.date, b.date)


def _joins(mention: Mention, group: list[Mention], standing_for: dict[str, str]) -> bool:
    """Whether the mention is the same action as one of the group's, a body mention as one of its body's."""
    told = [m for m in group if not m.headline] if not mention.headline else []
    return any(same_action(mention, m, standing_for) for m in told or group)


def _within(inner: str, outer: str) -> bool:
    """Whether the TIMEX3 date ``inner`` lies in ``outer`` ("2025-07-23" in week "2025-W30")."""
    (start, end), (outer_start, outer_end) = period_bounds(inner), period_bounds(outer)
    if None in (start, outer_start):
        return inner == outer
    return outer_start <= start and end <= outer_end


def _compatible(a: Mention, b: Mention, standing_for: dict[str, str] | None = None) -> bool:
    """Whether two mentions can be one action whatever their themes and default dates; with ``standing_for`` (a
    person's actor id → the actor id of the country whose government the person is in), a person and the country
    share an actor."""
    if a.type != b.type or ("negated" in a.aux) != ("negated" in b.aux):
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    standing_for = standing_for or {}
    a_actors, b_actors = ({*m.actors, *(standing_for[x] for x in m.actors if x in standing_for)} for m in (a, b))
    return not a_actors or not b_actors or bool(a_actors & b_actors)


def _dates_agree(a: str | None, b: str | None) -> bool:
    return not a or not b or _within(a, b) or _within(b, a)


def _told_date(mention: Mention) -> str | None:
    return None if mention.default_date else mention.date


def _clause_partner(mention: Mention, placed: list[tuple[Mention, list[Mention]]]) -> list[Mention] | None:
    """The group of the verb whose subject or agent this event noun is, or of the noun that is this verb's (§110)."""
    for other, group in placed:
        linked = other.anchor == mention.subject_of or (other.subject_of is not None
                                                        and other.subject_of == mention.anchor)
        if linked and _compatible(mention, other) and _dates_agree(_told_date(mention), _told_date(other)):
            return group
    return None


def _antecedent(mention: Mention, mentions: list[Mention],
                placed: list[tuple[Mention, list[Mention]]]) -> list[Mention] | None:
    """The group of the latest earlier body mention a bare definite noun refers back to (§109); the date its
    verb gives ("On May 9 the attack hit a market") must lie in the antecedent's."""
    if not mention.refers_back:
        return None
    told = next((_told_date(m) for m in mentions if mention.subject_of is not None and m.anchor == mention.subject_of
                 and _told_date(m) and _compatible(m, mention)), None)
    for other, group in reversed(placed):
        if not other.headline and _compatible(mention, other) and _dates_agree(told, _told_date(other)):
            return group
    return None


def merge_mentions(mentions: list[Mention], standing_for: dict[str, str] | None = None) -> list[Event]:
    """Events in order of first mention, each with every mention's evidence, the clearest first. ``standing_for``
    maps a person in a government to the country's actor, which a headline may name the person for."""
    standing_for = standing_for or {}
    groups: list[list[Mention]] = []
    placed: list[tuple[Mention, list[Mention]]] = []
    for mention in mentions:
        group = _clause_partner(mention, placed) or _antecedent(mention, mentions, placed) \
            or next((g for g in groups if _joins(mention, g, standing_for)), None)
        if group is None:
            group = []
            groups.append(group)
        group.append(mention)
        placed.append((mention, group))
    return [_event(item_id(EVENT, n), group) for n, group in enumerate(groups, start=1)]


def _event(event_id: str, group: list[Mention]) -> Event:
    ranked = sorted(group, key=lambda m: -m.confidence)
    best = ranked[0]
    evidence = list({m.evidence.span: m.evidence for m in ranked}.values())
    # Each further report of the same action adds a little certainty.
    confidence = min(0.99, best.confidence + 0.03 * (len(group) - 1))
    # A date the text gives outranks the publication date given for want of one.
    dated = next((m for m in ranked if m.date and not m.default_date), None) or next((m for m in ranked if m.date), best)
    return Event(
        id=event_id,
        type=best.type,
        mode=best.mode or next((m.mode for m in ranked if m.mode), None),
        aux=sorted(_shared_aux(group)),
        context=sorted({c for m in group for c in m.context}),
        actors=list(dict.fromkeys(a for m in ranked for a in m.actors)),
        recipients=list(dict.fromkeys(r for m in ranked for r in m.recipients
                                      if r not in {a for n in group for a in n.actors})),
        date=dated.date or next((m.headline_date for m in ranked if m.headline_date), None),
        location=next((m.location for m in ranked if m.location), None),
        quantities=sorted({q for m in group for q in m.quantities}),
        evidence=evidence,
        quote=next((m.quote for m in ranked if m.quote), None),
        confidence=round(confidence, 3),
    )


def _shared_aux(group: list[Mention]) -> set[str]:
    """Aux modes of the clearest mention, plus those every mention agrees on. The body's mentions decide when
    there are any: a headline writes a past act in the present and a plan as "to" ("Sides agree to truce")."""
    told = [m for m in group if not m.headline] or group
    ranked = sorted(told, key=lambda m: -m.confidence)
    return set(ranked[0].aux) | set.intersection(*(set(m.aux) for m in told))
