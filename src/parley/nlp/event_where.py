"""Where an event happened: a place named in its clause, else in its sentence, else the story's dateline."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge import load_csv
from ..knowledge.actor_kb import actor_kb, ascii_fold, place_country
from ..model import Location
from .event_reading import Candidate, EventReading
from .labels import CLAUSE_DEPS, NAME_LABELS, PLACE_LABELS, PREDICATE_POS

PLACE_COMMON_WORDS_FILE = "place_common_words.csv"
MOTION_VERBS_FILE = "place_motion_verbs.csv"

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def location(reading: EventReading, candidate: Candidate) -> Location | None:
    """The place in the trigger's subtree and its own clause (without the clauses it holds: "arrested them in
    Omdurman, and the ministry said in Nairobi"), else a name the gazetteer knows after a location preposition in
    its own clause ("Police in Omdurman arrested…", Omdurman tagged NORP), else the place a movement of its own
    clause goes to ("marched to Kinshasa"), else a place in the trigger's subtree, else the place a "where" clause
    hangs on ("Khartoum, where fighting killed 400"), else the sentence's first place, else the dateline's (for
    a headline too).

    The places are the entities labelled GPE, LOC or FAC after a location preposition (event_reading). A name
    under another label counts only in the event's own clause: taken from anywhere in the sentence it placed
    events at another clause's town (fresh stories 19 better / 14 worse); see bench/README.md, "Where events
    happened" and "Places the tagger mislabels".
    """
    anchor = candidate.anchor
    sent = anchor.sent
    places = [e for e in reading.places if sent.start <= e.start < sent.end and reading.same_part(e.root, anchor)]
    own = _own_clause(anchor)
    clause = {t.i for t in anchor.subtree}
    place = (_first_place(places, [t for t in own if t.i in clause]) or _mislabelled_place(reading, anchor, own)
             or _destination(reading, anchor, own) or next((e for e in places if e.root.i in clause), None)
             or _where_antecedent(anchor) or (places[0] if places else None))
    if place is None:
        return reading.dateline_place
    return Location(name=place.text, country=place_country(place.text), span=(place.start_char, place.end_char))


def _first_place(places: list[SpacySpan], tokens: list[Token]) -> SpacySpan | None:
    """The place whose root comes first in ``tokens``."""
    by_root = {e.root.i: e for e in places}
    return next((by_root[t.i] for t in tokens if t.i in by_root), None)


def _mislabelled_place(reading: EventReading, anchor: Token, own: list[Token]) -> SpacySpan | None:
    """The first name after a location preposition in the event's own clause, in the same quote or none, that
    the NER labelled no place and the gazetteer knows for one (``gazetteer_place``)."""
    quote = reading.quote_of(anchor)
    for token in own:
        if token.dep_ == "pobj" and token.head.lower_ in reading.words.location_prepositions \
                and (name := place_name(token)) is not None and name.label_ not in PLACE_LABELS \
                and reading.quote_of(token) is quote and gazetteer_place(name):
            return name
    return None


def _destination(reading: EventReading, anchor: Token, own: list[Token]) -> SpacySpan | None:
    """The place after "to" or "toward" of a verb in the event's own clause whose subject moves: a verb of motion
    (place_motion_verbs.csv, from WordNet) with no object ("marched to Kinshasa", "flew to Geneva for talks"; not
    "sent a letter to Kyiv"). A place the NER labels, or a name the gazetteer knows."""
    prepositions = reading.words.goal_prepositions - reading.words.location_prepositions
    quote = reading.quote_of(anchor)
    for token in own:
        preposition = token.head
        if token.dep_ == "pobj" and preposition.lower_ in prepositions and preposition.head.pos_ == "VERB" \
                and preposition.head.lemma_.lower() in _motion_verbs() \
                and not any(c.dep_ == "dobj" for c in preposition.head.children) \
                and (name := place_name(token)) is not None and reading.quote_of(token) is quote \
                and (name.label_ in PLACE_LABELS or gazetteer_place(name)):
            return name
    return None


def _own_clause(anchor: Token) -> list[Token]:
    """The tokens of the clause that reports the event, without the clauses it holds: from the anchor's verb
    ("held" for "talks") down, stopping at every clause relation; the anchor's own phrase first ("the protests
    in Cairo led to arrests in Alexandria": the arrests' place is Alexandria), then in text order."""
    head = anchor
    while head.pos_ not in PREDICATE_POS and head.dep_ not in CLAUSE_DEPS and head.head.i != head.i:
        head = head.head
    phrase = range(anchor.left_edge.i, anchor.right_edge.i + 1)
    return sorted(clause_tokens(head), key=lambda t: (t.i not in phrase, t.i))


def clause_tokens(head: Token) -> list[Token]:
    """The tokens of the clause ``head`` heads, without the clauses it holds (every clause relation stops the walk)."""
    tokens, todo = [head], [head]
    while todo:
        for child in todo.pop().children:
            if child.dep_ not in CLAUSE_DEPS:
                tokens.append(child)
                todo.append(child)
    return tokens


def place_name(token: Token) -> SpacySpan | None:
    """The name ``token`` heads: its entity (with the entity's label), or, when the NER labelled none, a proper
    noun with the unlabelled proper nouns compounded into it ("Abu Shouk")."""
    doc = token.doc
    if token.ent_type_:
        return next((e for e in doc.ents if e.start <= token.i < e.end), None)
    if token.pos_ != "PROPN":
        return None
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i == token.i and not doc[start - 1].ent_type_:
        start -= 1
    return doc[start:token.i + 1]


def gazetteer_place(name: SpacySpan) -> bool:
    """Whether a name the NER labelled no place is one: the gazetteer knows it (``_known``), it is capitalized and
    no acronym ("the SSE"), it is no common English word unless a country's or its capital's ("Time", "Summit",
    "Police": place_common_words.csv, built from WordNet), no short form of an actor's longer name ("Ban" of
    "Ban Ki-moon") and no part of a longer name ("Little Havana")."""
    text = name.text
    key = ascii_fold(text).lower()
    if not _known(name) or not text[:1].isupper() or _short_form(name) or _part_of_longer_name(name):
        return False
    return key in _country_forms() or not text.isupper() and key not in _common_words()


def _part_of_longer_name(name: SpacySpan) -> bool:
    """Whether a capitalized word compounded into the name stands outside it ("Little" of "Little Havana"):
    the gazetteer knows only a part of the name."""
    return any(c.dep_ == "compound" and c.is_title and not name.start <= c.i < name.end for c in name.root.children)


def _short_form(name: SpacySpan) -> bool:
    """Whether an actor the name refers to is also named by a longer name holding it."""
    ids = {t._.actor for t in name if t._.actor}
    return any(len(m.text) > len(name.text) and name.text in m.text
               for a in name.doc._.actors or [] if a.id in ids for m in a.mentions)


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
def _country_forms() -> frozenset[str]:
    """Countries' names, other names, capitals and seats, folded and lower-cased."""
    return frozenset(ascii_fold(f).lower() for c in actor_kb().countries.values() for f in (c.name, *c.aliases, *c.seats))


@lru_cache(maxsize=1)
def _motion_verbs() -> frozenset[str]:
    return frozenset(row["verb"] for row in load_csv(MOTION_VERBS_FILE))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(row["name"] for row in load_csv(PLACE_COMMON_WORDS_FILE))


@lru_cache(maxsize=1)
def _country_adjectives() -> frozenset[str]:
    return frozenset(ascii_fold(f).lower() for c in actor_kb().countries.values() for f in (*c.adjectives, *c.demonyms))


def elsewhere(reading: EventReading, place: Location | None, actors: list[str]) -> bool:
    """Whether a meeting's place is in none of its participants' countries (all of them known)."""
    countries = {reading.actors[a].country for a in actors if a in reading.actors}
    return bool(place and place.country and countries) and None not in countries \
        and place.country not in countries
