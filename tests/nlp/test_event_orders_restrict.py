"""An authority's order that binds the people or firms under it is a restriction, not a demand (conventions §334), and
an order whose object is a shutdown names the restriction ordered (§335).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def events(sentence: str) -> list[tuple[str, str | None, list[str]]]:
    doc = load()(sentence)
    names = {a.id: a.name for a in doc._.actors or []}
    return [(e.type, e.mode, [names[a] for a in e.actors]) for e in doc._.events]


def codes(sentence: str) -> list[tuple[str, str | None]]:
    return [(kind, mode) for kind, mode, _ in events(sentence)]


@pytest.mark.parametrize("sentence", [
    "Police ordered residents to remain indoors.",                      # staying
    "The military government ordered all schools to shut.",             # closing, a body under it
    "Authorities ordered shops to close.",                              # firms
    "Women were ordered to stay inside their homes.",                   # a passive: ordered by someone unnamed
    "The junta ordered the opposition party to disband.",               # an organization
    "The regime ordered the students to stop wearing headscarves.",     # stopping
])
def test_an_authoritys_order_binding_people_or_firms_to_stay_close_leave_or_stop_restricts_them(sentence):
    assert codes(sentence) == [("COERCE", "restrict")]


def test_a_protest_ordered_to_stop_is_held_and_restricted():
    assert codes("The regime ordered the students to stop their sit-in.") == [("COERCE", "restrict"), ("PROTEST", "demo")]


def test_the_authority_that_orders_restricts():
    assert events("The Taliban ordered women to stay at home.") == [("COERCE", "restrict", ["Taliban"])]


def test_an_order_restricts_beside_a_ban():
    assert codes("Authorities ordered shops to close and banned travel.") == [("COERCE", "restrict")] * 2


def test_people_the_lexicon_deports_ordered_to_leave_are_deported():
    assert codes("The government ordered the foreign journalists to leave the country.") == [("COERCE", "deport")]


def test_an_ordered_act_coded_on_its_own_keeps_its_code_and_mode():
    # "shut down" and "suspend publication" are the lexicon's own restrictions, as "close its consulate" is a mission
    # withdrawn (§44): the order is that act, with its mode
    assert codes("The junta ordered all businesses to shut down.") == [("COERCE", "restrict")]
    assert codes("The government ordered the newspaper to suspend publication.") == [("COERCE", "censor")]
    assert codes("Washington ordered Moscow to close its consulate.") == [("SANCTION", "withdraw")]


@pytest.mark.parametrize("sentence, expected", [
    ("The UN ordered Russia to withdraw its troops.", [("REQUEST", "yield")]),        # a demand on a state
    ("The court ordered Israel to stop the offensive.", [("REQUEST", "yield")]),
    ("The company ordered its employees to stay home.", [("REQUEST", None)]),         # no authority orders
    ("The ministry ordered officials to stay at their posts.", [("REQUEST", None)]),  # the state's own officers
    ("The Kremlin ordered two diplomats to leave the country.", [("SANCTION", "expel")]),  # §134
    ("Thousands of residents were ordered to leave the town as the fire spread.", []),  # evacuated (§134)
    ("Tehran forced the British Council to cease its operations.", []),               # a body named
])
def test_an_order_to_a_state_its_officers_or_from_no_authority_is_no_restriction(sentence, expected):
    assert codes(sentence) == expected


def test_an_order_to_armed_forces_restricts_no_one():
    assert ("COERCE", "restrict") not in codes("The president ordered troops to stop firing.")


@pytest.mark.parametrize("sentence, expected", [
    ("The court ordered the suspension of the party.", ("COERCE", "restrict")),               # an organization
    ("Authorities ordered the dissolution of the opposition party.", ("COERCE", "restrict")),
    ("The governor ordered the closure of all markets.", ("COERCE", "restrict")),             # firms and shops
    ("Authorities ordered the closure of the newspaper.", ("COERCE", "censor")),              # an outlet (§44)
    ("Authorities ordered the shutdown of the radio station.", ("COERCE", "censor")),
    ("The ministry ordered the closure of the border crossing.", ("COERCE", "restrict")),     # a passage
    ("Beijing ordered the closure of the US consulate in Chengdu.", ("SANCTION", "withdraw")),  # a mission
])
def test_a_shutdown_ordered_is_the_restriction_it_names(sentence, expected):
    assert codes(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "The company ordered the closure of its plant.",        # no authority
    "Drone attacks forced the closure of the city's airports.",  # an effect, no order
    "The court ordered the suspension of aid payments.",    # aid stopped: a sanction, as before
])
def test_a_shutdown_of_no_party_or_ordered_by_no_authority_is_no_restriction(sentence):
    assert ("COERCE", "restrict") not in codes(sentence)
