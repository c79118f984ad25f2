"""Classes of repression and of bodily violence with no entry before (conventions §169 on).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes, types


# §169: cruel treatment of a bodily kind is an assault, and so is sexual or physical violence named by a noun.
@pytest.mark.parametrize("sentence, expected", [
    ("The choir master sexually abused four boys over a decade.", ("ASSAULT", "sexual")),
    ("Both sisters had been sexually and physically abused by their stepfather.", ("ASSAULT", "sexual")),
    ("Guards physically mistreated the detainees at the camp.", ("ASSAULT", "beat")),
    ("The soldiers physically ill-treated him.", ("ASSAULT", "beat")),
    ("A coach molested several junior gymnasts.", ("ASSAULT", "sexual")),
    ("Refugee women face widespread sexual violence in the camps.", ("ASSAULT", "sexual")),
    ("Witnesses described sexual violence committed by the militia.", ("ASSAULT", "sexual")),
    ("The inquiry documented years of physical abuse at the orphanage.", ("ASSAULT", "beat")),
])
def test_cruel_treatment_of_a_bodily_kind_is_an_assault(sentence, expected):
    assert expected in codes(sentence)


@pytest.mark.parametrize("sentence", [
    "The governor abused his power to reward donors.",          # a power misused
    "Officials abused the tender system to win contracts.",     # a system misused
    "Drug abuse has risen among young workers in the port.",    # a drug misused
    "The senator was accused of abuse of office.",              # no party treated cruelly
    "She is accused of abusing her authority over the budget.", # a person's authority, not a person
    "Lawyers said the father had mistreated the boy in phone calls.",  # no bodily kind named
    "The charity campaigns against child abuse in schools.",    # no bodily kind named
])
def test_misuse_and_cruelty_of_no_bodily_kind_are_no_assault(sentence):
    assert "ASSAULT" not in types(sentence)


# §170: a lockdown is a curfew, and one that ends is none.
@pytest.mark.parametrize("sentence, expected", [
    ("The northern districts remain under a strict lockdown.", ("COERCE", "curfew")),
    ("The junta ordered a lockdown of the capital after the shooting.", ("COERCE", "curfew")),
])
def test_a_lockdown_is_a_curfew(sentence, expected):
    assert expected in codes(sentence)


@pytest.mark.parametrize("sentence", [
    "The lockdown ended on Monday after six weeks.",         # over, none imposed
    "The curfew ended at dawn.",                              # so is a curfew
])
def test_a_restriction_that_ends_is_no_coercion(sentence):
    assert "COERCE" not in types(sentence)


def test_a_lockdown_lifted_stays_a_concession():
    assert types("The authorities lifted the lockdown on Friday.") == ["CONCEDE"]


def test_violence_committed_is_no_promise():
    assert "AGREE" not in types("Witnesses described sexual violence committed by the militia.")


@pytest.mark.parametrize("sentence", [
    "Sexual violence has been committed against the captives.",
    "Torture was committed in the prison for years.",
])
def test_a_wrong_committed_in_the_passive_is_done_not_promised(sentence):
    assert types(sentence)[0] == "ASSAULT" and "THREATEN" not in types(sentence)


# §171: people a state's body takes away are arrested.
@pytest.mark.parametrize("sentence", [
    "Three students were taken away by police after the vigil.",
    "Police whisked the activist away in an unmarked van.",
    "Soldiers took away two journalists at the checkpoint.",
])
def test_people_taken_away_by_a_state_body_are_arrested(sentence):
    assert ("COERCE", "arrest") in codes(sentence)


@pytest.mark.parametrize("sentence", [
    "Police took away their phones.",                   # things
    "Her parents took her away from the school.",       # no state body
    "The floods carried away two bridges.",
])
def test_things_or_people_taken_away_by_others_are_no_arrest(sentence):
    assert "COERCE" not in types(sentence)
