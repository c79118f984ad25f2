"""A gerund whose "of" object it acts on as its verb would ("the imposing of a curfew": impose a curfew) reads as the
verb does: one event, the object's event noun folded into it (conventions §299).

Sentences are written for these tests; each gerund is tested beside its verb form, which it must match.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline


@pytest.mark.parametrize("gerund, verb, expected", [
    ("The imposing of a curfew in Lagos angered residents.", "Kenya imposed a curfew in Lagos.",
     [("COERCE", "curfew")]),
    ("Kenya's staging of a protest outside the embassy angered Chad.", "Kenya staged a protest outside the embassy.",
     [("PROTEST", "demo")]),
    ("The imposing of sanctions on Iran angered Tehran.", "Kenya imposed sanctions on Iran.",
     [("SANCTION", "discontinue")]),
])
def test_a_gerunds_object_is_its_act_as_the_verbs_is(gerund, verb, expected):
    assert codes_in_pipeline(gerund) == codes_in_pipeline(verb) == expected


@pytest.mark.parametrize("gerund, verb, expected", [
    # forms read as one event already, as their verbs are: what must not change
    ("The lifting of the curfew in Lagos pleased residents.", "Kenya lifted the curfew in Lagos.", [("CONCEDE", None)]),
    ("The declaring of a ceasefire pleased residents.", "Kenya declared a ceasefire.", [("CONCEDE", None)]),
    ("The signing of a peace deal pleased residents.", "Kenya and Chad signed a peace deal.", [("SUPPORT", None)]),
])
def test_gerunds_read_as_one_event_stay(gerund, verb, expected):
    assert codes_in_pipeline(gerund) == codes_in_pipeline(verb) == expected


def test_a_nominalization_of_no_trigger_keeps_its_objects_event():
    # "imposition" is no event noun: the curfew alone is the event, as before (conventions §299, "Left")
    assert codes_in_pipeline("The imposition of a curfew in Lagos angered residents.") == [("COERCE", "curfew")]
