"""A threat made by naming its consequence (plover_conventions.md §367): a penalty, a retaliation or a response
announced for a party ("will face punishment", "will pay a heavy price") or drawn by an act held out ("any attack
will prompt a strong response") is THREATEN, by whoever reports it, against whoever would suffer it; so is an act
said not to go unpunished (§368). The words are WordNet's (plover_consequence_words.csv,
scripts/build_consequence_words.py).

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import events_with_parties as events
from parley.nlp.event_nouns import consequence_words
from parley.nlp.pipeline import load


def types(sentence: str) -> list[str]:
    return [t for t, _, _ in events(sentence)]


@pytest.mark.parametrize("sentence, actors, recipients", [
    # a penalty announced for a party: whoever undergoes it is its target, who reports it makes it
    ("Hezbollah would face harsh retaliation if it fired on the border towns, Israel said.", ["Israel"], ["Hezbollah"]),
    ("Those who back the coup will face severe punishment, the army said.", ["army"], []),
    ("The junta will suffer the consequences if it ignores the deadline.", [], []),
    # §16's "pay a price", for whoever does something
    ("Anyone who joins the militia will pay a heavy price.", [], []),
    # a response drawn by an act held out: a "from" names who responds
    ("Any strike on our tankers will trigger a strong response.", [], []),
    ("Any provocation would draw swift retaliation from Japan.", ["Japan"], []),
    # the subject of the verb it is joined to; whoever does something, in the present
    ("Any misuse of our networks is unacceptable and will prompt an appropriately strong response.", [], []),
    ("Anyone who crosses the border faces punishment.", [], []),
])
def test_a_consequence_held_out_is_a_threat(sentence, actors, recipients):
    assert ("THREATEN", actors, recipients) in events(sentence)
    assert types(sentence).count("THREATEN") == 1


def test_a_response_met_is_no_meeting():
    """"meet" in meet.v.11's sense, "experience as a reaction", meets no one (§282)."""
    found = events("Iran said any incursion would meet a crushing response.")
    assert ("THREATEN", ["Iran"], []) in found
    assert not {"CONSULT", "AGREE"} & set(types("Iran said any incursion would meet a crushing response."))


def test_a_warning_that_names_the_consequence_is_one_threat():
    assert types("Iran warned that any attack on its ships would prompt a strong response.").count("THREATEN") == 1


@pytest.mark.parametrize("sentence", [
    "The decision had consequences for farmers.",              # no verb of undergoing or causing, nothing announced
    "The response to the flood was slow.",                     # a reaction to what is no act held out
    "Britain paid a heavy price in the war.",                  # the past
    "Consumers will pay the price of imports.",                # commerce: a price paid by no party warned
    "The attack prompted a strong response from Washington.",  # the past: a response made
    "The new rules will prompt a response from the industry.", # rules are no act held out
    "The junta will not face punishment for the killings.",   # negated
    "A decision would have consequences for farmers.",        # a deed of no conflict
    "Anyone who crossed the border faced punishment.",         # the past
])
def test_a_consequence_not_held_out_is_no_threat(sentence):
    assert "THREATEN" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    # §16's "have consequences" after a deed held out: the deed brings them on its doers (§612)
    "Any attack on our patrol boats will have serious consequences.",
    "Any incursion into our airspace would have grave consequences, the defence ministry said.",
    "Such raids will have consequences for those who order them.",
])
def test_a_deed_held_out_that_will_have_consequences_is_a_threat(sentence):
    assert types(sentence).count("THREATEN") == 1


@pytest.mark.parametrize("sentence", [
    "The attack had serious consequences for the town.",          # the past: consequences had
    "Any delay would have consequences for the budget.",          # a deed of no conflict
    "The drought will have consequences for the harvest.",        # no deed
    "Any strike on the depot will not have consequences.",        # negated
])
def test_consequences_had_by_no_deed_held_out_are_no_threat(sentence):
    assert "THREATEN" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The proposal was met with a cold response.",
    "The minister met a hostile reaction from the crowd.",
])
def test_a_reaction_met_is_no_meeting_nor_threat(sentence):
    assert not {"CONSULT", "THREATEN"} & set(types(sentence))


@pytest.mark.parametrize("sentence, actors, recipients", [
    ("Such attacks will not go unpunished, the army said.", ["army"], []),
    ("Russia's strikes on the port will not go unpunished.", [], ["Russia"]),
    ("Any violation of the truce will not go unanswered, Kenya said.", ["Kenya"], []),
])
def test_an_act_said_not_to_go_unpunished_is_a_threat_against_its_doers(sentence, actors, recipients):
    assert events(sentence) == [("THREATEN", actors, recipients)]


@pytest.mark.parametrize("sentence", [
    "The killings went unpunished.",    # a fact
    "Those criticisms go unanswered.",  # nothing warned
])
def test_an_act_that_went_unpunished_is_no_threat(sentence):
    assert "THREATEN" not in types(sentence)


def test_a_passive_left_unanswered_gives_no_negated_threat():
    """The noun's modes would take its passive verb's negation (§368's "Left")."""
    doc = load()("This attack will not be left unanswered, Kenya said.")
    assert not [e for e in doc._.events if e.type == "THREATEN" and "negated" in e.aux]


def test_consequence_words_file_is_what_the_script_builds():
    rebuilt("build_consequence_words", "data.noun", "index.noun", "data.verb", "index.verb")
    words = consequence_words()
    assert {word for word, kind in words.items() if kind == "response"} == {"response", "reaction"}
    assert {"punishment", "penalty", "retaliation", "reprisal", "consequence", "repercussion"} <= {
        word for word, kind in words.items() if kind == "penalty"}
    assert {"face", "suffer", "pay", "incur", "meet"} <= {word for word, kind in words.items() if kind == "undergo"}
    assert {"trigger", "provoke", "prompt", "draw", "bring"} <= {word for word, kind in words.items() if kind == "cause"}
    assert {word for word, kind in words.items() if kind == "unpunished"} == {
        "unpunished", "unavenged", "unanswered", "unreciprocated", "unrequited"}
    # persons WordNet derives from "respond", and the price of goods, are no penalty
    assert not {"responder", "respondent", "price", "cost"} & set(words)
