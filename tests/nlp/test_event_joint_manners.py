"""An act that parties of two countries do together, as a manner of togetherness ("side by side", "in tandem", "hand
in hand", "in concert"), the verb prefix co- or a joint modifier on the act ("a coordinated operation") says, is their
cooperation (COOPERATE), as one done "jointly" is; an act with its own reading keeps it, and one country's parties or
a verb of being placed make no joint act (conventions §477).

Sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from generators import rebuilt
from parley.nlp.pipeline import Pipeline

PUBLISHED = date(2025, 7, 23)


def types(sentence: str) -> list[str]:
    return [e.type for e in Pipeline().extract(sentence, published=PUBLISHED).events]


@pytest.mark.parametrize("sentence", [
    "Kenyan and Ugandan soldiers patrolled the border side by side on Tuesday.",  # a deployment, MOBILIZE before
    "Thai and Malaysian police patrolled the river in tandem last week.",
    "Danish and Norwegian troops trained side by side near Bergen.",             # a training (§268)
    "The Chilean navy worked hand in hand with Peruvian coastguards to rescue the crew.",
    "Polish and Lithuanian border guards searched the forest in concert on Friday.",
    "Spain and Italy co-produced a frigate at a shipyard in Cadiz.",             # the joint prefix
    "Brazil and Argentina will co-develop a new transport aircraft.",
    "Indian and French troops mounted a coordinated operation against pirates.",  # a joint act as the object
    "Peruvian and Ecuadorian coastguards staged a coordinated search for the boat.",
    "Chilean and Argentine soldiers carried out combined peacekeeping training in Mendoza.",
])
def test_an_act_two_countries_do_together_cooperates(sentence):
    assert "COOPERATE" in types(sentence)


@pytest.mark.parametrize("sentence, kept", [
    ("The two armies fought side by side against the rebels.", "ASSAULT"),     # violence against a third stays
    ("Students and workers protested together in the capital.", "PROTEST"),
    ("France and Germany co-chaired the meeting in Brussels.", "CONSULT"),      # the object names the event
    ("Two Russian destroyers sailed in tandem through the strait.", "MOBILIZE"),  # one navy's formation
])
def test_an_act_with_its_own_reading_keeps_it(sentence, kept):
    found = types(sentence)
    assert kept in found and "COOPERATE" not in found


@pytest.mark.parametrize("sentence", [
    "Serbian and Albanian families lived side by side in the village for centuries.",  # no act
    "Security goes hand in hand with development, Kenyan and Ugandan officials said.",
    "The senator co-authored the bill with a colleague from Ohio.",              # no two countries
    "The Kenyan army carried out a coordinated operation against poachers.",
    "Kenya and Ethiopia issued a joint statement on Monday.",                   # said, no act
    "The Kenyan and Ugandan ministers co-chaired a joint cabinet gathering in Kampala.",  # a meeting (§479)
])
def test_togetherness_with_no_joint_act_is_no_event(sentence):
    assert "COOPERATE" not in types(sentence)


def test_act_nouns_file_is_what_the_script_builds():
    builder = rebuilt("build_act_nouns", "data.noun")
    kinds = dict(line.split(",") for line in builder.OUTPUT.read_text(encoding="utf-8").splitlines()[5:])
    assert all(kinds[noun] == "act" for noun in ("operation", "search", "training"))
    assert all(kinds[noun] == "meeting" for noun in ("gathering", "encounter", "session", "summit"))
    assert not {"statement", "committee", "communique"} & set(kinds)
