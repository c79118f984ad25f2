"""People the state's forces capture, interrogate, search or hold as suspects are arrested (conventions §405), and an
arrest joined to a protest clause stays the state's act beside the protest.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline


@pytest.mark.parametrize("sentence", [
    "Police captured two suspects in Lagos on Monday.",              # police take people
    "Soldiers captured a rebel commander near the border.",          # forces of a state
    "Two suspects were captured near the border.",                   # a passive naming no one, suspects
    "Police interrogated the activist for two days.",                # interrogated by police
    "The man was held by Kurdish forces as a suspected militant.",   # held as a suspect
    "He was held as a suspect for a week.",
])
def test_a_person_taken_questioned_or_held_as_a_suspect_by_the_state_is_arrested(sentence):
    assert codes_in_pipeline(sentence) == [("COERCE", "arrest")]


def test_people_searched_by_police_are_coerced_as_in_a_raid():
    assert codes_in_pipeline("Police searched the journalists at the airport.") == [("COERCE", "seize")]


@pytest.mark.parametrize("sentence, expected", [
    ("Rebels captured a government commander.", [("ASSAULT", "abduct")]),        # no state: an abduction
    ("Rebels captured the town.", [("ASSAULT", "abduct")]),                       # a place
    ("Trump captured the mood of voters.", []),                                   # no person
    ("He captured votes in Ohio.", []),
    ("Reporters questioned the minister about the budget.", []),                  # an interview
    ("The senator questioned the decision.", [("ACCUSE", "investigate")]),        # doubted
    ("The FBI questioned Clinton for three hours.", [("ACCUSE", "investigate")]),  # "question" also interviews
    ("Police questioned the alleged smuggler.", [("ACCUSE", "investigate")]),     # an inquiry (test_events)
    ("The committee questioned the nominee.", [("ACCUSE", "investigate")]),
    ("The FBI searched Clinton's emails.", []),                                   # no person searched
    ("Police searched for the suspect.", [("MOBILIZE", "police")]),               # a hunt by the police (§516)
])
def test_what_no_arm_of_a_state_takes_or_holds_is_no_arrest(sentence, expected):
    assert codes_in_pipeline(sentence) == expected


def test_an_arrest_joined_to_a_protest_is_the_arrest_beside_the_protest():
    assert codes_in_pipeline("Protesters marched through the capital and hundreds were arrested.") == [
        ("PROTEST", "demo"), ("COERCE", "arrest")]


def test_violence_by_protesters_stays_a_riot():
    assert codes_in_pipeline("Protesters stormed the parliament.") == [("PROTEST", "riot")]
