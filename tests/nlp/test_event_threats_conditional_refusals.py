"""A refusal held over another party's conduct is a threat (plover_conventions.md §598); a party that leaves a
coalition ends a tie, and says so as a threat when it makes the leaving conditional (§599). The rows already read
right on the base stay as regression rows (§600).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def coded(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in load()(sentence)._.events if "negated" not in e.aux]


def types(sentence: str) -> list[str]:
    return [t for t, _ in coded(sentence)]


@pytest.mark.parametrize("sentence", [
    # a veto held over what another state does (CAMEO 13 "threaten", not specified)
    "Greece said it would veto Turkey's membership talks if Ankara sent the survey ship back.",
    "The governor will veto the measure unless lawmakers remove the tax increase, his spokesman said.",
    # "block", "reject": the manual's REJECT, held over another's act
    "Hungary said it would block the sanctions package unless Brussels released its frozen funds.",
    "Egypt said it would reject the water agreement unless Ethiopia stopped filling the dam.",
    # with "should" before the condition's subject
    "Cyprus said it would veto the sanctions package should Turkey keep drilling off its coast.",
])
def test_a_refusal_held_over_another_partys_conduct_is_a_threat(sentence):
    assert "THREATEN" in types(sentence)


@pytest.mark.parametrize("sentence", [
    # the condition is on the thing refused, not on another party's conduct: a stated refusal (REJECT, future)
    "The senator said he would vote against the bill if it reached the floor.",
    "The opposition said it will block the budget unless it includes more money for schools.",
    # the condition is the refuser's own conduct, or the refusal is a duty urged, not announced (will/would)
    "The Labour Party said it would reject the budget if it lost the vote.",
    "The bishop said that if the court upheld the law, Catholics must reject it.",
    # no condition: a refusal announced
    "The president said he would veto the bill.",
    # a refusal of one's own act ended under a condition: no refusal of another's
    "Kenya said it would welcome the talks if Somalia withdrew its complaint.",
])
def test_a_refusal_conditioned_on_the_thing_refused_or_unconditioned_is_no_threat(sentence):
    assert "THREATEN" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The Freedom Party said it would bolt the coalition if the government raised the fuel tax.",
    "The Labour Party said it will leave the coalition unless the prime minister resigns.",
])
def test_a_party_that_will_leave_a_coalition_under_a_condition_threatens(sentence):
    assert ("THREATEN", "relations") in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "The Freedom Party left the coalition on Monday.",
    "The Green Party bolted the ruling coalition over the pension reform.",
])
def test_a_party_that_leaves_a_coalition_ends_a_tie(sentence):
    assert ("SANCTION", "discontinue") in coded(sentence)


@pytest.mark.parametrize("sentence", [
    "The prisoners bolted the door of their cell.",                 # bolt: secure with a bolt
    "The suspects bolted from the car when police arrived.",        # bolt: run away
    "The mayor said she would leave the room if the council voted.",  # a room is no body
])
def test_no_coalition_left_is_no_tie_ended(sentence):
    assert not {"SANCTION", "THREATEN"} & set(types(sentence))


@pytest.mark.parametrize("sentence, mode", [
    # regression rows of the §600 table: already read as threats on the base
    ("Iran said it would pull out of the nuclear deal should Washington impose new sanctions.", "relations"),
    ("Washington said it would cut aid to Egypt if the crackdown on journalists continued.", "relations"),
    ("The opposition said it would boycott the election unless the electoral commission was replaced.", "restrict"),
    ("Britain said it would expel Russian diplomats should the investigation confirm Moscow's role.", "expel"),
    ("The farmers said they would block the highways if the subsidies were cut.", "restrict"),
])
def test_conditional_harm_already_read_as_threat(sentence, mode):
    assert ("THREATEN", mode) in coded(sentence)
