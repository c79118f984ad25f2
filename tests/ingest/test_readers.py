"""Readers for each input kind, and a clear error for each bad input."""

from __future__ import annotations

import json
from datetime import date

import pytest

from parley.errors import (
    BinaryInput,
    BlankInput,
    EmptyInput,
    InputTooLarge,
    InvalidDate,
    MalformedRecord,
    NoMainText,
    PathNotFound,
)
from parley.ingest import RawDocument, parse_published, read_paths

ARTICLE = "Envoys Meet in Geneva\n\nThe two delegations met on Tuesday, officials said.\n"
PAGE = """<!doctype html><html><head><title>Envoys meet in Geneva</title>
<meta property="article:published_time" content="2025-03-04T09:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Envoys meet in Geneva</h1>
<p>The two delegations met on Tuesday in Geneva for a second round of talks, officials said.</p>
<p>“We have made progress,” the mediator told reporters after the session ended late in the evening.</p>
<p>Both sides agreed to meet again next week to discuss a prisoner exchange and a ceasefire.</p>
</article><footer>© Parley Wire</footer></body></html>"""


def read_all(*paths, **options):
    return list(read_paths([str(p) for p in paths], **options))


def test_text_file_first_line_before_blank_line_is_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = read_all(path)
    assert doc.title == "Envoys Meet in Geneva"
    assert doc.text == ARTICLE


def test_text_file_without_blank_second_line_has_no_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("One line.\nAnother line.\n", encoding="utf-8")
    [doc] = read_all(path)
    assert doc.title is None


def test_html_reader_finds_main_text_and_publication_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = read_all(path)
    assert "second round of talks" in doc.text
    assert "Home | World" not in doc.text
    assert doc.published == date(2025, 3, 4)


def test_malformed_html_is_read_as_far_as_it_goes(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text(PAGE.replace("</p>", "").replace("</article>", "<div><span>"), encoding="utf-8")
    [doc] = read_all(path)
    assert isinstance(doc, RawDocument)
    assert "second round of talks" in doc.text


def test_html_without_text_names_the_file(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    [error] = read_all(path)
    assert isinstance(error, NoMainText)
    assert str(path) in str(error)


def test_jsonl_reads_parley_polnear_and_plover_records(tmp_path):
    path = tmp_path / "records.jsonl"
    lines = [
        {"id": "p1", "text": "Talks resumed.", "title": "T", "published": "2025-07-23", "url": "u", "source": "AFP"},
        {"id": "polnear-1", "publisher": "breitbart", "text": "He said so.", "attributions": []},
        {"id": "PLOVER-1", "text": "Libya offered talks.", "event": "AGREE", "source": [{"code": "LBY"}]},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    docs = read_all(path)
    assert [d.id for d in docs] == ["p1", "polnear-1", "PLOVER-1"]
    assert docs[0].published == date(2025, 7, 23) and docs[0].source == "AFP"
    assert docs[1].source == "breitbart"
    assert docs[2].source is None  # a PLOVER record's 'source' is its actor list, not a publisher


def test_malformed_jsonl_line_names_file_and_line_and_others_go_through(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n{"id": "b", "text": \n{"id": "c", "text": "Three."}\n[1, 2]\n')
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["RawDocument", "MalformedRecord", "RawDocument", "MalformedRecord"]
    assert "line 2" in str(items[1]) and str(path) in str(items[1])
    assert "line 4" in str(items[3])


def test_jsonl_record_without_text_is_malformed(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "a", "title": "no text"}\n')
    [error] = read_all(path)
    assert isinstance(error, MalformedRecord) and "'text'" in str(error)


def test_jsonl_record_with_bad_date_is_kept_with_a_warning(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "a", "text": "One.", "published": "yesterday-ish"}\n')
    [doc] = read_all(path)
    assert doc.published is None
    assert any("yesterday-ish" in w for w in doc.warnings)


def test_folder_is_read_recursively_and_skips_other_suffixes(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("First.")
    (tmp_path / "sub" / "b.txt").write_text("Second.")
    (tmp_path / "sub" / "notes.docx").write_bytes(b"PK\x03\x04binary")
    docs = read_all(tmp_path)
    assert [d.text for d in docs] == ["First.", "Second."]


def test_stdin_is_read_with_a_dash(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From standard input.")))
    [doc] = read_all("-")
    assert doc.text == "From standard input." and doc.origin == "<stdin>"


@pytest.mark.parametrize(
    "content, error",
    [
        (b"", EmptyInput),
        (b"  \n\t \n", BlankInput),
        (b"%PDF-1.7 binary", BinaryInput),
        (bytes(range(256)) * 40, BinaryInput),
        (b"\x00\x01\x02binary", BinaryInput),  # valid UTF-8, but no text file holds these
    ],
)
def test_bad_file_gets_its_own_error_naming_it(tmp_path, content, error):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [item] = read_all(path)
    assert isinstance(item, error)
    assert str(path) in str(item) and str(item).startswith(item.code)


def test_non_utf8_file_is_decoded_by_detection(tmp_path):
    path = tmp_path / "latin.txt"
    text = "Le président français a déclaré à Genève que les négociations reprendront à l’été."
    path.write_bytes(text.encode("cp1252"))
    [doc] = read_all(path)
    assert doc.text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])  # with and without a byte-order mark
def test_utf16_file_is_decoded(tmp_path, encoding):
    path = tmp_path / "wide.txt"
    text = "Talks in Doha resumed on Monday after a week of shuttle diplomacy by the mediators."
    path.write_bytes(text.encode(encoding))
    [doc] = read_all(path)
    assert doc.text == text


def test_missing_path_is_reported_and_the_rest_go_through(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Fine.")
    items = read_all(tmp_path / "nope.txt", good)
    assert isinstance(items[0], PathNotFound) and "nope.txt" in str(items[0])
    assert items[1].text == "Fine."


def test_oversized_text_is_refused_with_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("word " * 300)
    [error] = read_all(path, max_chars=1000)
    assert isinstance(error, InputTooLarge)
    assert "1,500" in str(error) and "--max-chars" in str(error)


def test_published_override_wins_over_metadata(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "a", "text": "One.", "published": "2020-01-01"}\n')
    [doc] = read_all(path, published=date(2025, 7, 23))
    assert doc.published == date(2025, 7, 23)


@pytest.mark.parametrize("value", ["2025-13-01", "23/07/2025", "tomorrow", "2025-02-30"])
def test_invalid_published_date_is_an_error_naming_it(value):
    with pytest.raises(InvalidDate, match="E009") as raised:
        parse_published(value, "--published")
    assert value in str(raised.value)


@pytest.mark.parametrize("value", ["2025-07-23", "2025-07-23T10:15:00Z", "2025-07-23T10:15:00+03:00"])
def test_iso_dates_and_timestamps_are_accepted(value):
    assert parse_published(value, "test") == date(2025, 7, 23)
