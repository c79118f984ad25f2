"""How precise parley's events are on news it was not written from: draw events of a `parley extract`
output at random (fixed seed), print each with its sentence for a person to judge against the PLOVER
manual, and tally a judgement file; or list the events one extraction has and another lacks, or those
whose actors or recipients differ.

    uv run python bench/event_precision.py sample .eval/tbA.jsonl --n 120 --seed 14 > .eval/tbA.sample.txt
    # judge: copy the template lines (.eval/tbA.sample.tsv) and fill the two last columns
    uv run python bench/event_precision.py tally .eval/tbA.judged.tsv
    uv run python bench/event_precision.py diff .eval/tbB.before.jsonl .eval/tbB.after.jsonl   # removed, changed
    uv run python bench/event_precision.py diff .eval/tbB.after.jsonl .eval/tbB.before.jsonl   # added, changed
    uv run python bench/event_precision.py actors .eval/tbB.before.jsonl .eval/tbB.after.jsonl

A judgement is ``right`` (a PLOVER event of the type emitted), ``other:TYPE`` (a PLOVER event, of another
type) or ``none`` (no PLOVER event); the actor column, read only where the type is right, is ``ok``,
``wrong`` or ``-`` (no actor emitted and none named). Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections import Counter
from pathlib import Path

TEMPLATE_HEAD = "key\ttype\tjudgement\tactor\tnote"


def documents(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def event_key(document: dict, event: dict) -> str:
    start, end = event["evidence"][0]["span"]
    return f"{document['id']}@{start}-{end}"


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding [start, end), the evidence marked with brackets."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return (text[left:start] + "[[" + text[start:end] + "]]" + text[end:right]).strip()


def describe(document: dict, event: dict) -> str:
    names = {a["id"]: a["name"] for a in document["actors"]}
    start, end = event["evidence"][0]["span"]
    actors = ", ".join(names.get(a, a) for a in event.get("actors") or []) or "-"
    recipients = ", ".join(names.get(a, a) for a in event.get("recipients") or []) or "-"
    extras = " ".join(filter(None, [event.get("mode") or "", ",".join(event.get("aux") or [])]))
    return (f"{event_key(document, event)}  {event['type']} {extras}\n  actor: {actors}  ->  {recipients}\n"
            f"  {sentence_around(document['text'], start, end)}")


def all_events(path: Path) -> list[tuple[dict, dict]]:
    return [(d, e) for d in documents(path) for e in d["events"]]


def sample(path: Path, n: int, seed: int) -> None:
    pairs = all_events(path)
    drawn = random.Random(seed).sample(pairs, min(n, len(pairs)))
    template = path.with_suffix(".sample.tsv")
    lines = [TEMPLATE_HEAD]
    for number, (document, event) in enumerate(drawn, 1):
        print(f"{number}. {describe(document, event)}\n")
        lines.append(f"{event_key(document, event)}\t{event['type']}\t\t\t")
    template.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"# {len(drawn)} of {len(pairs)} events drawn (seed {seed}); template {template}")


def wilson(successes: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion (95% by default)."""
    if not total:
        return 0.0, 0.0
    p = successes / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return centre - half, centre + half


def tally(path: Path) -> None:
    verdicts: Counter = Counter()
    actors: Counter = Counter()
    by_type: dict[str, Counter] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("key\t"):
            continue
        fields = (line.split("\t") + ["", "", ""])[:5]
        _, type_, judgement, actor, _ = fields
        verdict = judgement.split(":")[0].strip()
        verdicts[verdict] += 1
        by_type.setdefault(type_, Counter())[verdict] += 1
        if verdict == "right":
            actors[actor.strip() or "?"] += 1
    total = sum(verdicts.values())
    low, high = wilson(verdicts["right"], total)
    print(f"judged {total}: right type {verdicts['right']} ({verdicts['right'] / max(total, 1):.3f}, "
          f"95% {low:.3f}-{high:.3f}), another PLOVER type {verdicts['other']}, no PLOVER event {verdicts['none']}")
    event_low, event_high = wilson(verdicts["right"] + verdicts["other"], total)
    print(f"some PLOVER event: {verdicts['right'] + verdicts['other']} "
          f"({(verdicts['right'] + verdicts['other']) / max(total, 1):.3f}, 95% {event_low:.3f}-{event_high:.3f})")
    print(f"actor where the type is right: {dict(actors)}")
    for type_, counts in sorted(by_type.items(), key=lambda item: -sum(item[1].values())):
        print(f"  {type_:10} {sum(counts.values()):3}  right {counts['right']:3}  other {counts['other']:3}  "
              f"none {counts['none']:3}")


def diff(before: Path, after: Path) -> None:
    """Events of ``before`` that ``after`` lacks (REMOVED) or codes with a type it did not have (CHANGED), matched
    by document, evidence span and type; an event of ``after`` answers to each of its evidence spans, so a mention
    merged into another event, or ranked behind another of its own, is not taken for removed."""
    earlier_types: dict[str, set[str]] = {}
    for document, event in all_events(before):
        earlier_types.setdefault(event_key(document, event), set()).add(event["type"])
    later: dict[str, set[str]] = {}
    for document, event in all_events(after):
        for shown in event["evidence"]:
            later.setdefault(f"{document['id']}@{shown['span'][0]}-{shown['span'][1]}", set()).add(event["type"])
    removed = changed = 0
    for document, event in all_events(before):
        key = event_key(document, event)
        if event["type"] in later.get(key, ()):
            continue
        new_types = later.get(key, set()) - earlier_types[key]
        if new_types:
            changed += 1
            print(f"CHANGED to {'/'.join(sorted(new_types))}: {describe(document, event)}\n")
        else:
            removed += 1
            print(f"REMOVED {describe(document, event)}\n")
    print(f"# removed {removed}, changed {changed}")


def actors(before: Path, after: Path) -> None:
    """Events of both extractions (same document, evidence span and type) whose actors or recipients differ, by
    who they are (name, country, sector): ids renumber when a change merges or splits a document's actors."""
    def indexed(path: Path) -> dict[tuple[str, str], tuple[dict, dict]]:
        return {(event_key(document, event), event["type"]): (document, event) for document, event in all_events(path)}

    def parties(document: dict, event: dict) -> tuple[list, list]:
        who = {a["id"]: (a["name"], a.get("country"), a.get("sector")) for a in document["actors"]}
        return [who.get(a) for a in event["actors"]], [who.get(r) for r in event["recipients"]]

    earlier, later = indexed(before), indexed(after)
    changed = [key for key in sorted(earlier.keys() & later.keys()) if parties(*earlier[key]) != parties(*later[key])]
    for key in changed:
        print(describe(*earlier[key]))
        print("  AFTER: " + describe(*later[key]).split("\n")[1].strip() + "\n")
    print(f"# {len(earlier)} / {len(later)} events, {len(changed)} with actors or recipients changed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("sample", help="draw events at random and print them for judging")
    drawing.add_argument("extraction", type=Path)
    drawing.add_argument("--n", type=int, default=120)
    drawing.add_argument("--seed", type=int, default=14)
    counting = commands.add_parser("tally", help="count a judgement file")
    counting.add_argument("judgements", type=Path)
    comparing = commands.add_parser("diff", help="events one extraction has and another lacks or retypes")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    roles = commands.add_parser("actors", help="events both extractions have whose actors or recipients differ")
    roles.add_argument("before", type=Path)
    roles.add_argument("after", type=Path)
    arguments = parser.parse_args()
    if arguments.command == "sample":
        sample(arguments.extraction, arguments.n, arguments.seed)
    elif arguments.command == "tally":
        tally(arguments.judgements)
    elif arguments.command == "diff":
        diff(arguments.before, arguments.after)
    else:
        actors(arguments.before, arguments.after)


if __name__ == "__main__":
    main()
