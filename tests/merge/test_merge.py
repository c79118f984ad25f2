"""Across articles: one entity per actor, one merged event per real event, conflicts, threads, rebuild."""

from __future__ import annotations

from datetime import date

import pytest
from articles import SYRIA, TURKEY, article, ceasefire_negotiation, exchange_reports, spokesman_reports
from sqlalchemy import text

from parley import merge
from parley.merge import dates
from parley.merge.names import name_key
from parley.merge.views import EventFilters
from parley.store import Store


def stored(tmp_path, documents, name="merge.db") -> Store:
    store = Store(tmp_path / name)
    for document in documents:
        store.add(document)
        merge.update(store, [document.id])
    return store


def rows(store: Store, sql: str, **params) -> list:
    with store.engine.connect() as connection:
        return connection.execute(text(sql), params).all()


def test_an_exchange_told_by_three_outlets_is_one_event_with_three_sources(tmp_path):
    store = stored(tmp_path, exchange_reports())
    [event] = merge.timeline(store)
    assert event.corroboration == 3 and event.outlets == 3
    assert {s.source for s in event.sources} == {"AFP", "Reuters", "AP"}
    assert event.date == "2026-03-10"  # the day, not the week that contains it
    assert {a.id for a in event.actors + event.recipients} == {"kb:ukr", "kb:rus"}
    assert all(s.evidence and s.evidence.text for s in event.sources)


def test_differing_counts_of_the_same_exchange_become_a_conflict_with_each_claim(tmp_path):
    store = stored(tmp_path, exchange_reports())
    [event] = merge.timeline(store)
    [conflict] = [c for c in event.conflicts if c.field == "quantity"]
    assert conflict.what == "prisoners"
    assert sorted((c.value, c.source) for c in conflict.claims) == [("1000", "AFP"), ("1000", "AP"), ("1200", "Reuters")]


def test_merging_keeps_every_per_document_event_and_its_evidence(tmp_path):
    store = stored(tmp_path, exchange_reports() + ceasefire_negotiation())
    assert store.count("events") == 8 and store.count("evidence") == 8
    placed = rows(store, "SELECT document_id, event_id, count(*) FROM merged_event_sources GROUP BY 1, 2")
    assert len(placed) == 8 and all(n == 1 for *_, n in placed)


def test_a_proposal_rejected_renewed_and_agreed_is_one_thread(tmp_path):
    store = stored(tmp_path, ceasefire_negotiation())
    events = {e.sources[0].document: e for e in merge.timeline(store)}
    thread = events["idlib-1"].thread
    assert thread is not None
    assert [events[d].thread for d in ("idlib-2", "idlib-3", "idlib-4")] == [thread] * 3
    assert events["idlib-2"].responds_to == events["idlib-1"].id
    assert events["idlib-4"].responds_to == events["idlib-3"].id
    assert events["trade-1"].thread is None  # a rejection between other parties on another subject
    [(steps, status)] = rows(store, "SELECT steps, status FROM threads WHERE id = :t", t=thread)
    assert (steps, status) == (4, "AGREE")


def test_a_response_ingested_before_its_proposal_still_joins_the_thread(tmp_path):
    proposal, rejection, *_ = ceasefire_negotiation()
    store = stored(tmp_path, [rejection, proposal])
    events = {e.sources[0].document: e for e in merge.timeline(store)}
    assert events["idlib-2"].responds_to == events["idlib-1"].id and events["idlib-2"].thread


def test_a_spokesman_named_with_his_country_keeps_it_where_a_later_report_names_him_bare(tmp_path):
    store = stored(tmp_path, spokesman_reports())
    links = rows(store, "SELECT document_id, entity_id, method FROM actor_entities ORDER BY document_id")
    assert {entity for _, entity, _ in links} == {"ivan-petrovsky"}
    assert [method for *_, method in links] == ["new", "name", "surname"]
    [(country, role)] = rows(store, "SELECT country, role FROM entities")
    assert (country, role) == ("RUS", "spokesman")
    russian = merge.timeline(store, EventFilters(country="RUS"))
    assert {e.sources[0].document for e in russian} == {"spokesman-1", "spokesman-2", "spokesman-3"}


@pytest.mark.parametrize("variant", ["Volodymyr Zelensky", "Volodymyr Zelenskiy", "Volodymyr Zelénskyy", "volodymyr zelenski"])
def test_transliteration_variants_share_a_name_key(variant):
    assert name_key(variant) == name_key("Volodymyr Zelenskyy")


def test_a_transliterated_name_links_to_the_same_entity_and_another_first_name_does_not(tmp_path):
    people = [("Volodymyr Zelenskyy", "z1"), ("Volodimir Zelensky", "z2"), ("Oleksandr Zelensky", "z3")]
    documents = [
        article(doc_id, f"{name} spoke to reporters in Kyiv.", "2026-03-01", "AFP",
                [{"name": name, "kind": "person", "mention": name}], [])
        for name, doc_id in people
    ]
    store = stored(tmp_path, documents)
    links = dict(rows(store, "SELECT document_id, entity_id FROM actor_entities"))
    assert links["z1"] == links["z2"] != links["z3"]
    assert dict(rows(store, "SELECT document_id, method FROM actor_entities"))["z2"] == "fuzzy"


def test_a_week_contains_a_day_and_other_precisions_compare_by_interval():
    week = dates.interval("2026-W11")
    assert week == (date(2026, 3, 9), date(2026, 3, 15))
    assert dates.compatible(week, dates.interval("2026-03-10"), slack_days=0)
    assert not dates.compatible(week, dates.interval("2026-03-17"), slack_days=0)
    assert dates.interval("2026-Q1") == (date(2026, 1, 1), date(2026, 3, 31))
    assert dates.interval("PAST_REF") is None and dates.interval("2026-02-30") is None


def _talks(doc_id: str, place: str, country: str, negated: bool = False):
    words = f"Turkey and Syria {'did not meet' if negated else 'met'} in {place} on Monday."
    return article(doc_id, words, "2026-06-02", "AFP", [{**TURKEY, "mention": "Turkey"}, {**SYRIA, "mention": "Syria"}],
                   [{"type": "CONSULT", "actors": ["Turkey", "Syria"], "date": "2026-06-01", "place": place,
                     "place_country": country, "aux": ["negated"] if negated else [], "evidence": words[:-1]}])


def test_reports_placing_talks_in_different_countries_stay_apart(tmp_path):
    store = stored(tmp_path, [_talks("in-geneva", "Geneva", "CHE"), _talks("in-ankara", "Ankara", "TUR")])
    assert len(merge.timeline(store)) == 2


def test_a_denial_does_not_merge_with_the_report_it_denies(tmp_path):
    store = stored(tmp_path, [_talks("met", "Geneva", "CHE"), _talks("did-not-meet", "Geneva", "CHE", negated=True)])
    assert len(merge.timeline(store)) == 2


def test_a_headline_restating_the_lead_merges_within_one_article(tmp_path):
    words = "Turkey shells Kurdish positions. Turkey shelled Kurdish positions near Kobani on Monday, officials said."
    document = article("restated", words, "2026-06-02", "AFP", [{**TURKEY, "mention": "Turkey"}], [
        {"type": "ASSAULT", "actors": ["Turkey"], "date": "2026-06-01", "evidence": "Turkey shells Kurdish positions"},
        {"type": "ASSAULT", "actors": ["Turkey"], "date": "2026-06-01", "evidence": "Turkey shelled Kurdish positions near Kobani"},
    ])
    store = stored(tmp_path, [document])
    [event] = merge.timeline(store)
    assert event.corroboration == 1 and len(event.sources) == 2


def snapshot(store: Store) -> dict:
    """The merged view without its numbering: who is whom, which events are one, conflicts and threads."""
    groups = rows(store, "SELECT merged_event_id, document_id || '/' || event_id FROM merged_event_sources")
    members: dict[int, set[str]] = {}
    for merged, source in groups:
        members.setdefault(merged, set()).add(source)
    as_sources = {merged: frozenset(sources) for merged, sources in members.items()}
    return {
        "entities": set(rows(store, "SELECT * FROM entities")),
        "links": set(rows(store, "SELECT * FROM actor_entities")),
        "events": set(as_sources.values()),
        "fields": {(as_sources[r[0]], *r[1:]) for r in rows(
            store, "SELECT id, type, mode, aux, date, sort_date, corroboration, outlets, confidence FROM merged_events")},
        "conflicts": {(as_sources[m], f, w, v) for m, f, w, v in rows(
            store, "SELECT c.merged_event_id, c.field, c.what, k.value FROM conflicts c JOIN conflict_claims k ON k.conflict_id = c.id")},
        "threads": {(as_sources[m], as_sources[p]) for m, p in rows(
            store, "SELECT id, responds_to FROM merged_events WHERE responds_to IS NOT NULL")},
    }


def test_rebuild_from_scratch_gives_what_incremental_updates_gave(tmp_path):
    store = stored(tmp_path, exchange_reports() + ceasefire_negotiation() + spokesman_reports())
    incremental = snapshot(store)
    assert incremental["conflicts"] and incremental["threads"]
    merge.rebuild(store)
    assert snapshot(store) == incremental


def test_store_writes_who_did_what_to_whom_as_rows(tmp_path):
    store = Store(tmp_path / "participants.db")
    store.add(exchange_reports()[2])
    assert rows(store, "SELECT event_id, role, actor_id FROM event_participants ORDER BY role") == [
        ("e1", "actor", "a1"), ("e1", "recipient", "a2")]


def test_candidate_lookup_goes_through_the_entity_index(tmp_path):
    store = stored(tmp_path, exchange_reports())
    plan = rows(store, "EXPLAIN QUERY PLAN SELECT merged_event_id FROM merged_event_entities WHERE entity_id IN ('kb:ukr')")
    assert any("ix_merged_event_entities_entity" in str(step) or "PRIMARY KEY" in str(step) for step in plan)


def test_merge_gives_the_same_story_on_sqlite_and_postgresql(database):
    store = Store(database)
    proposal, rejection, *rest = ceasefire_negotiation()
    for document in exchange_reports() + [rejection, proposal, *rest] + spokesman_reports():  # one answer read first
        store.add(document)
        merge.update(store, [document.id])
    events = merge.timeline(store)
    [exchange] = [e for e in events if e.corroboration == 3]
    assert {c.field for c in exchange.conflicts} == {"quantity"}
    assert len({e.thread for e in events if e.thread}) == 1
    incremental = snapshot(store)
    merge.rebuild(store)
    assert snapshot(store) == incremental
