"""Events that are no PLOVER event because of what surrounds the trigger word (conventions §105, §106).

Sentences are written for these tests; each rule is tested beside the events it must keep.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import types
from parley.nlp.event_lexicon import prospect_nouns, provision_nouns



# §105: a text or a plan of terms asks and promises nothing; what it asks for is not done either.
@pytest.mark.parametrize("sentence", [
    "The ceasefire accord calls for Chad to withdraw its troops within a month.",
    "The new strategy calls for a smaller army and lower taxes.",
    "The accord also calls for the release of prisoners.",
    "The new law requires Kenya to notify Chad of any test.",
    "Under the treaty, which promises free passage to ships, the strait stays open.",
])
def test_a_text_that_asks_or_promises_reports_no_event(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya called for Chad to withdraw its troops.", "REQUEST"),
    ("It also calls for the release of prisoners.", "REQUEST"),                      # a pronoun may be a party
    ("The Security Council resolution demands that Chad withdraw its troops.", "REQUEST"),  # a message, its author's
    ("The report urged Kenya to open an inquiry.", "REQUEST"),
    ("The alliance agreed to end its operations in the region.", "AGREE"),           # an alliance is a party
    ("Kenya signed an accord that calls for new elections in Chad.", "SUPPORT"),     # the signing stays
])
def test_a_party_or_a_message_that_asks_or_promises_keeps_its_event(sentence, expected):
    assert expected in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Talks on the agreement reached in May resumed in Nairobi.",   # a participle: the accord is what is reached
    "Kenya hailed the accord that was agreed in May.",             # a passive relative clause
])
def test_an_agreement_reached_is_not_the_subject_of_its_verb(sentence):
    assert "AGREE" in types(sentence)


def test_provision_nouns_file_is_what_the_script_builds():
    rebuilt("build_provision_nouns", "data.noun", "index.noun")
    nouns = provision_nouns()
    assert {"accord", "treaty", "plan", "strategy", "law", "constitution", "agreement"} <= nouns
    # a message stands for its author; a body is a party
    assert not {"statement", "letter", "report", "resolution", "petition", "alliance", "council"} & nouns


# §106: what a danger, a possibility, a hope or a fear is of has not happened; a threat of it made by its own
# actor is a threat.
@pytest.mark.parametrize("sentence", [
    "The risk of war between Kenya and Chad is growing.",
    "Police issued a warrant in the hope of questioning him.",
    "The opposition fled for fear of being arrested.",
    "Chad raised the possibility of talks with Kenya.",
])
def test_an_event_that_may_come_reports_no_event(sentence):
    assert types(sentence) == []


def test_the_prospect_of_an_invasion_is_not_the_invasion():
    assert types("Kenya condemned the prospect of an invasion of Chad.") == ["ACCUSE"]


def test_the_threat_of_an_actors_strikes_is_a_threat():
    assert sorted(set(types("Chad warned of the threat of Kenya's air strikes on its towns."))) == ["THREATEN"]


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya launched air strikes against Chad.", "ASSAULT"),
    ("Kenya threatened air strikes against Chad.", "THREATEN"),
    ("The fear of arrest did not stop Kenya from detaining the protesters.", "COERCE"),  # the detention happens
])
def test_events_beside_a_danger_or_a_fear_keep_their_type(sentence, expected):
    assert expected in types(sentence)


def test_prospect_nouns_file_is_what_the_script_builds():
    rebuilt("build_prospect_nouns", "data.noun", "index.noun")
    nouns = prospect_nouns()
    assert {"threat", "danger", "risk", "fear", "hope", "possibility", "prospect", "chance"} <= nouns
    # an act or a message is no prospect: "the warning of", "the report of", "the start of"
    assert not {"warning", "report", "start", "news", "wave", "series"} & nouns
