"""Tabulate where parley_quotes' boundary model misses the annotators' exact content, by class.

    nice -n 10 uv run python training/quotes/boundary_misses.py train [--examples 2]

For every candidate content whose cue is in a gold cue and which overlaps that attribution's content
(the groups train_boundary.py trains on), the boundary the model picks is compared with the gold
one. A miss is "offered" when one of the boundaries quote_boundary.boundaries gives matches the gold
exactly, and "not offered" otherwise (then the candidate's own range is compared). Each end or start
that differs is classed by what lies between the two cuts: a leading comma, its first word (function
words by themselves, others by part of speech), its head's relation, whether it has a verb, whether
it is a date, and its length.

With --predictions (cross_validate.py writes them for train, evaluate.py for dev and heldout), every
quote parley found that score.py matches to a gold attribution without matching it exactly is classed
instead by the shape of the difference: which edge differs (start or end, the gold longer or shorter
there), by how many words, and what the differing words are (a closing mark, "that", a conjunction,
the quote's own "he said", a relative or adverbial clause, an adverbial phrase, the rest of the
sentence, another sentence), with the quote's kind and its cue's class.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

import json
import re

from corpus import parsed
from evaluate import scorer
from parley.nlp.lexicon import load_lexicon
from parley.nlp.quote_boundary import BoundaryModel, boundary_features
from spacy.tokens import Doc, Token
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


def exact_range(text: str, start: int, end: int, quote_marks: str) -> tuple[int, int]:
    """The range score.py's exact match compares: without edge marks and punctuation, nor a leading "that"."""
    edge = quote_marks + " \t\n,.;:—-…"
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge:
        end -= 1
    that = re.match(r"that\s+", text[start:end], flags=re.I)
    return (start + that.end(), end) if that else (start, end)


def what_differs(doc: Doc, a: int, b: int, cue: Token | None) -> str:
    """The class of the words between two cuts, for the shape table."""
    span = doc.char_span(min(a, b), max(a, b), alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    if not words:
        return "punctuation or a quote mark"
    if len({t.sent.start for t in words}) > 1 or words[0].sent.start != words[-1].sent.start \
            or any(t.is_sent_start for t in words[1:]):
        return "another sentence"
    if cue is not None and any(t.i == cue.i for t in words):
        return "the quote's own cue clause"
    head = min(words, key=lambda t: sum(1 for _ in t.ancestors))
    first = words[0]
    if first.lower_ == "that":
        return "that"
    if first.pos_ == "CCONJ":
        return "a conjunction and what it joins"
    if head.dep_ in ("relcl", "acl"):
        return "a relative or participial clause"
    if head.dep_ == "advcl":
        return "an adverbial clause"
    if all(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADP" for t in words):
        return "a date or time"
    if head.dep_ in ("prep", "npadvmod", "advmod", "agent"):
        return f"an adverbial ({head.dep_})"
    if any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in words):
        return "a clause of its own"
    return f"other ({head.dep_}|{first.pos_})"


def size_of(doc: Doc, a: int, b: int) -> str:
    span = doc.char_span(min(a, b), max(a, b), alignment_mode="expand")
    n = sum(1 for t in span if not (t.is_punct or t.is_space)) if span is not None else 0
    return "0" if n == 0 else "1" if n == 1 else "2-4" if n <= 4 else "5-10" if n <= 10 else "11+"


def cue_class(cue: Token | None, cues) -> str:
    if cue is None:
        return "no cue"
    if cues.is_speech(cue):
        return "speech verb" if cue.lemma_.lower() not in ("say", "tell") else "say/tell"
    return "listed cue" if cues.complements(cue) else "other word"


def shapes(split: str, predictions: str, examples: int, top: int) -> None:
    """Tabulate the found contents that overlap gold but differ from it, by the shape of the difference."""
    score = scorer()
    cues = load_lexicon().cues
    predicted = {row["id"]: row for row in map(json.loads, open(predictions, encoding="utf-8"))}
    counts: Counter[str] = Counter()
    tables = {name: Counter() for name in ("shape", "edge", "kind", "cue", "offer")}
    shown: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for article, doc in parsed(split):
        text, found = article["text"], predicted.get(article["id"])
        if found is None:
            continue
        gold = [(a["content"][0][0], a["content"][-1][1]) for a in article["attributions"] if a["content"]]
        offers = defaultdict(list)  # per gold content, its candidates' cue and whether a boundary matches it
        for _, _, gold_range, candidate, options in gold_candidates([(article, doc)]):
            wanted = score.norm(text[slice(*gold_range)])
            offers[gold_range].append((candidate.cue.idx, any(score.norm(text[b.start:b.end]) == wanted for b in options)))
        quotes = [q for q in found.get("quotes", []) if q.get("content")]
        spans = [tuple(q["content"]["span"]) for q in quotes]
        for gi, pi in score.match_spans([list(g) for g in gold], [list(p) for p in spans]):
            quote = quotes[pi]
            if score.norm(text[slice(*gold[gi])]) == score.norm(text[slice(*spans[pi])]):
                counts[f"exact {quote['kind']}"] += 1
                continue
            if any(score.norm(text[slice(*other)]) == score.norm(text[slice(*spans[pi])]) for other in gold):
                # score.py's greedy matching gave it an enclosing attribution ("A, but B, officials said")
                # while the one it reports exactly is also gold.
                counts[f"exact to another gold {quote['kind']}"] += 1
                continue
            counts[f"cut differently {quote['kind']}"] += 1
            g, p = exact_range(text, *gold[gi], score.QUOTES), exact_range(text, *spans[pi], score.QUOTES)
            cue_span = doc.char_span(*quote["cue"]["span"], alignment_mode="expand") if quote.get("cue") else None
            cue = cue_span.root if cue_span is not None and len(cue_span) else None
            cue_at = quote["cue"]["span"] if quote.get("cue") else (0, 0)
            offered = [right for at, right in offers[gold[gi]] if cue_at[0] <= at < cue_at[1]]
            offer = "not a cue candidate" if not offered else "offered" if any(offered) else "not offered"
            tables["offer"][f"{quote['kind']}: {offer}"] += 1
            edges = []
            for edge, mine, theirs in (("start", p[0], g[0]), ("end", p[1], g[1])):
                if mine == theirs:
                    continue
                longer = (theirs < mine) if edge == "start" else (theirs > mine)
                side = f"{edge}: gold {'longer' if longer else 'shorter'}"
                shape = f"{side} by {what_differs(doc, mine, theirs, cue)} [{offer}]"
                tables["shape"][shape] += 1
                tables["edge"][f"{side} by {size_of(doc, mine, theirs)} words"] += 1
                edges.append(side)
                if len(shown[shape]) < examples:
                    shown[shape].append((text[slice(*p)], text[slice(*g)]))
            tables["kind"][f"{quote['kind']}: {' and '.join(edges) or 'same edges'}"] += 1
            tables["cue"][f"{cue_class(cue, cues)} ({quote['kind']})"] += 1
    print(dict(counts))
    for name, counter in tables.items():
        print(f"== by {name} ==")
        for key, n in counter.most_common(top):
            print(n, key)
            for mine, theirs in shown.get(key, []) if name == "shape" else []:
                print("    found:", mine[-200:].replace("\n", " "))
                print("    gold: ", theirs[-200:].replace("\n", " "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("dev", "heldout", "train"))
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--predictions", help="parley's output for the split: tabulate its found contents by shape")
    args = parser.parse_args()
    if args.predictions:
        shapes(args.split, args.predictions, args.examples, args.top)
        return
    norm = scorer().norm
    model = BoundaryModel.load()
    counts: Counter[str] = Counter()
    classes = {"offered": Counter(), "not offered": Counter()}
    examples: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc, text, gold, candidate, options in gold_candidates(parsed(args.split)):
        right = [norm(text[b.start:b.end]) == norm(text[gold[0]:gold[1]]) for b in options]
        scores = model.scorer.scores([boundary_features(candidate, b, text) for b in options])
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
