"""A sentence never runs across a blank line, nor out of a headline, byline or dateline; a single line break
is left to the parser otherwise."""

from __future__ import annotations

import parley
from parley.nlp.pipeline import COMPONENTS, load


def sentences(text: str) -> list[str]:
    nlp = load()
    with nlp.select_pipes(disable=list(COMPONENTS)):
        return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_headline_without_a_full_stop_is_a_sentence_of_its_own():
    text = ("Rival factions agree to three-day truce in Doha talks\n\n"
            "DOHA, Qatar (AP) — The two factions agreed on Monday to a three-day truce, the mediators said.")
    assert sentences(text)[0] == "Rival factions agree to three-day truce in Doha talks"


def test_every_paragraph_starts_a_sentence():
    text = "Talks resume in Vienna\n\nDelegates met for five hours\n \nNo statement followed"
    assert sentences(text) == ["Talks resume in Vienna", "Delegates met for five hours", "No statement followed"]


def test_the_headline_byline_and_dateline_end_sentences_without_blank_lines():
    text = ("Rival factions trade blame as Doha talks stall\nBy Jane Roe\n"
            "DOHA, May 4 (Reuters) - The two factions accused each other on Thursday of stalling the talks.")
    assert sentences(text) == ["Rival factions trade blame as Doha talks stall", "By Jane Roe", "DOHA, May 4 (Reuters) -",
                               "The two factions accused each other on Thursday of stalling the talks."]


def test_a_line_wrapped_inside_a_sentence_stays_one_sentence():
    text = "The delegates from both capitals agreed to keep\nmeeting until the spring."
    assert sentences(text) == ["The delegates from both capitals agreed to keep\nmeeting until the spring."]


def test_a_headline_and_the_story_report_one_agreement_dated_by_the_story():
    document = parley.extract("Rival factions agree to 72-hour truce in Doha talks\n\n"
                              "The army and the Popular Front agreed on Monday to a 72-hour truce, Qatari mediators "
                              "said.", published="2026-03-04")
    agreements = [e for e in document.events if e.type == "AGREE"]
    assert len(agreements) == 1
    assert [m.text.split()[0] for m in agreements[0].evidence] == ["Rival", "The"]
    assert agreements[0].date == "2026-03-02"
    assert agreements[0].aux == []


def test_the_first_sentence_after_a_dateline_is_the_lead():
    document = parley.extract("Rival factions trade blame as Doha talks stall\nBy Jane Roe\n"
                              "DOHA, May 4 (Reuters) - The Popular Front accused the army on Thursday of shelling "
                              "a market.\nThe army denied it.", published="2026-05-04")
    accusation = next(e for e in document.events if e.type == "ACCUSE")
    assert [m.text.split()[0] for m in accusation.evidence] == ["The"]
    assert accusation.date == "2026-04-30"
