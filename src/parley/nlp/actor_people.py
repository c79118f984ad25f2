"""Actors, pass 1: people — names from the knowledge base, from spaCy's PERSON entities and after
titles, widened to the title and country in front of them ("U.S. President Donald Trump").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..knowledge.actor_kb import ascii_fold
from .actor_descriptions import PARTY_SECTOR, names_a_party
from .actor_reading import COUNTRY_LABELS, ActorReading, Draft, looks_like_name
from .labels import MODIFIER_DEPS

_DATE_LABELS = ("DATE", "TIME")
# spaCy's labels of names that are no person's: a body, a building or place, an event, a work, a law, a product.
_NAMED_THING_LABELS = ("ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "GPE", "LOC")
# The offices a party's name or "of" a party makes the party's (PETRARCH's agents PARTY_LEADER, PARTY_MEMBER,
# PARTY_PRESIDENT are PTY): the holder is of the party, not the government the title alone suggests.
_PARTY_OFFICES = frozenset({"leader", "president", "chairman", "chairwoman", "chair", "head", "chief", "boss", "founder",
                            "member", "secretary", "spokesman", "spokeswoman", "spokesperson"})
# What a party's name may still say of its office holder: the opposition's, or the ruling party's government.
_PARTY_NAME_SECTORS = ("OPP", "GOV")
# The knowledge base's kinds of place names that are also given names ("Jordan Bardella", "Chad Foster", "Paris
# Jackson"); a country's adjective ("Russian") in front of a name is no given name but the person's country.
_PLACE_NAME_KINDS = ("COUNTRY", "SEAT")


@dataclass
class _Name:
    """A person's name in the text with what its context says about them."""

    start: int  # the mention's first token, the title or country in front of the name included
    end: int
    kb_id: str | None = None
    name_start: int = -1  # the name's first token
    role: str | None = None
    title_head: int = -1  # the last token of the title that gave the role
    country: str | None = None
    sector: str | None = None
    family: str | None = None
    gender: str | None = None


def read_people(reading: ActorReading) -> None:
    names = _name_candidates(reading)
    full, single = [], []
    for name in names:
        _widen(reading, name)
        if not reading.free(name.start, name.end):
            if not reading.free(name.name_start, name.end):
                continue
            name.start = name.name_start  # the title or country in front belongs to someone else
        reading.claim_placeholder(name.start, name.end)
        (single if name.end - _name_start(reading, name) == 1 and not name.kb_id else full).append(name)
    for name in full:
        _attach_person(reading, name, _person_key(reading, name))
    for name in single:
        _attach_person(reading, name, _surname_key(reading, name))


def _name_candidates(reading: ActorReading) -> list[_Name]:
    doc, names, covered = reading.doc, [], set()
    relatives = _relatives(reading)
    for start, end in relatives:
        names.append(_Name(start, end))
        covered.update(range(start, end))
    for span in reading.kb_spans:
        label, ident = span.label
        if label == "PERSON" and span.start not in covered:
            names.append(_Name(span.start, span.end, kb_id=ident))
            covered.update(range(span.start, span.end))
    for ent in reading.ents:
        if ent.label_ != "PERSON" or covered.intersection(range(ent.start, ent.end)):
            continue
        start, end = _clean_person(reading, ent)
        whole = _whole_name(reading, start, end)
        if not covered.intersection(range(*whole)):
            start, end = whole
        if reading.doc[start:end].text in reading.place_names or reading.doc[start:end].text in reading.place_adjectives:
            continue
        while start < end and start in reading.kb_tokens and not _given_name_of_a_place(reading, start, end):
            start += 1  # "Russian" in front of an unknown name
        if end - start == 1 and _names_a_thing(reading, reading.doc[start]) or _in_sector_noun(reading, start, end):
            continue
        # A place inside a longer name is part of it ("George Washington", "Jordan Peterson").
        longer_name = end - start > 1 and all(t.text[:1].isupper() for t in doc[start:end])
        if end > start and (longer_name or not reading.kb_overlap(start, end)):
            names.append(_Name(start, end))
            covered.update(range(start, end))
    for _, title_end in sorted(reading.titles):
        end = title_end
        while (end < len(doc) and end - title_end < 4 and looks_like_name(doc[end]) and end not in covered
               and doc[end].ent_type_ not in _DATE_LABELS):  # "the commander-in-chief Wednesday"
            end += 1
        end = _whole_name(reading, title_end, end)[1] if end > title_end else end
        if end > title_end and not reading.kb_overlap(title_end, end) and not _title_in_a_name(reading, title_end, end):
            names.append(_Name(title_end, end))
            covered.update(range(title_end, end))
    for ent in reading.ents:  # "Amara Okonkwo, a Nigerian diplomat," read as an organization or a place
        if (ent.label_ in ("ORG", "GPE") and 1 < len(ent) <= 4 and all(looks_like_name(t) for t in ent)
                and not covered.intersection(range(ent.start, ent.end)) and not reading.kb_overlap(ent.start, ent.end)
                and _has_person_appositive(reading, ent)):
            names.append(_Name(ent.start, ent.end))
            covered.update(range(ent.start, ent.end))
    # The last words of a longer name ("Trump", "Le Drian", "Van Rompuy") the model took for an organization
    surnames = {tuple(t.lower_ for t in doc[end - k:end]) for n in names if not n.kb_id
                for end in [n.end] for k in range(1, n.end - n.start)}
    for ent in reading.ents:
        if ent.label_ in ("ORG", "GPE", "NORP") and len(ent) <= 3 and tuple(t.lower_ for t in ent) in surnames \
                and not covered.intersection(range(ent.start, ent.end)):
            names.append(_Name(ent.start, ent.end))
    return sorted(names, key=lambda n: (n.kb_id is None, n.start))


def _given_name_of_a_place(reading: ActorReading, i: int, end: int) -> bool:
    """A place's one-word name right before a surname (the name ending at ``end``) that the parser joins to it is
    the person's given name, not their country: "Jordan Bardella", "Kenya Moore", "Chad Foster". Not before a whole
    name ("ambassador to Ukraine John Adams"), a numeral ("Jordan III") or a body's noun ("China Railway")."""
    place, doc = reading.kb_ending_at.get(i + 1), reading.doc
    if place is None or place.start != i or place.label.kind not in _PLACE_NAME_KINDS or end != i + 2:
        return False
    surname = doc[i + 1]
    return (doc[i].is_title and surname.is_title and doc[i].dep_ == "compound" and doc[i].head.i == surname.i
            and surname.lower_ not in reading.kb.body_nouns and surname.lemma_.lower() not in reading.kb.body_nouns)


def _whole_name(reading: ActorReading, start: int, end: int) -> tuple[int, int]:
    """A name widened over the name words a particle ("Abdulaziz bin Salman", "Ursula von der Leyen") or a quoted
    nickname ("Jimmy 'Barbecue' Cherizier") joins to it, which the model often reads as two names or cuts
    ("Zine el", "Jimmy 'Barbecue")."""
    doc, title_tokens = reading.doc, reading.title_tokens
    end = next((i for i in range(start + 1, end) if doc[i].is_quote), end)
    while (end - start > 1 and doc[end - 1].lower_ in reading.words.name_particles and doc[end - 1].is_lower
           and doc[end - 2].whitespace_):  # a word of its own, not the end of "Dan-el"
        end -= 1
    while (joined := _joined_word(reading, end - 1, 1)) is not None:
        end = joined + 1
        while end < len(doc) and looks_like_name(doc[end]):
            end += 1
    while (joined := _joined_word(reading, start, -1)) is not None and joined not in title_tokens:
        start = joined
        while start > 0 and looks_like_name(doc[start - 1]) and start - 1 not in title_tokens:
            start -= 1
    return start, end


def _joined_word(reading: ActorReading, word: int, step: int) -> int | None:
    """The name word that particles ("bin", "von der") or a quoted nickname join to the name word ``word``,
    looking after it (``step`` 1) or before it (``step`` -1)."""
    doc = reading.doc

    def inside(i: int) -> bool:
        return 0 <= i < len(doc)

    if not inside(word) or not looks_like_name(doc[word]):
        return None
    next_word = i = word + step
    while inside(i) and doc[i].lower_ in reading.words.name_particles and doc[i].is_lower:
        i += step
    if i == next_word and inside(i) and doc[i].is_quote:  # a nickname in quotes
        i += step
        while inside(i) and looks_like_name(doc[i]):
            i += step
        i = i + step if i != next_word + step and inside(i) and doc[i].is_quote else next_word
    return i if i != next_word and inside(i) and looks_like_name(doc[i]) else None


def _title_in_a_name(reading: ActorReading, title_end: int, end: int) -> bool:
    """A title word that begins the name of a body or a thing ("King Faisal University", "the Premier League",
    "the General Confederation of Labour"): the words after it are no person's name. That name ends in a noun
    of a body, or the model reads the title into an entity of a thing that reaches past the words."""
    ent = reading.ent_at.get(title_end - 1)
    longer_thing = ent is not None and ent.label_ in _NAMED_THING_LABELS and ent.end > end
    return longer_thing or reading.doc[end - 1].lower_ in reading.kb.body_nouns


def _names_a_thing(reading: ActorReading, token: Token) -> bool:
    """A lone capitalized word the model took for a person but no title names: an acronym ("SAG"),
    a word with a determiner ("an Oscar"), a plural ("the Emmys") or the name of a weapon ("Patriot missiles")
    names a thing or a body."""
    if token.i in reading.title_ending_at:
        return False
    acronym = token.is_upper and len(token) >= 2 and token.is_alpha
    determined = any(c.dep_ == "det" and c.lower_ in reading.words.thing_determiners for c in token.children)
    weapon = token.dep_ == "compound" and token.head.lemma_.lower() in reading.words.arms_goods
    return acronym or determined or weapon or token.tag_ == "NNPS"


def _in_sector_noun(reading: ActorReading, start: int, end: int) -> bool:
    """A "name" inside a group's noun ("Riot police fired …", "Border guards …") is a capitalized word of it."""
    return any((noun := reading.nouns_ending_at.get(i)) is not None and noun[0] <= start
               for i in range(end + 1, min(end + 3, len(reading.doc)) + 1))


def _relatives(reading: ActorReading) -> list[tuple[int, int]]:
    """A known surname after a first name that is not the known person's ("Ivanka Trump",
    "Cyrus Vance"): someone else, unknown to the knowledge base."""
    out = []
    for surname in reading.kb_spans:
        if len(surname) != 1 or surname.label.kind != "PERSON" or _in_headline(reading, surname.span):
            continue  # a headline capitalizes its verbs too: "Trump Meets Putin"
        known = ascii_fold(reading.kb.people[surname.label.code].name).lower().split()
        start = surname.start
        while (start > 0 and surname.start - start < 2 and looks_like_name(reading.doc[start - 1])
               and start - 1 not in reading.kb_tokens and start - 1 not in reading.title_tokens
               and ascii_fold(reading.doc[start - 1].lower_) not in known):
            start -= 1
        if start < surname.start:
            out.append((start, surname.end))
    return out


def _has_person_appositive(reading: ActorReading, span: Span) -> bool:
    """"Amara Okonkwo, a Nigerian diplomat," or "Nigeria's envoy, Amara Okonkwo,": a title in apposition."""
    return (any(child.dep_ == "appos" and (child.i + 1) in reading.title_ending_at for child in span[-1].children)
            or _title_in_apposition(reading, span[-1]) is not None)


def _title_in_apposition(reading: ActorReading, head: Token) -> tuple[int, int] | None:
    """The title a name stands in apposition to ("Russia's deputy envoy, Dmitry Polyanskiy,"), if any."""
    if head.dep_ != "appos" or head.head.i >= head.i:
        return None
    return reading.title_ending_at.get(head.head.i + 1)


def _clean_person(reading: ActorReading, ent: Span) -> tuple[int, int]:
    """The name inside a PERSON entity: no titles, possessives, or a headline's verb ("Zelensky Pushes")."""
    start, end = ent.start, ent.end
    while start < end and ((start, start + 1) in reading.titles or not reading.doc[start].text[:1].isupper()):
        start += 1
    while end > start and (reading.doc[end - 1].text in reading.words.possessive_endings or not reading.doc[end - 1].is_alpha):
        end -= 1
    if end - start > 1 and _in_headline(reading, ent) and _is_verb_form(reading, reading.doc[end - 1]):
        end -= 1
    return start, end


def _in_headline(reading: ActorReading, span: Span) -> bool:
    """A title-case line, where spaCy often reads a verb as part of a name."""
    line_start = reading.text.rfind("\n", 0, span.start_char) + 1
    line_end = reading.text.find("\n", span.end_char)
    words = re.findall(r"[A-Za-z]+", reading.text[line_start: line_end if line_end >= 0 else len(reading.text)])
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.7


def _is_verb_form(reading: ActorReading, token: Token) -> bool:
    lower = token.lower_
    return lower.endswith("s") and any(
        lower[: -len(ending)] in reading.matchers.verb_lemmas for ending in reading.words.verb_endings if lower.endswith(ending))


def _widen(reading: ActorReading, name: _Name) -> None:
    """Take in the title and the country or organization in front of a name, and read its appositive."""
    if not name.kb_id and name.start > 0 and _given_name_of_a_place(reading, name.start - 1, name.end):
        name.start -= 1  # the model named the person by the surname alone: "Jordan" [Bardella]
    doc, start = reading.doc, name.start
    title_start = start
    while (title := reading.title_ending_at.get(title_start)) is not None:
        title_start = title[0]
    title_end = start
    if title_start == start and (governor := _title_in_apposition(reading, doc[name.end - 1])) is not None:
        title_start, title_end = governor  # the title stays out of the mention, its country does not
    if title_start < title_end:
        title = reading.title(reading.title_ending_at[title_end][0], title_end)
        if title and title.family == "honorific":  # "Mrs. Clinton": a gender, not a role
            name.gender = title.gender
        elif title:
            name.role, name.title_head = doc[title_start:title_end].text, title_end - 1
            name.sector, name.family, name.gender = title.sector, title.family, title.gender
    prefix_start = title_start
    qualifier = reading.kb_ending_at.get(title_start)
    before = title_start - 1
    if qualifier is not None and qualifier.label.kind in ("COUNTRY", "ADJECTIVE", "SEAT", "ORG", "METONYM"):
        _read_qualifier(reading, name, qualifier)
        prefix_start = qualifier.start
        if name.role:
            name.role = doc[qualifier.start:title_end].text
    elif before >= 1 and doc[before].text in reading.words.possessive_endings and (owner := reading.kb_ending_at.get(before)) is not None:
        if owner.label.kind in ("COUNTRY", "ORG", "SEAT"):
            _read_qualifier(reading, name, owner)
            prefix_start = owner.start
    elif before >= 0 and doc[before].text in reading.place_adjectives and title_start < title_end:
        prefix_start = before  # "Morvanian Foreign Minister Ana Vell": the adjective is part of the role
        if name.role:
            name.role = doc[before:title_end].text
    elif before >= 0 and doc[before].lower_ in reading.words.possessive_pronouns and title_start < title_end:
        prefix_start = before
        name.country = name.country or _country_before(reading, before)
    if title_end == start:  # a title in front of the name belongs to its mention; one in apposition does not
        name.start = prefix_start
        if name.role:  # "Prime Minister Tarik Mirza of Pakistan": the name heads its title's phrase
            name.country = name.country or _country_about(reading, doc[name.end - 1], range(start, name.end))
        # A title or a party's office right in front ("Labour Party leader Tom Hardwick", "Socialist Party chairman
        # Luis Ferreira"), or the office the name stands in apposition to ("The party chairman, Kelly Moss,")
        head = doc[name.end - 1]
        if start > 0 and doc[start - 1].head.i in range(start, name.end):
            _read_party_office(reading, name, doc[start - 1])
        elif head.dep_ == "appos" and head.head.i < start:
            _read_party_office(reading, name, head.head)
    else:
        _read_title_owner(reading, name, doc[title_end - 1])
    name.name_start = start
    _read_appositive(reading, name)


def _read_qualifier(reading: ActorReading, name: _Name, span: Span) -> None:
    label, ident = span.label
    if label in COUNTRY_LABELS:
        name.country = ident
    elif label == "ORG":
        org = reading.kb.organizations[ident]
        name.country = org.country
        if org.sector and org.sector != "GOV":
            name.sector = org.sector
    elif label == "METONYM":
        metonym = reading.kb.metonyms[ident]
        name.country = metonym.refers_to if metonym.refers_to in reading.kb.countries else None
        if metonym.sector != "GOV":
            name.sector = metonym.sector


def _read_appositive(reading: ActorReading, name: _Name) -> None:
    """", Ukraine's chief negotiator," or ", the chief negotiator for Russia," after a name."""
    doc = reading.doc
    head = doc[name.end - 1]
    for child in head.children:
        if child.dep_ != "appos" or child.i < name.end or child.i - name.end > reading.matchers.appositive_tokens:
            continue
        left, right = child.left_edge.i, child.right_edge.i + 1
        titles = sorted((s, e) for s, e in reading.titles if left <= s and e <= right)
        titles = [(s, e) for s, e in titles if (t := reading.title(s, e)) is not None and t.family != "honorific"]
        if titles and not name.role:
            s, e = max(titles, key=lambda r: (r[1], r[1] - r[0]))
            title = reading.title(s, e)
            name.role, name.sector, name.title_head = doc[s:e].text, name.sector or title.sector, e - 1
            name.family, name.gender = title.family, name.gender or title.gender
        countries = [s for s in reading.kb_spans if left <= s.start and s.end <= right and s.label.kind in COUNTRY_LABELS]
        if countries and not name.country:
            name.country = countries[0].label.code
        _read_title_owner(reading, name, child)
        break


def _read_title_owner(reading: ActorReading, name: _Name, title: Token) -> None:
    """Whose title it is decides the sector: "a spokesman for the rebels", "the leader of the PKK", "Hamas's
    spokesman" speak for a group, not a government, whatever sector the title alone suggests. A country a word
    about the title names is its holder's ("Israel's new U.N. envoy, Gilad Erdan")."""
    for owner in title.children:
        if owner.dep_ != "poss" and not (owner.dep_ == "prep" and owner.lower_ in reading.words.title_complement_prepositions):
            continue
        left, right = owner.left_edge.i, owner.right_edge.i + 1
        organizations = [s for s in reading.kb_spans if left <= s.start and s.end <= right and s.label.kind == "ORG"]
        if organizations:
            _read_qualifier(reading, name, organizations[0])
        elif (sector := reading.sector_of(left, right)) not in (None, "GOV"):
            name.sector = sector
    _read_party_office(reading, name, title)
    name.country = name.country or _country_about(reading, title)


def _read_party_office(reading: ActorReading, name: _Name, role: Token) -> None:
    """A party's office holder is of the party, not the government: a party's office (leader, chairman, member …) of
    or after a party's name ("leader of the Centre Party", "Labour Party leader", "the party's founder") is of sector
    PTY, unless the party's words say the opposition's or the ruling party's ("the opposition Labour Party"). Not
    when the person holds another title ("Prime Minister Ana Vell, leader of the ruling Civic Party")."""
    if role.lower_ not in _PARTY_OFFICES or name.title_head not in (-1, role.i):
        return
    for owner in role.children:
        if owner.dep_ in MODIFIER_DEPS and owner.i < role.i:
            party = owner
        elif owner.dep_ == "prep" and owner.lower_ in reading.words.title_complement_prepositions:
            party = next((o for o in owner.children if o.dep_ == "pobj"), None)
        else:
            continue
        if party is not None and names_a_party(party):
            left, right = party.left_edge.i, party.right_edge.i + 1
            said = {reading.sector(*noun) for end, noun in reading.nouns_ending_at.items() if left <= noun[0] and end <= right}
            name.sector = next((sector for sector in _PARTY_NAME_SECTORS if sector in said), PARTY_SECTOR)
            return


def _country_about(reading: ActorReading, head: Token, name_words: range = range(0)) -> str | None:
    """The country named by a word modifying a title or name, or by the words modifying those ("Nigerian
    junior foreign minister", "French National Assembly president"), or "of" or "from" which it is ("Prime
    Minister Tarik Mirza of Pakistan"); not a place's name among the name's own words ("Jordan Bardella")."""
    countries = reading.countries_modifying(head, [s for s in reading.kb_spans if s.start not in name_words])
    for preposition in head.children:
        if preposition.dep_ == "prep" and preposition.lower_ in reading.words.title_country_prepositions:
            for place in preposition.children:
                if place.dep_ == "pobj":
                    named = reading.kb_ending_at.get(place.i + 1)
                    countries += reading.countries_modifying(place, reading.kb_spans)
                    countries += [named.label.code] if named is not None and named.label.kind in COUNTRY_LABELS else []
    return next(iter(countries), None)


def _country_before(reading: ActorReading, i: int) -> str | None:
    """The country that "its" at token ``i`` refers to: the nearest one earlier in the sentence."""
    sentence = reading.sentence_of[i]
    for span in reversed(reading.kb_spans):
        if span.end <= i and reading.sentence_of[span.start] == sentence and span.label.kind == "COUNTRY":
            return span.label.code
    return None


def _name_start(reading: ActorReading, name: _Name) -> int:
    return name.name_start if name.name_start >= 0 else name.start


def _name_text(reading: ActorReading, name: _Name) -> str:
    end = name.end - (reading.doc[name.end - 1].text in reading.words.possessive_endings)
    return " ".join(reading.doc[_name_start(reading, name):end].text.split())


def _person_key(reading: ActorReading, name: _Name) -> tuple:
    if name.kb_id:
        return ("kb", name.kb_id)
    words = ascii_fold(_name_text(reading, name)).lower().split()
    return _longer_name_ending_with(reading, words, name.start) or ("person", " ".join(words))


def _longer_name_ending_with(reading: ActorReading, words: list[str], start: int) -> tuple | None:
    """The person named before ``start`` whose longer name ends with these words, the nearest first: "Le Drian"
    after "Jean-Yves Le Drian", "Bin Salman" after "Mohammed bin Salman"."""
    longer = [d for d in reading.drafts.values() if d.kind == "person"
              and len(named := ascii_fold(d.name).lower().split()) > len(words) and named[-len(words):] == words]
    nearest = _named_last_before(longer, start)
    return nearest.key if nearest else None


def _surname_key(reading: ActorReading, name: _Name) -> tuple:
    """A single name refers to the person whose full name ends with it, the nearest earlier one first, else the
    first named after it."""
    word = ascii_fold(_name_text(reading, name)).lower()
    bearers = [d for d in reading.drafts.values() if d.kind == "person" and word in ascii_fold(d.name).lower().split()[1:]]
    if bearers:
        return (_named_last_before(bearers, name.start) or min(bearers, key=lambda d: min(m[0] for m in d.mentions))).key
    first_named = [d.key for d in reading.drafts.values()
                   if d.kind == "person" and " " in d.name and ascii_fold(d.name).lower().split()[0] == word]
    if len(first_named) == 1:  # "Hillary" after "Hillary Clinton"
        return first_named[0]
    return ("person", word)


def _named_last_before(people: list[Draft], start: int) -> Draft | None:
    """Of these people, the one whose last mention before ``start`` is the nearest, if any is mentioned before it."""
    nearest = None
    for draft in people:
        last_before = max((m[0] for m in draft.mentions if m[0] < start), default=None)
        if last_before is not None and (nearest is None or last_before > nearest[0]):
            nearest = (last_before, draft)
    return nearest[1] if nearest else None


def _attach_person(reading: ActorReading, name: _Name, key: tuple) -> None:
    draft = reading.drafts.get(key) or _new_person(reading, key, name)
    single = name.end - _name_start(reading, name) == 1
    kind = "surname" if single and " " in draft.name and ascii_fold(_name_text(reading, name)) != ascii_fold(draft.name.split()[0]) else "name"
    draft.role = draft.role or name.role
    # A country comes from the knowledge base, or a title, appositive, possessive or adjective about
    # this person; a state office with no country of its own ("President Amadou Keita said Mali …")
    # is held in the country its sentence names, else in the country the story was filed from. Never a
    # country merely nearby ("Microsoft co-founder Bill Gates spoke on Turkish farming").
    state_office = name.role is not None and name.sector in reading.words.state_sectors
    unknown_country = reading.doc[name.start].text in reading.place_adjectives  # "Morvanian President Ilka Rens"
    draft.country = draft.country or name.country or (
        _nearby_country(reading, name) or reading.filed_from if state_office and not unknown_country else None)
    draft.sector = draft.sector or name.sector or ("GOV" if name.role else None)
    draft.gender = draft.gender or name.gender
    if name.family:
        draft.families.add(name.family)
    reading.claim(name.start, name.end, key, kind)


def _new_person(reading: ActorReading, key: tuple, name: _Name) -> Draft:
    if key[0] == "kb":
        person = reading.kb.people[key[1]]
        # The role stays empty until the text states one; the knowledge base's fills it at the end.
        draft = Draft(key, person.name, "person", person.country, person.sector, None, person.id,
                       person.gender, set(reading.matchers.person_families[person.id]))
    else:
        draft = Draft(key, _name_text(reading, name), "person")
    reading.drafts[key] = draft
    return draft


def _nearby_country(reading: ActorReading, name: _Name) -> str | None:
    """For an office holder nothing else places: the closest country adjective or name in the same
    sentence, but not a country the sentence acts upon ("Bush warned Russia", "talks with Iran")."""
    sentence, best = reading.sentence_of[name.start], None
    for span in reading.kb_spans:
        label = span.label.kind
        if reading.sentence_of[span.start] != sentence or label not in ("ADJECTIVE", "COUNTRY"):
            continue
        if _name_start(reading, name) <= span.start < name.end:  # a given name: "Jordan Bardella"
            continue
        if label == "COUNTRY" and _is_target(reading, reading.doc[span.end - 1]):
            continue
        distance = min(abs(span.start - name.end), abs(name.start - span.end))
        if (distance <= 8 or label == "COUNTRY") and (best is None or distance < best[0]):
            best = (distance, span.label.code)
    return best[1] if best else None


def _is_target(reading: ActorReading, token: Token) -> bool:
    while token.dep_ == "conj" and token.head.i < token.i:  # "arms sales to Croatia and Ecuador"
        token = token.head
    if token.dep_ in ("dobj", "dative", "iobj"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in reading.words.target_prepositions
