"""An attack in speech on what a person holds, says or is (conventions §494): WordNet's attack.v.02 "attack in speech or
writing" against attack.v.01, physical; the object decides. Sentences are written for these tests; each class is tested
with the assaults it must keep.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def _types(text: str) -> set[str]:
    return {e.type for e in Pipeline().extract(text, published=PUBLISHED).events}


@pytest.mark.parametrize("sentence", [
    "The senator attacked the governor's record on taxes.",               # a verb, a text of the governor's
    "Senator Lund attacked Governor Ortiz's record on taxes.",
    "The governor attacked his rival's positions on trade.",              # position.n.03 "a way of regarding"
    "The senator has repeatedly attacked his rival's stance on trade.",
    "The candidate attacked the governor's character in a speech.",       # character.n.02, a quality
    "Senator Lund stepped up her attacks on the governor's positions.",   # a noun of attack
])
def test_an_attack_on_a_persons_view_is_criticism(sentence):
    assert _types(sentence) == {"ACCUSE"}


@pytest.mark.parametrize("sentence", [
    "The senator stepped up his attacks on the press.",                   # §92/§93 already: words against a party
    "The candidate's attacks on the press drew criticism.",
])
def test_attacks_on_the_press_are_criticism(sentence):
    assert "ASSAULT" not in _types(sentence) and "ACCUSE" in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "Rebels attacked the convoy.",
    "Investigators described an attack on the embassy.",
    "Gunmen attacked the governor's home.",                               # a person's place, not a view
    "Rebels attacked the senator's convoy near the border.",
    "Troops attacked the army's positions near the river.",               # an army's position is a place held
])
def test_an_attack_on_a_place_or_a_thing_stays_an_assault(sentence):
    assert "ASSAULT" in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "The debate was marred by personal attacks.",                        # no doer, no target: the adjective says
    "The partisan attacks on the judge have not stopped.",
    "The singer continued her verbal assault on the referee.",           # assault.v of attack.v.02 "in speech"
    "Voters are tired of rhetorical attacks.",
    "The governor's personal attacks on the mayor angered voters.",
])
def test_an_attack_named_verbal_by_its_adjective_is_criticism(sentence):
    """§499: an attack noun whose adjective ties it to speech, a person's character or party politics."""
    assert _types(sentence) == {"ACCUSE"}


@pytest.mark.parametrize("sentence", [
    "Partisan attacks on Russian troops intensified in the occupied south.",  # guerrillas: armed ones struck
    "A personal attack with a knife left the teacher wounded.",               # a weapon, someone hurt
    "Sexual assaults on students rose last year.",                            # no adjective of speech
])
def test_an_attack_with_anything_physical_stays_an_assault(sentence):
    assert "ASSAULT" in _types(sentence) and "ACCUSE" not in _types(sentence)


def test_a_time_after_from_is_no_attacker():
    """§500: "from last year" dates the attacks; the senator's doer alone is read (§93's all-person doers)."""
    assert _types("Senator Lund's attacks on the governor's record from last year were unfair.") == {"ACCUSE"}


# §603: WordNet 3.0 knows one offensive, offensive.n.01 "the action of attacking an enemy"; one a person or one in
# politics wages with words, or one named by the idea it is for, uses no force.
@pytest.mark.parametrize("sentence, expected", [
    ("Senator Lund went on the offensive against Governor Ortiz.", {"ACCUSE"}),
    ("The candidate went on the offensive on Sunday.", set()),
    ("The governor launched a charm offensive in the suburbs.", set()),
    ("The senator's gun-control offensive began in Ohio.", set()),
    ("The Democrats' offensive against the Republican nominee intensified.", {"ACCUSE"}),
])
def test_an_offensive_in_politics_uses_no_force(sentence, expected):
    assert _types(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Russia launched a fresh offensive on Kharkiv.",
    "The army's spring offensive against the rebels began in March.",
    "Israel pressed on with its ground offensive in Gaza.",
    "The rebels went on the offensive near the airport.",
    "A military offensive by French and Malian forces drove the militants out.",
    "Officials said the troops had stockpiled fuel needed for a large-scale offensive.",  # no one in politics wages it
])
def test_an_offensive_by_forces_or_a_state_stays_an_assault(sentence):
    assert "ASSAULT" in _types(sentence)
