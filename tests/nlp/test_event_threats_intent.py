"""Threats read from what a side plans, weighs or vows (plover_conventions.md §113).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def coded(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in load()(sentence)._.events if "negated" not in e.aux]


@pytest.mark.parametrize("sentence, mode", [
    ("Russia plans to attack the port next week.", "violence"),         # planned force, its own side
    ("The president said he is considering air strikes on the rebels.", "violence"),
    ("Moscow is weighing strikes on the bridges.", "violence"),
    ("Chad announced plans to attack the rebels.", "violence"),          # a plan its holder announces
    ("Police told reporters they planned to disperse the crowd.", "violence"),  # its own side reports it
])
def test_force_its_own_side_plans_or_weighs_is_a_threat(sentence, mode):
    assert ("THREATEN", mode) in coded(sentence)


@pytest.mark.parametrize("sentence, kept", [
    ("Residents plan to protest on Sunday.", "PROTEST"),                 # a protest planned is the protest
    ("Analysts consider an attack likely.", "ASSAULT"),                  # a guess, not a plan
])
def test_a_planned_protest_or_a_guessed_attack_is_no_threat(sentence, kept):
    types = [t for t, _ in coded(sentence)]
    assert kept in types and "THREATEN" not in types


@pytest.mark.parametrize("sentence", [
    "Russia does not plan to attack the port.",
    "Kenya's plans to bomb the camps were leaked.",                  # a plan others tell of warns no one
    "The men behaved as if they were planning to fire at the guards.",
])
def test_force_not_planned_or_not_announced_is_no_threat(sentence):
    assert "THREATEN" not in [t for t, _ in coded(sentence)]


@pytest.mark.parametrize("sentence", [
    "The rebels vowed to continue with hostilities until the army leaves.",  # a noun of combat carried on
    "The general pledged to launch a new war against the rebels.",          # a war the vow's verb wages
    "Moscow vowed to take the city by force.",                               # force as the means
    "The junta vowed to carry out a swift military action on the islands.",  # military action, WordNet's
])
def test_a_vow_to_wage_combat_or_act_by_force_is_a_threat(sentence):
    assert ("THREATEN", "violence") in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "The president vowed to protect civilians from attacks.",   # the attacks are what the vow guards against
    "The minister vowed to investigate the attack.",
    "Kenya pledged to help victims of the war.",
    "The government vowed to end the war.",
    "The rebels promised to hold talks with the army.",
    "Senegal pledged to defend Mali with an African force.",      # a force counted is troops, not violence
    "The workers pledged to stop conducting protests in July.",   # what the vow stops
    "Kenya and Chad pledged to join forces to fight poverty.",    # forces joined: no violence
    "Kenya offered to take measures to make the embargo on Chad stricter.",  # a purpose clause: its own event
])
def test_a_vow_about_violence_it_does_not_wage_stays_a_promise(sentence):
    assert "THREATEN" not in [t for t, _ in coded(sentence)]


@pytest.mark.parametrize("sentence", [
    "The government will take legal action against the strike leaders.",   # announced with will
    "The ministry said Kenya would take measures against Chad.",
    "The United States is prepared to take steps against Chinese firms.",   # readiness announced
    "Kenya vowed to take action against the rebels.",                       # a vow of measures
    "Kenya would take action against them if Chad attacks.",
])
def test_measures_announced_against_someone_are_a_threat(sentence):
    assert ("THREATEN", None) in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya took action against Chad last week.",              # done, not announced
    "Kenya will take steps against inflation.",               # against an ill, not a party
    "Kenya will not take action against Chad.",
    "Ministers agreed to take measures against smugglers.",   # agreed together: cooperation
    "The court ordered police to take action against the officers.",  # an order, REQUEST as before
    "Kenya is ready to end all military action against the rebels.",  # action ended, not taken
])
def test_measures_done_refused_agreed_or_against_an_ill_are_no_threat(sentence):
    assert "THREATEN" not in [t for t, _ in coded(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("Anyone who burns the flag can be arrested, the minister said.", "THREATEN"),  # held out, as "could"
    ("Police can arrest anyone who burns the flag.", "COERCE"),                    # a power told, active
    ("Journalists can be arrested at any time, the aid group said.", "COERCE"),    # a danger, held out to no one
])
def test_an_arrest_that_can_befall_someone_is_held_out(sentence, expected):
    assert expected in [t for t, _ in coded(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("Russia will mass troops and attack the town.", ("THREATEN", [])),   # the will is shared: announced
    ("Kenya will hold talks and sign the deal.", ("AGREE", ["future"])),
    ("Kenya did not attack the town and withdrew.", ("RETREAT", [])),    # a past verb shares nothing
    ("Kenya said the offer would not be accepted, and demanded talks.", ("REQUEST", [])),  # a past act of its own
])
def test_a_coordinated_bare_verb_shares_the_first_verbs_will(sentence, expected):
    type_, aux = expected
    events = load()(sentence)._.events
    assert any(e.type == type_ and set(aux) <= set(e.aux) and "negated" not in e.aux
               and ("future" in e.aux) == ("future" in aux or type_ == "THREATEN") for e in events)


def test_a_coordinated_bare_verb_shares_the_first_verbs_not():
    events = load()("Police would not beat demonstrators or retaliate against them.")._.events
    assert "THREATEN" not in [e.type for e in events if "negated" not in e.aux]


def test_only_a_modal_is_shared_by_a_coordinated_verb():
    # "has not hesitated": no modal, so the "not" stays with its own verb and the threat is made
    events = load()("The militia has not hesitated to open fire and even threaten the army.")._.events
    assert "THREATEN" in [e.type for e in events if "negated" not in e.aux]
