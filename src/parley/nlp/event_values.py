"""Prices, markets, currencies and holdings do not act: a market that "rallies", a currency that "comes under
attack" or gold that "mounts an assault" and "retreats" moves in value (conventions §119, §133)."""

from __future__ import annotations

from spacy.tokens import Token

from .event_lexicon import RuleWords, value_nouns
from .event_reading import Candidate
from .event_syntax import counted, participle_host, subjects
from .labels import NOUN_POS


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
