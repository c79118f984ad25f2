"""Retreats told from the side of those who retreat: people who leave custody have been released, and arms
given up or destroyed by their holders are a disarmament (conventions §181–§182); people let out of custody by a
verb, a grant or a state of freedom the lexicon's "release" and "free" did not reach (§447).

Sentences are written for these tests; each class is tested beside the sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from nlp.test_events import codes_in_pipeline, events_with_mode_and_parties


@pytest.mark.parametrize("sentence", [
    "The opposition leader left prison on Monday morning.",             # an institution, left bare
    "Two of the reporters walked out of jail after eleven months.",     # "of" on "out"
    "The aid worker emerged from captivity thin but unharmed.",         # a state of being held
    "Dozens of protesters could walk free under the new amnesty.",      # walking free
    "The blogger returned home after being detained for a week.",       # back after being held
])
def test_people_who_leave_custody_have_been_released(sentence):
    assert ("RETREAT", "release") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The governor left the prison after a tour of its kitchens.",       # a building visited
    "Three inmates broke out of prison overnight.",                     # an escape
    "The delegation walked out of the talks in protest.",               # a walkout
    "The lawyer left the detention hearing early.",                     # no custody left
])
def test_leaving_a_building_or_a_meeting_releases_no_one(sentence):
    assert ("RETREAT", "release") not in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Belarus paroled the jailed journalist last week.",                   # parole.v.01, under free.v.01
    "The blogger was paroled after serving half of his sentence.",
    "The junta set free hundreds of political prisoners.",                # "free" parsed on the object
    "The rebels set the two engineers free on Sunday.",                   # "free" after the object
    "A court granted parole to the former minister.",                     # parole.n.03 granted
    "The judge granted bail to the opposition leader.",                   # bail.n.02 granted
    "Gunmen released a kidnapped aid worker on Friday.",                  # a person released, no aid handed over
    "The dissident is free after two years in detention.",                # free after custody
])
def test_people_let_out_of_custody_are_released(sentence):
    assert ("RETREAT", "release") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The two countries set up a free trade zone.",                        # free trade
    "The ministry released a report on aid workers.",                     # a text
    "The court granted the company a licence.",                           # no custody
    "The country is free after decades of colonial rule.",                # no custody left
    "He is free to leave the country at any time.",                       # leave to act
    "The central bank set free exchange rates for the currency.",         # a thing set free
])
def test_freedom_of_things_or_countries_releases_no_one(sentence):
    assert ("RETREAT", "release") not in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The ministry released $20 million in aid to the flood victims.",     # money released is still aid
    "The charity sent aid workers to the flooded region.",
])
def test_aid_released_or_sent_stays_aid(sentence):
    assert "AID" in [type_ for type_, _ in codes_in_pipeline(sentence)]


@pytest.mark.parametrize("sentence", [
    "The militia gave up its weapons under the peace plan.",
    "Hundreds of fighters handed over their rifles at the stadium.",
    "The government is dismantling its chemical weapons arsenal.",      # the arms a holding names
    "The army began destroying its stockpile of rockets.",               # and named by "of"
])
def test_arms_given_up_or_destroyed_by_their_holders_are_a_disarmament(sentence):
    assert ("RETREAT", "disarm") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Government troops destroyed the rebels' rockets near the border.",  # someone else's
    "The air force destroyed several launchers in the north.",          # no owner of its own
    "The minister gave up his seat in parliament.",                     # no arms
    "The company is dismantling its old factory.",                      # no arms
])
def test_arms_of_others_or_things_that_are_no_arms_disarm_no_one(sentence):
    assert ("RETREAT", "disarm") not in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The rebels fell back from the town after a week of shelling.",      # fall_back.v.03 "The enemy fell back"
    "The government troops had fallen back to a second line of trenches.",
    "The militia drew back from the river crossing on Sunday.",           # draw_back, withdraw.v.01
    "Both sides' troops disengaged from the disputed valley.",              # disengage.v.01 {disengage, withdraw}
    "The army began disengaging its forces along the frontier.",          # forces disengaged, as withdrawn
])
def test_armed_men_who_fall_back_or_disengage_withdraw(sentence):
    assert ("RETREAT", "withdraw") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Oil prices fell back from their record high on Tuesday.",            # a price
    "The senator fell back to third place in the latest poll.",           # fall_back.v.04, a ranking
    "The ministry fell back on an old argument about the budget.",       # fall_back.v.05, resort to
    "The soldiers fell back on their training when the storm hit.",      # resort, even by armed men
    "The mechanic drew back the curtain of the workshop.",                # a thing pulled back
    "The governor disengaged from the debate over the budget.",          # no armed party
])
def test_falling_back_with_no_armed_doer_or_as_a_resort_is_no_retreat(sentence):
    assert ("RETREAT", "withdraw") not in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The junta turned loose forty political prisoners on Friday.",        # loose, free.v.01 {free … loose}
    "The rebels turned the two engineers loose near the border.",
    "The kidnappers let loose the three girls after a ransom was paid.",  # let_loose.v.02 "turn loose"
    "The authorities let go of 50 protesters detained during the march.",  # let_go_of, release.v.01
    "The militia let go the remaining hostages on Sunday.",
])
def test_captives_turned_loose_or_let_go_are_released(sentence):
    assert ("RETREAT", "release") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The bank let go 200 employees after the merger.",                    # staff, no captives
    "The coach let go of his best striker in January.",
    "The army let loose a barrage of artillery on the town.",             # a barrage, no people
    "The farmer turned the cattle loose in the field.",                   # animals
])
def test_things_or_staff_let_go_are_no_release(sentence):
    assert ("RETREAT", "release") not in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The militants abandoned the town of Dolo without a fight.",          # fighters named by their sector noun
    "The rebels left the town of Kamanyola on Sunday.",
    "Islamist insurgents quit their last stronghold in the valley.",
    "Israeli troops departed from the village at dawn.",                  # ground left "from"
    "Congolese soldiers moved out of the disputed border post.",          # a move out of ground
    "The battalion was redeployed away from the border.",                 # a move away from ground
    "Two Chinese warships sailed away from the disputed shoal.",
])
def test_armed_men_who_leave_ground_withdraw(sentence):
    assert ("RETREAT", "withdraw") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "Thousands of villagers abandoned the town after the floods.",        # no armed men
    "The senator left the capital for a fundraiser.",                     # a person's trip
    "Soldiers moved from the barracks to the border.",                    # a redeployment, no "out of"/"away"
    "The troops moved into the village at dawn.",                         # an advance
    "The rebels abandoned the peace talks.",                              # no ground
    "Tanks rolled out of the factory in Kharkiv.",                        # made, not withdrawn
    "The army moved its headquarters away from the capital.",             # no armed men moved
    "A Russian armoured column moved out of Crimea toward Mariupol.",     # a move somewhere else
    "The rebels warned foreign firms to leave the province.",             # the one told leaves, no rebel
])
def test_leaving_without_armed_men_or_ground_is_no_withdrawal(sentence):
    assert ("RETREAT", "withdraw") not in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The loyalist militia decommissioned its arms last year.",            # "arms", lemmatized "arm"
    "The rebel group gave up its arms under the peace deal.",
    "The paramilitaries decommissioned their last arms caches.",         # a holding of arms
    "The rebels turned in their weapons.",                                # "in" parsed as a preposition
])
def test_arms_turned_in_or_decommissioned_are_a_disarmament(sentence):
    assert ("RETREAT", "disarm") in codes_in_pipeline(sentence)


@pytest.mark.parametrize("sentence", [
    "The student turned in her homework on Monday.",                      # no arms
    "The nurse turned in her badge after the inquiry.",
])
def test_things_turned_in_that_are_no_arms_disarm_no_one(sentence):
    assert ("RETREAT", "disarm") not in codes_in_pipeline(sentence)


# §586: a siege is WordNet 3.0's military blockade (siege.n.01); its holder who ends, lifts or abandons it eases the
# blockade, CAMEO 0872 (RETREAT/withdraw), as "lifted the siege" was read already.
@pytest.mark.parametrize("sentence, actor", [
    ("The army ended the siege of the city.", "army"),                            # end.v.02, "of" what it surrounds
    ("Government forces ended their siege of the town.", "Government forces"),    # the holder's own by "their"
    ("The militia called off its siege of the airport.", "militia"),              # cancel.v.04 {cancel, call off}
    ("Ethiopian troops abandoned the siege of Mekele.", "Ethiopian troops"),       # abandon.v.01
    ("Turkish troops raised the siege of the port.", "Turkish troops"),          # lift.v {lift, raise} "raise a siege"
    ("Rebels lifted the siege of the provincial capital.", "Rebels"),             # regression: the lexicon's pair
])
def test_a_siege_its_holder_ends_eases_the_blockade(sentence, actor):
    events = events_with_mode_and_parties(sentence)
    assert ("RETREAT", "withdraw") in [(t, m) for t, m, _, _ in events]
    assert ("COERCE", "restrict") not in [(t, m) for t, m, _, _ in events]
    assert any(actor in actors for t, _, actors, _ in events if t == "RETREAT")


@pytest.mark.parametrize("sentence", [
    "Security forces ended the siege after a night of fighting.",     # a hostage siege stormed: no "of", no holder
    "The army ended the rebels' siege of the town.",                  # another side's siege, broken
    "Government forces broke the siege of the town.",                 # break is no ending verb
    "Rebels laid siege to the provincial capital.",                   # a siege begun
    "The storm ended the drought.",                                   # no siege
])
def test_a_siege_not_ended_by_its_holder_is_no_retreat(sentence):
    assert ("RETREAT", "withdraw") not in codes_in_pipeline(sentence)


# §587: armed men their side evacuates from a place withdraw (CAMEO 0874, "EVACUATE POSITIONS"); people evacuated,
# and the wounded carried to safety, stay evacuate's AID (CAMEO 073/074).
@pytest.mark.parametrize("sentence, actor", [
    ("France evacuated its troops from Mali.", "France"),
    ("NATO evacuated its troops from the base.", "NATO"),
    ("The Ukrainian army evacuated its soldiers from the steel plant.", "Ukrainian army"),
    ("Kenya evacuated its last peacekeepers from Mogadishu.", "Kenya"),
])
def test_armed_men_their_side_evacuates_withdraw(sentence, actor):
    events = events_with_mode_and_parties(sentence)
    assert ("RETREAT", "withdraw") in [(t, m) for t, m, _, _ in events]
    assert "AID" not in [t for t, _, _, _ in events]
    assert any(actor in actors for t, _, actors, _ in events if t == "RETREAT")


@pytest.mark.parametrize("sentence", [
    "The UN evacuated civilians from the besieged city.",
    "Italy evacuated its citizens from Sudan.",
    "The army evacuated wounded soldiers from the front line.",       # carried to care: CAMEO 074
    "Seven peacekeepers were evacuated from the island after gunmen stormed their hotel.",  # no side named: to safety
    "The government evacuated 3,000 residents ahead of the storm.",
])
def test_people_evacuated_withdraw_no_one(sentence):
    assert ("RETREAT", "withdraw") not in codes_in_pipeline(sentence)
    assert "AID" in [t for t, _ in codes_in_pipeline(sentence)]
