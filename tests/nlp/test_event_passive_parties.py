"""A passive verb that declares or agrees to a noun's event, its subject, takes the noun's parties (conventions §304),
as an active one that says the event of it does (§291): the parties declared it, or a passive's agent did and the
parties receive it. A verb of an act against the noun's event (a truce violated) does not.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import parties


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
