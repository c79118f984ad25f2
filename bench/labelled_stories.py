"""Precision and recall of events, sentence by sentence, on whole stories whose every sentence is labelled with the
PLOVER types it holds (``types``, empty for none) — the blind mixed-news set, bench/blind/mixed.jsonl.

    uv run python bench/labelled_stories.py stories bench/blind/mixed.jsonl -o /tmp/mixed_stories.jsonl
    uv run parley extract /tmp/mixed_stories.jsonl -o /tmp/mixed_out.jsonl --workers 1
    uv run python bench/labelled_stories.py score /tmp/mixed_out.jsonl bench/blind/mixed.jsonl [--before OTHER]

``stories`` joins each article's sentences, one paragraph each, as wire copy is filed. ``score`` gives an event
to every sentence one of its evidence spans starts in and compares (sentence, type) pairs with the labels, negated
and planned events included (the labels name every mode); with ``--before`` it also counts the pairs one extraction
adds to or removes from another and how many of them the labels hold — how a change is judged on news no one read.
"""

from __future__ import annotations

import argparse
import bisect
import json
from collections import Counter
from pathlib import Path

PARAGRAPH = "\n\n"


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def articles(labelled: list[dict]) -> dict[str, list[dict]]:
    """Each article's labelled sentences, in file order."""
    grouped: dict[str, list[dict]] = {}
    for sentence in labelled:
        grouped.setdefault(sentence["article"], []).append(sentence)
    return grouped


def story(sentences: list[dict]) -> tuple[str, list[int]]:
    """An article's text and where each of its sentences starts."""
    starts, text = [], ""
    for sentence in sentences:
        text += PARAGRAPH if text else ""
        starts.append(len(text))
        text += sentence["text"]
    return text, starts


def write_stories(labelled: Path, out: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for article, sentences in articles(read_lines(labelled)).items():
            handle.write(json.dumps({"id": article, "text": story(sentences)[0]}) + "\n")


def predicted_pairs(extraction: Path, labelled: list[dict]) -> set[tuple[str, str]]:
    """(sentence id, type) for every event of the extraction, at each sentence one of its evidence spans starts in."""
    grouped = articles(labelled)
    pairs = set()
    for document in read_lines(extraction):
        sentences = grouped[document["id"]]
        starts = story(sentences)[1]
        for event in document["events"]:
            for shown in event["evidence"]:
                sentence = sentences[bisect.bisect_right(starts, shown["span"][0]) - 1]
                pairs.add((sentence["id"], event["type"]))
    return pairs


def labels(labelled: list[dict]) -> tuple[set[tuple[str, str]], set[str]]:
    """The labelled (sentence id, type) pairs, and the ids of sentences labelled with no event."""
    return {(s["id"], t) for s in labelled for t in s["types"]}, {s["id"] for s in labelled if not s["types"]}


def figures(extraction: Path, labelled_path: Path) -> dict:
    """Precision and recall of (sentence, type) pairs, and the pairs found in sentences labelled with no event."""
    labelled = read_lines(labelled_path)
    gold, empty = labels(labelled)
    found = predicted_pairs(extraction, labelled)
    right = found & gold
    precision, recall = len(right) / max(len(found), 1), len(right) / max(len(gold), 1)
    return {"sentences": len(labelled), "stories": len(articles(labelled)), "empty": len(empty), "labelled": len(gold),
            "found": len(found), "precision": round(precision, 3), "recall": round(recall, 3),
            "f1": round(2 * precision * recall / max(precision + recall, 1e-9), 3),
            "in_empty": sum(s in empty for s, _ in found),
            "per_type": {t: (sum(g == t for _, g in gold), sum(f == t for _, f in found), sum(r == t for _, r in right))
                         for t in sorted({t for _, t in gold | found})}}


def score(extraction: Path, labelled_path: Path, before: Path | None) -> None:
    result = figures(extraction, labelled_path)
    print(f"{result['sentences']} sentences in {result['stories']} stories, {result['empty']} with no event; "
          f"{result['labelled']} labelled (sentence, type) pairs")
    print(f"found {result['found']}: precision {result['precision']:.3f}, recall {result['recall']:.3f}, "
          f"F1 {result['f1']:.3f}; in sentences with no event: {result['in_empty']}")
    for type_, (labelled_count, found_count, right_count) in result["per_type"].items():
        print(f"  {type_:10} labelled {labelled_count:3}  found {found_count:3}  right {right_count:3}")
    if before is not None:
        labelled = read_lines(labelled_path)
        gold, empty = labels(labelled)
        found, earlier = predicted_pairs(extraction, labelled), predicted_pairs(before, labelled)
        added, removed = found - earlier, earlier - found
        print(f"against {before}: added {len(added)} (labelled {len(added & gold)}, in sentences with no event "
              f"{sum(s in empty for s, _ in added)}), removed {len(removed)} (labelled {len(removed & gold)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    joining = commands.add_parser("stories", help="write the labelled sentences as stories for parley extract")
    joining.add_argument("labelled", type=Path)
    joining.add_argument("-o", "--out", type=Path, required=True)
    scoring = commands.add_parser("score", help="compare an extraction of the stories with the labels")
    scoring.add_argument("extraction", type=Path)
    scoring.add_argument("labelled", type=Path)
    scoring.add_argument("--before", type=Path, help="another extraction: count what this one adds and removes")
    arguments = parser.parse_args()
    if arguments.command == "stories":
        write_stories(arguments.labelled, arguments.out)
    else:
        score(arguments.extraction, arguments.labelled, arguments.before)


if __name__ == "__main__":
    main()
