"""Who does an act whose doer the parse places away from it: a passive's or a noun's agent that the parser hangs
beside the act's target (conventions §337, §338), and the object that does the act of an infinitive its verb takes
beside it (§340). The stance toward an owned act or decision (§339) is read as before.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import parties
from generators import rebuilt


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    # §337: "against" hung on the passive's agent names the target
    ("Tear gas was fired by Kenyan police against Ugandan migrants.", "ASSAULT", ["Kenyan police"], ["Ugandan"]),
    # §338: "by" hung on the noun's "of" object names the noun's doer
    ("The detention of two journalists by Kenyan police angered Uganda.", "COERCE", ["Kenyan police"], []),
    ("Chad denounced the shelling of its villages by Sudanese troops.", "ACCUSE", ["Chad"], ["Sudanese troops"]),
    # §340: the object does the act of the infinitive beside it; a passive's subject does
    ("The EU pressured Kenya to attack Uganda.", "ASSAULT", ["Kenya"], ["Uganda"]),
    ("Kenya was pressured by the EU to attack Uganda.", "ASSAULT", ["Kenya"], ["Uganda"]),
    ("The United States persuaded Israel to accept a ceasefire with Hamas.", "AGREE", ["Israel"], []),
    ("The protests prompted Washington to impose sanctions on Uganda.", "SANCTION", ["United States"], ["Uganda"]),
])
def test_the_doer_placed_away_from_the_act(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    # a "by" hung on the noun or on the verb's other object, as before
    ("The killing of ten villagers by Sudanese soldiers shocked Chad.", "ASSAULT", ["Sudanese soldiers"], []),
    ("Missiles were fired by Hamas against Israel on Monday.", "ASSAULT", ["Hamas"], ["Israel"]),
    # a "by" of means, of measure or of time names no doer; "of" names who moves in a withdrawal
    ("The killing of ten civilians by a bomb in Kabul angered Kenya.", "ASSAULT", [], []),
    ("The withdrawal of Kenyan troops by the end of May was announced.", "RETREAT", ["Kenyan troops"], []),
    ("Sudan increased its attacks on Chad by ten percent.", "ASSAULT", ["Sudan"], ["Chad"]),
    ("Kenya announced the release of prisoners by the end of May.", "RETREAT", ["Kenya"], []),
    # the agent's own "by" and a target hung on the verb, as before
    ("The storming of the parliament by Kenyan protesters shocked Uganda.", "ASSAULT", ["Kenyans"], []),
    ("Rubber bullets were fired by Kenyan police at Ugandan protesters.", "ASSAULT", ["Kenyan police"], ["Ugandan"]),
    ("Uganda condemned the arrest of two journalists by Kenyan police.", "ACCUSE", ["Uganda"], ["Kenyan police"]),
    # a verb that binds its own subject; an object that names no actor
    ("Kenya promised Uganda to withdraw its troops from Somalia.", "CONCEDE", ["Kenya"], ["Uganda", "Somalia"]),
    ("Kenya used its army to attack Uganda.", "ASSAULT", ["Kenya"], ["Uganda"]),
    # the infinitive says why the subject acts (no object control in WordNet's frames for "summon")
    ("China summoned Kenya's ambassador to protest the arrests.", "ACCUSE", ["China"], []),
    # §339: the owner of the act or decision a stance is about receives it
    ("Uganda criticized Kenya's handling of the crisis.", "ACCUSE", ["Uganda"], ["Kenya"]),
    ("Washington welcomed Tehran's decision to release the sailors.", "SUPPORT", ["United States"], ["Iran"]),
])
def test_parties_read_as_before(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


def test_the_control_verbs_are_what_wordnet_gives():
    verbs = set(rebuilt("build_control_verbs", "data.verb", "index.verb").OUTPUT.read_text(encoding="utf-8").split())
    assert {"urge", "press", "pressure", "persuade", "force", "prompt", "ask"} <= verbs
    assert not {"promise", "summon", "tour", "visit"} & verbs
