"""Who is charged or sanctioned decides the sense (conventions §620–§622): a body charged "with" a task to do is given
a duty, not accused (§620); a person, an individual or a group is a party wherever WordNet files it, and what one
"sanctions" that is an act is approved, where a party sanctioned is punished (§621); trade with another country a
party stops is a measure, as trade it bans is (§622).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline


# WordNet 3.0 charge.v 00750550 "impose a task upon, assign a responsibility to" (§620)
@pytest.mark.parametrize("sentence", [
    "The committee was charged with beautifying downtown.",
    "A new commission is charged with reviewing the electoral law.",
    "The council was charged with drafting a budget for the city.",
    "The group is also charged with examining requests from member states.",
])
def test_a_body_given_a_task_is_not_accused(sentence):
    assert "ACCUSE" not in [code[0] for code in codes_in_pipeline(sentence)]


# charge.v 00869949 "file a formal charge against": a person charged, a wrong named, or a body charged with a violent act
@pytest.mark.parametrize("sentence", [
    "Three officials were charged with taking bribes.",
    "The comedian is charged with assaulting a security guard.",
    "Police charged him with inciting violence.",
    "The militia was charged with killing civilians.",
    "The commission was charged with fraud.",
    "Critics charged that the committee ignored the evidence.",
])
def test_a_person_or_a_wrong_charged_is_an_accusation(sentence):
    assert ("ACCUSE", "allege") in codes_in_pipeline(sentence)


# person.n.01 and group.n.01 sit in WordNet's noun.Tops, not noun.person or noun.group (§621)
@pytest.mark.parametrize("sentence", [
    "The senator defended the individuals who signed the letter.",
    "The mayor defended the group against the accusations.",
])
def test_a_person_or_a_group_defended_is_supported(sentence):
    assert ("SUPPORT", None) in codes_in_pipeline(sentence)


# WordNet 3.0 approve.v.01 {approve, O.K., okay, sanction} "give sanction to" (§621)
@pytest.mark.parametrize("sentence", [
    "The council sanctioned the use of force against the rebels.",
    "Parliament sanctioned the sale of the state airline.",
    "The bishop sanctioned the marriage of the two heirs.",
])
def test_an_act_sanctioned_is_approved(sentence):
    assert codes_in_pipeline(sentence) == [("SUPPORT", None)]


@pytest.mark.parametrize("sentence", [
    "Britain has sanctioned more than 1,000 individuals.",
    "Washington sanctioned two Russian banks.",
    "The Treasury sanctioned the group for financing terrorism.",
    "Two Iranian officials were sanctioned by the European Union.",
    "The United States threatened to sanction Turkey.",
])
def test_a_party_sanctioned_is_punished(sentence):
    assert any(code[0] in ("SANCTION", "THREATEN") for code in codes_in_pipeline(sentence))


# WordNet 3.0 stop.v 02559752 {stop, halt, block, kibosh} and 02680814 {discontinue, stop, cease, give_up, quit,
# lay_off}: trade with another country stopped is a measure, as trade banned is (§622, §556)
@pytest.mark.parametrize("sentence", [
    "China stopped imports of Australian coal.",
    "India stopped exports of rice to Bangladesh.",
    "The government blocked oil exports from its neighbour's fields to Europe.",
    "Ankara ceased all trade with Israel last year.",
])
def test_trade_with_another_country_stopped_is_a_sanction(sentence):
    assert codes_in_pipeline(sentence) == [("SANCTION", "discontinue")]


@pytest.mark.parametrize("sentence", [
    "The storm stopped shipments from the port.",
    "The senator blocked the trade bill.",
    "The company stopped sales of its old phones.",
])
def test_what_is_no_trade_with_another_country_is_no_sanction(sentence):
    assert ("SANCTION", "discontinue") not in codes_in_pipeline(sentence)


# CAMEO 162 "reduce or stop aid" (1621 economic, 1622 military, 1623 humanitarian; CAMEO2PLOVER: SANCTION/discontinue):
# aid a party stops for another party, by WordNet 3.0 stop.v 02680814 {discontinue, stop, cease, quit} or CAMEO 162's
# HALT, BAN, PROHIBIT; reduced by reduce.v.01 {reduce, cut, trim} or CAMEO 162's SLASH (§629)
@pytest.mark.parametrize("sentence", [
    "The United States stopped all funding to the UN agency.",
    "Britain stopped its aid to Rwanda.",
    "Norway ceased development assistance to Tanzania.",
    "The bank discontinued loans to Zambia.",
    "Congress banned military aid to the junta.",
    "Denmark reduced its aid to Kenya after the election.",
    "Japan slashed its aid budget to Laos by half.",
    "The ministry discontinued its funding of a Somali youth project.",
])
def test_aid_to_another_party_stopped_is_a_sanction(sentence):
    assert codes_in_pipeline(sentence) == [("SANCTION", "discontinue")]


@pytest.mark.parametrize("sentence", [
    "The company stopped funding its pension plan.",
    "The storm stopped aid deliveries for a week.",
    "The council reduced funding for local schools.",
    "The law prohibits public funding of the research.",
])
def test_aid_stopped_without_another_party_is_no_sanction(sentence):
    assert ("SANCTION", "discontinue") not in codes_in_pipeline(sentence)
