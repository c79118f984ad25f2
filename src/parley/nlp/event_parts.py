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
from .event_when import TIMEX_DATE, enumerated_occasions, event_date, has_own_time, text_date
from .event_where import elsewhere, location
from .labels import NOUN_POS


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
    anchor: int = -1  # the trigger's token index
    # The date is not the text's: the publication date given for want of one (event_when.event_date), or none.
    default_date: bool = False
    # A bare definite noun that names an action told before ("the attack", "its arrests"; §109).
    refers_back: bool = False
    # The trigger index of the verb this noun is the subject or agent of ("The strike killed four"; §110).
    subject_of: int | None = None


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
                theme=theme(reading, candidate), headline=headline, anchor=anchor.i,
                subject_of=_subject_of(candidate, owners))
    occasions = enumerated_occasions(reading, candidate)
    if occasions:
        return [Mention(aux=with_historical(reading, aux, when), date=when, evidence=shown,
                        confidence=score, **base) for shown, when in occasions]
    told = text_date(reading, candidate, owners)
    when = event_date(reading, candidate, own_aux, told)
    headline_date = None
    if headline:
        headline_date, when = when, None  # a headline restates, in the present tense, what the body dates
    said_historical = historical_words(anchor, reading.words)
    if said_historical and when == reading.published_iso and not has_own_time(reading, candidate, owners):
        when = None  # "previously", with no date given: before the report, when is unknown
    # No date of the text's: the publication date, or none where the report has none.
    default_date = when in (None, reading.published_iso) and told is None
    mention = Mention(aux=with_historical(reading, aux, when) | said_historical, date=when,
                      evidence=evidence(reading, candidate), confidence=score, headline_date=headline_date,
                      default_date=default_date,
                      refers_back=not headline and default_date and not _sentence_dated(reading, candidate)
                      and _bare_definite(candidate), **base)
    if coded.also is None:
        return [mention]
    also_actors, also_recipients = (recipients, actors) if candidate.also_by_recipients else (actors, recipients)
    return [mention, replace(mention, type=coded.also.type, mode=coded.also.mode, aux=set(coded.also_aux),
                             actors=list(also_actors), recipients=list(also_recipients),
                             context=list(mention.context), confidence=score - 0.05)]  # ranked below the first


def _owner(token: Token, owners: Owners) -> int | None:
    """Index of the nearest trigger word above ``token`` (for numbers, complements included)."""
    while True:
        if token.i in owners:
            return token.i
        if token.head.i == token.i:
            return None
        token = token.head


def _sentence_dated(reading: EventReading, candidate: Candidate) -> bool:
    """Whether the sentence's part (headline or body) names a date at all."""
    return any(TIMEX_DATE.match(time.value or "") and reading.same_part(root, candidate.anchor)
               for time, root in reading.sentence_times(candidate))


def _bare_definite(candidate: Candidate) -> bool:
    """"the attack", "these arrests", "its strike": an event noun whose phrase is a definite or demonstrative
    determiner or a possessive pronoun and nothing else: no date, place, party, number or adjective of its own
    (§109). Read off spaCy's morphology (Definite=Def, PronType=Dem, Poss=Yes), no word list."""
    anchor = candidate.anchor
    if anchor.pos_ != "NOUN" or candidate.complements or candidate.absorbed:
        return False
    children = list(anchor.children)
    return len(children) == 1 and (_definite(children[0]) or _possessive_pronoun(children[0]))


def _definite(token: Token) -> bool:
    return token.dep_ == "det" and ("Def" in token.morph.get("Definite") or "Dem" in token.morph.get("PronType"))


def _possessive_pronoun(token: Token) -> bool:
    return token.dep_ == "poss" and token.pos_ == "PRON" and "Yes" in token.morph.get("Poss")


def _subject_of(candidate: Candidate, owners: Owners) -> int | None:
    """The trigger index of the verb whose subject ("The strike killed four") or agent ("killed by the strike")
    this event noun is, when that verb is an event of the sentence (§110)."""
    anchor = candidate.anchor
    if anchor.pos_ not in NOUN_POS:
        return None
    if anchor.dep_ in ("nsubj", "nsubjpass"):
        verb = anchor.head
    elif anchor.dep_ == "pobj" and anchor.head.dep_ == "agent":
        verb = anchor.head.head
    else:
        return None
    owner = owners.get(verb.i)
    return verb.i if owner is not None and owner[1] == "anchor" and owner[0] is not candidate else None
