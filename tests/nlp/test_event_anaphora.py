"""One event per action in an article (issue 14, conventions §109 and §110): a bare definite event noun that
refers back joins the action told before, and an event noun that is the subject of a verb of its type is
that verb's action.

Sentences are written for these tests and run through the whole pipeline, as the links depend on the parse.
"""

from __future__ import annotations

import parley

PUBLISHED = "2024-06-14"  # a Friday


def _events(text: str, event_type: str):
    return [e for e in parley.extract(text, published=PUBLISHED).events if e.type == event_type]


def _evidence(event) -> list[str]:
    return [span.text for span in event.evidence]


def test_the_arrests_refer_back_to_the_dated_arrest():
    text = "Police arrested nine students on Tuesday. Fighting broke out after the arrests."
    (arrest,) = _events(text, "COERCE")
    assert arrest.date == "2024-06-11"
    assert "the arrests" in _evidence(arrest)


def test_a_noun_of_another_theme_refers_back_to_an_action_of_its_type():
    text = "Gunmen stormed a police post in the north on Sunday. Residents said the assault lasted an hour."
    (assault,) = _events(text, "ASSAULT")
    assert assault.date == "2024-06-09"
    assert len(_evidence(assault)) == 2


def test_a_possessive_pronoun_makes_the_noun_refer_back():
    text = "Officers detained two journalists on Monday. A rights group condemned their detention."
    (detention,) = [e for e in _events(text, "COERCE") if e.date]
    assert detention.date == "2024-06-10"


def test_an_event_noun_as_subject_of_its_verb_is_one_event():
    (assault,) = _events("The bombing killed six guards, a spokesman said.", "ASSAULT")
    assert len(_evidence(assault)) == 2


def test_an_event_noun_as_agent_of_a_passive_verb_is_one_event():
    (assault,) = _events("Six guards were killed by the bombing, a spokesman said.", "ASSAULT")
    assert len(_evidence(assault)) == 2


def test_a_noun_that_refers_back_and_kills_is_the_earlier_attack():
    text = "Rebels shelled an army base on Wednesday. The attack killed eleven soldiers."
    (assault,) = _events(text, "ASSAULT")
    assert assault.date == "2024-06-12"
    assert len(_evidence(assault)) == 3


def test_two_attacks_on_two_dates_stay_two():
    text = ("Rebels shelled an army base on Wednesday. On Thursday, the attack on a market killed eleven "
            "shoppers.")
    assert len(_events(text, "ASSAULT")) >= 2


def test_a_dated_sentence_keeps_its_noun_out_of_the_earlier_attack():
    text = "Rebels shelled an army base on June 3. On June 12 the shelling killed four soldiers."
    dates = {e.date for e in _events(text, "ASSAULT")}
    assert {"2024-06-03", "2024-06-12"} <= dates


def test_the_talks_of_another_pair_of_countries_stay_apart():
    text = "Chile and Peru held talks in Lima on Monday. Later, Ghana and Togo suspended the talks."
    talks = _events(text, "CONSULT")
    assert all("the talks" not in _evidence(e) for e in talks if "Chile" in e.evidence[0].text)


def test_a_lead_that_opens_with_the_shooting_is_its_own_event():
    text = "The shooting at a school in Ohio killed three pupils on Thursday."
    (assault,) = _events(text, "ASSAULT")
    assert assault.date == "2024-06-13"


def test_a_bare_definite_noun_with_nothing_before_it_keeps_the_publication_date():
    (assault,) = _events("The shooting killed three pupils, the police said.", "ASSAULT")
    assert assault.date == PUBLISHED


def test_another_attack_is_not_the_one_before():
    text = "Rebels shelled an army base on Wednesday. Another attack hit a convoy."
    assert len(_events(text, "ASSAULT")) == 2


def test_a_noun_with_a_place_of_its_own_does_not_refer_back():
    text = "Rebels shelled an army base on Wednesday. Villagers fled the attack on Kassala."
    assert len(_events(text, "ASSAULT")) == 2


def test_a_negated_verb_is_not_its_subject_nouns_action():
    text = "The raid did not kill anyone, officials said."
    assert len(_events(text, "ASSAULT")) == 2


def test_a_noun_refers_back_in_a_report_without_a_publication_date():
    text = "Police arrested nine students. Fighting broke out after the arrests."
    (arrest,) = [e for e in parley.extract(text).events if e.type == "COERCE"]
    assert len(_evidence(arrest)) == 2


def test_the_text_s_date_outranks_the_publication_date_in_a_merged_event():
    text = "A drone strike on Tuesday hit a fuel depot. The strike destroyed three trucks."
    dates = {e.date for e in _events(text, "ASSAULT")}
    assert PUBLISHED not in dates
