"""Where an event happened: a place named in its clause, else in its sentence, else the story's dateline."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.actor_kb import actor_kb, ascii_fold, place_country
from ..model import Location
from .event_reading import Candidate, EventReading
from .labels import NAME_LABELS, PLACE_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def location(reading: EventReading, candidate: Candidate) -> Location | None:
    """The place in the trigger's clause, else the place a "where" clause hangs on ("Khartoum, where
    fighting killed 400"), else the sentence's first place, else the dateline's (for a headline too).

    The places are the entities labelled GPE, LOC or FAC after a location preposition (event_reading).
    Taking also names the gazetteer knows under another NER label ("in Omdurman" as NORP) was tried and
    dropped: on fresh stories 19 better / 14 worse, mostly a place from another clause of the sentence or
    a name that is no place ("the SSE", "Ban"); see bench/README.md, "Where events happened".
    """
    anchor = candidate.anchor
    sent = anchor.sent
    places = [e for e in reading.places if sent.start <= e.start < sent.end and reading.same_part(e.root, anchor)]
    clause = {t.i for t in anchor.subtree}
    place = next((e for e in places if e.root.i in clause), None) or _where_antecedent(anchor) \
        or (places[0] if places else None)
    if place is None:
        return reading.dateline_place
    return Location(name=place.text, country=place_country(place.text), span=(place.start_char, place.end_char))


def _where_antecedent(anchor: Token) -> SpacySpan | None:
    """The place a relative clause introduced by "where" modifies, for an event inside that clause."""
    for token in (anchor, *anchor.ancestors):
        if token.dep_ == "relcl":
            if not any(c.lower_ == "where" for c in token.children):
                return None
            return _named_place(token.head)
    return None


def _named_place(head: Token) -> SpacySpan | None:
    """The name of the place a "where" clause hangs on: the head's own ("Tahrir Square, where": the clause says
    it is a place, whatever the NER label) or one compounded into it ("the Abobo district, where")."""
    doc = head.doc
    for token in (head, *(c for c in head.children if c.dep_ == "compound")):
        if not token.ent_type_:
            if token.pos_ == "PROPN" and _known(span := doc[token.i:token.i + 1]):
                return span
            continue
        entity = next(e for e in doc.ents if e.start <= token.i < e.end)
        if entity.label_ in PLACE_LABELS or entity.label_ in NAME_LABELS and entity.root.pos_ == "PROPN" \
                and not _kb_actor(entity):
            return entity
    return None


def _known(name: SpacySpan) -> bool:
    """Whether the gazetteer knows a name for a place and it is not a country's adjective or demonym
    ("Saudi") nor a name the knowledge base knows for something else."""
    return place_country(name.text) is not None and ascii_fold(name.text).lower() not in _country_adjectives() \
        and not _kb_actor(name)


def _kb_actor(name: SpacySpan) -> bool:
    """Whether the knowledge base knows the name for a person, group or organization ("Hamas": GeoNames lists
    it among a town's other names). The actor component makes every ORG name an organization, so only the
    knowledge base's count."""
    known = {a.id for a in name.doc._.actors or [] if a.kb_id and a.kind != "country"}
    return any(t._.actor in known for t in name)


@lru_cache(maxsize=1)
def _country_adjectives() -> frozenset[str]:
    return frozenset(ascii_fold(f).lower() for c in actor_kb().countries.values() for f in (*c.adjectives, *c.demonyms))


def elsewhere(reading: EventReading, place: Location | None, actors: list[str]) -> bool:
    """Whether a meeting's place is in none of its participants' countries (all of them known)."""
    countries = {reading.actors[a].country for a in actors if a in reading.actors}
    return bool(place and place.country and countries) and None not in countries \
        and place.country not in countries
