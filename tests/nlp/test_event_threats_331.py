"""A side that hints it may strike warns, as one that says so (conventions §331); a meeting a side announces or
chooses it will not take part in is refused, a past absence is not (§333).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def events(sentence: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    """(type, mode, aux, actor names) of each event found in ``sentence``."""
    doc = load()(sentence)
    names = {a.id: a.name for a in doc._.actors}
    return [(e.type, e.mode, sorted(e.aux), [names[a] for a in e.actors]) for e in doc._.events]


@pytest.mark.parametrize("sentence, expected", [
    ("Erdogan hinted that Turkey might launch a new offensive against the Kurdish militias.",
     [("THREATEN", "violence", [], ["Turkey"])]),
    ("The Kenyan president suggested that Kenya could strike the rebel camps in Somalia.",
     [("THREATEN", "violence", [], ["Kenya"])]),
    ("Beijing has hinted it could halt imports of Australian coal.", [("THREATEN", "relations", [], ["China"])]),
])
def test_a_side_that_hints_it_may_strike_warns(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a third party's guess stays a possible act
    ("Analysts suggested that Kenya could strike the rebel camps.", [("ASSAULT", None, ["hypothetical"], ["Kenya"])]),
    # said, as before
    ("Erdogan said that Turkey might launch a new offensive against the Kurdish militias.",
     [("THREATEN", "violence", [], ["Turkey"])]),
])
def test_what_a_hint_does_not_change(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya decided not to take part in the peace talks.", [("REJECT", "meet", [], ["Kenya"])]),
    ("The opposition chose not to attend the peace conference.", [("REJECT", "meet", [], ["opposition"])]),
    ("Uganda will not participate in the negotiations.", [("REJECT", "meet", ["future"], ["Uganda"])]),
    ("The opposition said it would not take part in the talks.", [("REJECT", "meet", ["future"], ["opposition"])]),
    ("The opposition will not attend the peace conference.", [("REJECT", "meet", ["future"], ["opposition"])]),
])
def test_a_meeting_announced_or_chosen_not_to_be_attended_is_refused(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a past absence tells no refusal: the side may not have been asked
    ("Kenya did not take part in the peace talks.", [("CONSULT", None, ["negated"], ["Kenya"])]),
    ("The opposition did not attend the peace conference.", [("CONSULT", None, ["negated"], ["opposition"])]),
])
def test_a_past_absence_is_no_refusal(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # taking part announced is announced as attending is (§5, §45)
    ("Uganda will take part in the negotiations.", [("AGREE", None, ["future"], ["Uganda"]),
                                                    ("CONSULT", None, ["future"], ["Uganda"])]),
    ("Uganda will attend the negotiations.", [("AGREE", None, ["future"], ["Uganda"]),
                                              ("CONSULT", None, ["future"], ["Uganda"])]),
])
def test_taking_part_announced_is_announced_as_attending_is(sentence, expected):
    assert events(sentence) == expected
