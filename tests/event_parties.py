"""What the whole pipeline codes in a sentence, as the event tests read it: the parties of one event, who does
an event, each event's type with its mode or its auxiliary modes."""

from __future__ import annotations

import parley


def parties(sentence: str, type_: str) -> tuple[list[str], list[str]]:
    """The actor and the recipient names of the sentence's one event of ``type_``."""
    result = parley.extract(sentence, published="2024-05-01")
    names = {a.id: a.name for a in result.actors}
    found = [([names[a] for a in e.actors], [names[r] for r in e.recipients]) for e in result.events if e.type == type_]
    assert len(found) == 1, f"{len(found)} {type_} events in {sentence!r}"
    return found[0]


def doers(sentence: str, type_: str) -> list[str]:
    """The actor names of every event of ``type_`` in the sentence."""
    result = parley.extract(sentence, published="2024-05-01")
    names = {a.id: a.name for a in result.actors}
    return [names[a] for e in result.events if e.type == type_ for a in e.actors]


def types_and_aux(sentence: str) -> list[tuple[str, frozenset[str]]]:
    """(type, auxiliary modes) of each event in the sentence."""
    return [(e.type, frozenset(e.aux)) for e in parley.extract(sentence, published="2024-05-01").events]


def types_and_modes(sentence: str) -> list[tuple[str, str | None]]:
    """(type, mode) of each event in the sentence."""
    return [(e.type, e.mode) for e in parley.extract(sentence, published="2024-05-01").events]
