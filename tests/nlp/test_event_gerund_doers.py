"""Who does an act a gerund names after a predicate's preposition (conventions §330).

The subject of an adjective or of a passive participle does the act of the gerund its preposition takes: "Iran is
capable of striking Israel", "Kenya was accused of attacking Uganda". An active verb's subject does not ("Uganda
thanked Kenya for attacking the rebels"), and a gerund with a doer of its own keeps it.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from event_parties import parties


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    ("Iran is capable of striking Israel.", "ASSAULT", ["Iran"], ["Israel"]),
    ("Russia is capable of invading Finland within days.", "ASSAULT", ["Russia"], ["Finland"]),
    ("Kenya is responsible for shelling Kampala.", "ASSAULT", ["Kenya"], ["Uganda"]),
    ("Egypt was accused of detaining Sudanese refugees.", "COERCE", ["Egypt"], ["Sudanese refugees"]),
])
def test_a_predicates_subject_does_its_gerunds_act(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)


@pytest.mark.parametrize("sentence, type_, actors, recipients", [
    # an active verb's subject is no doer: its object may be ("Uganda thanked Kenya for attacking the rebels")
    ("Uganda thanked Kenya for attacking the rebels.", "ASSAULT", [], []),
    # a gerund with its own doer keeps it
    ("Chad is worried about Sudan's shelling of the border towns.", "ASSAULT", ["Sudan"], []),
])
def test_other_gerunds_keep_their_doers(sentence, type_, actors, recipients):
    assert parties(sentence, type_) == (actors, recipients)
