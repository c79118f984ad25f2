"""Armed forces that move over ground or are called somewhere (plover_conventions.md §392), and security operations
by armed forces or police (§393), are a mobilization.

Sentences are written for these tests and run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from event_parties import types_and_modes


@pytest.mark.parametrize("text", [
    "Two Chinese warships approached the atoll on Tuesday.",         # a transitive motion over ground
    "Russian tanks crossed the frontier before dawn.",
    "Most of the 20,000 National Guard troops called into the capital were from Texas.",  # forces summoned
])
def test_forces_moving_in_any_clause_mobilize(text):
    assert types_and_modes(text) == [("MOBILIZE", "troops")]


@pytest.mark.parametrize("text", [
    "The minister flew to Paris on Monday.",                      # no force
    "Tourists crossed the border on foot.",
    "Soldiers crossed the street to buy bread.",                  # a street is no ground a force takes (§392)
    "The soldiers approached the old woman.",                     # a person, not a place
    "The boats that approached the pier were fishing boats.",     # no force
    # A force a relative clause describes is not read; one whose clause reports a past move is (§408,
    # tests/nlp/test_forces_described_relative.py).
])
def test_no_force_move(text):
    assert all(event_type != "MOBILIZE" for event_type, _ in types_and_modes(text))


@pytest.mark.parametrize("text", [
    "Soldiers searched the hills for the kidnappers.",            # an area searched
    "The army secured the port and the airport.",
    "Soldiers guarded the embassy throughout the night.",
])
def test_security_operations_mobilize(text):
    assert types_and_modes(text) == [("MOBILIZE", "troops")]


# CAMEO 153 "Mobilize or increase police power" → MOBILIZE/police, 154 armed forces → MOBILIZE/troops (§516).
@pytest.mark.parametrize("text", [
    "Police hunted for the driver of the truck.",                 # a manhunt
    "Police surrounded the warehouse on Friday.",
    "Security forces have surrounded the mountainous district.",  # the actor base files them under COP
    "Riot police took up positions outside the parliament building.",
    "Police spread out across the main square before the match.",
])
def test_police_operations_mobilize_the_police(text):
    assert types_and_modes(text) == [("MOBILIZE", "police")]


@pytest.mark.parametrize("text", [
    "Police searched his home.",                                  # someone's home: a search of a person's things
    "Police searched the suspect.",                               # a person
    "Rescuers searched the rubble for survivors.",                # no force
    "The company secured a loan from the bank.",                  # no force, no place
    "Police secured the release of the hostages.",                # a release, no site
    "The soldiers guarded the prisoners.",                        # people, not a site
])
def test_no_security_operation(text):
    assert all(event_type != "MOBILIZE" for event_type, _ in types_and_modes(text))


def test_homes_searched_under_a_decree_are_no_security_operation():
    """A search of where people live is done to them (§393's residences): "homes", as "his home"."""
    assert all(event_type != "MOBILIZE" for event_type, _ in types_and_modes(
        "Under the new decree, soldiers can search homes without a warrant."))


@pytest.mark.parametrize("text", [
    "Marines took up positions around the embassy on Friday.",
    "The gendarmes took positions along the river before dawn.",
    "Soldiers fanned out across the northern district.",                # fan_out.v.01 "move outward"
    "The soldiers positioned themselves around the palace.",             # a placing verb, the force its own object
    "The general ordered his troops to fan out across the valley.",      # forces ordered to place themselves
    "Soldiers manned the checkpoints on the northern road.",             # man.v.01 "occupy a certain work place"
])
def test_forces_placing_themselves_mobilize(text):
    assert types_and_modes(text) == [("MOBILIZE", "troops")]


@pytest.mark.parametrize("text", [
    "The senator took up the position that taxes should fall.",         # a stance, no place (position.n.03)
    "The army took a firm position on the pension reform.",             # a stance "on" a measure, no place
    "Campaign volunteers fanned out across the state.",                  # no force
    "The company positioned itself as a leader in the market.",          # no force, no place
    "The new ambassador took up his post in Paris.",                     # a job taken, no force
    "Volunteers manned the polling stations.",                           # no force
])
def test_no_force_placing_itself(text):
    assert all(event_type != "MOBILIZE" for event_type, _ in types_and_modes(text))
