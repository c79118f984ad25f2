"""A blow dealt to a person is an assault (conventions §431).

Sentences are written for these tests; each is beside the sentences the rule must leave alone.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import codes, types_in_pipeline


# §431: a verb of dealing a blow (WordNet 3.0 hit.v.03, strike.v.01 and their troponyms) with a person struck.
@pytest.mark.parametrize("sentence", [
    "A prison guard punched the inmate in the face.",
    "The officer slapped a young protester outside the courthouse.",
    "Two men pummelled a taxi driver near the station.",
    "A bouncer smacked a customer at the door of the club.",
    "The teacher was punched by a student on Tuesday.",
    "Masked men whacked the reporter with a metal bar.",
])
def test_a_blow_dealt_to_a_person_is_an_assault(sentence):
    assert ("ASSAULT", "beat") in codes(sentence)


@pytest.mark.parametrize("sentence", [
    "Senator Lund bashed Governor Ortiz over his tax plan.",    # words between people in politics
    "The columnist bashed Janet Ruiz again on Sunday.",          # a person named, nothing physical
    "Washington slapped new tariffs on Chinese steel.",          # a thing, no one struck
    "The new levy will whack small firms in the region.",        # firms, no person
    "She punched the numbers into the calculator.",              # a thing
    "The storm battered the coast for two days.",                # a place
    "Republicans bashed the senator's budget plan.",             # an idea
    "Brussels slapped the minister and his aides with sanctions.",   # a measure, no hand
    "He said he would like to punch the heckler in the face.",   # a blow wished, none dealt
])
def test_a_blow_to_no_person_or_in_words_is_no_assault(sentence):
    assert "ASSAULT" not in types_in_pipeline(sentence)  # the actors component says who is in politics


def test_the_blow_verbs_are_what_wordnet_gives():
    verbs = set(rebuilt("build_blow_verbs", "data.verb", "index.verb").OUTPUT.read_text(encoding="utf-8").split())
    assert {"punch", "slap", "smack", "pummel", "whack", "headbutt"} <= verbs
    assert not {"knock", "rap", "strike", "smash", "wallop", "cuff", "beat"} & verbs  # words, a win, an arrest
