"""Actors, pass 5: references back — titles ("the president"), "the host nation" next to its
country, and pronouns, each to the actor it stands for.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from .actor_reading import ActorReading
from .labels import SUBJECT_DEPS


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
            verb = _clause_verb(reading, pronoun.i)
            own = {verb.i} | {t.i for t in verb.ancestors}
            found = [c for c in found if not (_is_subject(reading, c) and _clause_verb(reading, c[1] - 1).i in own)]
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


def _clause_verb(reading: ActorReading, i: int) -> Token:
    token = reading.doc[i]
    while token.dep_ != "ROOT" and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token


def read_pair_references(reading: ActorReading) -> None:
    """"The two sides", "both parties" are the two actors last named together ("talks between Russia
    and Ukraine, hosted by Turkey"): a coordinated pair, so a mediator or host is never one of them."""
    for start, end in reading.pair_references:
        if not reading.free(start, end):
            continue
        pair = _last_pair(reading, start)
        if pair is None:
            continue
        reading.claim(start, end, pair[0], "description")
        reading.drafts[pair[1]].mentions.append((start, end, "description"))


def _last_pair(reading: ActorReading, before: int) -> tuple[tuple, tuple] | None:
    """The owners of the last "X and Y" before token ``before``, in its sentence or the ones before it."""
    first_sentence = reading.sentence_of[before] - reading.matchers.pronoun_window
    for i in range(before - 1, -1, -1):
        if reading.sentence_of[i] < first_sentence:
            break
        token = reading.doc[i]
        if token.dep_ != "conj":
            continue
        second, first = reading.owner[i], reading.owner[token.head.i]
        if first in reading.drafts and second in reading.drafts and first != second:
            return first, second
    return None
