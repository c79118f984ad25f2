"""Who a "by" agent is: the doer of the event a verb says with its noun, beside the verb's subject, and the accused
of the act an accusation's "of" names (conventions §347); a bare sector noun there acts as in the subject (§348).

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import parties


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    # §347: the agent of the noun the verb absorbs does the event too, and is no recipient
    ("Kenya ordered patrols by Kenyan police along the border.", "MOBILIZE", ["Kenya", "Kenyan police"], []),
    # §347: the "by" hung on an accusation's act names the accused, not the accuser
    ("The court will rule on charges of abuses by Serbian forces.", "ACCUSE", [], ["Serbian forces"]),
    ("The court will rule on charges of violations against the Albanians of Kosovo by Serbian forces.", "ACCUSE",
     [], ["Serbian forces"]),
    ("Kenya expressed condemnation of the killing of students by Sudanese troops.", "ACCUSE", ["Kenya"],
     ["Sudanese troops"]),
])
def test_the_by_agent_read_as_doer_or_accused(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    # the agent of an event the verb acts upon, not its own, receives the act
    ("Turkey cancelled a scheduled visit by the Swedish defence minister.", "SANCTION", ["Turkey"], ["Sweden"]),
    # the accused of an accusation the verb absorbs, and the doer of the act charged, as before
    ("Amnesty leveled accusations of torture by Kenyan police.", "ACCUSE", ["Amnesty International"],
     ["Kenyan police"]),
    ("Amnesty leveled accusations of torture by Kenyan police.", "ASSAULT", ["Kenyan police"], []),
    ("Kenya made charges of abuses by Ugandan police.", "ACCUSE", ["Kenya"], ["Ugandan police"]),
    # a "by" on the accusation that names no armed force voices it
    ("The condemnation of the attack on Kyiv by the UN came quickly.", "ACCUSE", ["United Nations"], []),
    # an "of" that names a party: its "by" is the noun's doer (§338); a stance toward another's act (§278)
    ("The detention of two journalists by Kenyan police angered Uganda.", "COERCE", ["Kenyan police"], []),
    ("Uganda condemned the arrest of two journalists by Kenyan police.", "ACCUSE", ["Uganda"], ["Kenyan police"]),
])
def test_by_agents_read_as_before(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    # §348: a sector noun as a passive's agent or a noun's "by" acts, as it does as a subject
    ("Two soldiers were killed by rebels near the border.", "ASSAULT", ["rebels"], ["soldiers"]),
    ("The journalists were detained by police in Nairobi.", "COERCE", ["police"], ["journalists"]),
    ("The detention of two journalists by security forces angered Uganda.", "COERCE", ["security forces"], []),
    # the agent named acts, not the authority that reports it (moved from test_event_actors_roles.py, §103)
    ("Five students were detained by soldiers, police said.", "COERCE", ["soldiers"], ["students"]),
    # the backers act; the backed, which a participle with no actor took as recipient, is lost (§348 "Left")
    ("Christian militias backed by other rebel groups looted Muslim villages.", "SUPPORT", ["rebel groups"], []),
    # and is the accused of an accusation's act (§347)
    ("The court will rule on charges of abuses by the security forces.", "ACCUSE", [], ["security forces"]),
])
def test_a_sector_noun_agent_acts(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    # a means or a time after "by" is no actor
    ("Ten villagers were killed by a bomb in Kabul.", "ASSAULT", [], ["villagers"]),
    ("The prisoners were released by the end of May.", "RETREAT", [], []),
    # a "by" on an accusation that names no armed force voices it (§347)
    ("Accusations of fraud by the opposition were rejected by Kenya.", "ACCUSE", ["opposition"], []),
    # a named agent, as before
    ("The journalists were detained by Kenyan police in Nairobi.", "COERCE", ["Kenyan police"], ["journalists"]),
])
def test_by_phrases_that_name_no_sector_read_as_before(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)
