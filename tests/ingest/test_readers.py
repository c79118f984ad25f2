"""Readers for each input kind, and a clear error for each bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.errors import (
    BinaryInput,
    BlankInput,
    EmptyInput,
    InputError,
    InputTooLarge,
    InvalidCharacters,
    InvalidDate,
    MalformedRecord,
    NoMainText,
    OtherLanguage,
    PathNotFound,
)
from parley.ingest import RawDocument, parse_published, read_paths, unreadable_files

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


def test_non_utf8_file_is_decoded_by_detection_with_a_warning_naming_file_and_encoding(tmp_path):
    path = tmp_path / "latin.txt"
    text = "Le président français a déclaré à Genève que les négociations reprendront à l’été."
    path.write_bytes(text.encode("cp1252"))
    [doc] = read_all(path)
    assert doc.text == text
    assert any(str(path) in w and "cp1252" in w and "UTF-8" in w for w in doc.warnings)


def test_utf8_file_gets_no_encoding_warning(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Talks in Genève resumed.", encoding="utf-8")
    [doc] = read_all(path)
    assert doc.warnings == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])  # with and without a byte-order mark
def test_utf16_file_is_decoded(tmp_path, encoding):
    path = tmp_path / "wide.txt"
    text = "Talks in Doha resumed on Monday after a week of shuttle diplomacy by the mediators."
    path.write_bytes(text.encode(encoding))
    [doc] = read_all(path)
    assert doc.text == text
    assert doc.warnings == []  # UTF-16 is no guess, so nothing to warn about


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


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "x\\ud83d"])  # a lone high, a lone low, half an emoji
def test_jsonl_record_with_a_lone_surrogate_names_file_and_line_and_others_go_through(tmp_path, escape):
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n{"id": "b", "text": "Two ' + escape + '."}\n{"id": "c", "text": "Three."}\n')
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["RawDocument", "InvalidCharacters", "RawDocument"]
    assert isinstance(items[1], InvalidCharacters)
    assert f"{path}, line 2" in str(items[1]) and "'text'" in str(items[1]) and "surrogate" in str(items[1])


def test_jsonl_surrogate_pair_is_one_character_and_reads_fine(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "a", "text": "Talks \\ud83d\\udd4a resumed."}\n')
    [doc] = read_all(path)
    assert doc.text == "Talks \U0001f54a resumed."


def test_jsonl_title_with_a_lone_surrogate_is_refused_too(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "a", "text": "One.", "title": "\\ud800"}\n')
    [error] = read_all(path)
    assert isinstance(error, InvalidCharacters) and "'title'" in str(error)


def test_folder_skips_hidden_files_and_hidden_folders(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("Hidden folder.")
    (tmp_path / ".draft.txt").write_text("Hidden file.")
    (tmp_path / "a.txt").write_text("Shown.")
    assert [d.text for d in read_all(tmp_path)] == ["Shown."]


def test_unreadable_files_of_a_folder_are_listed(tmp_path):
    for name in ("report.pdf", "map.png", "README.md", "a.txt", ".hidden.pdf"):
        (tmp_path / name).write_bytes(b"x")
    listed = unreadable_files([str(tmp_path), str(tmp_path / "a.txt"), "-"])
    assert sorted(Path(p).name for p in listed) == ["README.md", "map.png", "report.pdf"]


def test_deeply_nested_page_still_yields_its_article_text(tmp_path):
    path = tmp_path / "deep.html"
    deep = "<div>" * 100_000 + PAGE[PAGE.index("<article>"):PAGE.index("<footer>")] + "</div>" * 100_000
    path.write_text(PAGE[:PAGE.index("<article>")] + deep + PAGE[PAGE.index("<footer>"):])
    [doc] = read_all(path)
    assert "second round of talks" in doc.text and "prisoner exchange" in doc.text
    assert "Home | World" not in doc.text and "Parley Wire" not in doc.text  # still the article, not the page
    assert doc.title == "Envoys meet in Geneva"
    assert any("100,00" in w and str(path) in w for w in doc.warnings)


ENGLISH = ("The two delegations met on Tuesday in Geneva for a second round of talks, officials said, "
           "and agreed to meet again next week to discuss a prisoner exchange.")
OTHER_LANGUAGES = {
    "German": "Die beiden Delegationen trafen sich am Dienstag in Genf zu einer zweiten Gesprächsrunde, "
              "sagten Beamte. Wie der Sprecher mitteilte, soll die Waffenruhe halten.",
    "Russian": "Делегации двух стран встретились во вторник в Женеве на второй раунд переговоров, "
               "сообщили официальные лица, и договорились встретиться снова.",
    "Arabic": "التقى الوفدان يوم الثلاثاء في جنيف لجولة ثانية من المحادثات، بحسب مسؤولين، "
              "واتفقا على الاجتماع مرة أخرى الأسبوع المقبل لبحث تبادل الأسرى.",
}


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_article_in_another_language_gets_a_warning_naming_it(tmp_path, language):
    path = tmp_path / "article.txt"
    path.write_text(OTHER_LANGUAGES[language], encoding="utf-8")
    [doc] = read_all(path)
    assert any(language in w and str(path) in w and "--skip-other-languages" in w for w in doc.warnings)


def test_article_in_another_language_is_skipped_on_request(tmp_path):
    other, english = tmp_path / "de.txt", tmp_path / "en.txt"
    other.write_text(OTHER_LANGUAGES["German"], encoding="utf-8")
    english.write_text(ENGLISH, encoding="utf-8")
    skipped, kept = read_all(other, english, skip_other_languages=True)
    assert isinstance(skipped, OtherLanguage) and "German" in str(skipped) and "de.txt" in str(skipped)
    assert kept.text == ENGLISH and kept.warnings == []


def test_short_texts_are_not_judged_by_language(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Talks resumed.")  # too few letters to tell
    [doc] = read_all(path, skip_other_languages=True)
    assert doc.warnings == []


def test_jsonl_text_holding_a_line_separator_stays_one_record(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "a", "text": "One\u2028two\u0085three."}\r\n', encoding="utf-8")
    [doc] = read_all(path)
    assert doc.text == "One\u2028two\u0085three."


def test_language_warning_keeps_its_language_across_processes(tmp_path):
    import pickle

    from parley.ingest import LanguageWarning

    warning = pickle.loads(pickle.dumps(LanguageWarning("a.txt", "German")))
    assert isinstance(warning, LanguageWarning) and warning.language == "German" and "a.txt looks like" in warning


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))),
       suffix=st.sampled_from([".txt", ".html", ".jsonl", ".htm"]))
def test_any_bytes_become_documents_or_errors_and_every_text_encodes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"input{suffix}"
    path.write_bytes(data)
    for item in read_all(path):
        assert isinstance(item, (RawDocument, InputError)), item
        if isinstance(item, RawDocument):
            item.text.encode("utf-8")  # no lone surrogate reaches the tokenizer
            assert item.text.strip()
