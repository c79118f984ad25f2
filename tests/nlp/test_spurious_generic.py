"""What a kind of party does as a rule, said in the present, is no act of anyone's (conventions §425).

Sentences are written for these tests; the acts they must keep are tested with them.
"""

from __future__ import annotations

import pytest

from nlp.test_events import types_in_pipeline


@pytest.mark.parametrize("sentence", [
    "In every campaign, politicians attack each other without mercy.",        # a bare plural, a reciprocal object
    "He said that governments usually threaten sanctions against rogue states.",  # a habit said of a kind
    "Everyone condemns violence against children.",                           # a quantifier standing for people
    "Many in the party oppose any new taxes on farmers.",                     # a quantifier, a generic object
    "A president never negotiates with kidnappers, the senator said.",        # "a" before a singular doer
    "Critics often accuse governors of lying.",                               # a habit, a bare plural object
    "Most of them are charities that routinely condemn such raids.",          # the noun a relative pronoun is
    "Lawmakers do not attack each other in public, he said.",                 # negated, of a kind all the same
])
def test_an_act_a_kind_of_party_does_as_a_rule_is_no_event(sentence):
    assert types_in_pipeline(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Critics accused the governor of lying.", ["ACCUSE"]),                         # past: done once
    ("Critics accuse the governor of lying.", ["ACCUSE"]),                          # one party acted on
    ("Protesters demand the release of the jailed journalist.", ["PROTEST"]),       # a demand of now
    ("The rebels attack villages near the border every night.", ["ASSAULT"]),      # "the rebels": these ones
    ("Kenya often criticizes its neighbours over the refugees.", ["ACCUSE"]),      # a party named
    ("Presidents meet in Geneva on Tuesday.", ["CONSULT"]),                        # a date: one occasion
    ("He met Smith, who often criticizes the army.", ["CONSULT", "ACCUSE"]),        # a person named
])
def test_an_act_of_a_party_or_of_an_occasion_stays(sentence, expected):
    assert types_in_pipeline(sentence) == expected
