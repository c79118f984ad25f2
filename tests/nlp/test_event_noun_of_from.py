"""What an act's noun names with its own "of" and "from" (conventions §302), by what the PLOVER manual makes the act:
a party that moves its own forces or itself (a deployment, a withdrawal, a resignation) is named by "of", and what it
leaves "from" is no party; an act done to another (a shelling, an arrest, sanctions) is done to whom "of" names, by
whom "from" names. The clause the noun stands in gives no doer back through these phrases, nor through a topic: who
feels, says or asks something about an act did not do it (§303).

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import parties


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("The withdrawal of Kenyan police from Haiti began on Monday.", "RETREAT", ["Kenyan police"], []),
    ("The pullout of 1,500 Chadian soldiers from Mali began.", "RETREAT", ["Chadian soldiers"], []),
    ("Officials said the withdrawal of 300 Burundian troops from Somalia would begin in March.", "RETREAT",
     ["Burundian troops"], []),
    ("The withdrawal of the Burundian contingent from Somalia started last week.", "RETREAT", ["Burundi"], []),
    ("The drawdown of French troops from Niger was completed in December.", "RETREAT", ["French troops"], []),
])
def test_of_names_who_leaves_and_from_what_is_left(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("The shelling of Goma by rebels killed ten people.", "ASSAULT", ["rebels"], ["Goma"]),  # the agent acts (§348)
    ("Russia's shelling of Kharkiv killed five people.", "ASSAULT", ["Russia"], ["Kharkiv"]),
    ("The bombing of Abeche wounded dozens of civilians.", "ASSAULT", [], ["Abeche"]),
    ("The assassination of the Haitian president shocked the region.", "ASSAULT", [], ["Haiti"]),
    ("The arrest of Kenyan journalists in Chad drew criticism.", "COERCE", [], ["Kenyan journalists"]),
    ("The detention of two Ugandan opposition leaders in Nairobi angered Kampala.", "COERCE", [],
     ["Ugandan opposition leaders"]),
    ("Ugandan police said the arrest of Kenyan journalists was lawful.", "COERCE", [], ["Kenyan journalists"]),
])
def test_of_names_whom_an_act_is_done_to_never_its_doer(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


def test_a_verb_whose_subject_is_the_act_takes_no_doer_from_its_of():
    # "killed" says the shelling again: Goma was shelled, it killed no one
    assert parties("The shelling of Goma killed ten people.", "ASSAULT")[0] == []


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    # people expelled are deported, the manual's exception to SANCTION (§557)
    ("The expulsion of Chadian traders from Niger continued on Tuesday.", "COERCE", ["Niger"], ["Chadian traders"]),
    ("The release of Kenyan prisoners from Ugandan jails began on Monday.", "RETREAT", ["Uganda"], ["Kenya"]),
])
def test_from_names_who_expels_or_releases(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("Sanctions from the United States hit Iran's oil exports.", "SANCTION", ["United States"], []),
    ("Threats from Al-Shabaab forced the closure of schools.", "THREATEN", ["Al-Shabaab"], []),
    ("The deployment of Rwandan troops to Mozambique began in July.", "MOBILIZE", ["Rwandan troops"], ["Mozambique"]),
    ("The deployment of 400 police officers from Kenya began in June.", "MOBILIZE", ["Kenya"], []),
    ("The mobilization of Eritrean reservists alarmed Ethiopia.", "MOBILIZE", ["Eritrean reservists"], []),
    ("The kidnapping of Nigerian schoolgirls by Boko Haram shocked the world.", "ASSAULT", ["Boko Haram"], ["Nigeria"]),
    ("The resignation of the Kenyan foreign minister shocked Nairobi.", "RETREAT", ["Kenya"], []),
])
def test_doers_already_read_stay(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("Kenya expressed concern about the arrests of opposition figures in Uganda.", "COERCE", [], []),
    ("Kenya is worried about the arrests of opposition figures in Uganda.", "COERCE", [], []),
    ("Chad voiced alarm over the shelling of Abeche.", "ASSAULT", [], ["Abeche"]),
    ("Kenya raised questions about the killing of the journalist.", "ASSAULT", [], []),
])
def test_who_feels_or_asks_about_an_act_did_not_do_it(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("Kenya announced plans for the deployment of troops to Haiti.", "MOBILIZE", ["Kenya"], []),
    ("Uganda carried out a wave of arrests of opposition figures.", "COERCE", ["Uganda"], []),
])
def test_an_act_a_clause_plans_or_carries_out_stays_its_subjects(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)
