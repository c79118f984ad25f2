"""Actors on real data: the seed article's people and mentions, and PLOVER's gold source actors."""

from __future__ import annotations

import json
import re

import pytest

from components import pipeline_with
from eval_gate import baseline, extract, score, shared_file

SEED = "seed/istanbul_talks.txt"
GOLD = "seed/istanbul_talks.gold.json"
PLOVER = "plover/gsr_dev.jsonl"
# Old CAMEO country codes in the PLOVER records, as ../shared/eval/score.py maps them.
CAMEO_ISO = {"JAP": "JPN", "ROM": "ROU", "GER": "DEU", "SWZ": "CHE", "DRC": "COD", "BUL": "BGR"}


@pytest.fixture(scope="module")
def seed_output() -> dict:
    path = extract(SEED, published="2025-07-23")
    return json.loads(path.read_text(encoding="utf-8").splitlines()[0])


@pytest.mark.slow
def test_seed_people_are_found_with_full_names_and_countries():
    result = score("seed", extract(SEED, published="2025-07-23"), shared_file(GOLD))
    found, total = map(int, result["person_actors"].split("/"))
    assert found >= baseline("actors")["seed_person_actors"], result["misses"]


def _same_actor(gold: dict, actor: dict) -> bool:
    if " " in gold["name"] and gold["country"]:  # a person
        return actor["kind"] == "person" and gold["name"].split()[-1] in actor["name"] and actor["country"] == gold["country"]
    if gold["country"]:
        return actor["kind"] == "country" and actor["country"] == gold["country"]
    return actor["name"] == gold["name"]


@pytest.mark.slow
def test_seed_gold_mentions_resolve_to_the_right_actor(seed_output):
    gold = json.loads(shared_file(GOLD).read_text(encoding="utf-8"))
    missing = []
    total = 0
    for gold_actor in gold["actors"]:
        ours = [a for a in seed_output["actors"] if _same_actor(gold_actor, a)]
        texts = {m["text"] for a in ours for m in a["mentions"]}
        for mention in gold_actor["mentions"]:
            total += 1
            if mention not in texts:
                missing.append(f"{mention!r} of {gold_actor['name']}")
    resolved = (total - len(missing)) / total
    assert resolved >= baseline("actors")["seed_gold_mentions_resolved"], missing


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[\w.]+", text.lower())) + " "


@pytest.fixture(scope="module")
def plover_docs():
    """PLOVER gold records with their sentences read by spaCy and the actors component alone (no events)."""
    records = [json.loads(line) for line in shared_file(PLOVER).read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = pipeline_with("parley_actors")
    return list(zip(records, nlp.pipe(r["text"] for r in records)))


@pytest.mark.slow
def test_plover_source_actor_is_among_the_actors(plover_docs):
    """For each gold record, the source actor's country or text is one of the sentence's actors;
    pronoun mentions and one- or two-letter texts do not count as text matches."""
    found = counted = 0
    misses = []
    for record, doc in plover_docs:
        codes = {CAMEO_ISO.get(s["code"][:3], s["code"][:3]) for s in record["source"] if s.get("code")}
        texts = [_words(s["text"]) for s in record["source"] if s.get("text")]
        if not codes and not texts:
            continue
        counted += 1
        countries = {a.country for a in doc._.actors if a.country}
        names = [_words(t) for a in doc._.actors for t in [a.name] + [m.text for m in a.mentions if m.kind != "pronoun"]
                 if len(t) > 2]
        if countries & codes or any(n in t or t in n for t in texts for n in names):
            found += 1
        else:
            misses.append(record["id"])
    assert found / counted >= baseline("actors")["plover_source_found"], misses


@pytest.mark.slow
def test_plover_source_text_is_a_mention_of_an_actor_of_its_country(plover_docs):
    """Stricter: the gold source's own words overlap a mention of an actor with the gold country
    (records whose source is a country; IGO and NGO codes are not countries)."""
    found = counted = 0
    misses = []
    for record, doc in plover_docs:
        codes = {CAMEO_ISO.get(s["code"][:3], s["code"][:3]) for s in record["source"]
                 if s.get("code") and s["code"][:3] not in ("IGO", "NGO")}
        if not codes:
            continue
        counted += 1
        places = [(i, i + len(s["text"])) for s in record["source"] if s.get("text")
                  for i in [record["text"].find(s["text"])] if i >= 0]
        if any(a.country in codes and m.span[0] < end and start < m.span[1]
               for a in doc._.actors for m in a.mentions for start, end in places):
            found += 1
        else:
            misses.append(record["id"])
    assert found / counted >= baseline("actors")["plover_source_mention_country"], misses
