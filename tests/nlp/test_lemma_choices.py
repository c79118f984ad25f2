"""A form spaCy's lemmatizer may give two lemmas takes the one WordNet tags more senses of (nlp/lemma_choices.py)."""

from __future__ import annotations

import pytest

from generators import rebuilt
from parley.nlp.pipeline import COMPONENTS, load


@pytest.fixture(scope="module")
def parsed():
    nlp = load()

    def lemmas(text: str) -> dict[str, str]:
        with nlp.select_pipes(disable=list(COMPONENTS)):
            return {t.lower_: t.lemma_ for t in nlp(text)}
    return lemmas


def test_the_generated_choices_are_what_the_script_builds():
    rebuilt("build_lemma_choices", "index.noun", "index.verb", "cntlist.rev")


@pytest.mark.parametrize("text, form, lemma", [
    ("Iran bombed US bases in Iraq.", "bases", "base"),
    ("The government lifted taxes on fuel.", "taxes", "tax"),
    ("He fulfilled his promise.", "fulfilled", "fulfill"),
    ("The junta installed a new governor.", "installed", "install"),
    # two suffix rules find known lemmas: spaCy took the last rule's ("dos", "stag", "rat", "spar")
    ("The agency delivered two million doses to Chad.", "doses", "dose"),
    ("Opposition supporters staged a sit-in.", "staged", "stage"),
    ("The agency rated the threat as severe.", "rated", "rate"),
    ("The rebels spared the town.", "spared", "spare"),
    # §487: a verb's -s form, which the suffix rules read "hop" + "es" as well as "hope" + "s"
    ("The minister hopes to sign the deal.", "hopes", "hope"),
    ("The ministry rates the threat as severe.", "rates", "rate"),
    ("The minister is hoping to sign the deal.", "hoping", "hope"),  # and its -ing form
    ("The minister hoped to sign the deal.", "hoped", "hope"),  # three senses of each tagged: "hope" 120 times, "hop" 9
])
def test_the_lemma_wordnet_tags_more_senses_of_is_chosen(parsed, text, form, lemma):
    assert parsed(text)[form] == lemma


@pytest.mark.parametrize("text, form, lemma", [
    ("The talks collapsed on the basis of a false report.", "basis", "basis"),
    ("Both sides faced crises at home.", "crises", "crisis"),  # one lemma listed: nothing to choose
    ("The soldiers were freed.", "freed", "free"),
    ("The city buses stopped running.", "buses", "bus"),  # one known lemma found: nothing to choose
    ("The minister's hopes of a deal faded.", "hopes", "hope"),  # the noun's rules find one lemma
    ("The rebel hops over the fence.", "hops", "hop"),
])
def test_forms_with_no_choice_keep_spacys_lemma(parsed, text, form, lemma):
    assert parsed(text)[form] == lemma


@pytest.mark.parametrize("sentence, expected", [
    ("Iran bombed US bases in Iraq on Tuesday.", [("ASSAULT", "aerial")]),
    ("Militias attacked two American bases in Syria.", [("ASSAULT", None)]),  # no verbal attack on a basis
])
def test_military_bases_are_attacked_not_a_basis(sentence, expected):
    assert [(e.type, e.mode) for e in load()(sentence)._.events] == expected


def test_doses_handed_over_are_aid():
    """"doses" read as "dos", so the relief noun "dose" was not found in its plural."""
    events = load()("The World Health Organization delivered two million doses to Chad.")._.events
    assert [e.type for e in events] == ["AID"]


def test_a_plural_reads_as_its_singular_does():
    """"taxes" was "taxis", so the lexicon's "reduce tax" (CONCEDE) held for "the fuel tax" only."""
    def codes(sentence: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.mode) for e in load()(sentence)._.events]
    assert codes("Kenya reduced fuel taxes.") == codes("Kenya reduced the fuel tax.") == [("CONCEDE", None)]
