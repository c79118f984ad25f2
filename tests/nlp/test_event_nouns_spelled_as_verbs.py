"""A noun spelled as its material trigger verb names that verb's act where WordNet makes its most frequent sense that
act (conventions §315): it is read as the generated event nouns are, only with an actor of its own, and not where
that actor is a person or one in politics (a contest: "Clinton's battle with Sanders"). A trade or a field carried on
("trade", "finance") is no act, and a noun with no actor of its own stays no event.

Sentences are written for these tests; each rule is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from event_parties import parties
from generators import generator, require
from parley.nlp.pipeline import load


def events(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in load()(sentence)._.events]


@pytest.mark.parametrize("sentence, code, actors", [
    ("Kenya's retreat from the border town surprised observers.", ("RETREAT", "withdraw"), ["Kenya"]),
    ("Ukraine's counterattack near Kharkiv took the town back.", ("ASSAULT", None), ["Ukraine"]),
    ("Russia's battle for Bakhmut dragged on through the winter.", ("ASSAULT", None), ["Russia"]),
    ("Britain sent missiles to boost Kyiv's fight against Russia.", ("ASSAULT", None), ["Ukraine"]),
])
def test_a_noun_spelled_as_its_act_with_its_own_actor_is_that_act(sentence, code, actors):
    assert code in events(sentence)
    assert parties(sentence, code[0])[0] == actors


@pytest.mark.parametrize("sentence, type_", [
    ("The retreat offered visitors quiet rooms by the lake.", "RETREAT"),   # no actor of its own: a place
    ("The battle for public opinion is far from over.", "ASSAULT"),          # no actor of its own
    ("Kenya's finance ministry published the budget on Thursday.", "AID"),   # a field, not funds given
    ("Clinton's battle with Sanders dragged on into June.", "ASSAULT"),      # a person's: a contest
    ("The senator backed down from his fight with lawmakers over the bill.", "ASSAULT"),
    ("Ted Cruz ended his bus tour of Iowa on Sunday.", "CONSULT"),           # a politician's campaign
])
def test_no_actor_or_a_trade_carried_on_is_no_such_act(sentence, type_):
    assert type_ not in {t for t, _ in events(sentence)}


def test_the_built_table_keeps_acts_and_leaves_trades():
    builder = generator("build_event_nouns")
    require(builder.WORDNET_DIR / "data.noun", builder.MANUAL_FILE)
    curated = {"verbs": {"retreat": "RETREAT/withdraw", "withdraw": "RETREAT/withdraw", "battle": "ASSAULT",
                         "tour": "CONSULT/visit", "trade": "COOPERATE", "finance": "AID"},
               "nouns": {}, "compounds": {}}
    nouns = builder.build(curated, builder.WordNet(builder.WORDNET_DIR), {})
    # retreat.n.01 is a kind of withdrawal.n.01, which WordNet derives from {withdraw, retreat}
    assert {"retreat", "battle", "tour"} <= set(nouns)
    assert nouns["retreat"] == ("retreat", "RETREAT/withdraw")
    assert not {"trade", "finance"} & set(nouns)
