"""Aid told with any verb of handing over: WordNet's class of them (plover_transfer_verbs.csv, conventions §341).

Sentences are written for these tests; each is beside the sentences the class must leave alone.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import types


def test_transfer_verbs_file_is_what_the_script_builds():
    builder = rebuilt("build_transfer_verbs", "data.verb", "index.verb")
    verbs = builder.build(builder.WordNet(builder.WORDNET_DIR))
    # troponyms of handing over; a phrasal verb by its verb ("dole out"); a verb's first sense of possession ("arm")
    assert {"disburse", "furnish", "gift", "dole", "arm", "outfit", "bankroll", "channel"} <= set(verbs)
    # first another act: a shot, a promise, a crossing, a bombing; pruned: given up, housed
    assert not {"fire", "offer", "pass", "shell", "surrender", "keep", "house", "back", "support", "treat"} & set(verbs)


@pytest.mark.parametrize("sentence", [
    "Turkey doled out blankets and food parcels to families in Chad.",   # a phrasal verb
    "France furnished Kenya with armoured vehicles.",                    # arms after "with"
    "Turkey flew tents and medicine to Chad on Monday.",                 # transported by air
    "France channelled $40 million to Chad.",                            # money to a country
    "France remitted $20 million to Kenya.",
    "Turkey gifted $10 million to Kenya.",
    "France disbursed $300 million to Chad.",
    "Russia poured $2 billion into Chad.",
    "France earmarked $500 million for Kenya.",
    "Kenya dispensed food and medicine to flood victims.",
    "Turkey outfitted Chad's army with rifles.",
])
def test_relief_money_or_arms_handed_over_are_aid(sentence):
    assert "AID" in types(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The police fired tear gas at the protesters.", ["ASSAULT", "PROTEST"]),  # "fire" is first a shot
    ("Two activists applied for asylum in Spain.", ["REQUEST"]),         # applied for, nothing handed over
    ("The company's market value topped $3 trillion.", []),               # a figure, no handing over
    ("The rebels surrendered their rifles to the army.", ["RETREAT"]),   # given up, no aid
    ("Sudan restarted pumping crude through the pipeline.", []),          # production
    ("The firm financed its expansion with a $2 billion bond.", []),      # no party receives
])
def test_what_is_no_handing_over_stays_so(sentence, expected):
    assert types(sentence) == expected
