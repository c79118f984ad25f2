"""The event rules' tables (event_lexicon.WordRules) try a rule only on the words its lists hold. Each rule's lists
must name every word its early return lets through: a word missing from them silently keeps the rule from firing.
So the tables must find what trying every rule on every word finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.nlp import event_nouns, event_verbs
from parley.nlp.event_lexicon import WordRule, WordRules
from parley.nlp.pipeline import Pipeline

WRITTEN = Path(__file__).resolve().parents[2] / "bench" / "written"


def every_word(rules: WordRules) -> WordRules:
    """The same rules in the same order, each tried on every word."""
    return WordRules(*(WordRule(rule.read) for rule in rules.rules))


def coded(pipeline: Pipeline, texts: list[str]) -> list[list[dict]]:
    return [[event.model_dump() for event in pipeline.extract(text).events] for text in texts]


@pytest.mark.slow
def test_the_rule_tables_find_what_trying_every_rule_finds(monkeypatch):
    texts = [json.loads(line)["text"] for name in ("learn.jsonl", "learn_wide.jsonl")
             for line in (WRITTEN / name).read_text(encoding="utf-8").splitlines()]
    pipeline = Pipeline()
    by_tables = coded(pipeline, texts)
    monkeypatch.setattr(event_verbs, "_VERB_RULES", every_word(event_verbs._VERB_RULES))
    monkeypatch.setattr(event_nouns, "_NOUN_RULES", every_word(event_nouns._NOUN_RULES))
    assert coded(pipeline, texts) == by_tables
    assert sum(map(len, by_tables)) > len(texts) / 2  # the corpus has events for the rules to find
