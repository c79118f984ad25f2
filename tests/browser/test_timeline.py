"""The web timeline in a real browser on the demo database; each test leaves a screenshot in screenshots/."""

from __future__ import annotations


def shown_total(page) -> int:
    return int(page.locator("#total").inner_text())


def test_timeline_loads_with_merged_events_and_their_sources(page):
    page.goto("/")
    assert page.title() == "parley"
    assert shown_total(page) > 50
    first = page.locator("article.event").first
    assert first.locator(".sources li").count() >= 1
    assert "article" in first.locator(".corroboration").inner_text()


def test_choosing_a_type_narrows_the_timeline(page):
    page.goto("/")
    everything = shown_total(page)
    page.select_option("select[name=type]", "REJECT")
    page.click("button[type=submit]")
    page.wait_for_url("**/?*type=REJECT*")
    narrowed = shown_total(page)
    assert 0 < narrowed < everything
    types = page.locator("article.event").evaluate_all("cards => cards.map(c => c.dataset.type)")
    assert set(types) == {"REJECT"}


def test_document_page_highlights_actors_quotes_times_and_evidence(page):
    page.goto("/")
    page.locator(".sources a").first.click()
    page.wait_for_url("**/web/documents/**")
    for kind in ("actor", "quote", "time", "evidence"):
        assert page.locator(f".article span.{kind}").count() > 0, kind
    quote = page.locator(".article span.quote").first
    quote.hover()
    assert quote.get_attribute("title").startswith("quote by")


def test_actor_page_lists_the_actors_events(page):
    page.goto("/")
    link = page.locator("a.entity", has_text="Ines Aldana").first
    link.click()
    page.wait_for_url("**/web/actors/**")
    assert page.locator("h1").inner_text() == "Ines Aldana"
    assert page.locator("article.event").count() >= 3
    assert page.locator(".quotes li").count() >= 1
