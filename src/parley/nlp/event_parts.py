"""An event's parts, put together: one Mention per sentence's report of an action.

Each part is read by its own module over the Doc's EventReading (event_reading.py): who
(event_participants), how (event_modes), when (event_when), where (event_where), and what the
mention shows and how sure it is (event_evidence).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from ..model import Location, Span
from .event_evidence import confidence, context, evidence, theme
from .event_modes import aux_modes, coding, historical_words, with_historical
from .event_participants import participants, unique
from .event_reading import Candidate, EventReading, Owners
from .event_when import enumerated_occasions, event_date, has_own_time
from .event_where import elsewhere, location


@dataclass
class Mention:
    """One sentence's report of an event; mentions of the same action are merged into one Event."""

    type: str
    mode: str | None
    aux: set[str]
    context: list[str]
    actors: list[str]
    recipients: list[str]
    date: str | None
    location: Location | None
    quantities: list[int]
    evidence: Span
    quote: str | None
    confidence: float
    theme: str
    headline: bool = False
    extra_evidence: list[Span] = field(default_factory=list)
    # A headline mention's date stays out of merging (the body dates what it restates); the event takes this
    # date only if no body mention restates it.
    headline_date: str | None = None


def read_mentions(reading: EventReading, candidate: Candidate, owners: Owners) -> list[Mention]:
    """The candidate's mentions: one, or one per occasion it enumerates ("the first on May 16 …").

    ``owners`` maps each token of the sentence's events to its event (``trigger_owners``).
    """
    anchor = candidate.anchor
    actors, recipients = participants(reading, candidate)
    quote = reading.quote_of(anchor)
    own_aux = aux_modes(candidate, reading.words)
    coded = coding(reading, candidate, own_aux)
    type_, mode, aux = coded.type, coded.mode, set(coded.aux)
    place = location(reading, candidate)
    if type_ == "CONSULT" and mode != "visit":
        actors, recipients = unique(actors + recipients), []
        if mode is None and elsewhere(reading, place, actors):
            mode = "third-party"  # "talks in Istanbul" between Ukraine and Russia
    quantities = [i for i, root in reading.quantities.get(anchor.sent.start, ())
                  if owners.get(_owner(root, owners), (None,))[0] is candidate]
    score = confidence(reading, candidate, actors, owners) - (0.15 if "hypothetical" in aux else 0.0)
    headline = reading.in_headline(anchor)
    base = dict(type=type_, mode=mode, context=context(reading, anchor), actors=actors, recipients=recipients,
                location=place, quantities=quantities, quote=quote.id if quote else None,
                theme=theme(reading, candidate), headline=headline)
    occasions = enumerated_occasions(reading, candidate)
    if occasions:
        return [Mention(aux=with_historical(reading, aux, when), date=when, evidence=shown,
                        confidence=score, **base) for shown, when in occasions]
    when = event_date(reading, candidate, own_aux, owners)
    headline_date = None
    if headline:
        headline_date, when = when, None  # a headline restates, in the present tense, what the body dates
    said_historical = historical_words(anchor, reading.words)
    if said_historical and when == reading.published_iso and not has_own_time(reading, candidate, owners):
        when = None  # "previously", with no date given: before the report, when is unknown
    mention = Mention(aux=with_historical(reading, aux, when) | said_historical, date=when,
                      evidence=evidence(reading, candidate), confidence=score, headline_date=headline_date, **base)
    if coded.also is None:
        return [mention]
    return [mention, replace(mention, type=coded.also.type, mode=coded.also.mode, aux=set(coded.also_aux),
                             context=list(mention.context), confidence=score - 0.05)]  # ranked below the first


def _owner(token: Token, owners: Owners) -> int | None:
    """Index of the nearest trigger word above ``token`` (for numbers, complements included)."""
    while True:
        if token.i in owners:
            return token.i
        if token.head.i == token.i:
            return None
        token = token.head
