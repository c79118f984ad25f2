"""Actors, pass 6: pronouns that stand for a country, an organization or a group — "Iran said it would…",
"The rebels seized the town. They later attacked…", "It accused them of spying" — each to the actor of the noun
phrase it refers back to.

The antecedent is found as Hobbs and centering find it, over every noun phrase and not only over actors: a
subject pronoun takes the latest subject of its own sentence before it, else the main subject of the sentences
before (within ``pronoun_window``); an object pronoun ("them", "accused it") the nearest noun phrase before it
that is not its own clause's subject. The phrase must agree in number: "it" a singular noun, a country or an
organization; "they" and "them" a plural noun, two phrases joined, or a group's name or a collective noun
("Hamas", "the militia"). When the phrase found names no actor ("the town", "residents"), names a person, or
joins two ("Armenia and Azerbaijan … they": one actor cannot hold both), the pronoun stays unresolved: an actor
left unnamed is better than a wrong one. An "it" that stands for a clause ("it is likely that…", "it was
reported that…") refers to nothing. Possessives ("its", "their") are read only before a sector noun
(actor_descriptions): elsewhere they name a possessor, not a party to the act.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actor_reading import ActorReading
from .actor_references import clause_verb
from .labels import NOUN_POS, SUBJECT_DEPS

SINGULAR, PLURAL = "singular", "plural"
# Where a noun phrase stands in its clause: the heads that may be antecedents ("the rebels seized the town of Bunia").
_ARGUMENT_DEPS = SUBJECT_DEPS | {"dobj", "pobj", "attr", "dative", "appos", "ROOT"}
# Entities that are amounts and times, never what a pronoun of an actor refers to ("on Friday").
_NOT_ANTECEDENT_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}  # not CARDINAL: "the three"
# The clauses an extraposed "it" stands for: "that …", "whether …", "to …" ("it is time to act": a relative clause).
_EXTRAPOSED_DEPS = {"ccomp", "xcomp", "csubj", "advcl", "relcl"}
# Where an extraposed clause hangs below the adjective or noun of the copula ("it is likely that…").
_PREDICATE_DEPS = {"acomp", "attr", "oprd"}
_PERSON = "person"


def read_nonperson_pronouns(reading: ActorReading) -> None:
    """Each free "it", "they", "them", in text order, to the actor its antecedent names; the ones resolved before
    are antecedents of the ones after ("Iran said it… It accused…")."""
    sentences = list(reading.doc.sents) if reading.nonperson_pronouns else []
    for i in reading.nonperson_pronouns:
        if reading.owner[i] is None and not _expletive(reading, reading.doc[i]):
            key = _antecedent_actor(reading, reading.doc[i], sentences)
            if key is not None:
                reading.claim(i, i + 1, key, "pronoun")


def _expletive(reading: ActorReading, pronoun: Token) -> bool:
    """"it" that stands for a clause after it: "it is likely that…", "it seems that…", "it was reported that…",
    "it is time to act", "made it impossible to trade"; and spaCy's own expletive ("there"-like) "it"."""
    if pronoun.lower_ != "it":
        return False
    if pronoun.dep_ == "expl":
        return True
    head = pronoun.head
    if head.i == pronoun.i:
        return False
    small_clause = head.pos_ == "ADJ"  # "made it impossible to…": "it" the subject of the adjective
    if not (small_clause or pronoun.dep_ == "nsubjpass" or head.lemma_.lower() in reading.words.extraposing_verbs):
        return False
    holders = [head] + [c for c in head.children if c.dep_ in _PREDICATE_DEPS]
    return any(c.dep_ in _EXTRAPOSED_DEPS and c.i > pronoun.i for holder in holders for c in holder.children)


def _antecedent_actor(reading: ActorReading, pronoun: Token, sentences: list[Span]) -> tuple | None:
    """The actor of the noun phrase the pronoun refers back to; none when that phrase names none."""
    number = reading.words.nonperson_pronouns[pronoun.lower_]
    # "them" is never its clause's subject, even where the parser makes it one ("make them hand over")
    objective = pronoun.dep_ not in SUBJECT_DEPS or pronoun.lower_ in reading.words.objective_pronouns
    own_clause = {verb.i for verb in _clause_and_its_sharers(clause_verb(pronoun))}
    sentence = reading.sentence_of[pronoun.i]
    for back in range(reading.matchers.pronoun_window + 1):
        if sentence - back < 0:
            break
        span = sentences[sentence - back]
        end = pronoun.i if back == 0 else span.end
        found = [t for t in reading.doc[span.start:end] if _agrees(reading, t, number)]
        if objective:  # "It accused them", "the ministry will have seven days to ban it": not its own clause's subject
            found = [t for t in found if not (t.dep_ in SUBJECT_DEPS and clause_verb(t).i in own_clause)]
            if found:
                return _actor_of_phrase(reading, found[-1])
            continue
        subjects = [t for t in found if t.dep_ in SUBJECT_DEPS]
        if back and subjects:
            main = [t for t in subjects if clause_verb(t).dep_ == "ROOT"]
            return _actor_of_phrase(reading, main[0] if main else subjects[-1])
        if subjects or found:
            return _actor_of_phrase(reading, (subjects or found)[-1])
    return None


def _clause_and_its_sharers(verb: Token) -> list[Token]:
    """A clause's verb and, while it has no subject of its own, the verbs above whose subject it takes: "police beat
    and threatened them", "the ministry will have seven days to ban it"."""
    verbs = [verb]
    while verb.dep_ != "ROOT" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = clause_verb(verb.head)
        verbs.append(verb)
    return verbs


def _agrees(reading: ActorReading, token: Token, number: str) -> bool:
    """Whether ``token`` heads a noun phrase that a pronoun of ``number`` may refer to."""
    if token.lower_ in reading.words.nonperson_pronouns:
        return not _expletive(reading, token) and reading.words.nonperson_pronouns[token.lower_] == number
    if _joined(reading, token):  # "Armenia and Azerbaijan", "He and Khaled Bahra", "the two sides"
        return number == PLURAL and token.dep_ in _ARGUMENT_DEPS
    if token.pos_ == "NUM" and token.dep_ in SUBJECT_DEPS:  # "the three had fought … they had tried"
        return True
    if token.pos_ not in NOUN_POS or token.dep_ not in _ARGUMENT_DEPS or token.ent_type_ in _NOT_ANTECEDENT_ENTS:
        return False
    return number in _numbers(reading, token)


def _joined(reading: ActorReading, token: Token) -> bool:
    """Two phrases joined, or a phrase that stands for two ("the two sides", actor_references)."""
    if any(start <= token.i < end for start, end in reading.pair_references):
        return True
    return token.pos_ in NOUN_POS | {"PRON"} and any(c.dep_ == "conj" and c.pos_ in NOUN_POS | {"PRON"} for c in token.children)


def _numbers(reading: ActorReading, token: Token) -> set[str]:
    """The numbers a noun phrase agrees with: a person with neither ("he" and "she" are read elsewhere), a country
    or an organization with the singular ("the Philippines … it"); a group's name ("Hamas … they") and a collective
    noun ("the militia … they") with both, but not a body of the state, which American news calls "it" ("the
    court", "the army")."""
    draft = reading.drafts.get(reading.owner[token.i]) if reading.owner[token.i] else None
    kind = draft.kind if draft is not None else None
    if kind == _PERSON or (token.ent_type_ == "PERSON" and kind != "country"):
        return set()  # a name spaCy reads as a person's is no organization ("Velmar said it": a place that acts)
    plural = token.tag_ in ("NNS", "NNPS")
    if draft is not None and draft.kind in ("country", "organization"):
        return {PLURAL} if token.tag_ == "NNS" else {SINGULAR}  # "Turkish officials" are plural
    if plural:
        return {PLURAL}
    state_body = draft is not None and draft.sector in reading.words.state_sectors
    if (draft is not None and token.tag_ == "NNP") or (token.lemma_.lower() in reading.kb.collective_nouns and not state_body):
        return {SINGULAR, PLURAL}
    return {SINGULAR}


def _actor_of_phrase(reading: ActorReading, head: Token) -> tuple | None:
    """The actor a noun phrase names: its own, or its owner's when it is a body of one ("Iran's foreign ministry",
    "the Hamas leadership"); none for two phrases joined, which the one actor of a pronoun cannot hold, nor for a
    person."""
    if _joined(reading, head):
        return None
    key = reading.owner[head.i]
    if key is None and (head.lemma_.lower() in reading.kb.sector_nouns or head.lemma_.lower() in reading.kb.collective_nouns):
        owners = {reading.owner[c.i] for c in head.children if c.dep_ in ("poss", "compound", "amod")} - {None}
        key = owners.pop() if len(owners) == 1 else None
    return key if key in reading.drafts and reading.drafts[key].kind != _PERSON else None
