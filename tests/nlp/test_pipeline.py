"""Any text goes through extract() without raising, and every span points at its own text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import parley
from parley.nlp.pipeline import CHUNK_CHARS, COMPONENTS, load, split_text

# Emoji, right-to-left scripts, combining marks, NUL and other controls, quote marks of every style.
AWKWARD = ["😀", "👩🏽‍⚖️", "שלום", "مرحبا", "e\u0301", "\u0000", "\u200f", "\ufeff", "“", "»", "„", "'", "\n\n", "\t"]
texts = st.lists(
    st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20), st.sampled_from(AWKWARD),
              st.sampled_from(["Moscow", " said ", "Putin", " on Tuesday", " 1,200 ", ". "])),
    min_size=1, max_size=120,
).map("".join)


def assert_spans_valid(document: parley.Document) -> None:
    for span in document.spans():
        start, end = span.span
        assert 0 <= start < end <= len(document.text)
        assert document.text[start:end] == span.text


@settings(max_examples=40, deadline=None)
@given(text=texts, published=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))))
@example(text="x", published=None)
@example(text="\u0000", published=date(2025, 7, 23))
@example(text="“" * 500, published=date(2025, 7, 23))
def test_any_text_extracts_with_valid_spans(text, published):
    document = parley.extract(text, published=published)
    assert document.text == text
    assert_spans_valid(document)


@pytest.mark.slow
def test_one_megabyte_text_is_processed_in_chunks_with_valid_spans():
    paragraph = "Rustem Umerov said on Tuesday that Kyiv proposed talks. «We are ready,» he added. 😀 שלום\n\n"
    text = (paragraph * (1_000_000 // len(paragraph) + 1))[:1_000_000]
    document = parley.extract(text, published="2025-07-23")
    assert len(document.text) == 1_000_000
    assert_spans_valid(document)


def test_split_text_cuts_at_paragraphs_and_covers_everything():
    text = ("A paragraph of words.\n\n" * 10_000)
    pieces = split_text(text, CHUNK_CHARS)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= CHUNK_CHARS for _, piece in pieces)
    assert all(piece.endswith("\n") for _, piece in pieces[:-1])
    assert [start for start, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]


def test_split_text_without_breaks_still_respects_the_limit():
    text = "x" * 250_001
    pieces = split_text(text, CHUNK_CHARS)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= CHUNK_CHARS for _, piece in pieces)


def test_pipeline_runs_parley_components_in_design_order():
    names = load().pipe_names
    assert names[-len(COMPONENTS):] == list(COMPONENTS)


def test_pipeline_is_loaded_once_per_process():
    assert load() is load()


def test_publication_date_reaches_the_document():
    document = parley.extract("Talks resumed.", published="2025-07-23")
    assert document.published == date(2025, 7, 23)
    assert document.id == parley.extract("Talks resumed.").id  # the id hashes the text only


def test_other_installed_model_can_be_named(monkeypatch):
    from parley.errors import ModelNotInstalled

    with pytest.raises(ModelNotInstalled, match="no_such_model"):
        load("no_such_model")


def test_joined_chunks_shift_offsets_and_renumber_references():
    from parley.ingest import RawDocument
    from parley.model import Actor, Document, Event, Mention, Quantity, Quote, Span, Speaker
    from parley.nlp.pipeline import join_chunks

    first_text, second_text = "Kyiv spoke. ", "Moscow agreed to free 12 men."

    def part(text: str, name: str, start: int) -> Document:
        mention = Mention(text=name, span=(0, len(name)))
        number = text.index("12") if "12" in text else 0
        return Document(
            id="x", text=text,
            actors=[Actor(id="a1", name=name, kind="country", mentions=[mention])],
            quotes=[Quote(id="q1", kind="indirect", content=Span(text=text[:4], span=(0, 4)),
                          speaker=Speaker(text=name, span=(0, len(name)), actor="a1"))],
            quantities=[Quantity(text="12", span=(number, number + 2), value=12)] if "12" in text else [],
            events=[Event(id="e1", type="AGREE", actors=["a1"], quantities=[0] if "12" in text else [],
                          evidence=[Span(text=text[:4], span=(0, 4))], quote="q1")],
        )

    text = first_text + second_text
    joined = join_chunks(RawDocument(text=text), [(0, part(first_text, "Kyiv", 0)), (len(first_text), part(second_text, "Moscow", len(first_text)))])
    assert [a.id for a in joined.actors] == ["a1", "a2"]
    assert joined.actors[1].mentions[0].span == (12, 18)
    assert joined.quotes[1].speaker.actor == "a2"
    assert joined.events[1].actors == ["a2"] and joined.events[1].quote == "q2" and joined.events[1].quantities == [0]
    assert_spans_valid(joined)


def test_components_declare_a_contract_that_spacy_finds_in_order():
    assert all(not problems for problems in load().analyze_pipes(pretty=False)["problems"].values())


def test_a_component_placed_before_what_it_reads_is_reported():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("parley_events")  # reads doc._.actors, which no earlier component assigns
    assert "doc._.actors" in nlp.analyze_pipes(pretty=False)["problems"]["parley_events"]


def test_events_take_the_two_sides_the_actors_component_resolved():
    """"The two sides" are the parties named together, an armed group among them, never the mediator."""
    document = parley.extract("Egypt mediated between Israel and Hamas. The two sides agreed to a truce on Monday.",
                              published=date(2026, 5, 6))
    names = {a.id: a.name for a in document.actors}
    agree = next(e for e in document.events if e.type == "AGREE")
    assert {names[a] for a in agree.actors} == {"Israel", "Hamas"}
