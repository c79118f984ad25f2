"""Protests shown by their feeling, military posture, and prices that move (conventions §130–§133, §438, §439).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import types
from parley.nlp.event_lexicon import grievance_nouns, military_units, nonagent_nouns
from parley.nlp.pipeline import load


@pytest.mark.parametrize("sentence", [
    "Taxi drivers honked their horns for an hour in anger over fuel prices.",       # "in" a feeling
    "Students burned copies of the decree in a display of defiance.",               # a noun of showing "of" it
    "Nurses stood outside the ministry for hours in a sharp rebuke to the health minister.",
    "Truck drivers parked their rigs across the highway to vent their fury at the new tolls.",  # to voice it
    "Residents lit candles and rang church bells in an act of defiance against the curfew.",  # a conjunct
    "A group of fishermen dumped rotten fish at the port in outrage over the quotas.",  # people after "of"
])
def test_people_acting_in_anger_or_defiance_protest(sentence):
    assert "PROTEST" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The minister slammed the door in anger after the vote.",                       # one person, no crowd
    "The government closed the embassy in a show of displeasure.",                  # a state objects its own way
    "Soldiers fired into the air in anger over their pay.",                         # armed forces
    "Teachers graded the papers at home in the evening.",                           # no feeling shown
    "Parents read the letter in the face of criticism from the school.",            # another's criticism
    "Voters have been harsh in their criticism of the mayor.",                      # how they spoke
])
def test_acts_of_one_party_or_with_no_feeling_are_no_protest(sentence):
    assert "PROTEST" not in types(sentence)


def test_grievance_nouns_file_is_what_the_script_builds():
    rebuilt("build_grievance_nouns", "data.noun")
    grievances = grievance_nouns()
    assert {"anger", "fury", "outrage", "defiance", "rebuke", "reproach"} <= grievances
    assert not {"protest", "sadness", "fear", "grief"} & grievances  # no feeling of anger or reproach


@pytest.mark.parametrize("sentence", [
    "The navy placed two destroyers on high alert after the launch.",               # forces on a state of readiness
    "Three battalions were placed on alert near the frontier.",                     # a military unit, in the passive
        "Rebel fighters drove their tanks through the town in a show of force.",        # forces in a show of strength
    "Kenya sailed six warships past the strait in a display of military might.",    # a state
])
def test_readiness_and_shows_of_strength_mobilize(sentence):
    assert "MOBILIZE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The health ministry placed all hospitals on alert for the storm.",             # nothing armed
    "Police remain on high alert across the capital.",                              # a state, no act
    "The champion lifted the trophy in a show of strength.",                        # no forces, no state
])
def test_readiness_or_strength_of_no_armed_party_is_no_mobilization(sentence):
    assert "MOBILIZE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya dispatched a squadron of helicopters to the coast.",                     # a military unit sent
    "The ministry moved two platoons and an artillery battery toward the border.",
])
def test_military_units_sent_are_forces(sentence):
    assert "MOBILIZE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya raised its military alert level after the border clash.",                 # a level of alert, military
    "Chad raised the alert level of its troops along the frontier.",                  # whose troops
    "The defence ministry raised the army's state of readiness on Sunday.",           # the army's readiness
    "Turkey put its troops on the highest level of combat readiness.",                # on a level of readiness
    "Chad put its armed forces on standby after the attack.",                         # standby.n.01, of stand_by.v.02
    "Two army battalions were put on standby near the frontier.",
    "Rebel fighters staged a show of force in the capital.",                          # a show of strength staged
    "Kenya mounted a display of military power off the coast.",                       # by a state
])
def test_readiness_raised_and_strength_shown_mobilize(sentence):
    assert "MOBILIZE" in types(sentence)  # conventions §438


@pytest.mark.parametrize("sentence", [
    "The health agency raised its flu alert level for the winter.",                   # no forces
    "The bank raised its state of readiness for a cyber attack.",
    "The hospital was placed on the highest level of alert.",
    "Investors raised the level of alert on the stock.",
    "The airline put ten passengers on standby.",                                     # standby of no forces
    "The coach put his players on standby for the final.",
    "The company kept a generator on standby during the storm.",
    "The champion staged a show of strength in the final round.",                     # sport: no forces, no state
    "The runners held a display of power on the last lap.",
])
def test_readiness_or_strength_of_no_armed_party_is_still_no_mobilization(sentence):
    assert "MOBILIZE" not in types(sentence)  # conventions §438


@pytest.mark.parametrize("sentence", [
    "Workers held a work stoppage at the plant on Monday.",                           # strike.n.02 {strike, work stoppage}
    "Miners began a work stoppage over unpaid wages.",
    "The opposition launched civil disobedience across the country.",                # civil_disobedience.n.01
])
def test_a_work_stoppage_or_civil_disobedience_held_is_a_protest(sentence):
    assert "PROTEST" in types(sentence)  # conventions §439


@pytest.mark.parametrize("sentence", [
    "The referee ordered a stoppage in play for an injury.",                          # sport: a stoppage of no work
    "Heavy rain caused a stoppage at the mine on Monday.",
    "The army met fierce resistance in the north.",                                    # resistance of no protest
    "Teachers said the pupils showed disobedience in class.",
])
def test_a_stoppage_of_no_work_or_disobedience_of_no_crowd_is_no_protest(sentence):
    assert "PROTEST" not in types(sentence)  # conventions §439


@pytest.mark.parametrize("sentence", [
    "Organizers said people were planning acts of civil disobedience.",              # planned, held by no one
    "Volunteers received training in civil disobedience.",                           # taught
    "The union postponed the planned work stoppage.",                                # put off
])
def test_a_work_stoppage_or_civil_disobedience_no_one_holds_is_no_event(sentence):
    assert not {"PROTEST", "THREATEN"} & set(types(sentence))  # conventions §439


def test_what_an_armed_body_puts_on_alert_mobilizes():
    doc = load()("The army placed its border units on full readiness.")  # the whole pipeline: the army is an actor
    assert [e.type for e in doc._.events] == ["MOBILIZE"]


def test_a_joint_body_that_deploys_holds_no_joint_exercise():
    assert types("The Joint Chiefs of Staff deployed two brigades to the border.") == ["MOBILIZE"]


def test_military_units_file_is_what_the_script_builds():
    rebuilt("build_military_units", "data.noun")
    units = military_units()
    assert {"battalion", "brigade", "squadron", "platoon", "regiment"} <= units
    assert not {"idf", "sas", "unit", "team"} & units  # no acronym, no unit of anything


@pytest.mark.parametrize("sentence", [
    "The peso rallied after the central bank raised rates.",                        # a currency, no crowd
    "Stocks mounted a fierce attack on the record high before retreating.",         # holdings, a carried noun
    "Copper prices retreated from their peak on Friday.",                           # a price that withdraws
])
def test_prices_and_holdings_that_move_do_no_material_act(sentence):
    assert not {"PROTEST", "ASSAULT", "RETREAT"} & set(types(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Farmers rallied outside the ministry in Nairobi.", "PROTEST"),                   # people
    ("Rebels attacked the bank in Kenya.", "ASSAULT"),                                 # a bank attacked, not attacking
    ("Kenya withdrew its troops after the market was shelled.", "RETREAT"),
])
def test_acts_done_to_markets_or_by_people_stay(sentence, expected):
    assert expected in types(sentence)


def test_value_nouns_file_is_what_the_script_builds():
    rebuilt("build_nonagent_nouns", "data.noun")
    values = {noun for noun, kind in nonagent_nouns().items() if kind == "value"}
    assert {"market", "price", "peso", "rupee", "share", "stock", "gold", "dollar", "rand", "lira", "currency"} <= values
    assert not {"bank", "investor", "trader", "government"} & values  # bodies and people act
    # first senses of another kind: a longing, a chemical bond, a sign, a prohibition; coins and cash
    assert not {"yen", "bond", "mark", "ban", "money", "cash", "quarter"} & values


@pytest.mark.parametrize("sentence", [
    "Kenya ordered two French diplomats to leave the country within a week.",       # diplomats ordered to leave
    "Three Turkish envoys were ordered out of Chad on Monday.",                     # "out", in the passive
    "Chad ordered the observer mission to leave by the end of the month.",          # a mission
])
def test_diplomats_or_a_mission_ordered_out_are_expelled(sentence):
    assert "SANCTION" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The governor ordered residents to leave their homes before the storm.",        # an evacuation
    "Kenya ordered two French diplomats to attend the hearing.",                    # no leaving
])
def test_people_ordered_to_leave_or_diplomats_ordered_to_stay_are_not_expelled(sentence):
    assert "SANCTION" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Chad and Kenya pulled out of the regional trade bloc on Friday.",             # states leave a body
    "Turkey withdrew from the alliance after the vote.",
])
def test_a_state_that_leaves_a_body_it_belongs_to_sanctions(sentence):
    assert "SANCTION" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The senator left the party after the vote.",                                   # a person, no state
    "Kenyan troops withdrew from the council building.",                            # forces leave a place
])
def test_people_or_forces_that_leave_a_body_sanction_nothing(sentence):
    assert "SANCTION" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya returned the seized trucks to their owners on Monday.",                  # seized property given back
    "Chad restored the confiscated farms to the villagers.",
])
def test_seized_property_returned_is_released(sentence):
    assert "RETREAT" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya returned the trucks to the dealer on Monday.",                           # nothing seized
    "The soldiers returned fire after the ambush.",
])
def test_things_returned_that_were_never_seized_are_no_release(sentence):
    assert "RETREAT" not in types(sentence)



@pytest.mark.parametrize("sentence", [
    "Demonstrators formed a human chain around the parliament in Ankara.",          # what protesters do
    "Hundreds of protesters waved flags outside the embassy in Nairobi.",
])
def test_what_protesters_do_is_a_protest(sentence):
    assert "PROTEST" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Protesters said the march would continue.",                                    # what they say
    "The marchers had no permit from the city.",                                    # what they have
])
def test_what_protesters_say_or_have_is_no_protest(sentence):
    assert "PROTEST" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    # §486: what protesters undergo or perceive, by the WordNet file of the verb's first sense (plover_stative_verbs.csv)
    "Several demonstrators underwent surgery in Nairobi.",                          # verb.perception
    "Protesters witnessed the fire from the roof.",                                 # verb.perception
    "The protesters survived the bombing of the camp.",                             # verb.stative
])
def test_what_protesters_undergo_is_no_protest(sentence):
    assert "PROTEST" not in types(sentence)


def test_an_attack_protesters_survive_is_the_attack():
    assert types("The protesters survived the attack.") == ["ASSAULT"]


def test_the_stative_verbs_are_what_wordnet_gives():
    verbs = set(rebuilt("build_stative_verbs", "data.verb", "index.verb").OUTPUT.read_text(encoding="utf-8").split())
    # first senses in verb.stative, verb.possession, verb.emotion, verb.cognition, verb.perception; linking verbs
    assert {"be", "have", "own", "fear", "know", "see", "survive", "suffer", "endure", "witness", "undergo",
            "remain", "become"} <= verbs
    # acts (verb.contact, verb.communication, verb.social), and verbs the trigger lexicon codes (storm, loot)
    assert not {"wave", "form", "block", "chant", "say", "storm", "loot", "threaten"} & verbs
