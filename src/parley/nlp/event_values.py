"""Prices, markets, currencies and holdings do not act: a market that "rallies", a currency that "comes under
attack" or gold that "mounts an assault" and "retreats" moves in value (conventions §119, §133); nor is a rally
that gains a share or a sum a gathering (§154)."""

from __future__ import annotations

from spacy.tokens import Token

from .event_crowds import protesters, with_protesters
from .event_lexicon import RuleWords, value_nouns
from .event_nouns import cause_phrase
from .event_reading import Candidate
from .event_syntax import counted, participle_host, subjects
from .labels import NOUN_POS, SUBJECT_DEPS

FIGURES = frozenset({"PERCENT", "MONEY"})  # what a recovery gains: "to 27 percent", "above $71,000"


def values_that_move(lex: RuleWords, found: list[Candidate]) -> None:
    """Drops an event whose every doer is a thing of value that names no actor: "the market rallied", "shares
    rallied", "the dollar retreated", "gold mounted a fresh assault on the $2,700 mark before retreating", "the
    rand came under attack", "stocks were attacked by sellers" (§119, §133), whatever else the sentence names.
    "The Treasury attacked the plan" names an actor and stays; so do "shares of the firm were seized", taken
    from someone."""
    values = value_nouns()

    def value(noun: Token) -> bool:
        noun = counted(noun, lex.words)
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in values and noun._.actor is None

    for candidate in found:
        if candidate.dropped:
            continue
        doers = _doers(candidate.anchor)
        struck = [c for c in candidate.anchor.children if c.dep_ == "nsubjpass"] if candidate.code.type == "ASSAULT" else []
        if any(value(s) for s in struck) or doers and all(value(d) for d in doers):
            candidate.dropped = True


def _doers(anchor: Token) -> list[Token]:
    """The subjects of the event's verb: of the verb itself, of the clause a subjectless participle belongs to
    ("before retreating"), or of the verb that carries the event's noun ("mounted an assault") or that it is
    "under" ("came under attack")."""
    if anchor.pos_ in NOUN_POS and anchor.dep_ == "pobj" and anchor.head.lower_ == "under":
        return subjects(anchor.head.head)
    if anchor.pos_ in NOUN_POS:
        return subjects(anchor.head) if anchor.dep_ == "dobj" else []
    return subjects(participle_host(anchor))


def recoveries(lex: RuleWords, found: list[Candidate]) -> None:
    """Drops a protest on a rally that gains a share or a sum — WordNet's rally.v.04 "return to a former condition"
    and rally.n.02 "a marked recovery of strength" (english.yaml `recovery_words`): "the Social Democrats rallied in
    the final week, climbing four points to 27 percent", "a two-week rally that pushed the token above $71,000"
    (§154). A rally that names a cause ("rallied against a 10 percent tax") or that protesters hold stays."""
    words = lex.words
    for candidate in found:
        if candidate.dropped or candidate.code.type != "PROTEST":
            continue
        rally = next((t for t in (candidate.anchor, *candidate.absorbed) if t.lemma_.lower() in words.recovery_words),
                     None)
        if rally is None or with_protesters(rally, words) or protesters(subjects(rally), words):
            continue
        # What the rally, or the verb it is the subject of, says it did ("the rally lifted the coin above $40,000",
        # "a rally that pushed the token above $71,000"); not what its subject's phrase does ("protesters
        # demanding a 5 percent raise rallied"). A relative clause that gains a figure is that gain, no cause.
        clauses = [rally, rally.head] if rally.dep_ in SUBJECT_DEPS and rally.head.i != rally.i else [rally]
        said = [c for clause in clauses for c in clause.children if c.dep_ not in SUBJECT_DEPS]
        gains = [c for c in said if any(t.ent_type_ in FIGURES for t in c.subtree)]
        if gains and not any(cause_phrase(c, words) and not (c.dep_ == "relcl" and c in gains) for c in rally.children):
            candidate.dropped = True
