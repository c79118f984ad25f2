"""Who does an event and who suffers it (conventions §102): the subject of a passive clause is done to.

Sentences are written for these tests. A report's speaker stands in for its event's missing actor only where
the event's own subject is a pronoun; a passive verb joined to an active one does not take its subject as actor.
"""

from __future__ import annotations

import pytest

from generators import rebuilt
from nlp.test_events import PUBLISHED, code, events_with_parties
from parley.nlp.event_lexicon import kin_nouns
from parley.nlp.pipeline import Pipeline


def roles(sentence: str, event_type: str) -> tuple[list[str], list[str]]:
    doc, names = code(sentence)
    event = next(e for e in doc._.events if e.type == event_type)
    return [names[a] for a in event.actors], [names[a] for a in event.recipients]


@pytest.mark.parametrize("sentence, event_type", [
    ("Kenya said the journalist had been killed near the border.", "ASSAULT"),   # a passive: done to its subject
    ("Chad said three teachers were arrested at the market.", "COERCE"),
    ("France said the old farmer offered to mediate.", "AGREE"),                 # a noun that names no actor
])
def test_a_speaker_does_not_act_in_an_event_whose_own_subject_is_no_pronoun(sentence, event_type):
    actors, _ = roles(sentence, event_type)
    assert actors == []


@pytest.mark.parametrize("sentence, event_type, speaker", [
    ("Kenya said it will attack the rebels.", "THREATEN", "Kenya"),              # a pronoun may be the speaker
    ("Kenya said it had arrested the teachers.", "COERCE", "Kenya"),
    ("Russia will be punished, Kenya said.", "THREATEN", "Kenya"),                # the act targets the subject
])
def test_a_speaker_still_acts_where_the_subject_is_a_pronoun_or_the_target(sentence, event_type, speaker):
    actors, _ = roles(sentence, event_type)
    assert actors == [speaker]


@pytest.mark.parametrize("sentence, event_type, victim", [
    ("Ukraine fled the talks and was attacked by gunmen.", "ASSAULT", "Ukraine"),
    ("Chad marched to the capital and was arrested.", "COERCE", "Chad"),
])
def test_a_passive_verb_joined_to_an_active_one_makes_its_subject_the_recipient(sentence, event_type, victim):
    actors, recipients = roles(sentence, event_type)
    assert victim not in actors and victim in recipients


def test_a_passive_verb_joined_to_a_passive_one_shares_its_agent():
    actors, recipients = roles("Chad was arrested by Kenya and deported to Turkey.", "COERCE")
    assert "Kenya" in actors and "Chad" in recipients


def test_the_passive_agent_still_acts_in_a_report():
    actors, recipients = roles("Turkey said the convoy was attacked by Russia.", "ASSAULT")
    assert actors == ["Russia"]


def test_a_present_passive_with_no_agent_is_a_stance_and_keeps_the_speaker():
    # "is committed to" states where Chad stands; §102 leaves such a report as it was
    actors, _ = roles("France said Chad is committed to opening its markets.", "AGREE")
    assert actors == ["France"]


@pytest.mark.parametrize("sentence, event_type", [
    ("The father of the Kenya ambassador condemned the attack.", "ACCUSE"),     # a relative is someone else
    ("A friend of Kenya's president accused Chad of lying.", "ACCUSE"),
    ("The wife of Chad's minister praised France.", "SUPPORT"),
])
def test_a_relative_or_friend_of_an_actor_is_not_that_actor(sentence, event_type):
    actors, _ = roles(sentence, event_type)
    assert actors == []


def test_an_ally_of_an_actor_is_no_relative_and_keeps_its_possessor():
    actors, _ = roles("Kenya's allies condemned the attack.", "ACCUSE")
    assert actors == ["Kenya"]


def test_kin_nouns_file_is_what_the_script_builds():
    rebuilt("build_kin_nouns", "data.noun", "index.noun")
    nouns = kin_nouns()
    assert {"father", "son", "relative", "uncle", "wife", "friend"} <= nouns
    # people named by an office or a side speak for its possessor
    assert not {"minister", "ally", "envoy", "president", "spokesman", "official", "family"} & nouns


# -- §103: an authority reporting its own act ----------------------------------------------------------------

def extracted_roles(sentence: str, event_type: str) -> tuple[list[str], list[str]]:
    """Roles read by the whole pipeline, whose actors component gives "police" or "the FBI" their sectors."""
    document = Pipeline().extract(sentence, published=PUBLISHED)
    names = {a.id: a.name for a in document.actors}
    event = next(e for e in document.events if e.type == event_type)
    return [names[a] for a in event.actors], [names[a] for a in event.recipients]


@pytest.mark.parametrize("sentence, event_type, authority", [
    ("Two farmers were arrested on Tuesday, police said.", "COERCE", "police"),
    ("Forty smugglers have been taken into custody, the FBI said.", "COERCE", "FBI"),
    ("The journalist was questioned for hours, the army said.", "ACCUSE", "army"),
])
def test_an_authority_reporting_an_act_of_authority_done_to_a_passive_subject_performed_it(sentence, event_type,
                                                                                           authority):
    actors, _ = extracted_roles(sentence, event_type)
    assert actors == [authority]


@pytest.mark.parametrize("sentence, event_type", [
    ("Three students were detained at the border, a witness said.", "COERCE"),     # no authority speaks
    ("Three students were killed at the border, police said.", "ASSAULT"),         # anyone may kill
    ("Three students were detained at the border, Kenya said.", "COERCE"),         # a country, perhaps abroad
    ("Three students were detained at the border, officials said.", "COERCE"),     # a government, perhaps abroad
])
def test_the_speaker_stays_out_of_other_reported_passives(sentence, event_type):
    actors, _ = extracted_roles(sentence, event_type)
    assert actors == []


def test_a_government_reporting_an_arrest_may_tell_of_one_abroad():
    actors, _ = extracted_roles("Two Kenyan students were detained in Chad, the Kenyan government said.", "COERCE")
    assert actors == []


@pytest.mark.parametrize("sentence, event_type, actors", [
    ("Kenya arrested twelve men after the bombing of a bus.", "ASSAULT", []),      # the occasion, not Kenya's act
    ("Chad closed its border amid heavy fighting in the north.", "ASSAULT", []),
    ("Mali expelled the envoy following protests in the capital.", "PROTEST", []),
    ("Kenya carried out the bombing of a camp.", "ASSAULT", ["Kenya"]),          # the clause's own act
    ("Russia withdrew its troops after talks with Ukraine.", "CONSULT", ["Russia", "Ukraine"]),  # shared: talks
    ("Chad closed the border after clashes with Sudan.", "ASSAULT", ["Chad"]),       # with a counterpart: shared
])
def test_an_event_named_as_the_occasion_of_an_act_is_not_its_subjects_doing(sentence, event_type, actors):
    assert roles(sentence, event_type)[0] == actors


# -- §116: followers named by a person ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Sanders supporters accused the party of rigging the vote.",               # the followers, not the person
    "Trump voters accused the party of rigging the vote.",
])
def test_followers_named_by_a_person_are_not_that_person(sentence):
    actors, _ = extracted_roles(sentence, "ACCUSE")
    assert "Bernie Sanders" not in actors and "Donald Trump" not in actors


def test_the_person_named_alone_still_acts():
    actors, _ = extracted_roles("Bernie Sanders accused the party of rigging the vote.", "ACCUSE")
    assert actors == ["Bernie Sanders"]


# -- §117: the parties an event noun names, whatever verb carries it -------------------------------------------

@pytest.mark.parametrize("sentence, event_type, actors, recipients", [
    ("Talks between Kenya and Somalia were held in Nairobi.", "CONSULT", ["Kenya", "Somalia"], []),
    ("Negotiations among Chad, Niger and Mali were held in Bamako.", "CONSULT", ["Chad", "Niger", "Mali"], []),
    # the light verb's subject keeps acting; the parties join it (a consultation's sides are all actors)
    ("Qatar held talks between Israel and Hamas in Doha.", "CONSULT", ["Qatar", "Israel", "Hamas"], []),
])
def test_the_parties_a_carried_event_noun_names_take_part(sentence, event_type, actors, recipients):
    assert extracted_roles(sentence, event_type) == (actors, recipients)


def test_the_parties_of_a_pact_do_not_act_in_what_others_do_to_it():
    # ending a pact is one side's act (SANCTION), not one its parties share
    actors, _ = extracted_roles("The court voided an agreement between Kenya and Somalia.", "SANCTION")
    assert "Kenya" not in actors and "Somalia" not in actors


@pytest.mark.parametrize("sentence, event_type", [
    ("Kenya is opposed to the Chadian plan.", "REJECT"),
    ("Kenya is committed to the peace talks.", "AGREE"),
])
def test_a_participle_the_copula_takes_is_held_by_the_subject(sentence, event_type):
    # tagged a verb, the participle is the copula's complement, as an adjective is ("Kenya is willing to …")
    actors, _ = roles(sentence, event_type)
    assert actors == ["Kenya"]



@pytest.mark.parametrize("sentence, event_type, actor", [
    ("Thousands of protesters gathered outside the parliament in Nairobi.", "PROTEST", "protesters"),
    ("Dozens of students marched through the capital on Sunday.", "PROTEST", "students"),
    ("Two of the rebels surrendered to the army near the river.", "RETREAT", "rebels"),
    ("Tens of thousands of farmers blocked the main roads into the city.", "PROTEST", "farmers"),
    ("A group of activists staged a sit-in outside the ministry.", "PROTEST", "activists"),
])
def test_people_counted_in_a_subject_are_its_actor(sentence, event_type, actor):
    """"Thousands of protesters gathered": the subject is a number or a body whose "of" names who acts (§466)."""
    assert [actors for type_, actors, _ in events_with_parties(sentence) if type_ == event_type] == [[actor]]


@pytest.mark.parametrize("sentence", [
    "Thousands of homes lost power after the storm hit the coast.",
    "The price of bread rose sharply in the capital.",
])
def test_things_counted_in_a_subject_are_no_actor(sentence):
    assert not Pipeline().extract(sentence).actors


def test_a_kin_group_is_not_the_people_it_is_kin_to():
    """"Families of the victims sued the firm": the families act; the victims did not, nor did they bomb (§466)."""
    found = events_with_parties("Families of the victims of the port blast filed a lawsuit against the shipping firm.")
    assert not any("victims" in actors for _, actors, _ in found)


@pytest.mark.parametrize("sentence, event_type", [
    ("The villagers fled the fighting in the north.", "ASSAULT"),
    ("Thousands of civilians escaped the bombing of the city.", "ASSAULT"),
    ("The villagers survived the attack on their camp.", "ASSAULT"),
    ("The opposition leader evaded arrest for months.", "COERCE"),
    ("The students fled from the shelling of their town.", "ASSAULT"),
])
def test_who_flees_or_survives_an_act_did_not_do_it(sentence, event_type):
    """"The villagers fled the fighting": an act one escapes, survives or evades is not one's own (§467)."""
    assert [actors for type_, actors, _ in events_with_parties(sentence) if type_ == event_type] == [[]]
