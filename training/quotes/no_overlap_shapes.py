"""Where the content sits for the gold attributions whose cue word is a cue candidate but none of whose
candidates overlaps the gold content: the class no threshold of the cue model can win back, since the
generator never offers its content.

    nice -n 10 uv run python training/quotes/no_overlap_shapes.py train [--examples 3]
    nice -n 10 uv run python training/quotes/no_overlap_shapes.py heldout          # counts only

Each such attribution is classed by where its content lies relative to the cue word: in another sentence
(before or after), or in the cue's sentence by the dependency path from the cue to the content's head
(the content word whose head lies outside it): "^" climbs from a word to its head by the word's relation,
"v" goes down to a dependant by the dependant's relation ("^dobj v nsubj": the cue is the object of a
verb whose subject is the content, "has drawn criticism"). Only the candidate generator
(quotes.cue_candidates) is read, not the cue model, so no folds are needed. ``--examples`` prints a few
train sentences per class (train only; never run on PolNeAR dev, whose sentences are not to be read).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from corpus import offered, parsed
from parley.nlp.lexicon import load_lexicon


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def content_head(doc, start: int, end: int):
    """The content's word whose head lies outside it (the highest one, if several)."""
    inside = [t for t in doc if start <= t.idx < end and not t.is_space]
    if not inside:
        return None
    roots = [t for t in inside if not (start <= t.head.idx < end) or t.head.i == t.i]
    return min(roots or inside, key=lambda t: len(list(t.ancestors)))


def path(cue, head) -> str:
    """The dependency path from ``cue`` to ``head`` (at most three steps up and three down)."""
    ups = [cue, *cue.ancestors]
    downs = [head, *head.ancestors]
    common = next((t for t in ups if t in downs), None)
    if common is None:
        return "no common ancestor"
    up = [t.dep_ for t in ups[:ups.index(common)]]
    down = [t.dep_ for t in reversed(downs[:downs.index(common)])]
    if len(up) > 3 or len(down) > 3:
        return f"long path ({len(up)} up, {len(down)} down)"
    return " ".join([*(f"^{d}" for d in up), *(f"v{d}" for d in down)]) or "the cue itself"


def shape(doc, cue, start: int, end: int) -> str:
    sentence = cue.sent
    if end <= sentence.start_char:
        return "another sentence, before"
    if start >= sentence.end_char:
        return "another sentence, after"
    if start < sentence.start_char or end > sentence.end_char:
        return "spans sentences"
    head = content_head(doc, start, end)
    if head is None:
        return "no word in the content"
    return f"{'before' if end <= cue.idx else 'after' if start > cue.idx else 'around'} the cue: {path(cue, head)}"


SUBJECT_PATHS = ("vnsubj", "vnsubjpass", "vcsubj")


def group(key: str) -> str:
    """The shape's family: the brief's classes, by where the content sits."""
    if key.startswith(("another sentence", "spans sentences")):
        return "another sentence"
    steps = key.split(": ", 1)[-1].split()
    if steps and steps[-1] in SUBJECT_PATHS and all(s.startswith("^") for s in steps[:-1]):
        return "the cue's subject" if len(steps) == 1 else "the subject of the word the cue hangs from"
    if steps and all(s.startswith("^") for s in steps):
        return "a word the cue hangs from (relative clause, modifier, according to)"
    if "vagent" in steps:
        return "a passive's agent"
    if steps and steps[0] in ("vposs", "vcompound", "vamod"):
        return "the cue noun's owner or modifier"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("train", "heldout"))
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    cues = load_lexicon().cues
    counts: Counter = Counter()
    shapes: Counter = Counter()
    families: Counter = Counter()
    family_cues: dict[str, Counter] = defaultdict(Counter)
    lemmas: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for article, doc in parsed(args.split):
        text = article["text"]
        marked, candidates = offered(doc, text, cues)
        by_word = defaultdict(list)
        for c in candidates:
            by_word[c.cue.i].append(c)
        for attribution in article["attributions"]:
            if not attribution["content"] or not attribution["cue"]:
                continue
            counts["attributions with a cue"] += 1
            gold = (attribution["content"][0][0], attribution["content"][-1][1])
            words = [t for t in doc if any(s <= t.idx < e for s, e in attribution["cue"])]
            own = [c for t in words for c in by_word.get(t.i, [])]
            if not own:
                counts["no candidate on the cue words"] += 1
                continue
            if any(overlaps((c.start, c.end), gold) for c in own):
                counts["a candidate overlaps the gold content"] += 1
                continue
            if any(s <= gold[0] + 1 and gold[1] - 1 <= e for s, e in marked):
                counts["candidates, none overlapping; content in quote marks"] += 1
                continue
            counts["candidates, none overlapping; outside quote marks (this class)"] += 1
            cue = next(t for t in words if t.i in by_word)
            key = shape(doc, cue, *gold)
            shapes[key] += 1
            families[group(key)] += 1
            cue_text = " ".join(text[s:e] for s, e in attribution["cue"]).lower()
            family_cues[group(key)][cue_text] += 1
            lemmas[key][cue.lemma_.lower()] += 1
            if args.split == "train" and len(examples[key]) < args.examples:
                sentence = cue.sent
                examples[key].append(f"cue={cue.text!r} content={text[gold[0]:gold[1]][:80]!r} | "
                                     f"{sentence.text[:200]!r}")
    for key, n in counts.items():
        print(f"{n:6d}  {key}")
    print()
    for key, n in families.most_common():
        top = ", ".join(f"{cue} {m}" for cue, m in family_cues[key].most_common(12))
        print(f"{n:6d}  {key}   [gold cues: {top}]")
    print()
    for key, n in shapes.most_common(args.top):
        top = ", ".join(f"{lemma} {m}" for lemma, m in lemmas[key].most_common(5))
        print(f"{n:6d}  {key}   [{top}]")
        for example in examples[key]:
            print(f"          {example}")


if __name__ == "__main__":
    main()
