"""An event word inside a name for something else: a WordNet compound with an adjective that is a state (§160), an
event noun that names the kind of a work or a measure (§161), a work filmed or one that flopped (§162), an event
noun that names the kind of a thing made, a place or a time (§200).

Sentences are written for these tests; each is tested beside one that must keep its event.
"""

from __future__ import annotations

import pytest

from generators import generator, rebuilt, require
from nlp.test_events import types
from parley.nlp.event_lexicon import thing_noun_kinds, work_noun_kinds


@pytest.mark.parametrize("sentence, absent", [
    ("The old goalkeeper suffered a cardiac arrest during training.", "COERCE"),  # heart failure, no arrest
    ("Fans still sing the old protest songs of the miners at every match.", "PROTEST"),
    ("The strike price of the options was set at 40 dollars.", "ASSAULT"),
    ("His strike rate in the league is one goal every two games.", "ASSAULT"),
    ("The new video for the single, shot in Lisbon, will air on television in May.", "ASSAULT"),
    ("The cover photographs were shot on a beach in Goa.", "ASSAULT"),
    ("The producers shot the video in a Paris studio.", "ASSAULT"),
    ("Amazon's \"Desert Kings\" was shot largely in and around Rabat, the studio said.", "ASSAULT"),
    ("The $90 million space film bombed at the box office last summer.", "ASSAULT"),
])
def test_an_event_word_in_a_name_for_something_else_codes_no_event(sentence, absent):
    assert absent not in types(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Guards put the former minister under house arrest.", "COERCE"),
    ("Workers staged a protest march through the capital.", "PROTEST"),  # a deed: the march is the protest
    ("Two prisoners began a hunger strike in the jail.", "PROTEST"),
    ("The government sent aid money to the flood victims.", "AID"),       # aid is itself a resource
    ("Air strikes hit the town overnight.", "ASSAULT"),
    ("The general is on the sanctions list of the United States.", "SANCTION"),  # the list is the sanction
    ("Gunmen shot the film director outside his home.", "ASSAULT"),      # a person shot
    ("A film crew was shot dead near the border.", "ASSAULT"),
    ("Rebels shot down a military plane near the border.", "ASSAULT"),
    ("Jets bombed the bridge near the border.", "ASSAULT"),
    ("Government planes bombed overnight, residents said.", "ASSAULT"),  # no object, and no work
    ("Whoever shot the shot that killed the judge has not been found.", "ASSAULT"),  # an act shot is fired
])
def test_an_event_word_that_names_its_event_keeps_it(sentence, expected):
    assert expected in types(sentence)


def test_work_nouns_file_is_what_the_script_builds():
    rebuilt("build_work_nouns", "data.noun")
    kinds = work_noun_kinds()
    assert {kinds[noun] for noun in ("film", "song", "video", "anthem", "photograph")} == {"work"}
    assert {kinds[noun] for noun in ("price", "rate", "fee")} == {"measure"}
    # a noun that may name someone is no work, whatever its first sense; nor is an act, which may be a shot fired
    assert not {"leader", "director", "crew", "patrol", "plane", "shot", "march", "campaign"} & kinds.keys()
    # a text or a list may be the event's own instrument: "a sanctions list", "an arrest warrant"
    assert not {"list", "warrant", "letter", "book", "statement", "speech"} & kinds.keys()


def test_a_compound_with_an_adjective_is_listed_only_when_no_kind_of_its_event_noun():
    builder = generator("build_nonevent_compounds")
    require(builder.WORDNET_DIR / "data.noun")
    rows = builder.build({"nouns": {"arrest": "COERCE", "aid": "AID", "support": "SUPPORT"},
                          "compounds": {}, "verb_objects": {}}, [], builder.WordNet(builder.WORDNET_DIR))
    pairs = {(modifier, head) for modifier, head, _ in rows}
    assert ("cardiac", "arrest") in pairs
    assert not {("foreign", "aid"), ("economic", "aid"), ("financial", "support")} & pairs


@pytest.mark.parametrize("sentence, absent", [
    ("The old meeting room on the fifth floor was repainted last year.", "CONSULT"),      # a room
    ("The talks room in the palace seats about 300 guests.", "CONSULT"),
    ("The mediation rooms at the court are painted yellow.", "CONSULT"),
    ("The ministry's sanctions office employs forty lawyers.", "SANCTION"),              # an office
    ("The curfew bell rings every night as a tradition.", "COERCE"),                    # a device
    ("The curfew hours were painted on a sign outside the town hall.", "COERCE"),       # a time
    ("The aid convoy route crosses three mountain passes.", "AID"),                     # a place, through a convoy
    ("The demonstration farm outside the city grows new maize varieties.", "PROTEST"),
    ("The aid worker Sam Okafor was freed on Friday.", "AID"),    # a person's trade, before a name as before (§156)
])
def test_an_event_noun_that_names_the_kind_of_a_thing_codes_no_event(sentence, absent):
    assert absent not in types(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Aid trucks crossed into the enclave on Monday.", "AID"),           # what carries aid is the aid
    ("Aid shipments reached the port on Monday.", "AID"),
    ("Ceasefire talks resumed in the capital on Monday.", "CONSULT"),    # an event noun heads the compound
    ("The hostage release took place at dawn.", "RETREAT"),
    ("The protest march drew 5,000 people.", "PROTEST"),
    ("Aid workers were killed in an ambush near the border.", "ASSAULT"),
    ("The sanctions committee imposed new bans on three firms.", "SANCTION"),  # a committee is no thing (§200)
])
def test_an_event_noun_beside_a_thing_keeps_what_is_done(sentence, expected):
    assert expected in types(sentence)


def test_thing_nouns_file_is_what_the_script_builds():
    rebuilt("build_thing_nouns", "data.noun")
    kinds = thing_noun_kinds()
    assert (kinds["room"], kinds["office"], kinds["route"], kinds["hours"]) == ("artifact", "artifact", "place", "time")
    assert {kinds[noun] for noun in ("truck", "ship", "shipment", "box")} == {"carrier"}
    # acts, groups and people have other readings: the meeting is the event, the convoy carries the aid
    assert not {"meeting", "talks", "convoy", "package", "leader", "committee"} & kinds.keys()
