"""Harm that no one inflicts is no assault: accidents, fights against nature, animals slaughtered (conventions
§157–§159).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone. The whole
pipeline runs, since whether a doer is armed is the actor layer's reading ("gunmen" are an armed group).
"""

from __future__ import annotations

import pytest

from generators import generator, require
from parley.nlp.event_lexicon import accident_nouns, accident_verbs, animal_nouns, nonagent_nouns
from parley.nlp.pipeline import load

VIOLENCE = {"ASSAULT", "PROTEST"}


def types(sentence: str) -> list[str]:
    return [e.type for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence", [
    "The minibus hit a concrete barrier on the ring road, injuring eight people.",    # a conveyance, a thing hit
    "The boiler exploded shortly after midnight, injuring two night-shift workers.",  # a machine
    "A turbine explosion at the power station injured six engineers.",                # what burst, named
    "A ferry capsized off the northern coast on Sunday, killing 40 people.",           # an accident verb
    "Two goods trains collided near the border station, killing a signalman.",         # with no thing named
    "A driver crashed into a wall outside the school, injuring three pedestrians.",    # a person's accident
    "The roof of the covered market gave way, injuring seven traders.",                # a two-word verb
    "A freight train derailed near the junction, halting the night service.",          # whatever the type
])
def test_harm_an_accident_does_is_no_act(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "A car bomb exploded outside the ministry, killing 12 people.",                    # a weapon
    "A car bomb explosion outside the ministry killed 12 people.",                     # a weapon burst
    "A drone crashed into the convoy, killing four soldiers.",                         # a weapon crashes
    "A driver crashed into the crowd of shoppers, killing three people.",              # people struck
    "A van drove into the marchers, injuring 14 people.",                              # a conveyance at people
    "Helicopters fired on the protesters outside the palace.",                         # aircraft serve in war
    "Protesters clashed with police, injuring 12 people.",                             # a clash is an event
    "The bus that was attacked near the border carried 30 pilgrims.",                  # a thing done to
])
def test_violence_with_a_weapon_or_at_people_stays(sentence):
    assert VIOLENCE & set(types(sentence))


@pytest.mark.parametrize("sentence", [
    "Rescuers fought the floods for a week before the river fell.",                    # nature
    "Health workers battled for weeks to contain an outbreak of cholera in the camps.",  # what an outbreak is of
    "Denmark slaughtered about 30 million pigs last year.",                            # animals, for food
    "Farmers slaughtered 30,000 birds to stop the spread of the disease.",             # a crowd's, no riot
])
def test_fights_against_nature_and_animals_slaughtered_are_no_assault(sentence):
    assert not VIOLENCE & set(types(sentence))


@pytest.mark.parametrize("sentence", [
    "Troops slaughtered villagers in the north.",                                      # people
    "Gunmen killed 40 cattle near the village.",                                       # an armed doer
    "Militants slaughtered the livestock of the villagers.",
    "Troops fought the rebels in the hills.",
])
def test_violence_of_armed_parties_or_against_people_stays(sentence):
    assert "ASSAULT" in types(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The chancellery rejected the minister's proposal on Tuesday.", "REJECT"),       # its keepers reject
    ("A second website refused to let him sell the pistol.", "REJECT"),
    ("Sanders hit back on Monday, a day after Clinton attacked Sanders on guns.", "ASSAULT"),  # a name, not sanders
    ("Soldiers stormed the beaches at dawn.", "ASSAULT"),                              # armed doers, a place taken
])
def test_what_a_thing_made_does_besides_harm_is_its_keepers_act(sentence, expected):
    assert expected in types(sentence)


def test_police_stationed_where_a_structure_is_are_no_structure():
    assert "MOBILIZE" in types("Riots were reported at a stadium where police had been stationed.")


def test_artifacts_that_do_not_act_are_built_by_kind():
    builder = generator("build_nonagent_nouns")
    require(builder.WORDNET_DIR / "data.noun")
    kinds = nonagent_nouns()
    assert {kinds[n] for n in ("bus", "tram", "ferry", "minibus", "car")} == {"conveyance"}
    assert {kinds[n] for n in ("bridge", "silo", "factory")} == {"structure"}
    assert {kinds[n] for n in ("boiler", "engine", "turbine")} == {"machine"}
    # things of war, or kinds of them: a weapon, an aircraft, a military vehicle, a device, a mine, a warship's kind
    assert not {"tank", "drone", "plane", "jet", "helicopter", "missile", "rocket", "device", "mine", "ship",
                "vehicle", "fortress"} & set(kinds)


def test_accident_verbs_and_animals_are_what_the_scripts_build():
    for name in ("build_accident_words", "build_animal_nouns"):
        builder = generator(name)
        require(builder.WORDNET_DIR / "data.verb")
        assert builder.build_text() == builder.OUTPUT.read_text(encoding="utf-8")
    assert {"crash", "collide", "overturn", "capsize", "derail", "collapse", "give_way", "cave_in"} <= accident_verbs()
    assert not {"ram", "break", "give", "sink", "explode", "hit"} & accident_verbs()  # first something else
    assert {"explosion", "collision", "derailment"} <= accident_nouns()
    assert {"pig", "cattle", "sheep", "bird", "livestock"} <= animal_nouns()
    assert not {"human", "man", "person", "people"} & animal_nouns()
