"""The sentence classifier's examples (src/parley/nlp/event_sentences.py), from corpus.py's cached parse.

    nice -n 10 uv run python training/events/sentence_data.py      # writes .cache/sentences.jsonl

One line per text: its source, group (an article's texts share a fold), known type (None for PolNeAR),
word count, the rule events parley codes on it with the classifier off (type, confidence, negated), and
each sentence's tokens with whether the rules code an event in it (any candidate). What a text teaches
(sentence_train.py):
  voa        the whole snippet is its type (the unit the snippets are labelled at)
  gsr        the record's sentence is its type
  synthetic  the first sentence where the rules code the story's type is that type; a story where they
             never do is skipped (which sentence holds its event cannot be told)
  polnear    each sentence where the rules code nothing, of the first polnear_articles (sentences.cfg) of
             PolNeAR train, is NONE (never dev, the density gate)
"""

from __future__ import annotations

import json
import sys

from thinc.api import Config

from corpus import CACHE, HERE, SOURCES, parsed, rules_pipeline
from parley.nlp.event_lexicon import SPECIFICITY, Code
from parley.nlp.event_parts import read_mentions
from parley.nlp.event_reading import Candidate, EventReading, trigger_owners
from parley.nlp.event_sentences import main_word

OUT = CACHE / "sentences.jsonl"


def rows(source: str, settings: dict, coder) -> list[dict]:
    out = []
    for record, doc in parsed(source, settings):
        coder(doc)  # the rules' events, the classifier off
        events = [e for e in doc._.events or ()]
        reading = EventReading.of(doc, coder.lexicon, coder.historical_days)
        sentences = []
        for sent in doc.sents:
            ruled = bool(coder.candidates(sent))
            main = None if ruled else main_word(sent)
            added = Candidate(main, Code("ASSAULT"), SPECIFICITY["fallback_pattern"]) if main is not None else None
            sentences.append({"words": [t.text for t in sent], "spaces": [bool(t.whitespace_) for t in sent],
                              "start": sent.start_char, "end": sent.end_char,
                              "ruled": ruled, "main": main is not None,
                              # whether an event added on the main word would have an actor
                              "acted": added is not None and any(
                                  m.actors for m in read_mentions(reading, added, trigger_owners([added]))),
                              "types": sorted({e.type for e in events
                                               if any(sent.start_char <= s.span[0] < sent.end_char
                                                      for s in e.evidence)})})
        out.append({"source": source, "id": record["id"], "group": record["group"], "type": record["type"],
                    "words": sum(not t.is_punct for t in doc),
                    "events": [(e.type, e.confidence, "negated" in e.aux) for e in events],
                    "sentences": sentences})
    return out


def main() -> None:
    settings = dict(Config().from_disk(HERE / "config.cfg")["corpus"])
    # More PolNeAR train articles than the word-level model reads: the sentences of no event are what keeps
    # the classifier from adding spurious events, and what its budget is measured on.
    settings["polnear_articles"] = Config().from_disk(HERE / "sentences.cfg")["data"]["polnear_articles"]
    coder = rules_pipeline().get_pipe("parley_events")
    with OUT.open("w", encoding="utf-8") as handle:
        for source in sys.argv[1:] or SOURCES:
            found = rows(source, settings, coder)
            for row in found:
                handle.write(json.dumps(row) + "\n")
            print(source, len(found), flush=True)


if __name__ == "__main__":
    main()
