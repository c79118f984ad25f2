"""A person wanted or accused, handed over, is extradited; information passed to a party is shared (conventions
§471–§473). Sentences are written for these tests, beside the ones each rule must leave alone."""

from __future__ import annotations

import pytest

from nlp.test_events import types, types_in_pipeline


# §471: a modifier marks the person handed over as wanted or accused; a person handed to a court is its defendant.
@pytest.mark.parametrize("sentence", [
    "Ghana handed over three suspected smugglers to Togo.",
    "Peru turned over a fugitive banker to police in Chile.",
    "Croatia surrendered a former general to the tribunal in The Hague.",
    "Mali transferred a rebel leader to the International Criminal Court.",
])
def test_a_person_wanted_or_tried_handed_over_is_extradited(sentence):
    assert types(sentence)[0] == "COOPERATE"


@pytest.mark.parametrize("sentence", [
    "The rebels handed over the town to the army.",                     # territory: RETREAT stays
    "The militia released the prisoners to the Red Cross.",             # captives: RETREAT stays
    "The rebels handed over two soldiers to the Red Cross.",            # captives handed to no court
    "The rebels turned three hostages over to a church commission.",     # a commission tries no one
])
def test_territory_and_captives_handed_over_stay_retreat(sentence):
    assert types(sentence)[0] == "RETREAT"


@pytest.mark.parametrize("sentence", [
    "The suspect turned himself in to police on Monday.",               # no party hands over another
    "The minister shared his thoughts with reporters.",                 # no information between parties
])
def test_no_cooperation_between_parties(sentence):
    assert "COOPERATE" not in types(sentence)


# §472: intelligence or information passed (pass.v.05) to another party is shared.
@pytest.mark.parametrize("sentence", [
    "Jordan passed intelligence to Egyptian investigators about the plot.",
    "Turkey passed on information about the cell to Germany.",
])
def test_information_passed_to_a_party_is_shared(sentence):
    assert types(sentence)[0] == "COOPERATE"


def test_a_law_passed_is_no_sharing():
    assert "COOPERATE" not in types("The parliament passed a law on data protection.")


# §545: records one country's party passes, hands over, turns over, releases or provides to another country's party
# are shared (CAMEO 064); within one country, or a message sent, they are not.
@pytest.mark.parametrize("sentence", [
    "Georgian prosecutors handed over case files on a Russian hacking group to their U.S. counterparts.",
    "Swiss banking authorities released account records to Malaysian prosecutors.",
    "Lebanese security forces handed Syrian authorities a list of suspected militants.",   # a dative receiver
    "The Kenyan police passed the suspect's phone records to Ugandan investigators.",
    "Italy handed over documents on the smuggling ring to Libyan prosecutors.",
    "French police turned over evidence to Belgian investigators.",
])
def test_records_passed_to_another_country_are_shared(sentence):
    assert "COOPERATE" in types_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Iran sent a letter to the United States.",                   # a message, no record
    "The minister handed over the report to parliament.",         # a report is said; one country at most
    "The FBI turned over documents to Congress.",                 # one country
    "The senator released his tax records to reporters.",         # no second country
    "The court handed over the files to the defence lawyers.",    # no country
])
def test_records_passed_within_one_country_are_no_sharing(sentence):
    assert "COOPERATE" not in types_in_pipeline(sentence)
