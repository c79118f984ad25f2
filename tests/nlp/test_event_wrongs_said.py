"""A speaker who says an act was done wrongfully, or calls it unfair, accuses (conventions §183): the opposites of
the norms a complaint appeals to, taken from WordNet, and their adverbs; so does one who says a party committed a
wrong (§257).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "The ministry said the freighter had unlawfully entered its territorial waters.",
    "The union says the company unfairly dismissed the strikers.",
    "Lawyers for the family maintain the boy is being improperly held by his uncle.",
    "The opposition said the electoral commission had acted irresponsibly.",
])
def test_an_act_said_to_be_done_wrongfully_is_an_accusation(sentence):
    assert "ACCUSE" in types(sentence)


def test_the_wrongful_act_said_stays_an_event_of_its_own():
    found = types("Her lawyers said she was unlawfully detained at the airport.")
    assert "ACCUSE" in found and "COERCE" in found


@pytest.mark.parametrize("sentence", [
    "Fishermen's groups said the new quotas were unfair.",
    "The mayor said the closure of the clinic was undemocratic.",
])
def test_an_act_said_to_be_unfair_or_undemocratic_is_criticized(sentence):
    assert "ACCUSE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Farm owners say they want workers already in the country illegally to get permits.",  # where they are
    "The coach said the referee had judged the match fairly.",                              # no wrong said
])
def test_a_status_or_a_fair_act_accuses_no_one(sentence):
    assert "ACCUSE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Monitors said the rebels had committed war crimes in the northern province.",
    "The watchdog said the guards committed acts of torture against the inmates.",
    "The envoy said Ruritania had committed a grave violation of the border accord.",
])
def test_a_wrong_said_committed_is_alleged(sentence):
    assert "ACCUSE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The coroner said the prisoner had committed suicide.",           # no wrong to another
    "The ministry said it had committed two battalions to the mission.",  # forces given
    "The rebels committed war crimes in the northern province.",      # no one says it: narrated
])
def test_no_wrong_or_no_report_alleges_nothing(sentence):
    assert "ACCUSE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The gunmen committed murders and kidnappings across the valley.",
    "Monitors said the militia committed killings and rapes in the district.",
])
def test_wrongs_committed_together_are_done_not_promised(sentence):
    found = types(sentence)
    assert "ASSAULT" in found and "THREATEN" not in found and "AGREE" not in found


@pytest.mark.parametrize("sentence", [
    "The army said its soldiers had not committed any crimes.",
    "The ministry said the officials did not steal the relief funds.",
])
def test_a_wrong_said_not_done_alleges_nothing(sentence):
    assert "ACCUSE" not in types(sentence)
