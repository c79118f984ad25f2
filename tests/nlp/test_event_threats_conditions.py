"""Conflict made conditional is a threat wherever the parser hangs the condition: on the verb the act is the
means of or begun by, on the verb that reports it, or a condition with "should" before its subject
(plover_conventions.md §233); a side that says it may punish warns (§234).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def coded(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in load()(sentence)._.events if "negated" not in e.aux]


@pytest.mark.parametrize("sentence, mode", [
    # the act is the means of the conditioned verb
    ("The union said it would paralyse the capital with a general strike if parliament passed the budget.", "restrict"),
    # the act is begun by it
    ("The rebels said they would begin shelling the airport unless the army left the valley.", "violence"),
    # the condition hung on the verb that reports the act
    ("Chad could cut all aid to the region, officials said, if the allegations were confirmed.", "relations"),
    # a condition with "should" before its subject
    ("Kenya said it would recall its ambassador should Chad keep arming the militia.", "relations"),
])
def test_conflict_under_a_condition_the_parser_hangs_elsewhere_is_a_threat(sentence, mode):
    assert ("THREATEN", mode) in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "The union said it would end the strike if the government raised wages.",         # an act ended, no threat
    "Kenya would welcome the withdrawal of the troops if the talks succeeded.",       # an act welcomed
    "The rebels said they would stop attacking the convoys if the army withdrew.",    # an act stopped
    "Chad said it would release the prisoners, officials said, if a deal was signed.",  # a promise of a good act
])
def test_no_conflict_made_conditional_stays_no_threat(sentence):
    assert "THREATEN" not in [t for t, _ in coded(sentence)]


def test_the_conditions_own_act_is_no_threat():
    events = coded("The rebels said they would shell the airport should the army attack the valley again.")
    assert ("THREATEN", "violence") in events
    assert events.count(("THREATEN", "violence")) == 1


@pytest.mark.parametrize("sentence, mode", [
    ("Beijing said it could halt imports of Kenyan coal.", "relations"),
    ("Kenya said it might expel the Chadian envoy.", "expel"),
])
def test_a_side_that_says_it_may_punish_warns(sentence, mode):
    """Conventions §234: a sanction a side says it could impose is held out, as an attack is (§39)."""
    assert ("THREATEN", mode) in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "Analysts said Beijing could halt imports of Kenyan coal.",   # an outsider's guess
    "Beijing said it would not halt imports of Kenyan coal.",     # negated
])
def test_a_sanction_guessed_by_others_or_denied_is_no_threat(sentence):
    assert "THREATEN" not in [t for t, _ in coded(sentence)]


def test_a_verb_joined_to_the_reported_clause_shares_its_report_and_subject():
    """Conventions §235: "said it was reviewing … and could impose" is the speaker's own warning."""
    assert ("THREATEN", "violence") in coded(
        "Kenya said it was reviewing its ties with Chad and might strike the rebel camps.")


@pytest.mark.parametrize("sentence", [
    "Kenya said Chad was reviewing its ties and could strike the rebel camps.",             # another side's act
    "Analysts said Kenya was reviewing its ties with Chad and could strike the rebel camps.",  # an outsider's guess
])
def test_a_joined_verb_of_another_side_stays_a_possible_act(sentence):
    assert "THREATEN" not in [t for t, _ in coded(sentence)]
