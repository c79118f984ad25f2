"""Restrictions lifted and things given back (conventions §480–§481): a barrier a party takes away or a passage it
reopens eases the blockade, and what a side had seized, or a passport it held, handed back is released: RETREAT.

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties, types_in_pipeline


# CAMEO 0872 "ease military blockade" → PLOVER RETREAT/withdraw; the undoing of §44's closing.
@pytest.mark.parametrize("sentence, actor", [
    ("Police dismantled the barricades around the parliament on Friday.", "Police"),     # barricade.n.02
    ("Turkish troops removed their roadblock on the coastal road.", "Turkish troops"),   # roadblock.n.02
    ("Soldiers cleared the checkpoint outside Hebron on Sunday.", "Soldiers"),           # checkpoint.n.01
    ("Kenya reopened the Namanga border crossing on Tuesday.", "Kenya"),                 # reopen.v.01 + a passage
    ("The rebels unblocked the main road to the capital.", "rebels"),                    # unblock.v.01 + a passage
    ("The Chadian army reopened the Adre crossing for aid convoys.", "Chadian army"),    # a name before "crossing"
])
def test_a_barrier_taken_away_or_a_passage_reopened_eases_the_blockade(sentence, actor):
    events = events_with_mode_and_parties(sentence)
    assert ("RETREAT", "withdraw") in [(t, m) for t, m, _, _ in events]
    assert any(actor in actors for t, _, actors, _ in events if t == "RETREAT")


@pytest.mark.parametrize("sentence", [
    "The shop reopened on Monday.",                                       # no act on a party
    "Prosecutors reopened the investigation into the killing.",          # nothing closed to anyone
    "Workers cleared the road after the storm.",                          # no barrier, no party
    "Police dismantled a smuggling ring in the port.",                    # a ring is no barrier
    "Ghana and Togo reopened the Aflao crossing to cargo traffic.",       # exchange resumed, §451's COOPERATE
    "Kenya and Uganda reopened the border bridge to cargo traffic on Monday.",
])
def test_nothing_closed_to_a_party_reopened_is_no_retreat(sentence):
    assert "RETREAT" not in types_in_pipeline(sentence)


# §511: the side that put a barrier up eases its blockade by taking it away; a barrier another side built,
# torn down by its opponents, eases nothing.
@pytest.mark.parametrize("sentence", [
    "Police dismantled the barricades that protesters had put up outside the ministry.",   # built by another side
    "Riot police removed the protesters' barricades from the main square.",                # owned by another side
    "Soldiers cleared the roadblocks erected by the truckers.",                              # built by another side
    "Protesters tore down the barriers around the parliament.",                            # a crowd breaks through
    "Hundreds of demonstrators removed the police cordon outside the court.",
])
def test_a_barrier_another_side_put_up_taken_away_is_no_retreat(sentence):
    assert "RETREAT" not in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The army dismantled the checkpoints it had set up around the town.",   # its own, told by a pronoun
    "Israeli troops removed their roadblocks near Nablus.",
])
def test_a_barrier_its_own_side_put_up_taken_away_eases_the_blockade(sentence):
    assert ("RETREAT", "withdraw") in [(t, m) for t, m, _, _ in events_with_mode_and_parties(sentence)]


# Manual (RETREAT): "the return of confiscated property"; CAMEO 0842 "return, release property".
@pytest.mark.parametrize("sentence", [
    "Police handed back the laptops seized from the protesters.",        # hand + back: giving back
    "The authorities gave back the confiscated boats to the fishermen.",
    "The junta returned the passports of the opposition leaders.",       # a passport held by the state
    "The militia handed back the villagers it had abducted in May.",     # abducted: taken, as seized
    "Peru restored 800 hectares of farms occupied by the navy.",          # the measure's "of" names what was seized
])
def test_seized_things_and_passports_given_back_are_released(sentence):
    assert "RETREAT" in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The soldiers returned home on Friday.",            # travel
    "The troops returned fire.",                        # ASSAULT's, no release
    "She gave back the books she had borrowed.",        # nothing seized
    "He handed the passport to the clerk.",             # no giving back
])
def test_things_given_back_that_were_never_held_are_no_release(sentence):
    assert "RETREAT" not in types_in_pipeline(sentence)
