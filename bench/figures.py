"""Every quality figure README.md reports, from one run: extract each evaluation set with one pipeline, score it
with ../shared/eval/score.py (or bench/labelled_stories.py, bench/event_density.py), and print one line a set.

    uv run python bench/figures.py                      # the sets rules may be built from
    uv run python bench/figures.py --blind              # and the blind ones: scores only, never read
    uv run python bench/figures.py --sets gsr,learn -o /tmp/figures

Outputs go to ``-o`` (default .eval/figures/), one ``NAME.jsonl`` per set, so two runs can be compared event by
event; ``figures.json`` there holds every score. The VOA halves are written by bench/voa_split.py first if missing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SYNTHETIC_SAMPLE = 300  # the first stories of synthetic_events.jsonl, the sample issue 14 names

sys.path.insert(0, str(ROOT / "bench"))
from event_density import density  # noqa: E402
from labelled_stories import figures as story_figures, write_stories  # noqa: E402
from voa_split import main as split_voa  # noqa: E402


@dataclass(frozen=True)
class EvaluationSet:
    name: str
    path: Path
    kind: str  # snippets | plover | none | stories | polnear | seed
    blind: bool = False
    gold: Path | None = None  # the labels, where they are not in the input itself


SETS = [
    EvaluationSet("gsr", DATA / "plover" / "gsr_dev.jsonl", "plover"),
    EvaluationSet("voa_learn", ROOT / ".eval" / "voa_learn.jsonl", "snippets"),
    EvaluationSet("synthetic", DATA / "plover" / "synthetic_events.jsonl", "snippets"),
    EvaluationSet("learn", ROOT / "bench" / "written" / "learn.jsonl", "snippets"),
    EvaluationSet("learn_wide", ROOT / "bench" / "written" / "learn_wide.jsonl", "snippets"),
    EvaluationSet("no_event", ROOT / "bench" / "written" / "no_event.jsonl", "none"),
    EvaluationSet("learn_none", ROOT / "bench" / "written" / "learn_none.jsonl", "none"),
    EvaluationSet("learn_wide_none", ROOT / "bench" / "written" / "learn_wide_none.jsonl", "none"),
    EvaluationSet("stories", ROOT / "bench" / "written" / "stories.jsonl", "stories"),
    EvaluationSet("stories2", ROOT / "bench" / "written" / "stories2.jsonl", "stories"),
    EvaluationSet("polnear_dev", DATA / "polnear" / "dev.jsonl", "polnear"),
    EvaluationSet("seed", DATA / "seed" / "istanbul_talks.txt", "seed",
                  gold=DATA / "seed" / "istanbul_talks.gold.json"),
    EvaluationSet("voa_heldout", ROOT / ".eval" / "voa_heldout.jsonl", "snippets", blind=True),
    *(EvaluationSet(f"blind_{name}", ROOT / "bench" / "blind" / f"{name}.jsonl", kind, blind=True)
      for name, kind in [("snippets", "snippets"), ("snippets2", "snippets"), ("wide", "snippets"),
                         ("none", "none"), ("none2", "none"), ("wide_none", "none"), ("records", "plover"),
                         ("datelined", "plover"), ("mixed", "stories"), ("mixed2", "stories")]),
]
SEED_PUBLISHED = date(2025, 7, 23)  # the seed article is a plain text file; its gold dates count from this day


def prepared_input(evaluation: EvaluationSet, folder: Path) -> tuple[Path, Path]:
    """The file to extract and the file to score against: stories are joined from their labelled sentences, and
    the synthetic set is cut to its sample with its labels in the snippets' shape."""
    if evaluation.kind == "stories":
        joined = folder / f"{evaluation.name}.input.jsonl"
        write_stories(evaluation.path, joined)
        return joined, evaluation.path
    if evaluation.name == "synthetic":
        sample = folder / "synthetic.input.jsonl"
        with evaluation.path.open(encoding="utf-8") as source, sample.open("w", encoding="utf-8") as out:
            for _, line in zip(range(SYNTHETIC_SAMPLE), source):
                story = json.loads(line)
                out.write(json.dumps({"id": story["id"], "text": story["text"], "event": story["event"],
                                      "modes": [], "article": story["id"]}) + "\n")
        return sample, sample
    return evaluation.path, evaluation.gold or evaluation.path


def extract(source: Path, output: Path, pipeline, published) -> None:
    from parley.batch import process

    with output.open("w", encoding="utf-8") as out:
        for outcome in process([source], pipeline=pipeline, published=published):
            if outcome.document is not None:
                out.write(outcome.document.model_dump_json() + "\n")


def scored(kind: str, output: Path, gold: Path) -> dict:
    if kind == "stories":
        figures = story_figures(output, gold)
        return {k: figures[k] for k in ("precision", "recall", "found", "in_empty")}
    if kind == "none":
        return {"events": asserted_events(output)}
    if kind == "polnear":
        per_thousand, events, words, _ = density(output)
        return {"events_per_1000_words": round(per_thousand, 2), "events": events, "words": words,
                "quotes": score_py("quotes", output, gold)}
    return score_py(kind, output, gold)


def score_py(mode: str, output: Path, gold: Path) -> dict:
    result = subprocess.run([sys.executable, str(SCORER), mode, str(output), str(gold)], capture_output=True,
                            text=True, check=True)
    return json.loads(result.stdout.splitlines()[0])


def asserted_events(output: Path) -> int:
    """Events not negated: in sentences written to hold none, each is spurious."""
    return sum("negated" not in event["aux"] for line in output.read_text(encoding="utf-8").splitlines()
               if line.strip() for event in json.loads(line)["events"])


def headline(kind: str, result: dict) -> str:
    """The figures README.md quotes for a set of this kind."""
    if kind == "snippets":
        return f"recall {result['recall']:.3f}, top event {result['top_acc']:.3f}, no event {result['no_event']}"
    if kind == "plover":
        return f"type {result['type_acc']:.3f}, actor {result['actor_acc']:.3f}, no event {result['no_event']}"
    if kind == "stories":
        return (f"precision {result['precision']:.3f}, recall {result['recall']:.3f}, "
                f"events in sentences with none {result['in_empty']}")
    if kind == "polnear":
        quotes = result["quotes"]
        return (f"{result['events_per_1000_words']} events per 1,000 words ({result['events']}); quotes overlap F1 "
                f"{quotes['overlap_f1']:.3f}, exact F1 {quotes['exact_f1']:.3f}, source {quotes['source_acc']:.3f}")
    if kind == "seed":
        return (f"events {result['required_events']}, extra {result['unmatched_predicted_events']}; actors "
                f"{result['person_actors']}, quotes {result['direct_quotes_found']}, speakers "
                f"{result['direct_quote_speakers']}, indirect {result['indirect_quotes_found']}, "
                f"times {result['times']}, quantities {result['quantities']}")
    return f"events {result['events']}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--blind", action="store_true", help="also score the blind sets (never read their output)")
    parser.add_argument("--sets", help="comma-separated set names (default: every set the flags allow)")
    parser.add_argument("-o", "--out", type=Path, default=ROOT / ".eval" / "figures")
    arguments = parser.parse_args()
    chosen = [s for s in SETS if (arguments.blind or not s.blind)
              and (not arguments.sets or s.name in arguments.sets.split(","))]
    unknown = set(arguments.sets.split(",")) - {s.name for s in SETS} if arguments.sets else set()
    if unknown:
        parser.error(f"no evaluation set named {', '.join(sorted(unknown))}")
    if any(s.path.parent == ROOT / ".eval" and not s.path.exists() for s in chosen):
        split_voa()
    arguments.out.mkdir(parents=True, exist_ok=True)

    from parley.nlp.pipeline import Pipeline

    pipeline, results = Pipeline(), {}
    for evaluation in chosen:
        if not evaluation.path.exists():
            print(f"{evaluation.name:16} skipped: {evaluation.path} is missing")
            continue
        source, gold = prepared_input(evaluation, arguments.out)
        output = arguments.out / f"{evaluation.name}.jsonl"
        published = SEED_PUBLISHED if evaluation.kind == "seed" else None
        extract(source, output, pipeline, published)
        results[evaluation.name] = scored(evaluation.kind, output, gold)
        print(f"{evaluation.name:16} {headline(evaluation.kind, results[evaluation.name])}", flush=True)
    (arguments.out / "figures.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
