"""Actors, pass 4: descriptions — a country adjective with the noun it modifies ("the Ukrainian
side", "Russian troops"), demonyms, party members named by their party ("Democrats", "the Tories"), and
sector nouns that act ("the rebels said").
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_reading import GENERIC_SECTORS, ActorReading, Draft, strip_article
from .labels import NOUN_POS, SUBJECT_DEPS

PARTY_SECTOR = "PTY"
_PARTY = "party"  # WordNet's first sense: an organization to gain political power
# Where a name stands on the political spectrum ("far-right", "centre-left", "right-wing": WordNet's right-wing,
# "supporting tenets of the political right"): a name so placed is a party's ("the far-right National Rally").
_POLITICAL_SPECTRUM = frozenset({"left", "right", "centre", "center", "leftist", "rightist", "centrist"})
# Plural nouns a party's members go by; what a noun modifies ("Republican senators") is not one.
PARTY_MEMBER_TAGS = frozenset({"NNS", "NNPS"})
PARTY_MEMBER_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def names_a_party(head: Token) -> bool:
    """"the Centre Party", "the party", or a name placed on the political spectrum ("the far-right National Rally");
    not a party of a kind a common noun names ("the search party", "a working party")."""
    if head.lemma_.lower() == _PARTY:
        return not any(child.dep_ == "compound" and child.tag_ in ("NN", "NNS") for child in head.lefts)
    return head.tag_ in ("NNP", "NNPS") and any(
        word.lower_ in _POLITICAL_SPECTRUM for child in head.lefts if child.dep_ == "amod" for word in child.subtree)


def read_descriptions(reading: ActorReading) -> list[tuple[int, int, str, str]]:
    """Country adjectives and demonyms; person-like descriptions wait for all names to be known."""
    deferred = []
    for span in reading.kb_spans:
        label, iso3 = span.label
        if label not in ("ADJECTIVE", "DEMONYM") or not reading.free(span.start, span.end):
            continue
        if label == "DEMONYM":
            reading.claim(reading.article_start(span.start), span.end, reading.group_key(iso3, "CVL", span.text), "description")
            continue
        noun = reading.modified_noun(span)
        if noun is None:
            reading.claim(span.start, span.end, reading.country_key(iso3), "description")
            continue
        start, end = reading.description_bounds(span, noun)
        phrase = reading.doc[span.start:end].text
        title_range = reading.title_ending_at.get(noun.i + 1)
        title = reading.title(*title_range) if title_range else None
        sector_range = reading.nouns_ending_at.get(noun.i + 1)
        sector = reading.sector(*sector_range) if sector_range else None
        if title and title.family in reading.words.person_families and noun.tag_ == "NN":
            if reading.free(start, end):
                reading.claim_placeholder(start, end)
                deferred.append((start, end, iso3, title.family))
            continue
        if sector is None and title is not None:
            sector = title.sector
        if sector is None:  # "the Russian invasion": the country, named by its adjective alone
            key, start, end = reading.country_key(iso3), span.start, span.end
        elif sector == "GOV":  # "the Ukrainian side", "Turkish officials": the government
            key = reading.country_key(iso3)
        else:  # "Russian troops": the country's military, one actor however it is worded
            key = reading.group_key(iso3, sector, strip_article(phrase))
        if not reading.free(start, end):
            start, end = span.start, span.end
        reading.claim(start, end, key, "description")
    return deferred + _owned_titles(reading)


def _owned_titles(reading: ActorReading) -> list[tuple[int, int, str, str]]:
    """"Norway's foreign minister", "Kenya's president": a country's office holder, deferred as "the Norwegian
    foreign minister" is; the country's own name stays the country."""
    deferred = []
    for start, end in sorted(reading.title_ending_at.values()):
        if start < 2 or reading.doc[start - 1].text not in reading.words.possessive_endings:
            continue
        owner, title = reading.owner[start - 2], reading.title(start, end)
        if not (owner and owner[0] == "country" and title and title.family in reading.words.person_families):
            continue
        head = reading.doc[end - 1]
        if head.tag_ != "NN" or not reading.free(start, end):
            continue
        named = reading.owner[head.head.i] if head.dep_ == "appos" else None
        if named in reading.drafts and reading.drafts[named].kind == "person":  # "Arturo Diaz, Mexico's envoy,"
            reading.claim(start, end, named, "description")
        elif owner[1] is None:  # a place the knowledge base does not know has no people to resolve to
            reading.claim(start, end, owner, "description")
        else:
            reading.claim_placeholder(start, end)
            deferred.append((start, end, owner[1], title.family))
    return deferred


def read_party_members(reading: ActorReading) -> None:
    """"Democrats criticized the plan", "the Tories": a capitalized plural noun naming the members of a party is a
    group of sector PTY, one per party noun, in the party's country when the knowledge names it. Lower case
    ("democrats", who favour democracy) is not a party; at a sentence's start, where every word has a capital,
    only a name tagged as such (NORP, ORG) is."""
    members = reading.kb.party_members
    # Only capitalized words can be party nouns: look them up, not every token of the text.
    for i in sorted(i for plural in members for i in reading.capitalized.get(plural, ())):
        token = reading.doc[i]
        if token.tag_ not in PARTY_MEMBER_TAGS or token.dep_ in PARTY_MEMBER_MODIFIER_DEPS:
            continue
        if token.is_sent_start and token.ent_type_ not in ("NORP", "ORG"):
            continue
        start = reading.article_start(token.i)
        if not reading.free(start, token.i + 1):
            start = token.i
        if not reading.free(start, token.i + 1):
            continue
        key = ("party_members", token.text)
        if key not in reading.drafts:
            reading.drafts[key] = Draft(key, token.text, "group", members[token.text], PARTY_SECTOR)
        reading.claim(start, token.i + 1, key, "description")


def read_sector_subjects(reading: ActorReading) -> None:
    """"The rebels said", "Ukraine's military said": a sector noun that acts is an actor."""
    for end, (start, _) in sorted(reading.nouns_ending_at.items()):
        head = reading.doc[end - 1]
        if not reading.free(start, end) or not _common_noun(head):
            continue
        if end in reading.title_ending_at and head.tag_ == "NN":
            continue  # "the (former) president" refers back to a person; see read_titles_referring_back (actor_references)
        sector = reading.sector(start, end)
        if sector is None or sector in GENERIC_SECTORS:
            continue
        owner = reading.owner[start - 2] if start >= 2 and reading.doc[start - 1].text in reading.words.possessive_endings else None
        if owner and owner[0] == "country":  # "Ukraine's military"
            if sector != "GOV":
                reading.claim(start, end, reading.group_key(owner[1], sector, reading.doc[start - 2:end].text), "description")
            continue
        owner = _pronoun_antecedent(reading, start, head)
        if owner and owner[0] == "country" and sector != "GOV" and head.dep_ in SUBJECT_DEPS:
            # "Russia said its troops had withdrawn": the troops act, as Russia's military
            text = f"{reading.drafts[owner].name}'s {reading.doc[start:end].text}"  # a place may be no known country
            reading.claim(start - 1, end, reading.group_key(owner[1], sector, text), "description")
            continue
        if owner:
            # "the RSF said its fighters would …", "Russia withdrew its troops": the owner's own people, what
            # is done with them is the owner's act and done to no one else
            reading.claim(start - 1, end, owner, "description")
            continue
        leader = _leader(reading, start, head)
        if leader is not None and sector in reading.words.armed_follower_sectors:
            # "Dagalo said his forces would …": the leader's country, and a non-state leader's sector
            followers = leader.sector if leader.sector in reading.words.non_state_armed_sectors else sector
            text = f"{leader.name}'s {reading.doc[start:end].text}"
            reading.claim(start - 1, end, reading.group_key(leader.country, followers, text), "description")
            continue
        owner = reading.owner[end + 1] if end + 1 < len(reading.doc) and reading.doc[end].lower_ == "of" else None
        if owner and owner[0] == "country":  # "the government of Chad", "the army of Sudan"
            first = reading.article_start(start)
            key = owner if sector == "GOV" else reading.group_key(owner[1], sector, reading.doc[start:end].text)
            reading.claim(first, end, key, "description")
            continue
        place = reading.ent_at.get(end + 1) if owner is None and end + 1 < len(reading.doc) and reading.doc[end].lower_ == "of" else None
        if place is not None and place.start == end + 1 and place.label_ in ("GPE", "LOC") and reading.free(start, place.end):
            # "the government of Sindh province": a regional body, named with its place
            first = reading.article_start(start)
            text = reading.doc[start:place.end].text
            reading.claim(first, place.end, reading.group_key(None, sector, text), "description")
            continue
        counted_from = _counter_start(reading, head, start)
        acts = (head.dep_ in SUBJECT_DEPS or _agent(head) or counted_from is not None) \
            and (head.tag_ == "NNS" or reading.doc[start - 1:start].text.lower() == "the")
        capitalized = head.dep_ in SUBJECT_DEPS and head.tag_ == "NNP"  # "LUSAKA (Reuters) - Police said"
        first = counted_from if counted_from is not None else reading.article_start(start)
        key = filing_country_body(reading, start, end, sector) if acts or capitalized else None
        if key is not None:
            reading.claim(first, end, key, "description")
            continue
        if sector == "GOV":
            continue  # "the government", "officials" with no country say too little to be an actor
        if acts:
            norp = _norp_before(reading, start)
            first = norp if norp is not None else first
            text = reading.doc[norp if norp is not None else start:end].text
            reading.claim(first, end, reading.group_key(None, sector, text), "description")


def _agent(head: Token) -> bool:
    """Whether the noun is the object of a passive's "by" or of a "by" on a noun, which names the doer as a subject
    does ("two soldiers were killed by rebels", "the detention of journalists by police"; §348)."""
    by = head.head
    return head.dep_ == "pobj" and by.lower_ == "by" and (by.dep_ == "agent" or by.head.pos_ in NOUN_POS)


def _counter_start(reading: ActorReading, head: Token, start: int) -> int | None:
    """Where the subject that counts the noun starts, when the noun is the "of" object of a number or a body of
    people ("Thousands of protesters gathered", "two of the rebels", "a group of activists"; §466): the people
    counted are who act, and the mention covers the count, the subject the event reads."""
    counter = head.head.head
    if head.dep_ != "pobj" or head.head.lower_ != "of" or counter.dep_ not in SUBJECT_DEPS:
        return None
    lemma = counter.lemma_.lower()
    if counter.ent_type_ != "CARDINAL" and (lemma not in reading.kb.collective_nouns or lemma in reading.words.kin_groups):
        return None  # "families of the victims" are kin to them
    first = counter.left_edge.i
    return first if reading.free(first, start) else None


def _pronoun_antecedent(reading: ActorReading, start: int, head: Token) -> tuple | None:
    """The actor "its" or "their" before a sector noun stands for: the subject of the nearest clause above the
    noun that has one which is a country, an organization or a group ("Russia withdrew its troops", "Hamas
    said its fighters had fired"). A person is no owner ("its" and "their" are not said of one), nor are
    joined subjects, whose share the parse does not give."""
    if start < 1 or reading.doc[start - 1].lower_ not in ("its", "their") or reading.sector(head.i, head.i + 1) is None:
        return None  # "its troops", not "its military presence"
    subject = _subject_above(start, head)
    if subject is None or any(c.dep_ == "conj" for c in subject.children):
        return None  # "Israel and Hamas said their fighters": whose, the parse does not say
    owner = reading.owner[subject.i]
    return owner if owner and owner[0] in ("country", "org", "group") else None


def _leader(reading: ActorReading, start: int, head: Token) -> Draft | None:
    """The person "his" or "her" before a sector noun stands for, when the subject of the nearest clause above
    is a person whose country is known: "Dagalo said his forces would hold", "the general ordered his troops"."""
    if start < 1 or reading.doc[start - 1].lower_ not in reading.words.pronoun_genders:
        return None
    subject = _subject_above(start, head)
    owner = reading.owner[subject.i] if subject is not None else None
    draft = reading.drafts.get(owner) if owner else None
    return draft if draft is not None and draft.kind == "person" and draft.country else None


def _subject_above(start: int, head: Token) -> Token | None:
    """The first subject, before the noun phrase starting at token ``start``, of the nearest clause above the
    noun ``head`` that has one."""
    token = head
    while token.head.i != token.i:
        token = token.head
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < start and c.i != head.i]
        if subjects:
            return subjects[0]
    return None


def _common_noun(token: Token) -> bool:
    """A noun, or a capitalized sector noun the tagger takes for a name that no entity covers ("LUSAKA
    (Reuters) - Police said", where the word starts a sentence)."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_title and not token.ent_type_)


def filing_country_body(reading: ActorReading, start: int, end: int, sector: str | None) -> tuple | None:
    """"BAGHDAD (Reuters) - Police said", "the interior ministry said": a state body named without an owner, in
    a sentence that names no country, is the filing country's, as an unplaced office holder is. Its key, or
    None."""
    filed_from = reading.filed_from
    if filed_from is None or sector not in reading.words.local_body_sectors or not _local_body(reading, start, end) \
            or reading.sentence_of[start] in reading.sentences_naming_countries:
        return None
    if sector == "GOV":
        return reading.country_key(filed_from)
    return reading.group_key(filed_from, sector, reading.doc[start:end].text)


def _local_body(reading: ActorReading, start: int, end: int) -> bool:
    """Whether a state body's phrase may be the filing country's: not when it says whose it is ("FBI
    officials", "officials with the campaign committee", "Democratic party officials"), names a mission
    abroad ("the embassy", "the delegation"), or is a title: of one person, or with "the" of people named
    before ("the ministers"). "Officials said" may be the filing country's."""
    head = reading.doc[end - 1]
    if head.lemma_.lower() in reading.words.diplomatic_missions:
        return False
    if head.lemma_.lower() in reading.kb.titles and (head.tag_ != "NNS" or reading.doc[start - 1:start].text.lower() == "the"):
        return False  # one person ("the minister", "Judge"), or people named before ("the ministers")
    return not any(t.ent_type_ or t.pos_ == "PROPN" for t in head.subtree if not start <= t.i < end and t.dep_ != "det")


def _norp_before(reading: ActorReading, start: int) -> int | None:
    ent = reading.norp_ending_at.get(start)
    return ent.start if ent is not None and reading.free(ent.start, ent.end) else None


def resolve_person_descriptions(reading: ActorReading, deferred: list[tuple[int, int, str, str]]) -> None:
    """"A Russian representative" is the Russian negotiator named in the article, if exactly one fits."""
    for start, end, iso3, family in deferred:
        fits = [d for d in reading.drafts.values()
                if d.kind == "person" and d.country == iso3 and family in d.families]
        key = fits[0].key if len(fits) == 1 else reading.country_key(iso3)
        reading.claim(start, end, key, "description")
