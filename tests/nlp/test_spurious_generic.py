"""What a kind of party does as a rule, said in the present, is no act of anyone's (conventions §425).

Sentences are written for these tests; the acts they must keep are tested with them.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types_in_pipeline


@pytest.mark.parametrize("sentence", [
    "Everyone condemns violence against children.",                           # a quantifier standing for people
    "Many in the party oppose any new taxes on farmers.",                     # a quantifier, a generic object
    "A president never negotiates with kidnappers, the senator said.",        # "a" before a party noun
    "Any candidate attacks his rivals in a debate.",                          # "any" before a party noun
])
def test_an_act_anyone_of_a_kind_does_as_a_rule_is_no_event(sentence):
    assert types_in_pipeline(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Gangs with machetes sometimes attack miners near the river.", ["ASSAULT"]),  # a bare plural: acts that recur
    ("A store worker is assaulted by a customer.", ["ASSAULT"]),                   # done to one of a kind
    ("Critics accuse the governor of lying.", ["ACCUSE"]),                         # a bare plural doer
    ("Everyone condemned the attack on the village.", ["ACCUSE"]),                 # past: done once
    ("Kenya often criticizes its neighbours over the refugees.", ["ACCUSE"]),      # a party named
    ("He met Smith, who often criticizes the army.", ["CONSULT", "ACCUSE"]),       # a person named
])
def test_an_act_of_a_party_or_done_to_a_kind_stays(sentence, expected):
    assert types_in_pipeline(sentence) == expected
