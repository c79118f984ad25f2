"""Who does the event a noun names (conventions §278, §279, §291): the noun's own "by" agent, not the subject of the
clause it stands in; the doer of an act condemned is condemned; a gerund's own phrases are its own, not the parties of
the act whose object it is; a verb that says a noun's event of it as its subject takes the noun's parties.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_parties as events


def parties(sentence: str, type_: str) -> tuple[str, str]:
    """The actor and the recipient names of the sentence's events of ``type_``, each joined in one string."""
    found = [(" ".join(actors), " ".join(recipients)) for t, actors, recipients in events(sentence) if t == type_]
    assert found, f"no {type_} in {sentence!r}"
    return " ".join(a for a, _ in found), " ".join(r for _, r in found)


@pytest.mark.parametrize("sentence, critic", [
    ("The detention of activists by security forces has been condemned by Amnesty.", "Amnesty"),
    ("The arrest of two students by masked gunmen was denounced by Human Rights Watch.", "Human Rights Watch"),
])
def test_the_clause_subject_does_not_do_an_act_whose_agent_the_noun_names(sentence, critic):
    actors, _ = parties(sentence, "COERCE")
    assert critic not in actors


@pytest.mark.parametrize("sentence, doer", [
    ("The detention of Kenyan journalists by Ugandan police was condemned by Amnesty.", "Uganda"),
    ("Ugandan soldiers carried out the arrest of two Kenyan journalists.", "Uganda"),
])
def test_a_named_or_carrying_doer_still_does_the_act(sentence, doer):
    actors, _ = parties(sentence, "COERCE")
    assert doer in actors


@pytest.mark.parametrize("sentence, doer", [
    ("Amnesty condemned the detention of Kenyan journalists by Ugandan police.", "Uganda"),
    ("The detention of Kenyan journalists by Ugandan police was condemned by Amnesty.", "Uganda"),
])
def test_the_doer_of_an_act_condemned_is_condemned(sentence, doer):
    _, recipients = parties(sentence, "ACCUSE")
    assert doer in recipients


@pytest.mark.parametrize("sentence, outsider", [
    ("Kenyan police charged the men with spying for Chad.", "Chad"),
    ("Ugandan police charged two Kenyans with spying for Sudan.", "Sudan"),
])
def test_a_gerunds_own_phrase_is_no_party_of_the_charge(sentence, outsider):
    _, recipients = parties(sentence, "ACCUSE")
    assert outsider not in recipients


@pytest.mark.parametrize("sentence, party", [
    ("Kenyan police charged two Ugandan officials with fraud.", "Uganda"),
    ("Ugandan police charged two Kenyans with spying for Sudan.", "Kenya"),
])
def test_a_party_charged_stays(sentence, party):
    actors, recipients = parties(sentence, "ACCUSE")
    assert party in actors + recipients


@pytest.mark.parametrize("sentence, type_, doers", [
    ("A ceasefire between Sudan and Chad took effect on Monday.", "RETREAT", "Sudan Chad"),
    ("A truce between Niger and Mali came into force on Sunday.", "RETREAT", "Niger Mali"),
])
def test_a_verb_saying_its_subject_nouns_event_takes_the_nouns_parties(sentence, type_, doers):
    actors, _ = parties(sentence, type_)
    assert actors == doers


@pytest.mark.parametrize("sentence, type_, doers, targets", [
    ("Talks between Sudan and Chad ended on Monday.", "CONSULT", "Sudan Chad", ""),
    ("Chad's truce with Sudan took effect on Monday.", "RETREAT", "Chad", "Sudan"),
    ("Kenya and Uganda signed a truce on Monday.", "SUPPORT", "Kenya Uganda", ""),
])
def test_parties_already_read_stay(sentence, type_, doers, targets):
    assert parties(sentence, type_) == (doers, targets)
