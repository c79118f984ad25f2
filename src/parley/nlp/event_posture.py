"""Military posture is a mobilization: armed forces put on alert, and what forces or a state do in a show
of strength (PLOVER MOBILIZE: "military posturing … a demonstration of military capabilities and readiness";
conventions §131, §438)."""

from __future__ import annotations

from spacy.tokens import Token

from .event_lexicon import SPECIFICITY, Code, RuleWords
from .event_reading import Candidate
from .event_syntax import (armed, by_the_state, counted, done_in, objects, prepositional_objects, shows,
                           subject_actors, subjects)
from .lexicon import EventWords


def military_posture(lex: RuleWords, verb: Token, candidate: Candidate | None) -> Candidate | None:
    """A verb that reads no other event mobilizes when it puts armed forces, or an armed body puts anything,
    on a state of readiness ("placed two brigades on high alert", "the army put its units on alert", "put its
    troops on the highest level of combat readiness"), when it raises the readiness of forces ("raised its military
    alert level"), or when forces or a state do it in a show of strength, or stage one ("paraded its missiles in a
    show of force", "staged a show of force")."""
    if candidate is not None:
        return candidate
    words = lex.words
    readied = [counted(o, words) for o in verb.children if o.dep_ in ("dobj", "nsubjpass")] if any(
        _readiness_of(g, words) is not None for g in _states_put_on(verb, words)) else []
    if readied and (any(armed(forces, words) for forces in readied) or _by_an_armed_body(verb, words)):
        return Candidate(verb, Code("MOBILIZE", "troops"), SPECIFICITY["verb_object"])
    raised = _readiness_raised(lex, verb)
    if raised is not None:
        return raised
    staged = verb.lemma_.lower() in lex.triggers.light_verbs and any(
        shows(o, words.strength_nouns, words) for o in objects(verb, words))
    if (staged or done_in(verb, words.strength_nouns, words)) and (
            by_the_state(words, verb) or any(armed(counted(s, words), words) for s in subjects(verb))):
        return Candidate(verb, Code("MOBILIZE"), SPECIFICITY["verb"])
    return None


def _states_put_on(verb: Token, words: EventWords) -> list[Token]:
    """What the verb puts things on: its "on"/"onto" objects, and a word the parser hangs on the verb itself right
    after such a preposition ("were put on standby", parsed with "on" as a particle and "standby" as a clause)."""
    split = [c for c in verb.children if c.i > 0 and c.nbor(-1).head.i == verb.i
             and c.nbor(-1).lower_ in words.readiness_prepositions and c.nbor(-1).dep_ in ("prt", "prep")]
    return prepositional_objects(verb, words.readiness_prepositions) + split


def _readiness_of(noun: Token, words: EventWords) -> Token | None:
    """The state of readiness a noun names: itself ("on alert", "on standby"), or the readiness a degree is of, as
    its compound or its "of" object ("its alert level", "the highest level of combat readiness", "a state of
    alert"); None for any other noun (conventions §131, §438)."""
    if noun.lemma_.lower() in words.readiness_nouns:
        return noun
    if noun.lemma_.lower() not in words.readiness_degrees:
        return None
    named = [c for c in noun.children if c.dep_ in ("compound", "amod")] + prepositional_objects(noun, ("of",))
    return next((r for r in named if r.lemma_.lower() in words.readiness_nouns), None)


def _readiness_raised(lex: RuleWords, verb: Token) -> Candidate | None:
    """A degree of readiness raised as the lexicon's readiness is ("raise alert", "heighten readiness"; CAMEO
    151/152 "increase … alert status"), when it is the readiness of forces — by a military or fighting modifier or
    armed owners ("its military alert level", "the army's state of readiness", "the alert level of its troops") —
    or an armed body raises it. A health agency's "flu alert level" and a bank's "state of readiness" are none."""
    words = lex.words
    for degree in (o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")):
        readiness = _readiness_of(degree, words)
        if readiness is None or readiness is degree:
            continue  # a bare readiness noun is the lexicon's own pattern ("raised the alert")
        code = lex.triggers.verb_objects.get((verb.lemma_.lower(), readiness.lemma_.lower()))
        if code is not None and (_of_forces((degree, readiness), words) or _by_an_armed_body(verb, words)):
            return Candidate(verb, code, SPECIFICITY["verb_object"], absorbed=[degree, readiness])
    return None


def _of_forces(nouns: tuple[Token, ...], words: EventWords) -> bool:
    """Whether one of the nouns is modified as military or of fighting ("military alert", "combat readiness"), or
    is owned by forces or of forces ("the army's state", "the alert level of its troops")."""
    return any(
        armed(noun, words, modified_only=True)
        or any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in words.combat_modifiers for c in noun.children)
        or any(armed(counted(o, words), words)
               for o in [c for c in noun.children if c.dep_ == "poss"] + prepositional_objects(noun, ("of",)))
        for noun in nouns)


def _by_an_armed_body(verb: Token, words: EventWords) -> bool:
    """Whether an actor of an armed sector is the verb's subject: "the Joint Chiefs placed units on alert"."""
    return any(actor.sector in words.armed_sectors for actor in subject_actors(verb))
