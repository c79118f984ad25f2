"""Work with another party that an actor is ready for, or wants, hopes, intends or plans to do, is willingness to
cooperate (conventions §463–§465): AGREE in the future, the party its recipient, though the work is no event.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import code


def agreements(sentence: str) -> list[tuple[list[str], list[str], frozenset[str]]]:
    """(actors, recipients, aux) of each AGREE coded in ``sentence``."""
    doc, names = code(sentence)
    return [([names[a] for a in e.actors], [names[a] for a in e.recipients], frozenset(e.aux))
            for e in doc._.events if e.type == "AGREE"]


def types(sentence: str) -> set[str]:
    doc, _ = code(sentence)
    return {e.type for e in doc._.events}


@pytest.mark.parametrize("sentence, actor, recipient", [
    ("Russia is ready to work with Kyiv on border security.", "Russia", "Kyiv"),
    ("Turkey is willing to work with France on the refugee question.", "Turkey", "France"),
])
def test_the_party_one_is_ready_to_work_with_receives_the_offer(sentence, actor, recipient):
    assert ([actor], [recipient], frozenset({"future"})) in agreements(sentence)


@pytest.mark.parametrize("sentence, actor, recipient", [
    ("Kenya wants to work with Chad on border security.", "Kenya", "Chad"),
    ("Turkey hopes to work closely with Russia after the vote.", "Turkey", "Russia"),
    ("France intends to work with Chad to rebuild the road.", "France", "Chad"),
    ("Ukraine plans to work together with Turkey on grain shipments.", "Ukraine", "Turkey"),
    ("Kenya hopes to continue to work with Chad next year.", "Kenya", "Chad"),
    ("Kenya is seeking to work with Chad on the dam.", "Kenya", "Chad"),
    ("France wants to partner with Kenya on solar power.", "France", "Kenya"),
])
def test_work_with_a_party_one_intends_is_agreement_to_come(sentence, actor, recipient):
    assert ([actor], [recipient], frozenset({"future"})) in agreements(sentence)


def test_parties_that_want_to_work_together_agree():
    found = agreements("Kenya and Chad want to work together on the pipeline.")
    assert found and set(found[0][0]) == {"Kenya", "Chad"}


@pytest.mark.parametrize("sentence", [
    "Kenya wants to work hard to repay its debts.",                 # no party to work with
    "Kenya hopes to win the vote.",                                 # no joint act
    "Kenya plans to work on its budget.",                           # work on a thing, with no one
    "The minister hopes to work with dignity.",                     # "with" names no party
    "Kenya said it would work with Chad.",                          # no intention verb: §5 leaves "would work with"
    "Kenya wants Chad to work harder.",                             # a wish for another's act, and no party
])
def test_work_with_no_party_or_no_intention_is_no_agreement(sentence):
    assert "AGREE" not in types(sentence)
