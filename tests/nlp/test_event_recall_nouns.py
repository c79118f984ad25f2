"""Events the lexicon knows but a rule loses or types wrongly (conventions §88 on).

Sentences are written for these tests; each rule is tested with what it adds and what it must not add.
"""

from __future__ import annotations

import pytest

from nlp.test_events import code, types


def events(sentence: str) -> list[tuple[str, str | None]]:
    doc, _ = code(sentence)
    return [(e.type, e.mode) for e in doc._.events]



# §88: a demand protesters make through the clause they share or describe is their protest.

@pytest.mark.parametrize("sentence", [
    "Protesters in Nairobi continue to demand the release of the students.",
    "Demonstrators in the capital kept demanding new elections on Sunday.",
])
def test_a_demand_protesters_share_with_its_head_verb_is_a_protest(sentence):
    found = types(sentence)
    assert "PROTEST" in found and "REQUEST" not in found


@pytest.mark.parametrize("sentence", [
    "The minister continued to demand the release of the students.",   # one party, no crowd
    "Kenya's president, calling for calm, met the students.",
])
def test_a_demand_by_no_crowd_stays_a_request(sentence):
    assert "REQUEST" in types(sentence)


def test_a_demand_by_protesters_a_participle_describes_is_their_protest():
    found = events("Police in Nairobi arrested protesters calling for the resignation of the governor.")
    assert ("PROTEST", "demo") in found and "REQUEST" not in [t for t, _ in found]


@pytest.mark.parametrize("sentence", [
    "Protesters marched through the city to demand the release of the students.",
    "Thousands of protesters calling for early elections filled the main square.",
])
def test_a_demand_made_in_a_protest_stays_its_own_event(sentence):
    found = types(sentence)
    assert found.count("PROTEST") == 1 and "REQUEST" in found


# §89: a strike that lasts, has a cause or is held as a protest, and people at work who strike with nothing
# struck, stop work; a strike with a weapon or a target stays an attack.

@pytest.mark.parametrize("sentence", [
    "Two people died during a violent five-week strike at the mine over wages.",   # lasts; a cause
    "Dock workers began a 48-hour strike on Monday.",
    "A three-day strike over pay closed the schools.",
    "The union held a strike in protest of the new tax.",                          # held as a protest is
    "Teachers struck for a second day on Monday.",                                 # people at work, nothing struck
    "Doctors at public hospitals have been striking since May.",
    "Police clashed with striking workers outside the factory.",
])
def test_a_strike_that_lasts_has_a_cause_or_is_held_stops_work(sentence):
    assert ("PROTEST", "strike") in events(sentence)


@pytest.mark.parametrize("sentence", [
    "An air strike hit the town.",                                  # a weapon
    "Kenyan jets carried out a two-day strike on the camp.",        # a target, however long
    "A strike on Monday closed the port.",                          # no sign of work stopped
    "The strike on the camp killed 13 people.",
    "Rebels struck at dawn, killing five soldiers.",                # no one at work
])
def test_a_strike_with_a_weapon_a_target_or_no_sign_of_work_stays_an_attack(sentence):
    found = events(sentence)
    assert "ASSAULT" in [t for t, _ in found] and ("PROTEST", "strike") not in found


def test_people_at_work_who_strike_someone_attack_him():
    assert ("PROTEST", "strike") not in events("Workers struck the guard with sticks.")


# §90: an exercise whose modifiers name two parties joined by a hyphen, a slash or "and" is joint.

@pytest.mark.parametrize("sentence", [
    "The annual Kenya-Chad military exercises began on Monday.",
    "Kenya and Chad military drills will start next week.",
    "The Kenya/Chad naval maneuvers ended on Friday.",
])
def test_an_exercise_named_by_two_parties_is_joint(sentence):
    found = types(sentence)
    assert "COOPERATE" in found and "MOBILIZE" in found


@pytest.mark.parametrize("sentence", [
    "The annual Kenya military exercises began on Monday.",      # one party
    "Kenya's military drills began on Monday near Chad.",        # the other is where, not who
])
def test_an_exercise_named_by_one_party_is_no_cooperation(sentence):
    found = types(sentence)
    assert "MOBILIZE" in found and "COOPERATE" not in found
