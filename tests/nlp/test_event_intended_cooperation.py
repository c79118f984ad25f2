"""An intention to work with another party (PLOVER AGREE: "indicate willingness … to cooperate"; CAMEO 030 "express
intent to cooperate"; conventions §436).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import code, types


@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Ukraine wants to work with Turkey on grain exports.", ["Ukraine"], ["Turkey"]),
    ("Kenya hopes to continue to work together with Chad.", ["Kenya"], ["Chad"]),      # carried on (continue.v.01)
    ("Kenya and Chad intend to work together on border security.", ["Kenya", "Chad"], []),
    ("France plans to partner with Kenya on research.", ["France"], ["Kenya"]),       # partner.v.02
    ("Turkey aims to resume joint efforts with Ukraine to map the coast.", ["Turkey"], ["Ukraine"]),  # a joint act
])
def test_an_intention_to_work_with_a_party_is_an_offer(sentence, actors, recipients):
    doc, names = code(sentence)
    agreements = [e for e in doc._.events if e.type == "AGREE"]
    assert len(agreements) == 1
    assert [names[a] for a in agreements[0].actors] == actors
    assert [names[r] for r in agreements[0].recipients] == recipients
    assert "future" in agreements[0].aux


@pytest.mark.parametrize("sentence", [
    "Kenya wants to work with children.",                  # no party worked with
    "Kenya wants to work on its economy.",                 # with no one
    "Kenya hopes to work harder.",
    "Kenya hopes to work together.",                       # one party alone
    "Kenya hopes to compete with Chad for investors.",    # no cooperation
    "Kenya wants Chad to work with France.",               # asked of another, not offered
    "The company wants to work with its suppliers.",       # no actor intends it
])
def test_an_intention_without_a_partner_in_cooperation_offers_nothing(sentence):
    assert "AGREE" not in types(sentence)
