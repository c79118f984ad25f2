"""Classes of wording built for news parley was not written from (conventions §118 on).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import PUBLISHED, types
from parley.nlp.pipeline import Pipeline


# §119: a security or a currency neither acts nor is struck.
@pytest.mark.parametrize("sentence", [
    "Shares in Seoul rallied on Friday as the won firmed against the dollar.",
    "Mining stocks were attacked by sellers in Sydney after the output figures.",
    "The Turkish lira came under attack from speculators on Monday.",
    "The peso retreated from its record high after the central bank spoke.",
])
def test_market_figures_report_no_event(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Kyiv came under attack from Russian drones overnight.", "ASSAULT"),      # a place is struck
    ("Students rallied in Seoul against the tuition rise.", "PROTEST"),        # people rally
    ("Shares of the bank were seized by the state prosecutor.", "COERCE"),    # taken from someone
])
def test_parties_that_act_or_are_struck_keep_their_event(sentence, expected):
    assert expected in types(sentence)


# §120: a person a participle describes as suspected, accused, charged or wanted is a suspect handed over.
@pytest.mark.parametrize("sentence", [
    "Ghana handed over two men accused of fraud to Nigeria.",
    "Spain transferred a Dutch citizen wanted for murder to the Netherlands.",
    "Peru turned over a Chilean suspected of smuggling to authorities in Santiago.",
])
def test_a_person_described_as_a_suspect_handed_over_is_extradited(sentence):
    assert types(sentence)[0] == "COOPERATE"


def test_captives_handed_over_stay_released():
    assert types("The rebels handed over two soldiers captured last week.")[0] == "RETREAT"


# §121: a transmission stopped by a state, officials or the police is censored.
@pytest.mark.parametrize("sentence", [
    "Officials in Ethiopia's Tigray region cut mobile internet services on Sunday.",   # an outlet's name modifies
    "The junta suspended broadcasts by two foreign radio stations.",                   # what an outlet carries
    "Police in Dhaka disrupted internet connections across the capital.",
])
def test_transmissions_stopped_are_censored(sentence):
    assert "COERCE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The broadcaster suspended its evening broadcasts for the holiday.",  # its own
    "The storm cut mobile internet services across the island.",          # no actor
    "The government cut spending on roads.",                              # no outlet
])
def test_what_is_no_censorship_stays_so(sentence):
    assert "COERCE" not in types(sentence)


# §122: a pattern's noun has its WordNet synonyms and kinds as the pattern's other entries.
@pytest.mark.parametrize("sentence, expected", [
    ("Chile granted refuge to forty Venezuelan dissidents.", "AID"),                # asylum.n.01 {refuge, sanctuary}
    ("The cathedral gave sanctuary to the families of the strikers.", "AID"),
    ("The dockers' union called off a walkout planned for Monday.", "CONCEDE"),      # walkout.n.01, a kind of strike
    ("Kenya and Uganda will share data on the outbreak.", "COOPERATE"),             # data.n.01 {data, information}
])
def test_synonyms_of_a_pattern_noun_take_its_pattern(sentence, expected):
    assert expected in types(sentence)



# §123: acts modified as concerted or coordinated are joint; violence done jointly is still violence.
@pytest.mark.parametrize("sentence", [
    "The Thai and Malaysian navies launched coordinated patrols along the maritime border.",
    "Kenya and Ethiopia launched concerted patrols along their border.",
])
def test_coordinated_acts_are_joint(sentence):
    assert types(sentence)[0] == "COOPERATE"


@pytest.mark.parametrize("sentence", [
    "Gunmen launched coordinated attacks on two police stations.",
    "The rebels launched joint attacks on the garrison.",
])
def test_violence_done_jointly_stays_violence(sentence):
    assert types(sentence)[0] == "ASSAULT"


# §124: tourists, pilgrims and passengers visit no one.
@pytest.mark.parametrize("sentence", [
    "Some two million foreign tourists visited Kenya last year, the ministry said.",
    "Thousands of pilgrims toured the shrines of Najaf during the holiday.",
])
def test_leisure_travellers_visit_no_one(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Chinese officials visited Kenya last week.",
    "Chinese tourists and officials visited Kenya last week.",   # one party among them
])
def test_parties_that_visit_still_visit(sentence):
    assert "CONSULT" in types(sentence)


# §125: armed forces that "kick off" an event begin it. Through the whole pipeline, whose actors component gives
# navies and troops their sector.
def _pipeline_types(sentence: str) -> list[str]:
    return [e.type for e in Pipeline().extract(sentence, published=PUBLISHED).events]


def test_armed_forces_that_kick_off_an_event_strike_no_one():
    assert "ASSAULT" not in _pipeline_types("The Kenyan and Tanzanian navies kicked off their annual drills off Mombasa.")


@pytest.mark.parametrize("sentence", [
    "Kenyan soldiers kicked the prisoners in the camp.",                    # no particle: a blow
    "The Kenyan army kicked off an offensive against the militants.",      # the event begun is an attack
])
def test_armed_forces_that_kick_someone_or_begin_an_attack_assault(sentence):
    assert "ASSAULT" in _pipeline_types(sentence)
