"""Who is acted on decides between COERCE and SANCTION (conventions §556–§559): trade a state bans, bars or
prohibits with another country is a reduction of relations (SANCTION/discontinue, §556); an organization a host
state expels ends its presence (SANCTION/expel, §557), where a person expelled is deported (COERCE/deport, the
manual's exception, noun and verb alike).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

import parley

from nlp.test_events import codes_in_pipeline


@pytest.mark.parametrize("sentence", [
    "The United States banned arms sales to Venezuela.",
    "The European Union prohibited exports of luxury goods to North Korea.",
    "India barred exports of wheat to its neighbours.",
    "China imposed a ban on imports of Japanese seafood.",
    "The cabinet announced a ban on exports of rice to Bangladesh.",
    "Moscow banned the sale of Georgian wine.",
    "Russia banned imports of Polish apples.",            # the lexicon's pair, already read on the base
])
def test_trade_a_state_bans_with_another_country_is_a_sanction(sentence):
    assert codes_in_pipeline(sentence) == [("SANCTION", "discontinue")]


def test_a_bill_to_bar_imports_is_the_sanction_it_would_impose():
    assert ("SANCTION", "discontinue") in codes_in_pipeline(
        "The parliament passed a bill to bar imports of goods made in the settlements.")


@pytest.mark.parametrize("sentence", [
    "The government expelled the Red Cross delegation from the country.",
    "Burundi expelled the UN human rights office.",
    "The junta kicked out the aid agency.",
    "Ethiopia expelled seven senior UN officials.",
    "Mali expelled the French ambassador.",                 # §457, already read on the base
])
def test_an_organization_a_host_state_expels_is_a_sanction(sentence):
    assert codes_in_pipeline(sentence) == [("SANCTION", "expel")]


@pytest.mark.parametrize("sentence", [
    "Rwanda's expulsion of a Congolese journalist angered her newspaper.",
    "The expulsion of the Italian priest drew protests.",
    "Syrian authorities expelled the Italian priest.",      # the verb, already read on the base
])
def test_a_person_expelled_is_deported(sentence):
    assert ("COERCE", "deport") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The company banned smoking in its offices.", [("COERCE", "restrict")]),      # no trade
    ("Two-thirds of voters support a ban on imports of Chinese cars.", []),     # a ban only supported
    ("The mayor tried to ban sales of sugary drinks.", [("COERCE", "restrict")]),  # no other country
    ("The junta banned the main opposition party.", [("COERCE", "ban")]),
    ("The school expelled two students for cheating.", [("COERCE", "deport")]),
    ("The expulsion of the ambassador angered Moscow.", [("SANCTION", "expel")]),
    ("His expulsion from the party surprised no one.", [("SANCTION", "expel")]),
    ("Police deported hundreds of migrants.", [("COERCE", "deport")]),
    ("Thousands of Congolese nationals have been expelled since April.", [("COERCE", "deport")]),
    ("Angola expelled thousands of DRC nationals.", [("COERCE", "deport")]),  # a country's name, no organization
    ("The correspondents of Le Figaro were expelled in May.", [("COERCE", "deport")]),  # people of an outlet
])
def test_what_is_no_trade_with_another_country_nor_an_organization_keeps_its_reading(sentence, expected):
    assert codes_in_pipeline(sentence) == expected


# A conviction that ends in prison is SANCTION/convict and COERCE/arrest both: the manual's SANCTION ambiguity
# "Convictions that result in imprisonment should also be coded as COERCE 'arrest'" (conventions §592).
@pytest.mark.parametrize("sentence", [
    "A court in Cairo sentenced the blogger to five years in prison.",
    "The journalist was sentenced to life in prison by a military tribunal.",
    "A Minsk court sentenced the opposition leader to eleven years in a penal colony.",
    "Three activists were sentenced to two years in jail on Tuesday.",
    "The tribunal sentenced the former minister to 20 years for corruption.",
    "The sentencing of the scholar to life imprisonment drew protests.",
])
def test_a_sentence_to_prison_is_a_conviction_and_a_custody(sentence):
    codes = codes_in_pipeline(sentence)
    assert ("SANCTION", "convict") in codes and ("COERCE", "arrest") in codes


def test_the_conviction_stays_the_first_event_of_a_prison_sentence():
    events = parley.extract("A court in Cairo sentenced the blogger to five years in prison.").events
    assert max(events, key=lambda e: e.confidence).type == "SANCTION"


@pytest.mark.parametrize("sentence", [
    "A Saudi court sentenced the cleric to death.",                                        # no prison named
    "The judge sentenced the mayor to two years' probation.",                              # a term out of prison
    "The court sentenced the exiled opposition leader in absentia to ten years in prison.",  # no custody follows
    "The court sentenced the union leader to a suspended term of two years.",
    "The court convicted the former president of fraud.",
])
def test_a_sentence_that_puts_no_one_in_prison_is_only_a_conviction(sentence):
    codes = codes_in_pipeline(sentence)
    assert ("SANCTION", "convict") in codes and ("COERCE", "arrest") not in codes


# What the COERCE/SANCTION audit table of §592–§594 found already read (regression rows): sanctions, freezes, blacklists
# and visas revoked cut relations; seizures, arrests and a travel ban on one's own opposition coerce.
@pytest.mark.parametrize("sentence, expected", [
    ("The EU froze the assets of five Russian officials.", ("SANCTION", "discontinue")),
    ("The assets of the former president were frozen by Swiss authorities.", ("SANCTION", "discontinue")),
    ("Washington blacklisted a Chinese drone maker over its ties to the military.", ("SANCTION", "discontinue")),
    ("Two Russian banks were sanctioned by Britain on Monday.", ("SANCTION", "discontinue")),
    ("Germany revoked the visas of two Chinese diplomats.", ("SANCTION", "expel")),
    ("Authorities seized the assets of the jailed newspaper owner.", ("COERCE", "seize")),
    ("Authorities imposed a travel ban on the opposition leader and his wife.", ("COERCE", "restrict")),
    ("Russian troops blockaded the port of Mariupol.", ("COERCE", "restrict")),
])
def test_the_coerce_sanction_boundary_the_base_already_read(sentence, expected):
    assert codes_in_pipeline(sentence) == [expected]


# "Freeze" cuts relations only where something is frozen (§604); frozen assets and sanctioned parties stay measures.
@pytest.mark.parametrize("sentence", [
    "The river froze overnight.",
    "Wages froze for a decade after the crisis.",
    "The goalkeeper froze as the striker ran at him.",
])
def test_nothing_frozen_is_no_measure(sentence):
    assert codes_in_pipeline(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The Treasury froze the bank accounts of three Venezuelan generals.",
    "Japan froze loans to Myanmar after the coup.",
    "Their assets were frozen by the Swiss authorities.",
    "The assets the EU froze last year were returned to the bank.",
    "Police seized and froze the funds of the militia.",
    "Canada sanctioned six Russian oligarchs on Friday.",
    "The United Nations sanctioned North Korea over its nuclear programme.",
    "Two Iranian officials were sanctioned by the European Union.",
])
def test_something_frozen_and_a_party_sanctioned_stay_measures(sentence):
    assert ("SANCTION", "discontinue") in codes_in_pipeline(sentence)
