"""Actors, pass 5: references back — titles ("the president"), "the host nation" next to its
country, and pronouns, each to the actor it stands for.
"""

from __future__ import annotations

import bisect
from spacy.tokens import Token

from .actor_reading import ActorReading, Draft
from .event_lexicon import party_nouns
from .labels import PREDICATE_POS, SUBJECT_DEPS
from .lexicon import ActorWords


def read_titles_referring_back(reading: ActorReading) -> None:
    """"the president" refers to the last person mentioned whose role it names."""
    for start, end in sorted(reading.titles):
        if start == 0 or reading.doc[start - 1].lower_ != "the" or not reading.free(start - 1, end):
            continue
        if end < len(reading.doc) and (reading.doc[end].lower_ in reading.words.title_complement_prepositions or reading.doc[end].text in reading.words.possessive_endings):
            continue
        word = reading.doc[start:end].text.lower()
        best = None
        for draft in reading.drafts.values():
            if draft.kind != "person" or word not in " ".join(filter(None, (draft.role, reading.role(draft)))).lower():
                continue
            last = max((m[0] for m in draft.mentions if m[0] < start), default=None)
            if last is not None and (best is None or last > best[0]):
                best = (last, draft.key)
        if best:
            reading.claim(start - 1, end, best[1], "title")


def read_host_appositives(reading: ActorReading) -> None:
    """"Turkey, the host nation, urged…": a country noun in apposition to a country is that country."""
    for i in reading.country_nouns:
        token = reading.doc[i]
        if token.dep_ != "appos":
            continue
        owner = reading.owner[token.head.i]
        left, right = token.left_edge.i, token.i + 1
        if owner and owner[0] == "country" and reading.free(left, right):
            reading.claim(left, right, owner, "description")


def read_pronouns(reading: ActorReading) -> None:
    people: dict[int, list[tuple[int, int, tuple]]] = {}  # person mentions by sentence, in text order
    for draft in reading.drafts.values():
        if draft.kind == "person":
            for start, end, _ in draft.mentions:
                people.setdefault(reading.sentence_of[start], []).append((start, end, draft.key))
    for mentions in people.values():
        mentions.sort()
    for i in reading.pronouns:
        token = reading.doc[i]
        gender = reading.words.pronoun_genders[token.lower_]
        if reading.owner[i] is not None:
            continue
        key = _antecedent(reading, token, gender, people)
        if key is None:
            continue
        following = reading.doc[token.i + 1] if token.i + 1 < len(reading.doc) else None
        if token.lower_ in reading.words.possessive_pronouns and following is not None \
                and following.lower_ in reading.words.country_nouns:
            country = reading.drafts[key].country
            if country and country in reading.kb.countries and reading.free(token.i, token.i + 2):
                reading.claim(token.i, token.i + 2, reading.country_key(country), "pronoun")
            continue
        reading.claim(token.i, token.i + 1, key, "pronoun")
        bisect.insort(people.setdefault(reading.sentence_of[i], []), (i, i + 1, key))


def _antecedent(reading: ActorReading, pronoun: Token, gender: str, people: dict[int, list[tuple[int, int, tuple]]]) -> tuple | None:
    """The person a pronoun refers to: a subject of its own sentence before it, else the latest
    subject (or the latest person) of the sentences before; "him" is never its own clause's subject."""
    sentence = reading.sentence_of[pronoun.i]
    objective = pronoun.dep_ not in SUBJECT_DEPS and pronoun.lower_ in reading.words.objective_pronouns
    for back in range(reading.matchers.pronoun_window + 1):
        number = sentence - back
        if number < 0:
            break
        found = [(s, e, k) for s, e, k in people.get(number, ()) if (back or e <= pronoun.i) and _compatible(reading, k, gender)]
        if back == 0 and objective:
            # "Trump admires Putin, comparing him…": not the subject of "him"'s own clause or the
            # clauses above it, and the nearest person left, subject or not.
            verb = clause_verb(pronoun)
            own = {verb.i} | {t.i for t in verb.ancestors}
            found = [c for c in found if not (_is_subject(reading, c) and clause_verb(reading.doc[c[1] - 1]).i in own)]
            if found:
                return found[-1][2]
        subjects = [c for c in found if _is_subject(reading, c)]
        pick = subjects or found
        if pick:
            return pick[-1][2]
    return None


def _compatible(reading: ActorReading, key: tuple, gender: str) -> bool:
    return reading.drafts[key].gender in (None, gender)


def _is_subject(reading: ActorReading, mention: tuple[int, int, tuple]) -> bool:
    return any(t.dep_ in SUBJECT_DEPS for t in reading.doc[mention[0]:mention[1]])


def clause_verb(token: Token) -> Token:
    """The verb or auxiliary whose clause ``token`` stands in, else its sentence's root."""
    while token.dep_ != "ROOT" and token.pos_ not in PREDICATE_POS:
        token = token.head
    return token


def read_pair_references(reading: ActorReading) -> None:
    """"The two sides", "both parties" are the two actors last named together ("talks between Russia
    and Ukraine, hosted by Turkey"): a coordinated pair, so a mediator or host is never one of them."""
    for start, end in reading.pair_references:
        if not reading.free(start, end):
            continue
        pair = _last_pair(reading, start, reading.doc[start:end].root.dep_ in SUBJECT_DEPS)
        if pair is None:
            continue
        reading.claim(start, end, pair[0], "description")
        reading.drafts[pair[1]].mentions.append((start, end, "description"))


def _last_pair(reading: ActorReading, before: int, acting: bool) -> tuple[tuple, tuple] | None:
    """The owners of the last "X and Y" before token ``before``, in its sentence or the ones before it; for
    a pair that acts ("Both parties agreed"), however far back: a story names its two sides together near its
    top, and mediators or hosts often in the sentences between. A pair that does not act is often no pair of
    the story ("critics in both parties")."""
    first_sentence = reading.sentence_of[before] - reading.matchers.pronoun_window
    for i in range(before - 1, -1, -1):
        if reading.sentence_of[i] < first_sentence and not acting:
            break
        token = reading.doc[i]
        if token.dep_ != "conj":
            continue
        second, first = reading.owner[i], reading.owner[token.head.i]
        if first in reading.drafts and second in reading.drafts and first != second \
                and not _third_parties(token.head, token, reading.words):
            return first, second
    return None


def _third_parties(first: Token, second: Token, words: ActorWords) -> bool:
    """Whether the pair ``first`` and ``second`` mediates or hosts: "Saudi and U.S. mediators", "talks hosted by
    Turkey and Qatar", "Egypt and Qatar mediated", "Egypt and Qatar, which brokered the deal"."""
    if first.dep_ in ("amod", "compound", "nmod", "poss"):
        return first.head.lemma_.lower() in words.third_party_nouns
    agent = first.dep_ == "pobj" and first.head.dep_ == "agent"
    if (agent or first.dep_ == "nsubj") and (first.head.head if agent else first.head).lemma_.lower() in words.third_party_verbs:
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in words.third_party_verbs
               for member in (first, second) for c in member.children)


# Sectors whose descriptions fit each other: PLOVER's rebels and unaligned armed forces ("the militia" after a
# rebel group named before).
_SECTOR_FAMILY = {"UAF": "REB"}
# "the government" names no actor without a country (actor_descriptions.read_sector_subjects); "the company" is
# often a firm not read as an actor, so the one company that was is no evidence (TimeBank A: 5 of 6 wrong).
_UNRESOLVED_SECTORS = {None, "GOV", "BUS"}
# The word that names an organization's kind in the knowledge base ("the group" after Hamas, kind group).
_GROUP_KIND = "group"


def read_definite_descriptions(reading: ActorReading) -> None:
    """"Sudan's army and the RSF agreed … the army said": a description with no country of its own ("the" and a
    sector noun, or a capitalized sector noun alone, "Army chief") is the one actor named before it that it fits —
    of its sector; an alliance or bloc an intergovernmental body; "the group" a group of the knowledge base.
    When none or several fit, it stays as it is."""
    for draft in list(reading.drafts.values()):
        sector = _bare_description_sector(reading, draft)
        if sector is None:
            continue
        moved_to = None
        for mention in sorted(draft.mentions):
            start, end, _ = mention
            if reading.doc[start].lower_ in reading.words.possessive_pronouns:
                key = moved_to  # "Islamic State fighters ambushed their forces": read as the fighters' own, they follow them
            elif _collective(reading, end):
                key = _one_fitting(reading, start, lambda d: d.key != draft.key and _family(d.sector) == _family(sector)
                                   and _named(reading, d))
                if not (_definite(reading, draft, start) or _named_before(reading, start, end) == key):
                    key = None
                moved_to = key
            else:
                key = moved_to = None
            if key is not None:
                draft.mentions.remove(mention)
                reading.claim(start, end, key, "description")
    for i, token in enumerate(reading.doc):
        if i == 0 or reading.doc[i - 1].lower_ != "the" or not reading.free(i - 1, i + 1) or not _kind_noun(reading, token):
            continue
        if token.lower_ == _GROUP_KIND:
            fits = lambda d: d.kind == _GROUP_KIND and d.kb_id is not None and _family(d.sector) == _family("REB")  # noqa: E731
        elif reading.kb.collective_nouns.get(token.lower_):
            fits = lambda d: d.key[0] == "org" and d.sector == "IGO"  # noqa: E731
        else:
            continue
        key = _one_fitting(reading, i - 1, fits)
        if key is not None:
            reading.claim(i - 1, i + 1, key, "description")
    _read_person_descriptions(reading)


def _read_person_descriptions(reading: ActorReading) -> None:
    """"Tom Varga, the gunman, … the gunman surrendered": "the" and a noun that was the appositive of exactly one
    named person before it (or is one itself: "The gunman, Tom Varga,") is that person."""
    described = _described_people(reading)
    for i, token in enumerate(reading.doc):
        if i == 0 or reading.doc[i - 1].lower_ != "the" or token.lower_ not in described or not _kind_noun(reading, token):
            continue
        owner = reading.owner[i]
        if owner != reading.owner[i - 1] or (owner is not None and _bare_description_sector(reading, reading.drafts[owner]) is None):
            continue  # taken by a name, a title referring back or a country's description
        direct = [key for key, where in described[token.lower_].items() if where == i]
        fits = direct or [key for key, where in described[token.lower_].items() if where < i - 1]
        if len(fits) != 1:
            continue
        if owner is not None:
            reading.drafts[owner].mentions = [m for m in reading.drafts[owner].mentions if m[0] != i - 1]
        reading.claim(i - 1, i + 1, fits[0], "description")


def _person_noun(noun: str, collective_nouns: dict[str, bool]) -> bool:
    """WordNet's most frequent sense of the noun is a person or a group (plover_party_nouns.csv), and not a group."""
    return noun in party_nouns() and noun not in collective_nouns


def _described_people(reading: ActorReading) -> dict[str, dict[tuple, int]]:
    """For each noun that heads an appositive of a named person, the people it describes and the token it is at
    (the first time): "Tom Varga, the gunman," and "The gunman, Tom Varga," both describe Tom Varga as a gunman."""
    out: dict[str, dict[tuple, int]] = {}
    for draft in reading.drafts.values():
        if draft.kind != "person":
            continue
        for start, end, kind in draft.mentions:
            if kind == "pronoun":
                continue
            for token in reading.doc[start:end]:
                nouns = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
                for noun in nouns:
                    if noun.tag_ == "NN" and not start <= noun.i < end and _person_noun(noun.lower_, reading.kb.collective_nouns):
                        where = out.setdefault(noun.lower_, {})
                        where[draft.key] = min(where.get(draft.key, noun.i), noun.i)
    return out


def _bare_description_sector(reading: ActorReading, draft: Draft) -> str | None:
    """The sector of an actor read from a sector noun alone ("the army", "Army"), with no country or name of its own;
    not "Supreme Court" or "National Assembly": a capitalized phrase of more words is an institution's name."""
    words = _generic_words(reading, draft)
    if words is None or draft.sector in _UNRESOLVED_SECTORS or (draft.key[0] == "orgname" and " " in words):
        return None
    return draft.sector


def _generic_words(reading: ActorReading, draft: Draft) -> str | None:
    """The words of an actor with no country nor knowledge-base entry that are only a sector noun ("army", "Air
    Force", "Supreme Court"): they say of no one in particular which it is."""
    if draft.country is not None or draft.kb_id is not None or draft.kind == "person":
        return None
    if draft.key[0] == "group" and len(draft.key) == 4:
        words = draft.key[3]
    else:
        words = draft.key[1] if draft.key[0] == "orgname" else None
    return words if words is not None and reading.kb.sector_nouns.get(words.lower()) == draft.sector else None


def _collective(reading: ActorReading, end: int) -> bool:
    """A plural, or a singular noun that names a body of people ("the army", not "the gunman")."""
    head = reading.doc[end - 1]
    return head.tag_ == "NNS" or head.lower_ in reading.kb.collective_nouns


def _definite(reading: ActorReading, draft: Draft, start: int) -> bool:
    """"the army", or a sector noun capitalized as a name ("Army chief Gen. Burhan", an organization to spaCy);
    not "Rebels" opening a sentence."""
    first = reading.doc[start]
    return first.lower_ == "the" or draft.key[0] == "orgname" or (first.text[:1].isupper() and not first.is_sent_start)


def _named_before(reading: ActorReading, start: int, end: int) -> tuple | None:
    """The actor whose name modifies the sector noun ("M23 rebels")."""
    before = reading.doc[start - 1] if start > 0 else None
    return reading.owner[before.i] if before is not None and before.head.i == end - 1 else None


def _kind_noun(reading: ActorReading, token: Token) -> bool:
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.dep_ != "compound" and token.text.islower() \
        and not (token.i + 1 < len(reading.doc) and reading.doc[token.i + 1].lower_ == "of")


def _family(sector: str | None) -> str | None:
    return _SECTOR_FAMILY.get(sector, sector)


def _named(reading: ActorReading, draft: Draft) -> bool:
    """An actor with a name or a country of its own: not another description, nor a generic name ("Air Force")."""
    return draft.kind in ("group", "organization") and _generic_words(reading, draft) is None


def _one_fitting(reading: ActorReading, before: int, fits) -> tuple | None:
    """The key of the one actor that fits and is named before token ``before``; None when none or several."""
    found = [d.key for d in reading.drafts.values() if d.mentions and min(m[0] for m in d.mentions) < before and fits(d)]
    return found[0] if len(found) == 1 else None
