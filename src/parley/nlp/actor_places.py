"""Actors, pass 3: places the knowledge base does not know, when they act ("Morvania said" → a
country actor; "in Morvania" stays a place), the adjectives formed from them ("Morvanian officials"),
and organizations spaCy finds that the knowledge base does not know.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..knowledge.actor_kb import ascii_fold, place_country
from .actor_descriptions import PARTY_SECTOR, filing_country_body, names_a_party
from .actor_reading import DATELINE_PUNCTUATION, GENERIC_SECTORS, ActorReading, Draft, looks_like_name, strip_article
from .labels import ACTED_UPON_DEPS, ADJECTIVE_DEPS, GOVERNING_DEPS


# Prepositions that say only where something is: "in" and "at" also take people ("confidence in", "shouted at"),
# "around" those close to one ("the circle around").
_WHERE_PREPOSITIONS = frozenset({"near", "outside"})


def find_unknown_places(reading: ActorReading) -> tuple[set[str], dict[str, str | None]]:
    """Place names and place adjectives unknown to the knowledge base, read from the whole text.

    Places are GPE entities, the same names tagged otherwise, a one-word ORG or PERSON entity that
    an adjective of the text is formed from ("Morvania" beside "Morvanian"), and a one-word PERSON
    entity used as a place (see _person_used_as_place below). Adjectives are NORP words and words formed
    from a place name; each maps to its place, or None when the text names no such place.
    """
    entities = []
    for ent in reading.ents:
        start, end = _bare_name(reading, ent)
        after_name = start > 0 and looks_like_name(reading.doc[start - 1]) and start - 1 not in reading.kb_tokens
        acronym = reading.doc[start:end].text.isupper() and end - start == 1 and len(reading.doc[start]) <= 3  # "VA", "RT"
        if end > start and not reading.kb_overlap(start, end) and not after_name and not acronym:  # not "Ana Soran"
            entities.append((ent.label_, reading.doc[start:end]))
    modifiers = {span.text for label, span in entities if len(span) == 1 and span[0].dep_ in ADJECTIVE_DEPS}
    norp = {span.text for label, span in entities if len(span) == 1 and label == "NORP"}
    adjectival = modifiers | norp
    places = {span.text for label, span in entities if label == "GPE" and span.text not in adjectival}
    for label, span in entities:
        if label not in ("ORG", "PERSON") or span.text in places or span.text in adjectival:
            continue
        formed = len(span) == 1 and any(_formed_from(word, span.text) for word in adjectival)
        root = span.root
        # "Morvania and Estland" with one of them tagged ORG
        paired = len(span) == 1 and root.dep_ == "conj" and reading.ent_at.get(root.head.i) is not None and reading.ent_at[root.head.i].label_ == "GPE"
        person_as_place = label == "PERSON" and (
            len(span) == 1 and _person_used_as_place(reading, span.text, places) or _where_something_is(reading, span.root)
            or _names_countries(reading, span.root))
        if formed or paired or person_as_place:
            places.add(span.text)
    people = {w for name in reading.ents if name.label_ == "PERSON" and len(name) > 1 for w in name.text.split()}
    people |= {reading.doc[end].text for end in reading.title_ending_at if end < len(reading.doc)}
    # Not "Morvanian" tagged GPE, nor a word that is part of a person's name or follows a title.
    places = {p for p in places if p not in people and not any(_formed_from(p, other) for other in places)}
    adjectives = {}
    for word in adjectival:
        place = next((p for p in sorted(places) if _formed_from(word, p)), None)
        if place is not None or word in norp:
            adjectives[word] = place
    return places, adjectives


def _bare_name(reading: ActorReading, ent: Span) -> tuple[int, int]:
    """An entity without "the" in front or "'s" behind."""
    start, end = ent.start, ent.end
    while start < end and not reading.doc[start].text[:1].isupper():
        start += 1
    while end > start and not reading.doc[end - 1].is_alpha:
        end -= 1
    return start, end


def _person_used_as_place(reading: ActorReading, word: str, places: set[str]) -> bool:
    """"VARNA —", "in Varna" or a GPE "Varna" elsewhere make a one-word "person" a place (unless a
    title or first name goes with it: see find_unknown_places)."""
    doc = reading.doc
    if word in places or any(i > 0 and doc[i - 1].lower_ in reading.words.place_prepositions for i in reading.capitalized.get(word, ())):
        return True
    return any((i == 0 or "\n" in doc[i - 1].text_with_ws) and i + 1 < len(doc) and doc[i + 1].text in DATELINE_PUNCTUATION
               for i in reading.capitalized.get(word.upper(), ()))


def _names_countries(reading: ActorReading, token: Token) -> bool:
    """A name the model took for a person's that modifies countries in the plural names their region: "the Sahel
    states", "the Sahel countries"; a person's name modifies one government ("the Netanyahu government")."""
    return token.dep_ == "compound" and token.head.tag_ == "NNS" and token.head.lemma_.lower() in reading.words.country_nouns


def _where_something_is(reading: ActorReading, token: Token) -> bool:
    """A name the model took for a person's that is the object of a preposition that says only where, or joined to
    one, names a place: "fighting near Khan Younis", "shelling outside Sake and Kitshanga"."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _WHERE_PREPOSITIONS


def read_unknown_place_actors(reading: ActorReading) -> None:
    """A place unknown to the knowledge base that acts is a country actor, one per name; where it only
    locates something it stays a place, and an ORG or PERSON tag on it makes no actor either."""
    spans = {}
    for ent in reading.ents:
        start, end = _bare_name(reading, ent)
        if reading.doc[start:end].text in reading.place_names:
            spans[start] = (end, ent.label_)
    for i in (i for name in reading.place_names for i in reading.capitalized.get(name, ())):
        if i not in spans and i not in reading.ent_at:
            spans[i] = (i + 1, "")
    for start, (end, label) in sorted(spans.items()):
        if not reading.free(start, end) or reading.kb_overlap(start, end):
            continue
        role = _place_role(reading, reading.doc[start:end])
        if role is not None:
            reading.claim(start, end, reading.place_key(reading.doc[start:end].text, role), "name")
        elif label != "GPE":  # a GPE stays free for the passes that read "the government of <place>"
            reading.claim_placeholder(start, end)


def _place_role(reading: ActorReading, span: Span) -> str | None:
    """"GOV" for a place that acts as its government, "" for one acted upon, None for a location."""
    token = span.root
    while token.dep_ == "conj" and token.head.i < token.i:  # "Morvania and Estland agreed"
        token = token.head
    if reading.is_location(span):  # "in Morvania", the dateline "MORVA —"
        return None
    before = reading.doc[span.start - 1].lower_ if span.start > 0 else ""
    if token.dep_ in GOVERNING_DEPS or (token.dep_ == "pobj" and token.head.dep_ == "agent"):
        return "GOV"
    acted_upon = token.dep_ in ACTED_UPON_DEPS or (token.dep_ == "pobj" and token.head.lower_ in reading.words.acted_upon_prepositions)
    # "left Geneva", "shelled Kharkiv": a known city is a place there
    if acted_upon and before not in reading.words.location_words and place_country(span.text) is None:
        return ""
    return None


def read_unknown_place_adjectives(reading: ActorReading) -> None:
    """"Morvanian officials", "the Morvanian delegation" are the government of Morvania when the text
    names it, else a government group; "Morvanian troops" are its military; never a person."""
    for word, i in sorted(((w, i) for w in reading.place_adjectives for i in reading.capitalized.get(w, ())), key=lambda wi: wi[1]):
        if not reading.free(i, i + 1):
            continue
        place, span = reading.place_adjectives[word], reading.doc[i:i + 1]
        noun = reading.modified_noun(span)
        start, end, sector = span.start, span.end, None
        if noun is not None and reading.owner[noun.i] is None:
            start, end = reading.description_bounds(span, noun)
            sector_range = reading.nouns_ending_at.get(noun.i + 1)
            title_range = reading.title_ending_at.get(noun.i + 1)
            title = reading.title(*title_range) if title_range else None
            sector = reading.sector(*sector_range) if sector_range else (title.sector if title else None)
            if title and title.family in reading.words.person_families:
                sector = "GOV"  # "the Morvanian negotiator" speaks for the government, as a known country's does
        if sector == "GOV" and place:
            key = reading.place_key(place, "GOV")
        elif sector is not None and sector not in GENERIC_SECTORS and (place or (sector == "GOV" and word.endswith(reading.words.place_adjective_endings))):
            key = reading.adjective_group_key(word, sector, strip_article(reading.doc[start:end].text))
        elif sector is None and place:  # "the Morvanian-held town", "Morvanian artillery"
            key, start, end = reading.place_key(place, None), span.start, span.end
        else:
            continue
        if not reading.free(start, end):
            start, end = span.start, span.end
        reading.claim(start, end, key, "description")


def read_unknown_organizations(reading: ActorReading) -> None:
    for ent in reading.ents:
        if ent.label_ != "ORG":
            continue
        start, end = ent.start, ent.end - (ent[-1].text in reading.words.possessive_endings)
        while start < end and (reading.doc[start].lower_ == "the" or not reading.doc[start].text[:1].isupper()):
            start += 1
        if end <= start or not reading.free(start, end) or not any(t.text[:1].isupper() for t in reading.doc[start:end]):
            continue
        if start > 0 and reading.doc[start - 1].like_num:  # "2,300 MW": a unit, not an organization
            continue
        text = reading.doc[start:end].text
        inner = [s for s in reading.kb_spans if start <= s.start and s.end <= end
                 and s.label.kind in ("COUNTRY", "ADJECTIVE")]
        # A party by its name ("the Republican Party", "the Socialist Party of Chile", "the Ennahda party") is of the
        # party sector when no noun inside says more ("the Green Party" ENV). Not a body placed on the political
        # spectrum alone: "the left-leaning Brookings Institution" is no party.
        head = reading.doc[start:end].root
        party = head.lower_ == "party" and (head.is_title or names_a_party(head))
        sector = reading.sector_of(start, end) or (PARTY_SECTOR if party else None)
        described = reading.nouns_ending_at.get(end) == (start, end)  # "the Interior Ministry": a body, in capitals
        local = filing_country_body(reading, start, end, reading.sector(start, end)) if described and not inner else None
        if local is not None:
            reading.claim(reading.article_start(start), end, local, "description")
            continue
        key = ("orgname", ascii_fold(text).lower())
        # A country word inside the name or modifying it places the body: "Peru's Congress", "South Africa's ANC".
        country = inner[0].label.code if inner else next(iter(reading.countries_modifying(reading.doc[end - 1], reading.kb_spans)), None)
        if key not in reading.drafts:
            reading.drafts[key] = Draft(key, text, "organization", country, sector)
        reading.drafts[key].country = reading.drafts[key].country or country
        reading.claim(reading.article_start(start), end, key, "name")


def _formed_from(word: str, place: str) -> bool:
    """"Morvanian" from "Morvania", "Estlandic" from "Estland": longer, starting with the place's
    name without its final vowels (four letters at least; "Democrat" is not formed from "Demos")."""
    stem = place.rstrip("aeiouy")
    return len(stem) >= 4 and len(word) > len(place) and word.startswith(stem) and " " not in word + place
