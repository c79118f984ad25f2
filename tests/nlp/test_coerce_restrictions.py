"""Restrictions an authority imposes on speech, groups and communication (conventions §483–§485): a party declared
or designated unlawful, undesirable, extremist or a foreign agent is banned (§483); a transmission an authority
throttles or limits is censored (§484); a shutdown or blackout of the internet or of communications is censorship
(§485).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline, events_with_parties


@pytest.mark.parametrize("sentence", [
    "Prosecutors designated the news site an undesirable organisation.",
    "The justice ministry declared the pressure group an unlawful society.",
    "The ministry declared the opposition party illegal.",
    "The charity was declared an extremist organization by the court.",
    "The justice ministry designated the radio station a foreign agent.",
])
def test_a_party_an_authority_declares_unlawful_or_undesirable_is_banned(sentence):
    assert codes_in_pipeline(sentence) == [("COERCE", "ban")]


def test_the_party_declared_unlawful_is_acted_upon():
    assert events_with_parties("Russia declared the Memorial group an undesirable organization.") == [
        ("COERCE", ["Russia"], ["Memorial"])]


@pytest.mark.parametrize("sentence", [
    "The regulator throttled mobile internet in the capital.",
    "Authorities throttled the internet in the region.",
])
def test_a_transmission_an_authority_throttles_is_censored(sentence):
    assert codes_in_pipeline(sentence) == [("COERCE", "censor")]


@pytest.mark.parametrize("sentence", [
    "The government imposed a communications blackout in the valley.",
    "An internet shutdown imposed by the government has lasted three months.",
    "Authorities ordered a media blackout in the province.",
])
def test_a_shutdown_or_blackout_of_communications_is_censorship(sentence):
    assert ("COERCE", "censor") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The critic declared the film an undesirable influence.", []),     # no party, no authority
    ("The court declared the election illegal.", []),                    # an act, not a party
    ("The coach declared the team the best in the league.", []),
    ("The driver throttled the engine.", []),
    ("A power blackout hit the city.", []),
    ("The government shutdown has lasted three weeks.", []),
    ("The storm blocked roads in the north.", []),
])
def test_what_is_no_party_outlet_or_authority_is_no_restriction(sentence, expected):
    assert codes_in_pipeline(sentence) == expected
