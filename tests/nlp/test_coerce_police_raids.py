"""A raid by the police, a security service, a government or a court is a search and seizure, COERCE/seize (conventions
§632): the noun of raid.v.02 {raid, bust} "search without warning" as the verb already reads; a raid by armed forces,
fighters, a country named alone or no one stays the ASSAULT it is.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline


@pytest.mark.parametrize("sentence", [
    "Police carried out a raid on the opposition party's offices.",      # subject of the verb that carries it
    "The police raid on the newspaper's offices lasted six hours.",      # a compound doer
    "Government raids on the factories exposed child labor.",
    "The raid by police on the activist's home drew no comment.",        # "by"
    "The FBI's raid on the lawyer's home surprised his clients.",        # an owner
    "Ukraine's security service conducted a raid at the monastery.",     # a security service
    "Prosecutors carried out raids on the bank's branches.",
])
def test_a_raid_by_a_body_of_the_state_that_polices_is_a_seizure(sentence):
    assert ("COERCE", "seize") in codes_in_pipeline(sentence)
    assert not any(kind == "ASSAULT" for kind, _ in codes_in_pipeline(sentence))


@pytest.mark.parametrize("sentence", [
    "Israeli troops carried out a raid on the refugee camp.",            # armed forces
    "Rebels launched a raid on the army post.",                          # fighters
    "The army's raid on the village killed ten people.",
    "Gunmen carried out a night raid on the school.",
    "Russia carried out air raids on the city.",                         # a country, from the air
    "The raid on the embassy shocked the region.",                       # no doer named
    "Two people were killed during a police raid on the market.",        # people killed in it
    "The president authorized the raid that killed the rebel leader.",
])
def test_a_raid_by_armed_men_a_country_or_no_one_stays_an_assault(sentence):
    assert any(kind == "ASSAULT" for kind, _ in codes_in_pipeline(sentence))


@pytest.mark.parametrize("sentence", [
    "Gunmen raided three villages in the north.",                        # fighters of no state (§633)
    "Rebel fighters raided the hotel and held guests hostage.",
    "Militants raided a police station overnight.",
])
def test_a_raid_by_fighters_of_no_state_is_an_assault(sentence):
    assert ("ASSAULT", None) in codes_in_pipeline(sentence)
    assert ("COERCE", "seize") not in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Police raided the newspaper's offices.",                            # the verb's own search stays
    "Tax inspectors raided the company's headquarters.",
    "The offices were raided on Monday.",
])
def test_a_raid_verb_by_the_state_or_no_one_named_stays_a_seizure(sentence):
    assert codes_in_pipeline(sentence) == [("COERCE", "seize")]
