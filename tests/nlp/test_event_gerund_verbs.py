"""A gerund of a trigger verb reads as its verb does with its "of" object: an event it acts on is that act's, as a
verb's object is ("the crushing of the protests" as "crushed the protests", conventions §310), and a gerund with a
particle is its phrasal verb, whose "of" phrase the parser hangs on the particle ("the calling off of the strike" as
"called off the strike", §311).

Sentences are written for these tests; each gerund is tested beside its verb form, which it must match.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline


@pytest.mark.parametrize("gerund, verb, expected", [
    # §310: an event acted on is no idea, and is the act's
    ("The crushing of the protests surprised everyone.", "The army crushed the protests.", [("COERCE", None)]),
    ("The banning of the rallies surprised everyone.", "The junta banned the rallies.", [("COERCE", "restrict")]),
    # §311: the phrasal verb with its object
    ("The calling off of the strike surprised everyone.", "The union called off the strike.", [("CONCEDE", None)]),
    ("The breaking up of the protest surprised everyone.", "The police broke up the protest.",
     [("ASSAULT", "crowd-control")]),
])
def test_a_gerund_reads_as_its_verb_with_its_object(gerund, verb, expected):
    assert codes_in_pipeline(gerund) == codes_in_pipeline(verb) == expected


def test_a_particle_hung_on_the_clause_verb_is_the_gerunds():
    # the parser hangs "off of the strike" on "cheered"
    assert codes_in_pipeline("Commuters cheered the calling off of the strike.") == [("CONCEDE", None)]


@pytest.mark.parametrize("sentence, expected", [
    # a noun that is no verb's form keeps its object's event
    ("The suppression of the protests surprised everyone.", [("PROTEST", "demo")]),
    # an idea crushed is no act
    ("The crushing of their hopes surprised everyone.", []),
    ("The crushing of dissent surprised everyone.", []),
    # without the particle, the bare verb's pattern
    ("The calling of the strike surprised everyone.", [("PROTEST", "strike")]),
    # a gerund that is a noun already, acting on no event
    ("The bombing of the bridge surprised everyone.", [("ASSAULT", "explosives")]),
])
def test_what_must_not_change(sentence, expected):
    assert codes_in_pipeline(sentence) == expected
