"""Who tells of an act, voices a stance or carries an act out, and who does it (conventions §319–§321).

A verb of reporting whose object is an act's noun tells of it: the teller is no party in it, unless the verb tells of
one's own act (announcing, declaring, claiming or admitting it) or an authority tells of an act only authorities do
(§319). A carrier voices the stance its object's owner holds (§320). The "by" agent of a noun that carries out the act
its "of" object names does that act (§321).

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import parties


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("Amnesty International reported the killing of three protesters in Nairobi.", "ASSAULT", [], []),
    ("Human Rights Watch confirmed the torture of detainees in Egyptian prisons.", "ASSAULT", [], []),
    ("The UN reported the shelling of Goma.", "ASSAULT", [], ["Goma"]),
    ("Local media reported the detention of two Kenyan activists.", "COERCE", [], ["Kenyan activists"]),
    ("The killing of three protesters was reported by Amnesty International.", "ASSAULT", [], []),
])
def test_who_reports_an_act_is_no_party_in_it(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("Kenya announced the withdrawal of its troops from Somalia.", "RETREAT", ["Kenya"], ["Somalia"]),
    ("Kenya declared the withdrawal of its troops from Somalia.", "RETREAT", ["Kenya"], []),
    ("Hamas claimed the bombing of a bus in Jerusalem.", "ASSAULT", ["Hamas"], []),
    ("Nigeria admitted the bombing of a village in Borno.", "ASSAULT", ["Nigeria"], []),
    ("Police reported the arrest of twelve men.", "COERCE", ["Police"], []),
    ("Amnesty International said police killed three protesters.", "ASSAULT", ["police"], []),
])
def test_who_tells_of_its_own_act_does_it(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("The minister stressed Germany's support for Ukraine.", "SUPPORT", ["Germany"], ["Ukraine"]),
    ("Scholz stressed Germany's support for Ukraine.", "SUPPORT", ["Olaf Scholz", "Germany"], ["Ukraine"]),
    ("The envoy underscored Egypt's rejection of the dam plan.", "REJECT", ["Egypt"], []),
    ("The envoy expressed Japan's concern over the missile launches.", "ACCUSE", ["Japan"], []),
])
def test_a_carrier_voices_its_objects_owners_stance(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("The minister welcomed Germany's support for Ukraine.", "SUPPORT", [], ["Germany", "Ukraine"]),
    ("Poland expressed support for Ukraine.", "SUPPORT", ["Poland"], ["Ukraine"]),
])
def test_a_reaction_to_anothers_stance_is_not_that_stance(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("The imposition of sanctions on Iran by the EU angered Tehran.", "SANCTION", ["European Union"], ["Iran"]),
    ("The launch of airstrikes against Yemen by Saudi Arabia drew criticism.", "ASSAULT", ["Saudi Arabia"], ["Yemen"]),
])
def test_the_agent_of_a_noun_carrying_out_an_act_does_it(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("The condemnation of the attack on Kyiv by the UN came quickly.", "ASSAULT", [], []),
    ("The imposition of a blockade on Qatar by Saudi Arabia shocked the Gulf.", "COERCE", ["Saudi Arabia"], ["Qatar"]),
    ("The condemnation of the attack on Kyiv by the UN came quickly.", "ACCUSE", ["United Nations"], []),
])
def test_the_agent_of_an_act_about_an_act_does_not_do_it(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("The withdrawal of Kenya's ambassador from Uganda was announced.", "RETREAT", ["Kenya"], ["Uganda"]),
    ("The resignation of Kenya's foreign minister was announced.", "RETREAT", ["Kenya"], []),
    ("The deployment of Rwandan troops to Congo was announced on Monday.", "MOBILIZE", ["Rwandan troops"],
     ["Republic of the Congo"]),
])
def test_who_leaves_or_moves_in_an_act_announced_does_it(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("The arrest of Kenya's ambassador in Uganda was announced.", "COERCE", [], ["Kenya", "Uganda"]),
])
def test_whom_an_act_announced_is_done_to_does_not_do_it(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("The new law extends President Salva Kiir's mandate until 2026.", "SUPPORT", [], ["Salva Kiir"]),
])
def test_a_carrier_that_gives_or_extends_gives_its_objects_owner_nothing_to_do(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)
