"""Tabulate where parley_quotes' boundary model misses the annotators' exact content, by class.

    nice -n 10 uv run python training/quotes/boundary_misses.py train [--examples 2]

For every candidate content whose cue is in a gold cue and which overlaps that attribution's content
(the groups train_boundary.py trains on), the boundary the model picks is compared with the gold
one. A miss is "offered" when one of the boundaries quote_boundary.boundaries gives matches the gold
exactly, and "not offered" otherwise (then the candidate's own range is compared). Each end or start
that differs is classed by what lies between the two cuts: a leading comma, its first word (function
words by themselves, others by part of speech), its head's relation, whether it has a verb, whether
it is a date, and its length.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from corpus import parsed
from evaluate import scorer
from parley.nlp.quote_boundary import BoundaryModel, boundary_features
from spacy.tokens import Doc
from train_boundary import gold_candidates

FUNCTION_POS = frozenset({"ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART"})


def between(doc: Doc, a: int, b: int) -> str:
    """The class of the text between character offsets a and b."""
    span = doc.char_span(min(a, b), max(a, b), alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    if not words:
        return "punctuation"
    head = min(words, key=lambda t: sum(1 for _ in t.ancestors))
    first = words[0].lower_ if words[0].pos_ in FUNCTION_POS else words[0].pos_
    comma = "," if span[0].text == "," else ""
    verb = "verb" if any(t.pos_ in ("VERB", "AUX") for t in words) else "-"
    date = "date" if len(words) <= 4 and {t.ent_type_ for t in words} & {"DATE", "TIME"} else "-"
    size = "1" if len(words) == 1 else "2-4" if len(words) <= 4 else "5-10" if len(words) <= 10 else "11+"
    return f"{comma}{first}|{head.dep_}|{verb}|{date}|{size}"


def difference(doc: Doc, picked: tuple[int, int], gold: tuple[int, int]) -> str:
    parts = []
    if picked[1] != gold[1]:
        parts.append(f"end {'extra' if picked[1] > gold[1] else 'missing'} {between(doc, picked[1], gold[1])}")
    if picked[0] != gold[0]:
        parts.append(f"start {'extra' if picked[0] < gold[0] else 'missing'} {between(doc, picked[0], gold[0])}")
    return "; ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("dev", "heldout", "train"))
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    norm = scorer().norm
    model = BoundaryModel.load()
    counts: Counter[str] = Counter()
    classes = {"offered": Counter(), "not offered": Counter()}
    examples: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc, text, gold, candidate, options, heads in gold_candidates(parsed(args.split)):
        right = [norm(text[b.start:b.end]) == norm(text[gold[0]:gold[1]]) for b in options]
        scores = model.scorer.scores([boundary_features(candidate, b, text, heads) for b in options])
        picked = options[int(scores.argmax())]
        if right[int(scores.argmax())]:
            counts["right"] += 1
            continue
        kind = "offered" if any(right) else "not offered"
        counts[kind] += 1
        if kind == "offered":
            target = options[right.index(True)]
            picked_range, gold_range = (picked.start, picked.end), (target.start, target.end)
            key = f"{difference(doc, picked_range, gold_range)} " \
                  f"[{target.start_move}|{target.end_move} <- {picked.start_move}|{picked.end_move}]"
        else:
            picked_range, gold_range = (candidate.start, candidate.end), gold
            key = difference(doc, picked_range, gold_range)
        classes[kind][key] += 1
        if len(examples[key]) < args.examples:
            examples[key].append((text[slice(*picked_range)], text[slice(*gold_range)]))
    print(dict(counts))
    for kind, counter in classes.items():
        print(f"== {kind}: gold boundary {'among' if kind == 'offered' else 'not among'} the offered ones ==")
        for key, n in counter.most_common(args.top):
            print(n, key)
            for picked_text, gold_text in examples[key]:
                print("    picked:", picked_text[-160:].replace("\n", " "))
                print("    gold:  ", gold_text[-160:].replace("\n", " "))


if __name__ == "__main__":
    main()
