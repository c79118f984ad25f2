"""Material cooperation (PLOVER COOPERATE, CAMEO 06): judicial, intelligence, military and economic (conventions §219 on).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types


# §219: a gerund takes its verb's object patterns: "intelligence sharing" is "share intelligence".
@pytest.mark.parametrize("sentence", [
    "Ecuadorean police have stepped up intelligence sharing with Spain.",
    "Chile and Peru resumed data sharing on migrants crossing the desert.",
    "The two ministries began the sharing of evidence on the smuggling ring.",
    "The pooling of flight data between Kenya and Uganda helped the police.",
    "Dutch and Belgian investigators pooled evidence on the attack.",           # pool.v.01, a sharing verb
])
def test_a_gerund_of_sharing_information_is_cooperation(sentence):
    assert "COOPERATE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The sharing of the prize money angered the players.",    # no pattern of "share" with money
    "Commuters complained about car sharing in the capital.",
    "Seoul threatened to scrap an intelligence-sharing pact.",  # the gerund names the pact's kind (§200)
    "The two firms pooled resources to build the plant.",
])
def test_a_gerund_without_a_pattern_reports_no_cooperation(sentence):
    assert "COOPERATE" not in types(sentence)
