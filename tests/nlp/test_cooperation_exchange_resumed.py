"""Exchange resumed between parties (conventions §451): trade, flights, exports or deliveries that a verb of resuming,
restoring, (re)opening or starting takes up again or begins between two sides are COOPERATE.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import code, types_in_pipeline


# PLOVER COOPERATE: "initiate, resume, improve, or expand mutual material cooperation or exchange".
@pytest.mark.parametrize("sentence", [
    "Trade between Mali and Niger resumed on Tuesday after a year-long halt.",   # a time is no object
    "Direct flights between Qatar and Bahrain resumed on Monday.",               # flight.n.09
    "Kenya and Tanzania restarted fuel exports through the port of Mombasa.",     # two sides as subject
    "Algeria resumed gas supplies to Spain after the dispute was settled.",       # supply.n.02, a side after "to"
    "Hungarian gas traders restarted deliveries to Slovakia on Friday.",          # delivery.n.01
    "Ghana and Togo reopened the Aflao crossing to cargo traffic.",               # the crossing opened to exchange
    "Kenya and Uganda reopened the border bridge to cargo traffic on Monday.",    # "to cargo" parsed as a verb
    "Russia and Belarus started exporting grain through the new terminal.",     # export.v.01 begun
])
def test_exchange_resumed_between_parties_is_cooperation(sentence):
    assert "COOPERATE" in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Fighting between the army and the rebels resumed on Sunday.",   # no exchange
    "Talks between Kenya and Chad resumed on Monday.",              # consultation (CONSULT), no exchange
    "Trade between Kenya and Chad fell 5 percent last year.",        # an amount, no act
    "The shop reopened on Monday.",                                  # no exchange, no second side
    "Flights between Riyadh and Tehran were cancelled.",            # stopped, not resumed
    "Japan resumed aid to Myanmar.",                                 # aid is AID, not exchange
    "The airline resumed flights on Monday.",                        # no second side
    "Kenya resumed exports of tea.",                                 # no second side
    "Kenya resumed its exports of tea.",                             # "its" is Kenya's own side (§510)
])
def test_exchange_not_resumed_between_parties_is_no_cooperation(sentence):
    assert "COOPERATE" not in types_in_pipeline(sentence)


# Goods that flow from one country to another (conventions §509): a verb of flowing (WordNet 3.0 flow.v.01/.v.02,
# pour.v.04, stream.v.05) whose subject is the good, or a verb of conveying it (pump.v.03, pipe.v.02, ship.v.01) begun
# or resumed, with a source and a destination that name two sides.
@pytest.mark.parametrize("sentence", [
    "Gas flowed into Hungary from Russia on Monday.",                          # destination and source
    "Electricity flowed from Tajikistan to Afghanistan for the first time.",   # electricity.n.02
    "Kazakh oil began flowing to China through the new pipeline.",             # the good's country is its source
    "Azerbaijani gas resumed flowing to Georgia after repairs.",               # a flow resumed
    "Turkmen gas started to flow into Iran again.",                            # a to-infinitive
    "Chad and Cameroon restarted pumping crude through the shared pipeline.",  # pump.v.03, two sides as subject
    "Algeria began piping gas to Italy in the spring.",                        # pipe.v.02
])
def test_goods_flowing_between_two_sides_is_cooperation(sentence):
    assert "COOPERATE" in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Oil flowed from the damaged pipe into the river.",      # no side at all
    "Kenyan tea flowed to markets abroad.",                  # one side
    "Refugees flowed into Europe from Syria.",               # people are no goods
    "Money flowed into the campaigns from Russia.",          # money is no good, campaigns no side
    "Water flowed into the cave after the storm.",           # no side
    "Russia threatened to stop Russian gas flowing to Hungary.",   # a flow stopped, told by a participle
    "Crowds poured into the streets of Kabul.",              # people
])
def test_flow_without_two_sides_or_goods_is_no_cooperation(sentence):
    assert "COOPERATE" not in types_in_pipeline(sentence)


def test_a_flow_denied_is_cooperation_negated():
    """A denied event is reported with the auxiliary mode "negated" (PLOVER's), as "trade did not resume" is."""
    doc, _ = code("Gas did not flow from Russia to Austria on Monday.")
    assert [(e.type, e.aux) for e in doc._.events] == [("COOPERATE", ["negated"])]


# Power grids two countries synchronise or connect are the path of their electricity (conventions §510): WordNet 3.0
# synchronize.v.01, connect.v.01 with grid.n.02 for object.
@pytest.mark.parametrize("sentence", [
    "Georgia and Armenia synchronised their power grids on Monday.",
    "Jordan and Iraq connected their electricity grids through a new line.",
])
def test_grids_joined_by_two_sides_is_cooperation(sentence):
    assert "COOPERATE" in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya connected its grid to the new dam.",                 # one side: "its" is Kenya's
    "Engineers synchronised the clocks in Armenia and Georgia.",  # no grid
    "The village was connected to the national grid.",         # no side
])
def test_grid_without_two_sides_is_no_cooperation(sentence):
    assert "COOPERATE" not in types_in_pipeline(sentence)


# Goods or people two sides give each other are their exchange (conventions §544): a verb of exchanging (english.yaml
# `exchanging_verbs`: WordNet 3.0 exchange.v.01 "give to, and receive from, one another", swap.v.01 {trade, swap, swop})
# whose object is a good, arms, energy, an exchange noun or people, between two sides (§451's count) or goods bartered
# for another side's goods.
@pytest.mark.parametrize("sentence", [
    "Russia and Iran started swapping gas through Azerbaijan.",                 # a gerund begun; flowing_energy
    "Chad and Niger exchanged army officers in a training scheme.",             # people, two sides as subject
    "Ukrainian grain was exchanged for Turkish armoured vehicles under the barter deal.",  # passive barter
    "India swapped rice for Iranian oil last year.",                            # the subject and the other's good
    "Kenya exchanged tea with Pakistan for fertiliser.",                        # a side after "with"
])
def test_goods_or_people_exchanged_between_two_sides_is_cooperation(sentence):
    assert "COOPERATE" in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The rebels exchanged fire with the army overnight.",     # fire is no good
    "Kenya and Uganda exchanged letters on the border dispute.",  # a text (plover_triggers publications)
    "He exchanged his dollars for euros at the airport.",     # money, one side
    "The two countries exchanged ambassadors in 1992.",       # envoys: ties, no material exchange
    "Farmers in the valley swap seeds every spring.",         # no two parties
    "The senator swapped seats with his colleague.",          # no good, no party
])
def test_exchange_without_goods_or_two_sides_is_no_cooperation(sentence):
    assert "COOPERATE" not in types_in_pipeline(sentence)


def test_prisoners_exchanged_stay_released():
    """Captives exchanged keep the verb-object table's release (§47): the captive nouns have an event of their own."""
    assert "RETREAT" in types_in_pipeline("Russia and Ukraine exchanged prisoners of war on Friday.")
