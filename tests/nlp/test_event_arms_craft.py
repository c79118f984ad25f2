"""Warplanes, warships and military vehicles handed to another party are arms (PLOVER AID: "military and police
assistance including arms"; plover_conventions.md §379).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import events_with_parties


@pytest.mark.parametrize("sentence, giver, receiver", [
    ("Norway delivered six fighter jets to Ukraine in May.", "Norway", "Ukraine"),      # a force noun on a craft
    ("Italy supplied bomber aircraft to Egypt.", "Italy", "Egypt"),
    ("Sweden gave army trucks to Ukraine.", "Sweden", "Ukraine"),
    ("Russia supplied armored personnel carriers to Syria.", "Russia", "Syria"),       # WordNet's compound
    ("Turkey delivered attack aircraft to Azerbaijan.", "Turkey", "Azerbaijan"),
])
def test_military_craft_handed_to_a_party_are_arms(sentence, giver, receiver):
    assert events_with_parties(sentence) == [("AID", [giver], [receiver])]


@pytest.mark.parametrize("sentence", [
    "A jet carrying tourists landed in Rome.",                    # a craft of no force
    "India sent a plane to collect its citizens from Sudan.",     # an evacuation
    "China supplied jet engines to Iran.",                        # a force noun on a part, not on a craft
    "Canada delivered passenger jets to Kenya.",                  # a craft of no force
])
def test_other_craft_and_parts_are_no_arms(sentence):
    assert "AID" not in [e[0] for e in events_with_parties(sentence)]


def test_a_forces_own_craft_moved_stay_a_mobilization():
    assert events_with_parties("The air force moved its fighter jets to a base near Kyiv.") \
        == [("MOBILIZE", ["air force"], [])]


def test_craft_and_compound_arms_are_what_the_scripts_build():
    goods = rebuilt("build_relief_goods", "data.noun")
    arms = goods.build(goods.WordNet(goods.WORDNET_DIR))
    assert arms["apc"] == arms["armored personnel carrier"] == arms["attack aircraft"] == "arms"
    assert "fighter" not in arms                                    # a combatant before a warplane
    assert not {"bullet train", "pepper spray", "defense system"} & set(arms)   # compounds of craft only
    materiel = rebuilt("build_materiel_nouns", "data.noun")
    kinds = materiel.build(materiel.WordNet(materiel.WORDNET_DIR))
    assert kinds["jet"] == kinds["helicopter"] == kinds["ship"] == kinds["truck"] == "conveyance"
    assert kinds["engine"] == kinds["radar"] == "instrumentality"
