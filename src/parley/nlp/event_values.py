"""Prices, markets, money and holdings do not act: a market that "rallies" or gold that "mounts an assault"
and "retreats" moves in value (conventions §133)."""

from __future__ import annotations

from spacy.tokens import Token

from .event_lexicon import RuleWords, value_nouns
from .event_reading import Candidate
from .event_syntax import counted, participle_host, subjects
from .labels import NOUN_POS


def values_that_move(lex: RuleWords, found: list[Candidate]) -> None:
    """Drops a material act (force, protest, retreat, mobilization: english.yaml's plover.material) whose every
    doer is a thing of value that names no actor: "the market rallied", "gold mounted a fresh assault on the
    $2,700 mark before retreating". "The Treasury attacked the plan" names an actor and stays."""
    values = value_nouns()
    for candidate in found:
        if candidate.dropped or candidate.code.type not in lex.plover.material:
            continue
        doers = [counted(d, lex.words) for d in _doers(candidate.anchor)]
        if doers and all(d.lemma_.lower() in values and d._.actor is None for d in doers):
            candidate.dropped = True


def _doers(anchor: Token) -> list[Token]:
    """The subjects of the event's verb: of the verb itself, of the clause a subjectless participle belongs to
    ("before retreating"), or of the verb that carries the event's noun ("mounted an assault")."""
    if anchor.pos_ in NOUN_POS:
        return subjects(anchor.head) if anchor.dep_ == "dobj" else []
    return subjects(participle_host(anchor))
