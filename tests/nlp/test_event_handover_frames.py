"""Aid told with a verb of handing over through its frames: money counted in a currency word, "arm a party with goods",
and a present that places no forces (plover_conventions.md §353, §354).

Sentences are written for these tests; each is beside the sentences the rule must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types
from parley.nlp.lexicon import load_lexicon


def test_the_class_is_split_by_its_roots():
    words = load_lexicon().event_words
    assert {"gift", "donate"} <= words.gift_verbs            # give.v.08: "give as a present"
    assert not {"fly", "ship", "airlift", "assign"} & words.gift_verbs  # carried or assigned forces are placed
    assert {"arm", "munition"} <= words.arming_verbs         # arm.v.02: "supply with arms"
    assert {"euros", "yen", "rupees"} <= words.currency_words


@pytest.mark.parametrize("sentence, expected", [
    ("France disbursed 800 million euros to Chad in March.", ["AID"]),  # a currency the tagger calls a number
    ("Turkey gave 300 million euros to Chad.", ["AID"]),
    ("France lent 2 billion euros to Chad.", ["AID"]),
    ("France will arm Kenya with Mirage jets.", ["AGREE", "AID"]),        # the goods are arms by the verb
    ("Russia armed Chad with Su-25s.", ["AID"]),
    ("Turkey gifted three frigates to Kenya.", ["AID"]),                  # a present, no forces placed
])
def test_handing_over_told_by_its_frame_is_aid(sentence, expected):
    assert types(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Chad flew 300 paratroopers into Kenya.", ["MOBILIZE"]),            # carried forces are placed
    ("The senator gave 500 euros to his campaign.", []),                 # money to a campaign (§23)
    ("The firm transferred 300 million euros to its parent company.", []),
    ("The rebels armed themselves with rifles.", []),                    # arming oneself gives nothing
    ("The engineer armed the bomb.", []),                                # no party armed
    ("The leak armed Kenya's rivals with fresh arguments.", []),         # no party gives: a figure of speech
])
def test_what_is_no_aid_stays_so(sentence, expected):
    assert types(sentence) == expected
