"""GET /events with filters on a 10,000-event database: how long each answer takes (target < 100 ms).

    uv run python bench/events_api.py [--events 10000] [--db /tmp/parley-bench.db]

Builds a database of synthetic documents (no NLP: hand-built Documents with actors from a pool of
countries and people, events of every type over a year, prisoner counts), merges it, then times
each filter combination through the real app (TestClient) and prints the query plan SQLite uses.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import text

from parley import merge
from parley.api import create_app
from parley.merge.views import EventFilters, _where
from parley.model import Actor, Document, Event, Mention, Quantity, Span
from parley.store import Store

TYPES = ["AGREE", "REQUEST", "REJECT", "CONSULT", "ASSAULT", "THREATEN", "RETREAT", "SUPPORT", "ACCUSE", "AID"]
COUNTRIES = ["UKR", "RUS", "TUR", "SYR", "ISR", "IRN", "USA", "CHN", "IND", "PAK", "ETH", "SDN", "COL", "VEN",
             "MMR", "AFG", "IRQ", "LBN", "YEM", "SOM"]
OUTLETS = ["AFP", "Reuters", "AP", "BBC", "Al Jazeera", "DW"]
FILTERS = [
    {},
    {"type": "AGREE"},
    {"country": "UKR"},
    {"actor": "kb:rus"},
    {"actor": "Minister 17"},
    {"aux": "future", "type": "REQUEST"},
    {"since": "2026-06-01", "until": "2026-06-30"},
    {"q": "prisoners"},
    {"country": "TUR", "type": "CONSULT", "since": "2026-03-01"},
]


def synthetic_document(rng: random.Random, number: int, events_per_document: int) -> Document:
    day = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
    first, second = rng.sample(COUNTRIES, 2)
    minister = rng.randrange(200)
    text_parts, actors, events, quantities = [], [], [], []

    def add(words: str) -> tuple[int, int]:
        start = sum(len(p) + 1 for p in text_parts)
        text_parts.append(words)
        return start, start + len(words)

    for actor_id, (name, kind, country, kb_id) in enumerate(
            [(first, "country", first, first.lower()), (second, "country", second, second.lower()),
             (f"Minister {minister}", "person", first, None)], 1):
        actors.append(Actor(id=f"a{actor_id}", name=name, kind=kind, country=country, kb_id=kb_id,
                            mentions=[Mention(text=name, span=add(name))]))
    for i in range(events_per_document):
        kind = rng.choice(TYPES)
        count = rng.choice([100, 200, 250, 1000, 1200])
        words = f"{first} and {second}: {kind.lower()} over {count} prisoners, report {number}-{i}."
        span = add(words)
        quantity_words = f"{count} prisoners"
        q_start = span[0] + words.index(quantity_words)
        quantities.append(Quantity(text=quantity_words, span=(q_start, q_start + len(quantity_words)), value=count,
                                   what="prisoners", casualty="prisoners"))
        event_day = day + timedelta(days=rng.randrange(-3, 1))
        events.append(Event(
            id=f"e{i + 1}", type=kind, aux=rng.choice([[], [], ["future"], ["negated"]]),
            actors=[rng.choice(["a1", "a3"])], recipients=["a2"], date=event_day.isoformat(),
            quantities=[len(quantities) - 1], evidence=[Span(text=words, span=span)], confidence=rng.uniform(0.4, 0.95)))
    return Document(id=f"bench-{number}", text=" ".join(text_parts), published=day, source=rng.choice(OUTLETS),
                    actors=actors, events=events, quantities=quantities)


def build(path: Path, target_events: int) -> Store:
    path.unlink(missing_ok=True)
    store = Store(path)
    rng = random.Random(12)
    number, started, merging = 0, time.perf_counter(), 0.0
    while store.count("merged_events") < target_events:
        batch = [synthetic_document(rng, number + i, 5) for i in range(200)]
        number += len(batch)
        for document in batch:
            store.add(document)
        tick = time.perf_counter()
        merge.update(store, [d.id for d in batch])
        merging += time.perf_counter() - tick
    total = time.perf_counter() - started
    print(f"built {store.count('documents')} documents, {store.count('events')} events → "
          f"{store.count('merged_events')} merged events in {total:.1f} s (merging {merging:.1f} s)")
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000, help="merged events to build at least")
    parser.add_argument("--db", default="/tmp/parley-bench-events.db")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--reuse", action="store_true", help="time the database --db already holds")
    args = parser.parse_args()
    store = Store(args.db) if args.reuse else build(Path(args.db), args.events)
    client = TestClient(create_app(store))
    print(f"{'filters':55} {'total':>6} {'median ms':>10} {'p95 ms':>8}")
    for params in FILTERS:
        timings = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            response = client.get("/events", params={**params, "limit": 50})
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.text
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"{str(params):55} {response.json()['total']:>6} {statistics.median(timings):>10.1f} {p95:>8.1f}")
    with store.engine.connect() as connection:
        for params in ({"actor": "kb:rus"}, {"country": "UKR"}, {"since": "2026-06-01", "until": "2026-06-30"}):
            filters = EventFilters(**{k: date.fromisoformat(v) if k in ("since", "until") else v for k, v in params.items()})
            clauses, values = _where(filters)
            sql = f"SELECT m.id FROM merged_events m WHERE {' AND '.join(clauses)} ORDER BY m.sort_date, m.id LIMIT 51"
            plan = connection.execute(text("EXPLAIN QUERY PLAN " + sql), values).all()
            print(f"plan for {params}: " + " | ".join(row[-1] for row in plan))


if __name__ == "__main__":
    main()
