"""textacy's direct_quotations on the same files as parley, written in parley's output schema for score.py.

    uv sync --group compare --group dev
    uv run python bench/textacy_quotes.py ../shared/data/polnear/dev.jsonl -o .eval/textacy_dev.jsonl
    python3 ../shared/eval/score.py quotes .eval/textacy_dev.jsonl ../shared/data/polnear/dev.jsonl
    uv run python bench/textacy_quotes.py ../shared/data/seed/istanbul_talks.txt -o .eval/textacy_seed.jsonl
    python3 ../shared/eval/score.py seed .eval/textacy_seed.jsonl ../shared/data/seed/istanbul_talks.gold.json

Both tools read the same spaCy model (en_core_web_sm 3.8.0); only the quotation finder differs.
Results side by side: docs/quotes_vs_textacy.md.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from textacy.extract.triples import direct_quotations

from parley.nlp.pipeline import DEFAULT_MODEL, document_id


def read(path: Path) -> list[tuple[str, str]]:
    """(id, text) pairs: one per JSON line, or the whole file for plain text (id as parley gives it)."""
    if path.suffix == ".jsonl":
        records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        return [(record["id"], record["text"]) for record in records]
    text = path.read_text(encoding="utf-8")
    return [(document_id(text), text)]


def span_of(tokens) -> dict | None:
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return {"text": tokens[0].doc.text[start:end], "span": [start, end]}


def quotes_of(doc) -> list[dict]:
    """textacy's quotations; none for a text it refuses (it raises on an odd number of quote marks)."""
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return []
    quotes = []
    for number, triple in enumerate(triples, start=1):
        speaker = span_of(list(triple.speaker))
        quotes.append({
            "id": f"q{number}",
            "kind": "direct",
            "content": span_of(list(triple.content)),
            "cue": span_of(list(triple.cue)),
            "speaker": {**speaker, "actor": None} if speaker else None,
        })
    return quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path, help="JSON Lines with id and text, or a .txt article")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    nlp = spacy.load(DEFAULT_MODEL)
    records = read(args.input)
    with args.output.open("w", encoding="utf-8") as out:
        for (doc_id, text), doc in zip(records, nlp.pipe(text for _, text in records)):
            out.write(json.dumps({"id": doc_id, "text": text, "actors": [], "quotes": quotes_of(doc)}) + "\n")


if __name__ == "__main__":
    main()
