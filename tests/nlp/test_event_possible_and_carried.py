"""How an act's clause tells whether it happens: an act that completes a noun or adjective of ability, right or
readiness is only possible (conventions §327); an act carried on under a modal, or not stopped, is as future as
the modal says (§328); a gerund that is the subject of its own act's verb is that act (§329).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from parley.nlp.pipeline import load


def events(sentence: str) -> list[tuple[str, str | None, frozenset[str], list[str], list[str]]]:
    """(type, mode, aux, actor names, recipient names) of each event found in ``sentence``."""
    doc = load()(sentence)
    names = {a.id: a.name for a in doc._.actors}
    return [(e.type, e.mode, frozenset(e.aux), [names[a] for a in e.actors], [names[a] for a in e.recipients])
            for e in doc._.events]


POSSIBLE = frozenset({"hypothetical"})


@pytest.mark.parametrize("sentence, expected", [
    ("Israel has the right to strike Iran.", [("ASSAULT", None, POSSIBLE, ["Israel"], ["Iran"])]),
    ("The army has the capacity to crush the rebels.", [("COERCE", None, POSSIBLE, ["army"], [])]),
    ("Russia's readiness to attack Ukraine alarmed Europe.", [("ASSAULT", None, POSSIBLE, ["Russia"], ["Ukraine"])]),
    ("China is able to blockade Taiwan.", [("COERCE", "restrict", POSSIBLE, ["China"], ["Taiwan"])]),
    ("North Korea has the ability to strike the US mainland.",
     [("ASSAULT", None, POSSIBLE, ["North Korea"], ["United States"])]),
])
def test_an_act_one_is_able_or_entitled_to_do_is_only_possible(sentence, expected):
    assert events(sentence) == expected


def test_an_act_one_is_capable_of_is_only_possible():
    # (the actor of "capable of" is the participants' to read, not the mode's)
    assert [(t, m, aux) for t, m, aux, _, _ in events("Iran is capable of striking Israel.")] == \
        [("ASSAULT", None, POSSIBLE)]


@pytest.mark.parametrize("sentence, expected", [
    ("Israel struck Iran.", [("ASSAULT", None, frozenset(), ["Israel"], ["Iran"])]),
    # readiness said with its adjective is a governor's: an offer or a threat, as before
    ("Israel is ready to strike Iran.", [("THREATEN", "violence", frozenset({"future"}), ["Israel"], ["Iran"])]),
])
def test_acts_done_or_readied_stay_as_they_were(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("carried, plain", [
    ("Rebels said they would keep fighting.", "Rebels said they would fight."),
    ("Kenya will keep fighting.", "Kenya will fight."),
    ("Kenya will continue to fight.", "Kenya will fight."),
    ("Kenya will not stop fighting.", "Kenya will fight."),
])
def test_an_act_carried_on_takes_the_modal_of_its_carrier(carried, plain):
    expected = [("THREATEN", "violence", frozenset({"future"}), [events(plain)[0][3][0]], [])]
    assert events(carried) == events(plain) == expected


def test_not_stopping_until_a_surrender_is_a_threat_to_come():
    found = events("Kenya will not stop fighting until the rebels surrender.")
    assert found[0] == ("THREATEN", "violence", frozenset({"future"}), ["Kenya"], [])
    assert not any(t == "ASSAULT" for t, *_ in found)


@pytest.mark.parametrize("sentence, expected", [
    ("The army kept shelling the town.", [("ASSAULT", "heavy-weapons", frozenset(), ["army"], [])]),
    ("Kenya did not stop fighting.", [("ASSAULT", None, frozenset(), ["Kenya"], [])]),
    ("Kenya stopped fighting.", [("ASSAULT", None, frozenset({"negated"}), ["Kenya"], [])]),
])
def test_acts_carried_on_or_stopped_without_a_modal_keep_their_modes(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Fighting near Goma killed ten.", [("ASSAULT", None, frozenset(), [], [])]),
    ("Shelling killed ten civilians.", [("ASSAULT", "heavy-weapons", frozenset(), [], [])]),
    # an event noun as subject was one event already (§110)
    ("An airstrike killed ten civilians.", [("ASSAULT", "aerial", frozenset(), [], [])]),
])
def test_a_gerund_that_kills_is_the_killing(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # told in the past, ability says the act was done
    ("The rebels were able to attack the town.", [("ASSAULT", None, frozenset(), ["rebels"], [])]),
    # under a modal it was not
    ("The rebels would have been able to attack the town.", [("ASSAULT", None, POSSIBLE, ["rebels"], [])]),
])
def test_an_ability_told_in_the_past_was_used(sentence, expected):
    assert events(sentence) == expected


def test_cooperation_carried_on_is_given_now_not_promised():
    assert events("The United States will continue to support civil society.") == \
        [("SUPPORT", None, frozenset({"future"}), ["United States"], [])]
    assert events("The United States will support civil society.") == \
        [("AGREE", None, frozenset({"future"}), ["United States"], [])]
