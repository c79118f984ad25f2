"""Verbs in their standing senses: where people or a body are, told in the simple present (conventions §203).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import code, types


@pytest.mark.parametrize("sentence", [
    "Kenya hosts about 270,000 registered Somali refugees, most of them in two camps near the border.",
    "The northern province now hosts more than 90,000 migrants from neighbouring countries.",
    "The Chadian embassy in Nairobi occupies a two-storey villa in a leafy suburb.",
    "The electoral commission occupies the top three floors of a tower near the port.",
])
def test_what_a_place_hosts_or_a_body_occupies_in_the_present_is_no_act(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya agreed to host 20,000 more refugees from Chad.", "AGREE"),          # a promise
    ("Kenya hosted talks between the two sides in Nairobi.", "CONSULT"),        # a meeting
    ("Kenya hosts the Chadian president in Nairobi this week.", "CONSULT"),     # a guest
    ("Kenya hosts a delegation from Chad.", "CONSULT"),                         # a party received
    ("Kenya hosts a regional summit on Saturday.", "CONSULT"),                  # a meeting
    ("Soldiers occupy the main airport outside the capital.", "COERCE"),        # forces
    ("Russia occupies about a fifth of Ukraine.", "COERCE"),                    # a state
    ("Rebel fighters occupied the ministry building on Monday.", "COERCE"),     # another tense
    ("Students occupy the main hall of the university.", "PROTEST"),            # a crowd
])
def test_guests_meetings_promises_and_seizures_keep_their_reading(sentence, expected):
    assert expected in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Analysts expect the central bank to raise its policy rate by a quarter point at its meeting next month.",
    "The monetary authority is likely to leave borrowing costs unchanged when it meets on Wednesday.",
    "The board could lower the deposit rate at its final meeting of the year.",
])
def test_a_bodys_own_meeting_that_dates_what_it_does_is_no_consultation(sentence):
    assert "CONSULT" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya raised the dispute at its meeting with Chad on Monday.",                  # another party
    "The two ministers agreed on a ceasefire after their meeting in Geneva.",        # several parties
    "The ministers will meet on Tuesday to discuss the ceasefire.",                  # a meeting of its own
    "The council will vote on the plan when it meets with the governor next week.",  # a partner
])
def test_meetings_with_or_of_several_parties_stay(sentence):
    assert "CONSULT" in types(sentence)


@pytest.mark.parametrize("sentence, year", [
    ("The Presidential Guard, formed in 1998, has about 9,000 soldiers and answers only to the head of state.", "1998"),
    ("The Republican Guard, established after the 1995 war, has about 20,000 troops.", "1995"),
    ("The rebel army has grown from about 2,000 fighters in 2015 to an estimated 12,000.", "2015"),
])
def test_a_forces_founding_or_growth_told_over_years_describes_it(sentence, year):
    doc, _ = code(sentence, times={year: year})
    assert "MOBILIZE" not in [e.type for e in doc._.events]


@pytest.mark.parametrize("sentence, times", [
    ("The army has doubled its forces on the border this month.", {"this month": "2025-07"}),  # a build-up now
    ("The number of troops on the border has doubled since Monday.", {"Monday": "2025-07-21"}),
    ("The government plans to form a new border guard in 2026.", {"2026": "2026"}),  # a force to be raised
    ("Kenya sent 3,000 troops to Somalia in 2011.", {"2011": "2011"}),                 # forces sent
])
def test_forces_built_up_raised_or_sent_stay_a_mobilization(sentence, times):
    doc, _ = code(sentence, times=times)
    assert "MOBILIZE" in [e.type for e in doc._.events]


@pytest.mark.parametrize("sentence, times, expected", [
    ("Bills are first read by a finance committee that meets weekly.", {"weekly": "P1W"}, False),  # a routine
    ("The regional assembly meets twice a year in the old town hall.", {"twice a year": "P1Y"}, False),
    ("The council meets with the mayor every month.", {"every month": "P1M"}, True),   # a partner
    ("The ministers meet weekly in Brussels.", {"weekly": "P1W"}, True),               # several parties
    ("The council meets in emergency session after the attack.", {}, True),            # an occasion
])
def test_a_body_that_meets_as_often_as_it_does_consults_no_one(sentence, times, expected):
    doc, _ = code(sentence, times=times, recurring=tuple(times))
    assert ("CONSULT" in [e.type for e in doc._.events]) is expected
