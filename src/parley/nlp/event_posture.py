"""Military posture is a mobilization: armed forces put on alert, and what forces or a state do in a show
of strength (PLOVER MOBILIZE: "military posturing … a demonstration of military capabilities and readiness";
conventions §131)."""

from __future__ import annotations

from spacy.tokens import Token

from .event_lexicon import SPECIFICITY, Code, RuleWords
from .event_reading import Candidate
from .event_syntax import armed, by_the_state, counted, done_in, prepositional_objects, subject_actors, subjects


def military_posture(lex: RuleWords, verb: Token, candidate: Candidate | None) -> Candidate | None:
    """A verb that reads no other event mobilizes when it puts armed forces, or an armed body puts anything,
    on a state of readiness ("placed two brigades on high alert", "the army put its units on alert"), or when
    forces or a state do it in a show of strength ("paraded its missiles in a show of force")."""
    if candidate is not None:
        return candidate
    words = lex.words
    readied = [counted(o, words) for o in verb.children if o.dep_ in ("dobj", "nsubjpass")] if any(
        g.lemma_.lower() in words.readiness_nouns for g in prepositional_objects(verb, words.readiness_prepositions)) \
        else []
    if readied and (any(armed(forces, words) for forces in readied)
                    or any(actor.sector in words.armed_sectors for actor in subject_actors(verb))):
        return Candidate(verb, Code("MOBILIZE", "troops"), SPECIFICITY["verb_object"])
    if done_in(verb, words.strength_nouns, words) and (
            by_the_state(words, verb) or any(armed(counted(s, words), words) for s in subjects(verb))):
        return Candidate(verb, Code("MOBILIZE"), SPECIFICITY["verb"])
    return None
