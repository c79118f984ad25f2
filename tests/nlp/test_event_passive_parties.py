"""A passive verb that declares or agrees to a noun's event, its subject, takes the noun's parties (conventions §304),
as an active one that says the event of it does (§291): the parties declared it, or a passive's agent did and the
parties receive it. A verb of an act against the noun's event (a truce violated) does not.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

import parley


def parties(sentence: str, type_: str) -> tuple[list[str], list[str]]:
    """The actor and the recipient names of the sentence's one event of ``type_``."""
    result = parley.extract(sentence, published="2024-05-01")
    names = {a.id: a.name for a in result.actors}
    found = [([names[a] for a in e.actors], [names[r] for r in e.recipients]) for e in result.events if e.type == type_]
    assert len(found) == 1, f"{len(found)} {type_} events in {sentence!r}"
    return found[0]


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("A ceasefire between Sudan and Chad was declared on Friday.", "CONCEDE", ["Sudan", "Chad"], []),
    ("A truce between Ethiopia and Eritrea was declared in Asmara.", "CONCEDE", ["Ethiopia", "Eritrea"], []),
    ("A ceasefire between Israel and Hamas was announced by Qatar on Wednesday.", "CONCEDE", ["Qatar"],
     ["Israel", "Hamas"]),
])
def test_a_noun_declared_takes_its_parties(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("A ceasefire between Sudan and Chad was violated on Monday.", "ASSAULT", [], []),
    ("A ceasefire between Sudan and Chad took effect on Monday.", "RETREAT", ["Sudan", "Chad"], []),
    ("Talks between Russia and Ukraine were held in Istanbul.", "CONSULT", ["Russia", "Ukraine"], []),
])
def test_parties_read_as_before(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)
