"""Relations told by their envoys (plover_conventions.md §457–§459): an envoy of any title recalled or expelled is
the manual's SANCTION ("withdrawal, or expulsion of diplomats"), a party declared persona non grata is expelled, and
an envoy sent back to a post, reinstated or accredited, or a mission opened, resumes relations (SUPPORT).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import codes_in_pipeline


@pytest.mark.parametrize(("sentence", "code"), [
    ("Lesotho recalled its high commissioner to Maseru after the border row.", ("SANCTION", "withdraw")),
    ("The high commissioner was recalled on Tuesday.", ("SANCTION", "withdraw")),
    ("Peru recalled its consul in Arica for consultations.", ("SANCTION", "withdraw")),
    ("Uganda withdrew its high commissioner from Nairobi.", ("SANCTION", "withdraw")),        # was RETREAT
    ("Oslo expelled the Iranian chargé d'affaires.", ("SANCTION", "expel")),                   # was COERCE
    ("Warsaw expelled Belarus's military attache on Friday.", ("SANCTION", "expel")),
    ("The junta ordered the French charge d'affaires to leave the country.", ("SANCTION", "expel")),
])
def test_an_envoy_of_any_title_recalled_or_expelled_is_a_sanction(sentence, code):
    assert code in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Quito declared the Mexican ambassador persona non grata.",
    "The consul was declared persona non grata and left within two days.",
    "Lima's congress declared the visiting president persona non grata.",
])
def test_a_party_declared_persona_non_grata_is_expelled(sentence):
    assert ("SANCTION", "expel") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The minister recalled that he had once met the ambassador in Geneva.",    # remembering
    "The envoy recalled the long nights of talks in Oslo.",
    "The carmaker recalled 40,000 vehicles over faulty brakes.",
    "The university expelled two students for cheating.",                      # no envoy: deported as before
    "The court declared the ballot void.",                                      # declared, no persona non grata
])
def test_remembering_or_other_parties_are_no_envoy_sanction(sentence):
    assert not any(type_ == "SANCTION" for type_, _ in codes_in_pipeline(sentence))


@pytest.mark.parametrize("sentence", [
    "Bahrain returned its ambassador to Doha after a five-year rift.",
    "Chile sent its ambassador back to Caracas on Monday.",
    "Turkey and Egypt restored ambassadors to each other's capitals.",
    "Morocco reinstated its envoy to Algiers.",
    "Ghana accredited an ambassador to the Sahrawi republic.",
    "Gabon opened a consulate in Dakhla.",
    "Spain reopened its embassy in Tripoli.",
    "Norway opened a diplomatic mission in Juba.",
])
def test_an_envoy_sent_back_or_a_mission_opened_resumes_relations(sentence):
    assert ("SUPPORT", None) in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The ambassador returned to Kabul on Monday.",                # a trip
    "The ambassador returned the letter to the minister.",        # no envoy returned
    "Kenya sent an envoy to Kampala.",                            # no "back": a posting or a visit
    "The rebels opened fire on the embassy.",                     # no mission opened
    "The senator opened a fence-mending mission to the capital.", # a mission that is an errand
    "The envoy restored calm in the camp.",
    "The agency accredited the university last year.",
])
def test_other_returns_and_openings_resume_nothing(sentence):
    assert ("SUPPORT", None) not in codes_in_pipeline(sentence)


def test_an_envoy_sent_home_stays_withdrawn():
    assert codes_in_pipeline("Japan brought its ambassador home on Friday.") == [("SANCTION", "withdraw")]


def test_envoy_nouns_file_is_what_the_script_builds():
    builder = rebuilt("build_envoy_nouns", "data.noun")
    envoys = set(builder.build(builder.WordNet(builder.WORDNET_DIR)))
    assert {"ambassador", "envoy", "consul", "attache", "high commissioner", "charge d'affaires", "legate"} <= envoys
    # named diplomats are no kind, and a minister's first sense is a cleric's
    assert not {"kissinger", "kennan", "minister", "commissioner"} & envoys
