"""The per-Doc index's front matter: headline, byline and dateline of a news text."""

from __future__ import annotations

import pytest

from parley.nlp.doc_index import FrontMatter, paragraphs


def front(text):
    return FrontMatter(text, paragraphs(text))


def test_first_short_block_before_a_blank_line_is_the_headline():
    text = "Ceasefire talks stall in Doha\n\nNegotiators left the city on Monday."
    assert front(text).headline == (0, len("Ceasefire talks stall in Doha"))


def test_title_case_headline_may_end_with_a_full_stop():
    text = "Talks Stall Again in Doha.\n\nNegotiators left the city on Monday."
    assert front(text).headline == (0, len("Talks Stall Again in Doha."))


def test_short_first_sentence_or_colon_line_is_no_headline():
    assert front("The minister said:\n\n“We will return.”").headline is None
    assert front("“We have nothing to hide,” the minister said.\n\n“Nothing.”").headline is None


def test_text_without_a_blank_line_or_with_a_long_first_paragraph_has_no_headline():
    assert front("Talks stalled on Monday. Negotiators left.").headline is None
    lede = " ".join(["word"] * 40)
    assert front(f"{lede}\n\nMore text.").headline is None


@pytest.mark.parametrize("line, place, agency", [
    ("KYIV — Officials said", "KYIV", None),
    ("GENEVA, May 4 (Reuters) - Officials said", "GENEVA", "Reuters"),
    ("NEWPORT NEWS, Va. - Officials said", "NEWPORT NEWS", None),
    ("Geneva (AP) — Officials said", "Geneva", "AP"),
])
def test_dateline_gives_its_place_and_agency(line, place, agency):
    text = f"Talks resume\n\n{line} the talks would resume."
    dateline = front(text).dateline
    assert text[slice(*dateline.place)] == place
    assert (text[slice(*dateline.agency)] if dateline.agency else None) == agency
    assert text[dateline.extent[1]:].startswith("Officials")


@pytest.mark.parametrize("text", ["Obama — who spoke first — said", "The U.S. - Canada border", "Kyiv — the city"])
def test_sentences_with_dashes_are_no_datelines(text):
    assert front(text).dateline is None


def test_byline_is_found_and_is_not_a_headline():
    text = "By Jane Doe and John Roe\n\nThe minister said the border would reopen."
    matter = front(text)
    assert matter.byline == (0, len("By Jane Doe and John Roe"))
    assert matter.headline is None
