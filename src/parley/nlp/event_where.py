"""Where an event happened: a place named in its sentence, else the story's dateline."""

from __future__ import annotations

from ..knowledge.actor_kb import place_country
from ..model import Location
from .event_reading import Candidate, EventReading


def location(reading: EventReading, candidate: Candidate) -> Location | None:
    """The place in the trigger's clause, else the sentence's first, else the dateline's (not for a headline)."""
    anchor = candidate.anchor
    sent = anchor.sent
    places = [e for e in reading.places if sent.start <= e.start < sent.end and reading.same_part(e.root, anchor)]
    if not places:
        return None if reading.in_headline(anchor) else reading.dateline_place
    clause = {t.i for t in anchor.subtree}
    place = next((e for e in places if e.root.i in clause), places[0])
    return Location(name=place.text, country=place_country(place.text), span=(place.start_char, place.end_char))


def elsewhere(reading: EventReading, place: Location | None, actors: list[str]) -> bool:
    """Whether a meeting's place is in none of its participants' countries (all of them known)."""
    countries = {reading.actors[a].country for a in actors if a in reading.actors}
    return bool(place and place.country and countries) and None not in countries \
        and place.country not in countries
