"""Firms run their business: an airline that suspends a route, a carrier that stations aircraft at an airport or
a chain that withdraws a product neither sanctions, retreats nor mobilizes (conventions §165); nor does an airport
that suspends its flights, nor flights "cancelled" with no doer named (§199)."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Actor
from .event_lexicon import RuleWords, firm_operations
from .event_reading import Candidate
from .event_syntax import (acted_on, agentless_passive, as_doer, counted, described_holders, objects,
                           participle_host, subjects)
from .labels import PLACE_LABELS, VERB_POS
from .lexicon import EventWords

_BUSINESS = "BUS"  # the sector of a firm's actor


def firms_running_their_business(lex: RuleWords, found: list[Candidate]) -> None:
    """A firm that suspends, withdraws, deploys or stations what it runs or sells runs its business, whatever
    places its sentence names (conventions §165): "the airline is suspending its Bangkok–Chennai route", "the carrier
    will station four more aircraft in Budapest", "the chain withdrew the product". A firm is a noun of a firm
    (plover_firm_operations.csv) or an actor of business; what it acts on is all routes, flights, services,
    conveyances, merchandise, capacity or shops. A government that suspends flights does not run them, and a
    firm that halts flights to a place or a party it names ("suspended all flights to Russia", "to Cairo") may take
    a measure against it: both stay. What is stopped in a passive that names no doer, nor an event as its reason,
    is run the same way: "more than 100 flights were cancelled" (§199); "fighters were scrambled" stays."""
    words, kinds = lex.words, firm_operations()
    actors: dict[str, Actor] | None = None
    for candidate in found:
        verb = candidate.anchor
        if candidate.dropped or candidate.code.type not in words.firm_operation_types or verb.pos_ not in VERB_POS:
            continue
        done = [counted(t, words) for t in acted_on(verb) or objects(verb, words)]
        if not done or any(kinds.get(t.lemma_.lower()) != "operation" for t in done):
            continue
        if actors is None:
            actors = {a.id: a for a in verb.doc._.actors or []}
        host = participle_host(verb)
        doers = [as_doer(d) for d in described_holders(host, subjects(host))]
        run = all(_a_firm(d, kinds, actors) for d in doers) if doers \
            else candidate.code.mode in words.stoppage_modes and _for_no_named_reason(candidate, found)
        if run and not any(g._.actor or g.ent_type_ in PLACE_LABELS
                           for head in (verb, *done) for g in _recipients(head, words)):
            candidate.dropped = True


def _for_no_named_reason(candidate: Candidate, found: list[Candidate]) -> bool:
    """A passive that names no doer, nor an event in its clause as its reason: "more than 100 flights were
    cancelled", "the night service was suspended after the river burst its banks" (§199); not "flights were
    cancelled because of the strike"."""
    verb = candidate.anchor
    return agentless_passive(verb) and not any(
        c is not candidate and not c.dropped and c.anchor.i != verb.i and c.anchor in verb.subtree for c in found)


def _a_firm(noun: Token, kinds: dict[str, str], actors: dict[str, Actor]) -> bool:
    """A noun of a firm ("the budget carrier", "airlines"), whatever actor it was read as, or an actor of business."""
    actor = actors.get(noun._.actor) if noun._.actor else None
    return kinds.get(noun.lemma_.lower()) == "firm" or actor is not None and actor.sector == _BUSINESS


def _recipients(head: Token, words: EventWords) -> list[Token]:
    """Where or whom a verb or its object is aimed at: the objects of "to", "against", "from" … ("flights to
    Russia")."""
    return [g for p in head.children if p.dep_ == "prep"
            and p.lower_ in words.recipient_prepositions - words.location_prepositions
            for g in p.children if g.dep_ == "pobj"]


