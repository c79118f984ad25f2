"""The texts the events model learns from, parsed once by parley with the model off, and cached.

    nice -n 10 uv run python training/events/corpus.py      # parses what is not cached yet

Sources (each text carries the one PLOVER type it is known to contain, or none):
  voa        the learning part of ../shared/data/plover/voa_train.jsonl (bench/voa_split.py; the held-out
             fifth is never read here)
  gsr        ../shared/data/plover/gsr_dev.jsonl, with the gold trigger words
  synthetic  synthetic stories, skipping the first 300 (the sample the issue's story figures come from)
  polnear    PolNeAR train articles (never dev, the density gate): political news with few PLOVER events
  timebank   the 256 TimeBank newswire articles (../shared/data/timebank/train.jsonl), news of neither
             the positives' sources nor PolNeAR: the sentence classifier learns NONE from one half and
             measures its precision on the other (sentence_data.py)
  written    bench/written: snippets and no-event sentences written for parley to the PLOVER definitions
             by writers who never saw parley, in the style of wire copy (its README); NONE from news of
             other kinds than PolNeAR's (markets, elections, disasters, sport, background); a whole
             story's sentence (stories.jsonl) teaches its one labelled type, or NONE
  heldout    the held-out fifth of the VOA snippets: never learned from, read only to report the model's
             figures on news it did not see (train.py --heldout)
The parse with every parley component but the events model is pickled under .cache/, so features
can change without parsing again.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sys
from pathlib import Path

from spacy.language import Language
from thinc.api import Config

from parley.nlp.pipeline import load

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared" / "data"
CACHE = HERE / ".cache"
# Names the parse in the cache key: a cache written by another way of loading the pipeline is not reused.
PARSE = "parley.nlp.pipeline.load"
sys.path.insert(0, str(ROOT / "bench"))
from voa_split import held_out  # noqa: E402  one definition of the split


def records(source: str, config: dict) -> list[dict]:
    """Each text as {"id", "group", "text", "type", "trigger"}; ``group`` keeps an article's texts in one fold."""
    def read(path: Path) -> list[dict]:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    if source == "voa":
        return [{"id": r["id"], "group": r["article"], "text": r["text"], "type": r["event"], "trigger": None}
                for r in read(SHARED / "plover" / "voa_train.jsonl") if not held_out(r["article"])]
    if source == "heldout":
        return [{"id": r["id"], "group": r["article"], "text": r["text"], "type": r["event"], "trigger": None}
                for r in read(SHARED / "plover" / "voa_train.jsonl") if held_out(r["article"])]
    if source == "gsr":
        return [{"id": r["id"], "group": r["id"], "text": r["text"], "type": r["event"],
                 "trigger": r.get("event_text") or None} for r in read(SHARED / "plover" / "gsr_dev.jsonl")]
    if source == "synthetic":
        rows = read(SHARED / "plover" / "synthetic_events.jsonl")[300:300 + config["synthetic_stories"]]
        return [{"id": r["id"], "group": r["id"], "text": r["text"], "type": r["event"], "trigger": None}
                for r in rows]
    if source == "polnear":
        rows = read(SHARED / "polnear" / "train.jsonl")[:config["polnear_articles"]]
        return [{"id": r["id"], "group": r["id"], "text": r["text"], "type": None, "trigger": None} for r in rows]
    if source == "written":
        return [{"id": r["id"], "group": r["article"], "text": r["text"], "type": _written_type(r), "trigger": None}
                for path in sorted((ROOT / "bench" / "written").glob("*.jsonl")) for r in read(path)
                if _written_type(r) != MANY]
    if source == "timebank":
        return [{"id": r["id"], "group": r["id"], "text": r["text"], "type": None, "trigger": None}
                for r in read(SHARED / "timebank" / "train.jsonl")]
    raise ValueError(f"unknown source {source!r}")


MANY = "MANY"


def _written_type(row: dict) -> str | None:
    """A snippet's labelled type (None for NONE); a story's sentence (``types``, every type it holds) is its one
    type, None when it holds none, and MANY when it holds more or a denied one, which one class cannot teach."""
    if "types" not in row:
        return None if row["event"] == "NONE" else row["event"]
    denied = any("negated" in modes for modes in row["modes"].values())
    return MANY if len(row["types"]) > 1 or denied else (row["types"] or [None])[0]


def parsed(source: str, config: dict) -> list[tuple[dict, object]]:
    """Each record with its Doc (every parley component run but the events model), cached."""
    rows = records(source, config)
    key = hashlib.sha1(json.dumps([PARSE, *(r["id"] for r in rows)]).encode()).hexdigest()[:10]
    cache = CACHE / f"{source}-{key}.pickle"
    if cache.exists():
        docs = pickle.loads(cache.read_bytes())
    else:
        nlp = rules_pipeline()
        docs = list(nlp.pipe((r["text"] for r in rows), batch_size=32, disable=["parley_events"]))
        CACHE.mkdir(exist_ok=True)
        cache.write_bytes(pickle.dumps(docs))
    return list(zip(rows, docs))


def rules_pipeline() -> Language:
    """parley's pipeline as parley loads it (its tokenizer keeps prefixed words whole, its faster attribute
    ruler and lemmatizer), with the events model off, as it is by default: what the model improves on."""
    nlp = load()
    assert nlp.get_pipe("parley_events").model is None, "the events model must be off while its corpus is parsed"
    return nlp


SOURCES = ("voa", "gsr", "synthetic", "polnear")

if __name__ == "__main__":
    settings = Config().from_disk(HERE / "config.cfg")["corpus"]
    for name in sys.argv[1:] or SOURCES:
        print(name, len(parsed(name, settings)), flush=True)
