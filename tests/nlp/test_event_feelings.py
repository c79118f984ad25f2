"""The one who feels takes a stance said with an adjective of feeling, even as a passive's subject; the party of what
it is about receives it (conventions §253). Other passives keep their subject as the one acted upon. A stance is one
only toward what a party did (§262).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from generators import generator, require
from nlp.test_events import events_with_mode_and_parties as events


@pytest.mark.parametrize("sentence, feeler, about", [
    ("Germany said it was outraged by the arrests.", ["Germany"], []),
    ("Peru was troubled by Chile's decision.", ["Peru"], ["Chile"]),
    ("Kenya is disappointed with Uganda.", ["Kenya"], ["Uganda"]),
    ("Poland was appalled by the arrest of its consul by Belarus.", ["Poland"], ["Belarus"]),
    ("Ghana has been critical of Togo's crackdown on the press.", ["Ghana"], ["Togo"]),
])
def test_the_one_who_feels_takes_the_stance_toward_the_doer(sentence, feeler, about):
    stance = next(e for e in events(sentence) if e[0] == "ACCUSE")
    assert (stance[2], stance[3]) == (feeler, about)


@pytest.mark.parametrize("sentence, expected", [
    ("Japan said it was pleased with the agreement.", ("SUPPORT", None, ["Japan"], [])),
    ("Kenya was attacked by Chad.", ("ASSAULT", None, ["Chad"], ["Kenya"])),  # no feeling: the subject is done to
])
def test_other_readings_stay(sentence, expected):
    assert expected in events(sentence)


def test_a_stance_that_describes_someone_stays_no_event():
    assert "ACCUSE" not in [e[0] for e in events("Kenya elected a president who is critical of the deal.")]


@pytest.mark.parametrize("sentence", [
    "Kenya is concerned about the weather.",
    "Ghana was alarmed by rising prices.",
    "Peru was pleased with the turnout.",
    "Chile remains troubled by the humanitarian situation.",
])
def test_a_stance_toward_nothing_a_party_did_is_no_event(sentence):
    # what the feeling is about is no party, no party's act and nothing a party owns or made (§262)
    assert not [e for e in events(sentence) if e[0] in ("ACCUSE", "SUPPORT")]


@pytest.mark.parametrize("sentence, expected", [
    ("Japan is concerned about China's missile tests.", ("ACCUSE", "disapprove", ["Japan"], ["China"])),
    ("Kenya was outraged by the decision.", ("ACCUSE", "disapprove", ["Kenya"], [])),
    ("Japan said it was pleased with the agreement.", ("SUPPORT", None, ["Japan"], [])),
    ("Peru was grateful to Chile.", ("SUPPORT", None, ["Peru"], ["Chile"])),
    ("Ghana was dismayed by the verdict.", ("ACCUSE", "disapprove", ["Ghana"], [])),
])
def test_a_stance_toward_a_party_its_act_or_its_work_stays(sentence, expected):
    assert expected in events(sentence)


def test_a_stance_toward_a_clause_holding_an_act_is_an_event():
    # "that" clause whose event was found: the doer of the act receives the stance (§262)
    assert ("ACCUSE", "disapprove", ["Kenya"], ["Uganda"]) in \
        events("Kenya was troubled that Uganda had detained two journalists.")
    assert not [e for e in events("Kenya is troubled that prices will rise.") if e[0] == "ACCUSE"]


def test_deed_nouns_file_is_what_the_script_builds():
    builder = generator("build_deed_nouns")
    require(builder.WORDNET_DIR / "data.noun")
    assert builder.build_text() == builder.OUTPUT.read_text(encoding="utf-8")
    deeds = set(builder.OUTPUT.read_text(encoding="utf-8").split())
    assert {"verdict", "crackdown", "remark"} <= deeds and not {"weather", "price", "situation"} & deeds
