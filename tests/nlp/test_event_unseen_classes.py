"""Classes of wording built for news parley was not written from (conventions §118 on).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from generators import generator, require
from nlp.test_events import types


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


def test_market_nouns_are_rebuilt_from_wordnet():
    builder = generator("build_market_nouns")
    require(builder.WORDNET_DIR / "data.noun")
    assert builder.build_text() == builder.OUTPUT.read_text(encoding="utf-8")
    nouns = set(builder.build(builder.WordNet(builder.WORDNET_DIR)))
    assert {"share", "stock", "dollar", "rand", "peso", "lira", "currency"} <= nouns
    # first senses of another kind: a longing, a chemical bond, a sign, a prohibition; coins and cash
    assert not {"yen", "bond", "mark", "ban", "money", "cash", "quarter"} & nouns

