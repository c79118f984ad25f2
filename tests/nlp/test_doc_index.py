"""The per-Doc index: one per Doc, shared by the components, and the front matter of a news text
(headline, byline, dateline)."""

from __future__ import annotations

import gc
import pickle
import weakref

import pytest
import spacy

from components import pipeline_with
from parley.nlp.doc_index import DocIndex, FrontMatter, paragraphs
from parley.nlp.pipeline import COMPONENTS


def test_every_component_reads_the_same_index_of_a_doc():
    nlp = spacy.blank("en")
    doc, other = nlp("Talks resumed in Doha."), nlp("Talks resumed in Doha.")
    assert DocIndex.of(doc) is DocIndex.of(doc)
    assert DocIndex.of(other) is not DocIndex.of(doc)


def test_an_index_lets_its_doc_go_when_the_doc_is_no_longer_used():
    doc = spacy.blank("en")("Talks resumed in Doha.")
    index = DocIndex.of(doc)
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None
    with pytest.raises(ReferenceError):
        index.token_at(0)


def test_an_indexed_doc_still_serializes_and_pickles():
    text = "Negotiators from both sides met in Istanbul on Wednesday, officials said."
    parsed = pipeline_with()(text)
    DocIndex.of(parsed)
    assert spacy.tokens.Doc(parsed.vocab).from_bytes(parsed.to_bytes()).text == text
    doc = pipeline_with(*COMPONENTS)(text)  # the components index it
    assert not any(isinstance(value, DocIndex) for value in doc.user_data.values())
    restored = pickle.loads(pickle.dumps(doc))
    assert restored.text == text and restored._.times == doc._.times


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
    ("LUSAKA, Zambia (AP)_ Officials said", "LUSAKA", "AP"),
    ("LUSAKA (AP) _ Officials said", "LUSAKA", "AP"),
])
def test_dateline_gives_its_place_and_agency(line, place, agency):
    text = f"Talks resume\n\n{line} the talks would resume."
    dateline = front(text).dateline
    assert text[slice(*dateline.place)] == place
    assert (text[slice(*dateline.agency)] if dateline.agency else None) == agency
    assert text[dateline.extent[1]:].startswith("Officials")


@pytest.mark.parametrize("line, country", [
    ("KYIV — Officials said", "UKR"),
    ("MANCHESTER, N.H. — Officials said", "USA"),  # the region decides, not the larger Manchester
    ("MANCHESTER — Officials said", "GBR"),
    ("JEDDAH, Saudi Arabia (AP) — Officials said", "SAU"),
    ("AUSTIN, Texas (AP) — Officials said", "USA"),
    ("UNITED NATIONS (Reuters) - Officials said", None),
])
def test_dateline_says_which_country_the_story_was_filed_from(line, country):
    text = f"Talks resume\n\n{line} the talks would resume."
    assert front(text).dateline.country(text) == country


def test_a_dateline_may_be_a_paragraph_of_its_own():
    text = "Talks resume\n\nLUSAKA, Zambia (AP) _\n\nOfficials said the talks would resume."
    dateline = front(text).dateline
    assert text[slice(*dateline.place)] == "LUSAKA"
    assert text[slice(*dateline.extent)] == "LUSAKA, Zambia (AP) _"


def test_a_dateline_that_opens_the_text_is_no_headline():
    text = "LUSAKA, Zambia (AP) _\n\nOfficials said the talks would resume.\n\nThey did not say when."
    matter = front(text)
    assert matter.headline is None
    assert text[slice(*matter.dateline.extent)] == "LUSAKA, Zambia (AP) _"


@pytest.mark.parametrize("text", ["Obama — who spoke first — said", "The U.S. - Canada border", "Kyiv — the city"])
def test_sentences_with_dashes_are_no_datelines(text):
    assert front(text).dateline is None


def test_byline_is_found_and_is_not_a_headline():
    text = "By Jane Doe and John Roe\n\nThe minister said the border would reopen."
    matter = front(text)
    assert matter.byline == (0, len("By Jane Doe and John Roe"))
    assert matter.headline is None


@pytest.mark.parametrize("second_line", ["By Jane Doe", "GENEVA, May 4 (Reuters) - Officials said the talks would resume."])
def test_without_blank_lines_the_line_before_a_byline_or_dateline_is_the_headline(second_line):
    text = f"Talks stall in Geneva\n{second_line}\nNegotiators left the city on Monday."
    matter = front(text)
    assert matter.headline == (0, len("Talks stall in Geneva"))
    assert text[matter.end:].lstrip().startswith(("Officials", "Negotiators"))


def test_without_blank_lines_or_front_matter_the_first_line_is_no_headline():
    text = "Talks stalled in Geneva on Monday\nwhen negotiators left the city."
    assert front(text).headline is None and front(text).end == 0
