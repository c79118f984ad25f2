"""The type classifier's examples (src/parley/nlp/event_types.py), from corpus.py's cached parse.

    nice -n 10 uv run python training/events/type_data.py      # writes .cache/types.jsonl

One line per text: source, group (an article's texts share a fold), known type (None for PolNeAR), word
count, the rule events parley codes on it (type, confidence, negated), and each sentence the classifier
reads in use (one holding a word some table lists with a type: ``ListedWords``) with its tokens, its rule
candidates (type, words it stands on, its mentions' confidence and negation), its listed words (index,
types, the confidence and negation an event added on it would have) and the words folded in as
complements. type_train.py teaches from these and replays ``event_types.decide`` on them.
"""

from __future__ import annotations

import json
import sys

from thinc.api import Config

from corpus import CACHE, HERE, SOURCES, parsed, rules_pipeline
from parley.nlp.event_lexicon import Code
from parley.nlp.event_parts import read_mentions
from parley.nlp.event_reading import Candidate, EventReading, trigger_owners
from parley.nlp.event_types import ADDED_SPECIFICITY, ListedWords, read_sentence
from parley.nlp.events import _join_hyphenated

OUT = CACHE / "types.jsonl"


def mentions_of(reading, candidate, candidates) -> tuple[float, bool]:
    """The highest confidence of the candidate's mentions and whether they are all negated."""
    found = read_mentions(reading, candidate, trigger_owners(candidates))
    if not found:
        return 0.0, True
    return max(m.confidence for m in found), all("negated" in m.aux for m in found)


def rows(source: str, settings: dict, coder, listed_words: ListedWords) -> list[dict]:
    out = []
    triggers, fallback = coder.triggers, coder.fallback
    for record, doc in parsed(source, settings):
        coder(doc)  # the rules' events (it joins hyphenated words first, as served)
        events = [(e.type, e.confidence, "negated" in e.aux) for e in doc._.events or ()]
        _join_hyphenated(doc, coder.known_nouns)
        reading = EventReading.of(doc, coder.lexicon, coder.historical_days)
        contest_news = coder.rules.words.contest_news_context in reading.document_contexts
        sentences = []
        for sent in doc.sents:
            candidates = coder.candidates(sent, contest_news)
            types, words, listed, folded = read_sentence(sent, candidates, listed_words, triggers, fallback)
            if not listed:
                continue
            cands = [[t, sorted(w), *mentions_of(reading, c, candidates)] for t, w, c in zip(types, words, candidates)]
            added = []
            for i, found in listed:
                extra = Candidate(doc[i], Code(sorted(found)[0]), ADDED_SPECIFICITY)
                added.append([i, sorted(found), *mentions_of(reading, extra, [*candidates, extra])])
            sentences.append({"words": [t.text for t in sent], "spaces": [bool(t.whitespace_) for t in sent],
                              "candidates": cands, "listed": added, "folded": sorted(folded)})
        out.append({"source": source, "id": record["id"], "group": record["group"], "type": record["type"],
                    "words": sum(not t.is_punct for t in doc), "events": events, "sentences": sentences})
    return out


def main() -> None:
    settings = dict(Config().from_disk(HERE / "config.cfg")["corpus"])
    coder = rules_pipeline().get_pipe("parley_events")
    listed_words = ListedWords.of(coder.triggers, coder.fallback, coder.rules.stance_nouns)
    with OUT.open("w", encoding="utf-8") as handle:
        for source in sys.argv[1:] or SOURCES:
            found = rows(source, settings, coder, listed_words)
            for row in found:
                handle.write(json.dumps(row) + "\n")
            print(source, len(found), flush=True)


if __name__ == "__main__":
    main()
