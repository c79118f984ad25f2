"""Cooperation begun, renewed or widened (conventions §395) and asylum extended (§398).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_parties


# §395: a verb of beginning, renewing or widening with cooperation for object (PLOVER COOPERATE: "initiate,
# resume, improve, or expand … cooperation").
@pytest.mark.parametrize("sentence, expected", [
    ("Kenya and Uganda restarted cooperation on border security.",
     [("COOPERATE", ["Kenya", "Uganda"], [])]),
    ("Mexico renewed its cooperation with Guatemala on drug trafficking.",
     [("COOPERATE", ["Mexico"], ["Guatemala"])]),
    ("Brazil extended its partnership with Argentina for five more years.",
     [("COOPERATE", ["Brazil"], ["Argentina"])]),
    ("India began cooperation with Vietnam on oil exploration.",
     [("COOPERATE", ["India"], ["Vietnam"])]),
    ("Chile and Peru initiated cooperation on fisheries.",
     [("COOPERATE", ["Chile", "Peru"], [])]),
    ("Ghana and Togo restored cooperation on customs.",
     [("COOPERATE", ["Ghana", "Togo"], [])]),
    # the purpose infinitive the parser reads as "to" and an adjective "further"
    ("Chile and Peru set up a committee to further cooperation between their navies.",
     [("COOPERATE", ["Chile", "Peru"], [])]),
])
def test_cooperation_begun_or_renewed_is_cooperation(sentence, expected):
    assert events_with_parties(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The opposition called for more cooperation with Brussels.", "REQUEST"),  # asked for, not begun
    ("Egypt and Sudan began cooperation talks in Cairo.", "CONSULT"),         # the talks are begun
    ("Turkey strengthened its ties with Qatar.", "SUPPORT"),                   # ties are relations (§26)
])
def test_cooperation_asked_for_or_talked_about_keeps_its_reading(sentence, expected):
    assert [type_ for type_, _, _ in events_with_parties(sentence)] == [expected]


@pytest.mark.parametrize("sentence", [
    "The talks led to further cooperation between the two navies.",  # "further" is the adjective: no founding verb
    "Japan and Australia tightened their defense cooperation.",      # tighten.v.03/.v.04 restrict: not listed
    "The police praised the cooperation of the witnesses.",
])
def test_cooperation_neither_begun_nor_widened_is_no_cooperation(sentence):
    assert "COOPERATE" not in [type_ for type_, _, _ in events_with_parties(sentence)]


# §398: asylum extended is given (PLOVER AID: "asylum").
def test_asylum_extended_is_aid():
    assert events_with_parties("Germany extended asylum to 200 Syrians.") == [("AID", ["Germany"], ["Syrians"])]


@pytest.mark.parametrize("sentence, expected", [
    ("The dissident applied for asylum in France.", ["REQUEST"]),
    ("The journalist was denied asylum by Sweden.", ["REJECT"]),
    ("Asylum seekers arrived in Greece.", []),
    ("Chad extended its ban on fishing in the lake.", ["COERCE"]),  # the verb alone gives nothing
])
def test_asylum_sought_denied_or_a_verb_extended_keeps_its_reading(sentence, expected):
    assert [type_ for type_, _, _ in events_with_parties(sentence)] == expected
