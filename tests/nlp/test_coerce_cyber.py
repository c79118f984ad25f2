"""Breaking into a computer system, a network, a database or mail is a cyberattack, COERCE 'cyber' (conventions §514).

Sentences are written for these tests; each is beside the sentences the rule must leave alone.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import codes_in_pipeline, events_with_mode_and_parties, types_in_pipeline


# §514: a verb of breaking in (WordNet 3.0 penetrate.v.01, infiltrate.v.02, breach.v.02, compromise.v.03,
# break_in.v.01 with "into") whose object is a computer, a network, a database, mail or a website.
@pytest.mark.parametrize("sentence", [
    "Russian hackers penetrated the networks of the German parliament.",
    "Chinese hackers breached the computer systems of the Australian parliament.",
    "The defense ministry's database was compromised by North Korean hackers.",
    "Hackers broke into the email accounts of several Ukrainian officials.",
    "The hackers infiltrated the computer network of the Finnish foreign ministry.",
    "Intruders compromised twelve workstations at the central bank last year.",
    "A hacking group breached the servers of the Estonian election commission.",
])
def test_breaking_into_a_computer_system_is_a_cyberattack(sentence):
    assert ("COERCE", "cyber") in codes_in_pipeline(sentence)


def test_the_owner_of_what_is_broken_into_is_the_recipient():
    events = events_with_mode_and_parties("Chinese hackers breached the computer systems of the Australian parliament.")
    assert any(type_ == "COERCE" and mode == "cyber" and recipients for type_, mode, _, recipients in events)


@pytest.mark.parametrize("sentence", [
    "Rebel fighters penetrated the city's outer defences at dawn.",     # a place, no computer
    "The government breached the ceasefire agreement on Sunday.",       # a pact broken
    "Police infiltrated a network of drug smugglers in the port.",      # a group of people, spied on
    "The scandal compromised the minister's reputation.",               # a name, no system
    "Thieves broke into the ministry's warehouse overnight.",           # a building
    "The protesters broke the computer screens in the lobby.",          # broken, not broken into
])
def test_breaking_into_no_computer_system_is_no_cyberattack(sentence):
    assert ("COERCE", "cyber") not in codes_in_pipeline(sentence)


def test_the_computing_nouns_are_what_wordnet_gives():
    rows = rebuilt("build_computing_nouns", "data.noun", "index.noun").OUTPUT.read_text(encoding="utf-8").split("\n")
    kinds = dict(row.split(",") for row in rows if row and not row.startswith("#"))
    nouns = set(kinds)
    assert {"computer", "network", "server", "database", "email", "website", "mainframe", "workstation",
            "computer system", "intranet"} <= nouns
    # a place (site.n.01, node.n.04), lists and catalogues below database.n.01, and a group of people alone
    assert not {"site", "node", "list", "catalog", "schedule", "account", "system"} & nouns
    assert kinds["network"] == "group" and kinds["server"] == "machine"


# §515: a campaign of misinformation or disinformation (WordNet 3.0 campaign.n.02 of misinformation.n.01,
# disinformation.n.01) is the manual's COERCE 'misinformation'.
@pytest.mark.parametrize("sentence", [
    "Moscow launched a disinformation campaign aimed at voters in Moldova.",
    "A Russian disinformation campaign targeted voters in France before the election.",
    "Journalists in the region are being targeted by misinformation campaigns.",
])
def test_a_disinformation_campaign_is_coercion_by_misinformation(sentence):
    assert ("COERCE", "misinformation") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The ministry said it would fight disinformation on social media.",   # misinformation fought, no campaign
    "Iran ran a propaganda campaign targeting Israeli voters.",            # propaganda: the manual does not say
])
def test_misinformation_named_without_its_campaign_is_no_coercion(sentence):
    assert "COERCE" not in types_in_pipeline(sentence)
