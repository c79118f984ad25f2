"""A party's feeling about an act, said with an adjective of emotion, is its stance (conventions §253): displeasure
disapproves, pleasure supports. The one who feels takes the stance, even as a passive's subject; the party of what it
is about receives it. Feelings about no party's act stay no event.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from parley.nlp.event_lexicon import Code, stance_adjectives
from parley.nlp.pipeline import load


def events(sentence: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    """(type, mode, actor names, recipient names) of each event."""
    doc = load()(sentence)
    names = {a.id: a.name for a in doc._.actors}
    return [(e.type, e.mode, [names.get(a, a) for a in e.actors], [names.get(r, r) for r in e.recipients])
            for e in doc._.events]


def types(sentence: str) -> list[str]:
    return [e[0] for e in events(sentence)]


def test_stance_adjectives_file_is_what_the_script_builds():
    rebuilt("build_stance_adjectives", "data.verb", "index.verb", "verb.exc", "data.adj", "index.adj")
    table = stance_adjectives()
    assert table["angered"] == table["infuriated"] == table["indignant"] == Code("ACCUSE", "disapprove")
    assert table["delighted"] == table["gratified"] == Code("SUPPORT")
    # first an act, not a feeling (divert, entertain; harass below annoy), or a feeling that is no stance
    assert not {"diverted", "entertained", "harassed", "tormented", "surprised", "worried", "happy"} & set(table)


@pytest.mark.parametrize("sentence, expected", [
    ("Poland was angered by the expulsion of its consul from Minsk.", "ACCUSE"),
    ("Brazil is indignant at the seizure of its tanker.", "ACCUSE"),
    ("Egypt was irritated by Ethiopia's decision to fill the dam.", "ACCUSE"),
    ("Norway is delighted with the accord reached in Oslo.", "SUPPORT"),
    ("Ghana was gratified by the court's ruling on the border.", "SUPPORT"),
])
def test_a_feeling_about_an_act_is_a_stance(sentence, expected):
    assert expected in types(sentence)


def test_a_feeling_about_a_partys_act_in_a_that_clause_is_a_stance():
    assert ("ACCUSE", "disapprove", ["Canada"], ["India"]) in events(
        "Canada is disappointed that India has expelled two of its diplomats.")


@pytest.mark.parametrize("sentence, feeler, about", [
    ("Germany said it was outraged by the arrests.", ["Germany"], []),
    ("Peru was troubled by Chile's decision.", ["Peru"], ["Chile"]),
    ("Kenya is disappointed with Uganda.", ["Kenya"], ["Uganda"]),
])
def test_the_one_who_feels_takes_the_stance_toward_the_doer(sentence, feeler, about):
    stance = next(e for e in events(sentence) if e[0] == "ACCUSE")
    assert (stance[2], stance[3]) == (feeler, about)


@pytest.mark.parametrize("sentence", [
    "Kenya is worried that prices will rise.",                        # no party's act
    "Spain is angry that the rain has ruined the harvest.",
    "Kenya was surprised by the turnout.",                            # surprise is no stance
    "Kenya is happy to be here.",
    "The flights were diverted to Mombasa.",                          # divert is first an act
    "The delegates were entertained by the king at the palace.",
    "Voters elected a senator who is angry about the tax.",           # who someone is (§32)
])
def test_a_feeling_about_no_partys_act_is_no_stance(sentence):
    assert not {"ACCUSE", "SUPPORT"} & set(types(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Japan said it was pleased with the agreement.", ("SUPPORT", None, ["Japan"], [])),
    ("Kenya has been critical of the crackdown in Chad.", ("ACCUSE", "disapprove", ["Kenya"], [])),
])
def test_stances_read_before_stay(sentence, expected):
    assert expected in events(sentence)
