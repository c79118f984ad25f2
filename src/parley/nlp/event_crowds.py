"""What a crowd does is a protest: violence by or with protesters riots, a crowd that gathers
demonstrates, and protesters' demands, acts done "to protest" and acts people do in anger or defiance are
demonstrations (conventions §11, §15, §20, §130)."""

from __future__ import annotations

from spacy.tokens import Token

from .event_lexicon import SPECIFICITY, Code, RuleWords, grievance_nouns, stative_verbs
from .event_participants import AUTHORITY_ACTS
from .event_reading import Candidate
from .event_syntax import (armed, armed_men, by_the_state, counted, described_holders, done_in, has_own_actor, objects,
                           participle_host, prepositional_objects, subjects, to_infinitive)
from .labels import NOUN_POS, VERB_POS
from .lexicon import EventWords


def by_a_crowd(lex: RuleWords, verb: Token, lemma: str, candidate: Candidate | None) -> Candidate | None:
    """What a crowd does is a protest: violence by protesters riots ("protesters stormed the
    building"), and a crowd that gathers, turns out, protests or fills the streets demonstrates ("thousands
    of people protested the law", "demonstrators gathered"); one party that protests objects, as the
    lexicon says."""
    words = lex.words
    violent = candidate is not None and candidate.code.type in words.riot_types
    assembles = lemma in words.assembly_verbs or lemma in words.assembly_heads and any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in words.assembly_verbs for c in verb.children)
    aggrieved = candidate is None and _shows_grievance(verb, words)
    if candidate is None and _protesters_act(lex, verb, lemma):
        return Candidate(verb, Code("PROTEST", "demo"), SPECIFICITY["verb"])
    if not violent and not assembles and not aggrieved and not _into_the_streets(verb, words):
        return candidate  # most verbs: no need to read the subjects
    if violent:
        # Violence with protesters is theirs too: "police clashed with protesters", "scuffled with demonstrators";
        # so is an unarmed crowd's: "hundreds of opposition supporters stormed the building" ("two clans"
        # that fight are parties, no crowd).
        host = participle_host(verb)
        # a relative clause's "who" is the crowd it describes: "protesters, who hurled rocks"; a participle
        # after a noun is too often misparsed to say who acted ("drove into crowds, killing 10")
        doers = described_holders(host, subjects(host)) if host.dep_ == "relcl" else subjects(host)
        if any(c.dep_ == "nsubjpass" for c in host.children):
            # a passive's own subject suffers it, and no subject is lent by the clause it is joined to: "protesters
            # marched and hundreds were arrested" (conventions §405)
            doers = [c for c in doers if c.dep_ == "agent"]
        protesting = protesters(doers, words) or with_protesters(verb, words) \
            or _crowd(lex, verb, numbered=False, violent_act=True) and not _suffered(verb)
        if protesting and _undergone(verb, host, candidate, words):
            candidate.subject_targeted = True  # "ten were killed and hundreds arrested" (conventions §618)
            return candidate
        # a crowd that seizes a place occupies it ("students occupied the campus"): obstruction, not violence
        mode = "obstruct" if candidate.code == Code("COERCE", "seize") else "riot"
        return Candidate(verb, Code("PROTEST", mode), candidate.specificity, absorbed=candidate.absorbed) \
            if protesting else candidate
    if _crowd(lex, verb) and (candidate is None or candidate.code.type != "PROTEST"):
        return Candidate(verb, Code("PROTEST", "demo"), SPECIFICITY["verb"])
    if aggrieved and _people(lex, verb):
        return Candidate(verb, Code("PROTEST", "demo"), SPECIFICITY["verb"])
    return candidate


def _undergone(verb: Token, host: Token, candidate: Candidate, words: EventWords) -> bool:
    """Whether the crowd before an arrest or a deportation with nothing after it undergoes it, the passive's "were"
    left out after a first clause: "ten were killed and hundreds arrested", "50 protesters detained" (§618). Not one
    a crowd does to someone ("protesters detained two policemen"), nor a passive with its own subject or agent ("an
    officer was detained by the crowd")."""
    return (candidate.code.type, candidate.code.mode) in AUTHORITY_ACTS and not objects(verb, words) \
        and not any(c.dep_ in ("nsubjpass", "agent") for c in host.children)


def _protesters_act(lex: RuleWords, verb: Token, lemma: str) -> bool:
    """Whether protesters (`events.dissenter_nouns`) do the verb, one no rule reads otherwise: "demonstrators formed
    a human chain", "protesters waved flags outside the embassy" (conventions §138); not what they say, feel, have
    or undergo ("protesters said", "the marchers had no permit", "protesters survived the attack": `stative_verbs`,
    §486), what they meet ("rioters who face charges": `events.elicit_verbs`), or a verb that only places another
    act in time or governs it ("protesters continue to demand", "kept demanding": `events.aspectual_verbs`, a
    complement)."""
    words = lex.words
    if lemma in lex.triggers.reporting or lemma in stative_verbs() or lemma in words.elicit_verbs \
            or lemma in words.aspectual_verbs or any(c.dep_ == "xcomp" for c in verb.children):
        return False  # a verb with a complement governs another act: "kept demanding", "tried to storm"
    host = participle_host(verb)
    while host.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in host.children):
        host = host.head  # "protesters threw stones and banged on the gates"
    # its own subject, not one lent through "seemed to" or "intend to", and people who dissent, not a crowd that
    # cheers or boos at a rally
    return any(counted(c, words).lemma_.lower() in words.dissenter_nouns for c in host.children if c.dep_ == "nsubj")


def _shows_grievance(verb: Token, words: EventWords) -> bool:
    """Whether the verb is done in anger, defiance or rebuke, or to voice them: "marched in anger over the
    tax", "waved flags in a show of fury", "banged pots in a rebuke to the cuts", "drove tractors into the
    city to vent their anger" (conventions §130)."""
    grievances = grievance_nouns()
    return done_in(verb, grievances, words) or any(
        c.dep_ == "advcl" and c.lemma_.lower() in words.expressing_verbs and to_infinitive(c)
        and any(o.dep_ == "dobj" and o.lemma_.lower() in grievances for o in c.children) for c in verb.children)


def _people(lex: RuleWords, verb: Token) -> bool:
    """Whether the verb's subject is people, as many ("farmers", "young Kenyans", "a handful of women"),
    and not armed forces or a state: one party acting in anger objects, forces show force."""
    words = lex.words
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "waving flags and blowing whistles in anger": the first participle's host
    host = participle_host(verb)
    heads = [counted(s, words) for s in subjects(host)]
    heads += [g for s in heads if s._.actor is None for g in prepositional_objects(s, ("of",))]
    return any(h.tag_ in ("NNS", "NNPS") for h in heads) and not by_the_state(words, host) \
        and not any(armed_men(lex, h) for h in heads)


def protests_by_action(lex: RuleWords, found: list[Candidate]) -> None:
    """Demands protesters make, and an objection made by an act done "to protest", are a protest:
    "protesters called for his resignation", "traders closed their shops to protest the tax" (PLOVER
    DEMAND: "demands that take the form of demonstrations, protests, etc. are coded as PROTEST")."""
    words = lex.words
    demonstrations = {c.anchor.i for c in found if not c.dropped and c.code.type == "PROTEST"}
    for candidate in found:
        anchor = candidate.anchor
        if candidate.dropped or anchor.pos_ not in VERB_POS:
            continue
        if candidate.code.type == "REQUEST":
            # its own subject, or the one it shares ("protesters continue to demand …") or describes ("protesters
            # calling for his ouster", conventions §88); a demand that depends on a protest ("protesters marched
            # to demand …", "took to the streets, demanding …") stays an event of its own
            doers = [c for c in anchor.children if c.dep_ == "nsubj"] or (
                [] if any(a.i in demonstrations for a in anchor.ancestors) else described_holders(anchor, subjects(anchor)))
            if protesters(doers, words):
                candidate.code = Code("PROTEST", "demo")
        elif anchor.lemma_.lower() in words.assembly_verbs and anchor.dep_ == "advcl" \
                and to_infinitive(anchor) \
                and anchor.head.lemma_.lower() not in lex.triggers.reporting:
            # a state that acts "to protest" objects in its own way: "Kenya summoned the ambassador to
            # protest the remarks" is ACCUSE, one party's protest (conventions §11, §20)
            candidate.code = Code("ACCUSE", "disapprove") if by_the_state(words, anchor.head) \
                else Code("PROTEST", "demo")
    _objections_met_by_force(lex, found)
    found += _demonstrations_met_by_force(lex, found)
    # "thousands gathered to protest the law" is one demonstration: the purpose is the gathering's
    protesting = {c.anchor.i for c in found if not c.dropped and c.code.type == "PROTEST"}
    for candidate in found:
        anchor = candidate.anchor
        if candidate.code.type == "PROTEST" and anchor.dep_ == "advcl" and anchor.head.i in protesting \
                and anchor.lemma_.lower() in words.assembly_verbs and to_infinitive(anchor):
            candidate.dropped = True


def _force_targets(anchor: Token, words: EventWords) -> list[Token]:
    """Whom a use of force is aimed at: a verb's object or target, or the one a noun names ("the killing of
    protesters")."""
    if anchor.pos_ in VERB_POS:
        return objects(anchor, words) + prepositional_objects(anchor, ("at", "on", "against"))
    return prepositional_objects(anchor, ("of", "against", "on"))


def _objections_met_by_force(lex: RuleWords, found: list[Candidate]) -> None:
    """People met by force as they protest or gather are demonstrators, not one party objecting: "police beat
    back worshippers protesting the inquiry", "police beat pilgrims protesting the closure of the shrine"
    (conventions §190). The people are named in the plural and are no armed force."""
    words = lex.words
    by_anchor = {c.anchor.i: c for c in found if not c.dropped}
    for candidate in list(by_anchor.values()):
        if candidate.code.type not in words.riot_types:
            continue
        for people in (counted(t, words) for t in _force_targets(candidate.anchor, words)):
            if people.tag_ != "NNS" or armed(people, words):
                continue
            for clause in people.children:
                objection = by_anchor.get(clause.i)
                if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in words.assembly_verbs \
                        and described_holders(clause, subjects(clause)) == [people] \
                        and objection is not None and objection.code.type != "PROTEST":
                    objection.code = Code("PROTEST", "demo")


def _demonstrations_met_by_force(lex: RuleWords, found: list[Candidate]) -> list[Candidate]:
    """Force used against protesters stays the state's act and reports their demonstration too: "police
    fired tear gas at protesters", "troops opened fire on demonstrators", "arrested 40 protesters"
    (conventions §50)."""
    words = lex.words
    if any(not c.dropped and c.code.type == "PROTEST" for c in found):
        return []
    for candidate in found:
        if candidate.dropped or candidate.code.type not in words.riot_types:
            continue
        crowd = next((counted(t, words) for t in _force_targets(candidate.anchor, words) if protesters([t], words)),
                     None)
        if crowd is not None:  # the protesters act; those who use force on them are what they protest
            return [Candidate(crowd, Code("PROTEST", "demo"), SPECIFICITY["noun"],
                              subject_targeted=not has_own_actor(crowd))]
    return []


def with_protesters(trigger: Token, words: EventWords) -> bool:
    """Whether protesters are a party to a violent act "with" or "between" whom it happens, or name it
    ("clashed with protesters", "clashes between demonstrators and police", "protester clashes")."""
    parties = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
               for g in c.children if g.dep_ == "pobj"]
    parties += [c for c in trigger.children if c.dep_ == "compound"] if trigger.pos_ in NOUN_POS else []
    return protesters([t for p in parties for t in (p, *p.conjuncts)], words)


def protesters(nouns, words: EventWords) -> bool:
    """Whether any of ``nouns`` counts protesters ("protesters", "thousands of demonstrators")."""
    return any(counted(n, words).lemma_.lower() in words.protester_nouns for n in nouns)


def _crowd(lex: RuleWords, verb: Token, numbered: bool = True, violent_act: bool = False) -> bool:
    """Whether the verb's subject is a crowd: protesters, people counted ("thousands of people",
    "thousands", and with ``numbered`` "2,000 people"), or people named by a walk of life or a cause
    ("farmers", "students", "activists"). A relative clause's subject is the noun it describes, and so is
    a participle's unless the act is violence (``violent_act``; conventions §71)."""
    words = lex.words
    host = participle_host(verb)
    heads = subjects(host)
    if host.dep_ == "relcl" or not violent_act and host.dep_ == "acl":
        # the noun a clause describes acts in it: "a crowd that marched", "thousands protesting the law"; a
        # number alone then makes no crowd ("envoys from 83 countries gathered" reads "83 countries")
        described = described_holders(host, heads)
        numbered = numbered and described == heads
        heads = described
    people = [counted(s, words) for s in heads]
    if any(armed_men(lex, p) for p in people):
        # "2,000 troops assembled at the base": forces that gather mobilize (conventions §24); "hundreds of
        # militants stormed the garrison" attack
        return False
    return protesters(heads, words) \
        or any(s.i != h.i for s, h in zip(people, heads)) \
        or numbered and any(c.dep_ == "nummod" for s in people for c in s.children) \
        or any(_counted_as_crowd(lex, c) for s in people if s.lemma_.lower() in words.supporter_nouns
               for c in s.children) \
        or any(s.tag_ == "NNS" and (s.vocab[s.lemma_.lower()].like_num
                                    or lex.sector_nouns.get(s.lower_) in words.crowd_sectors) for s in heads)


def _counted_as_crowd(lex: RuleWords, number: Token) -> bool:
    """Whether ``number`` counts at least as many as "dozens of" do: "2,000 supporters", not "two supporters"."""
    if number.dep_ != "nummod":
        return False
    for quantity in number.doc._.quantities or []:
        start, end = quantity.span
        if start <= number.idx < end:
            value = quantity.value
            return (value[0] if isinstance(value, tuple) else value) >= lex.crowd_size
    return False


def _suffered(verb: Token) -> bool:
    """Whether the verb's subject suffers it: "100 people were injured", "women assaulted on duty"."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN"


def _into_the_streets(verb: Token, words: EventWords) -> bool:
    """Whether the verb takes its subject into or through the streets: "poured into the streets",
    "filled the square" — a crowd that does so demonstrates, as one that takes to the streets."""
    places = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(p.lemma_.lower() in words.street_nouns for p in places)
