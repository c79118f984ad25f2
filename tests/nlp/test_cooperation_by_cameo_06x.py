"""Material cooperation by CAMEO's 06x verb sets and WordNet's senses (conventions §608–§610): a person handed over or
sent to be tried is extradited (CAMEO 063); arms sold or bought are a sale of weapons (CAMEO 062). Sentences are
written for these tests, beside the ones each rule must leave alone."""

from __future__ import annotations

import pytest

from nlp.test_events import types_in_pipeline as types


# §608: the trial the person is sent or handed over for makes them a defendant: extradite.v.01 "hand over to the
# authorities of another country … so he could be tried there".
@pytest.mark.parametrize("sentence", [
    "Honduras sent a former army colonel to Miami to stand trial on fraud charges.",
    "Kenya sent the businessman back to Tanzania to face charges of tax evasion.",
    "Panama handed over the banker to Colombia to face trial.",
    "Serbia turned over a Bosnian politician to Croatian prosecutors.",
    "Peru sent the former mayor to Bolivia for trial.",
    "Albanian police turned over an Italian businessman to Rome's prosecutors at Tirana airport.",  # "to" on the person
])
def test_a_person_sent_or_handed_over_to_be_tried_is_extradited(sentence):
    assert "COOPERATE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The hospital sent the patient back home to face a long recovery.",   # no trial
    "Kenya sent two teachers to Tanzania to face the exam board.",        # a board tries no one
    "The mayor sent a letter to prosecutors.",                            # a letter is no person handed over
    "The coach sent the team to Spain to face Barcelona.",               # a match, not a trial
])
def test_no_trial_no_extradition(sentence):
    assert "COOPERATE" not in types(sentence)


# §609: "arms" is weaponry.n.01, which CAMEO's SELL and BUY + &WEAPON code 062, cooperating militarily.
@pytest.mark.parametrize("sentence", [
    "Germany sold arms to Egypt.",
    "Israel has been selling arms to Azerbaijan for years.",
    "India bought arms from Russia.",
])
def test_arms_sold_or_bought_are_military_cooperation(sentence):
    assert "COOPERATE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The protesters linked arms outside the embassy.",
    "The vendor sold fruit to tourists.",
])
def test_no_weapons_no_sale_of_arms(sentence):
    assert "COOPERATE" not in types(sentence)
