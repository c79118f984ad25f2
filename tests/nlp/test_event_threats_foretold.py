"""A warning is a threat only where what it warns of is done by the warner or its side (the PLOVER manual's
THREATEN: "all threats, coercive or forceful warnings with serious potential repercussions"; plover_conventions.md
§583). A warning that foretells what no party does — prices that rise, a storm, a crisis that worsens, a recession,
a famine, a risk — is CAMEO's pessimistic comment (012: "WARN … CATASTROPHE", "(OF RISK)", "{ETHNIC TENSION}"),
which PLOVER does not code; so is a warning of what a party of another side, neither a state nor armed, will do.
And a strike threatened by people at work is a threat to stop work, not violence (§584).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.test_events import events_with_mode_and_parties as events


@pytest.mark.parametrize("sentence", [
    # a that-clause whose subject is a state, a value, nature or an illness: no party does it
    "Economists warned that inflation would rise next year.",
    "The central bank warned that prices could climb further.",
    "Meteorologists warned that a powerful storm would hit the coast on Friday.",
    "The United Nations warned that the humanitarian crisis could worsen.",
    "Health officials warned that the virus may spread to neighbouring provinces.",
    "Scientists warned that sea levels would rise.",
    "The finance ministry warned that unemployment would climb above ten percent.",
    "The army warned that the situation would deteriorate.",
    # what is warned "of" or "about" is such a thing
    "The World Bank warned of a deepening recession in the region.",
    "Aid agencies warned of famine in the north.",
    "The ministry warned of heavy rains in the coming days.",
    "The health agency warned about the risk of an outbreak.",
    # a named party of another side, neither a state nor armed: what another will do is foretold
    "Senator Kasich warned that Donald Trump would drive the party off a cliff.",
    "The economist warned that Angela Merkel would lose the election.",
])
def test_a_warning_that_foretells_is_no_threat(sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the warner's own act, or its side's
    ("Iran warned that it would retaliate against any attack.", [("THREATEN", "violence", ["Iran"], [])]),
    ("The rebels warned that they would attack the capital.", [("THREATEN", "violence", ["rebels"], [])]),
    ("Hamas warned it would resume rocket attacks.", [("THREATEN", "violence", ["Hamas"], [])]),
    ("The government warned that protesters would be arrested.", [("THREATEN", "arrest", [], ["protesters"])]),
    ("Iran warned that it could restart enrichment.", [("THREATEN", None, ["Iran"], [])]),
    ("The president warned that the military would deal with any looting.", [("THREATEN", None, [], [])]),
    # a consequence or a response held out, or sanctions
    ("North Korea warned of a merciless response to the drills.", [("THREATEN", None, ["North Korea"], [])]),
    ("Turkey warned that Greece would face severe consequences.", [("THREATEN", None, ["Turkey"], ["Greece"])]),
    # a party warned is told what it must not do
    ("Turkey warned Greece not to militarize the islands.", [("THREATEN", None, ["Turkey"], ["Greece"])]),
    # a condition makes it a threat (CAMEO "threaten … if"), whatever the clause's subject
    ("The army warned that the situation would deteriorate unless the government changed course.",
     [("THREATEN", None, ["army"], [])]),
])
def test_a_warning_of_a_partys_act_stays_a_threat(sentence, expected):
    assert events(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nurses threatened to strike on Monday.", [("THREATEN", "restrict", ["Nurses"], [])]),
    ("Dock workers threatened to strike over pay.", [("THREATEN", "restrict", ["workers"], [])]),
    ("Teachers threatened to go on strike.", [("THREATEN", "restrict", ["Teachers"], [])]),
    ("The union threatened a general strike.", [("THREATEN", "restrict", [], [])]),
    # a strike at a target is an attack
    ("Rebels threatened to strike the airport.", [("THREATEN", "violence", ["Rebels"], [])]),
    ("Israel threatened to strike Iran's nuclear sites.", [("THREATEN", "violence", ["Israel"], ["Iran"])]),
])
def test_a_strike_threatened_by_workers_stops_work(sentence, expected):
    assert events(sentence) == expected
