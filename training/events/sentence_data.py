"""The sentence classifier's examples (src/parley/nlp/event_sentences.py), from corpus.py's cached parse.

    nice -n 10 uv run python training/events/sentence_data.py      # writes .cache/sentences.jsonl
    nice -n 10 uv run python training/events/sentence_data.py written   # rewrites one source's rows

One line per text: its source, group (an article's texts share a fold), known type (None for PolNeAR),
word count, the rule events parley codes on it with the classifier off (type, confidence, negated), and
each sentence's tokens with whether the rules code an event in it (any candidate). What a text teaches
(sentence_train.py):
  voa        the whole snippet is its type (the unit the snippets are labelled at)
  gsr        the record's sentence is its type
  synthetic  the first sentence where the rules code the story's type is that type; a story where they
             never do is skipped (which sentence holds its event cannot be told)
  polnear    each sentence the classifier would read in use (``served``: addable_anchor finds a word), of
             the first polnear_articles (sentences.cfg) of PolNeAR train, is NONE (never dev, the density gate)
  written    a snippet is its type, as VOA's; each sentence of a no-event one read in use is NONE
  timebank   the same in the articles of TimeBank's half A (timebank_half); half B is never learned from:
             it measures the classifier's precision on news from none of the sources it learns from
A sentence the classifier never reads in use (the rules code it, it holds a trigger word, or it has no
word to hang an event on) teaches nothing: addable_anchor, the test the component applies, decides.
"""

from __future__ import annotations

import hashlib
import json
import sys

from thinc.api import Config

from corpus import CACHE, HERE, SOURCES, parsed, rules_pipeline
from parley.nlp.event_lexicon import SPECIFICITY, Code
from parley.nlp.event_parts import read_mentions
from parley.nlp.event_reading import Candidate, EventReading, trigger_owners
from parley.nlp.event_sentences import addable_anchor

OUT = CACHE / "sentences.jsonl"
SOURCES_READ = (*SOURCES, "timebank", "written")


def timebank_half(article: str) -> str:
    """"A" (learned from) or "B" (never learned from: the precision set), by a hash of the article id."""
    return "AB"[int(hashlib.sha1(article.encode("utf-8")).hexdigest(), 16) % 2]


def rows(source: str, settings: dict, coder) -> list[dict]:
    out = []
    for record, doc in parsed(source, settings):
        coder(doc)  # the rules' events, the classifier off
        events = [e for e in doc._.events or ()]
        reading = EventReading.of(doc, coder.lexicon, coder.historical_days)
        contest_news = coder.rules.words.contest_news_context in reading.document_contexts
        kinds = {a.id: a for a in doc._.actors}
        sentences = []
        for sent in doc.sents:
            ruled = bool(coder.candidates(sent, contest_news))
            word = addable_anchor(sent, ruled, coder.trigger_words, coder.triggers.reporting)
            added = Candidate(word, Code("ASSAULT"), SPECIFICITY["fallback_pattern"]) if word is not None else None
            actors = [kinds[a] for m in (read_mentions(reading, added, trigger_owners([added])) if added else ())
                      for a in m.actors if a in kinds]
            sentences.append({"words": [t.text for t in sent], "spaces": [bool(t.whitespace_) for t in sent],
                              "start": sent.start_char, "end": sent.end_char,
                              "ruled": ruled, "served": word is not None,
                              # the word an added event hangs on, and the sentence's root (a copula, "have")
                              "anchor": [word.lemma_, word.pos_] if word is not None else None,
                              "root": sent.root.lemma_.lower(),
                              # whether an event added on the anchor would have an actor, and of which kinds;
                              # "known": an actor with a country, sector or knowledge-base id
                              "acted": bool(actors), "actor_kinds": sorted({str(a.kind) for a in actors}),
                              "known": any(a.country or a.sector or a.kb_id for a in actors),
                              "types": sorted({e.type for e in events
                                               if any(sent.start_char <= s.span[0] < sent.end_char
                                                      for s in e.evidence)})})
        out.append({"source": source, "id": record["id"], "group": record["group"], "type": record["type"],
                    "half": timebank_half(record["id"]) if source == "timebank" else None,
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
    sources = sys.argv[1:] or SOURCES_READ
    # Naming sources rewrites only theirs: the other sources' rows are kept.
    kept = [line for line in OUT.read_text(encoding="utf-8").splitlines()
            if json.loads(line)["source"] not in sources] if OUT.exists() else []
    CACHE.mkdir(exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        handle.writelines(line + "\n" for line in kept)
        for source in sources:
            found = rows(source, settings, coder)
            for row in found:
                handle.write(json.dumps(row) + "\n")
            print(source, len(found), flush=True)


if __name__ == "__main__":
    main()
