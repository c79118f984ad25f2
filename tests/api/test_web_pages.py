"""The web pages served at /: timeline with filters, document highlights, actor page, search — always escaped."""

from __future__ import annotations

import re


def total(html: str) -> int:
    return int(re.search(r'<span id="total">(\d+)</span>', html)[1])


def test_timeline_lists_merged_events_with_sources_conflicts_and_threads(client):
    html = client.get("/").text
    assert total(html) == 10
    assert "3 articles, 3 outlets" in html and "sources disagree" in html
    assert "1000 (AFP)" in html and "1200 (Reuters)" in html
    assert 'href="/?thread=t' in html


def test_timeline_filters_narrow_it(client):
    assert total(client.get("/", params={"type": "AGREE"}).text) == 2
    assert total(client.get("/", params={"actor": "Ivan Petrovsky", "since": "2026-05-03"}).text) == 1
    assert total(client.get("/", params={"country": "SYR", "aux": "future"}).text) == 0


def test_a_bad_date_in_the_form_is_named_and_ignored(client):
    html = client.get("/", params={"since": "last week"}).text
    assert "since &#39;last week&#39; is not a date" in html and total(html) == 10


def test_article_text_with_script_and_attribute_breakers_renders_as_text(client):
    html = client.get("/web/documents/hostile").text
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in html
    assert 'onmouseover="alert' not in html
    timeline = client.get("/").text
    assert "<b>Bad Outlet</b>" not in timeline and "&lt;b&gt;Bad Outlet&lt;/b&gt;" in timeline
    assert 'onmouseover="alert' not in timeline


def test_document_page_highlights_actors_quotes_quantities_and_evidence(client):
    html = client.get("/web/documents/spokesman-3").text
    assert '<span class="quote" title="quote by Petrovsky">We are in no hurry,</span>' in html
    assert re.search(r'<span class="[^"]*\bactor\b[^"]*" title="Petrovsky \(person', html)
    assert 'class="evidence"' in html or re.search(r'class="[^"]*evidence', html)
    exchange = client.get("/web/documents/exchange-afp").text
    assert re.search(r'<span class="[^"]*quantity[^"]*" title="1000[^"]*prisoners', exchange)


def test_actor_page_lists_events_quotes_and_articles(client):
    html = client.get("/web/actors/ivan-petrovsky").text
    assert "Ivan Petrovsky" in html and "RUS" in html
    assert html.count('<article class="event"') == 3
    assert "We are in no hurry," in html


def test_search_finds_articles_quotes_events_and_actors(client):
    html = client.get("/web/search", params={"q": "ceasefire"}).text
    assert "Idlib" in html and html.count('<article class="event"') == 4
    # Plain words by default: a stray quote mark is searched, not a syntax error; a query with no word is refused.
    assert "cannot search" not in client.get("/web/search", params={"q": '"ceasefire'}).text
    assert "cannot search" in client.get("/web/search", params={"q": "*"}).text


def test_unknown_pages_are_404(client):
    assert client.get("/web/documents/nope").status_code == 404
    assert client.get("/web/actors/nobody").status_code == 404
