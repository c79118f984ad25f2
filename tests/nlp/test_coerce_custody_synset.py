"""Every word of WordNet 3.0's arrest.v.01 "take into custody" {collar, nail, apprehend, arrest, pick up, nab, cop}
and handcuff.v.01 {manacle, cuff, handcuff} is a taking into custody when police or soldiers do it to a person, as
§405's "interrogate" is; and one held on suspicion is held as a suspect (conventions §617).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline


@pytest.mark.parametrize("sentence", [
    "Police in the capital collared a teacher over a post on Facebook.",   # collar (arrest.v.01)
    "Border guards nabbed two smugglers near the river on Sunday.",        # nab
    "Police picked up the opposition spokesman outside his house.",        # pick up, a phrasal word of the synset
    "The editor was nabbed by police at the airport.",                     # a passive with the state as agent
    "Three suspects were picked up in an overnight operation.",            # a passive naming no one, suspects
    "Soldiers handcuffed the student leaders in front of the cameras.",    # handcuff (handcuff.v.01)
    "Riot police cuffed a dozen students outside the ministry.",           # cuff
    "Navy commandos held the governor on suspicion of smuggling arms.",    # held on suspicion: as a suspect
])
def test_a_person_the_state_takes_into_custody_is_arrested(sentence):
    assert codes_in_pipeline(sentence) == [("COERCE", "arrest")]


@pytest.mark.parametrize("sentence", [
    "Police picked up the documents from the embassy.",          # a thing, not a person
    "The senator picked up two delegates in the primary.",       # no police or soldiers: a gain
    "The ministry nailed the budget figures.",
    "The mother picked up her son from school.",
    "Sales picked up in the second quarter.",                    # no object
    "The governor was held in high regard by the voters.",       # held, but in no custody and as no suspect
])
def test_what_the_state_does_not_take_into_custody_is_no_arrest(sentence):
    assert codes_in_pipeline(sentence) == []
