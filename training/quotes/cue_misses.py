"""Tabulate the gold attributions no cue candidate offers, by class: what the candidate generator misses.

    nice -n 10 uv run python training/quotes/cue_misses.py train [--examples 2]

A gold attribution is offered when some candidate of quotes.cue_candidates has its word inside the
gold cue and its content overlapping the gold content. Attributions whose content lies inside quote
marks are the direct-quote rules' and are only counted. Each miss is classed by its cue word (the
cue span's syntactic head): its part of speech, whether the generator offers that word at all, and
how the gold content's head hangs from it in the parse (a child's relation, a grandchild through
what, the cue's own ancestor, or a word of another sentence).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from corpus import parsed
from parley.nlp.doc_index import DocIndex
from parley.nlp.lexicon import load_lexicon
from parley.nlp.quotes import cue_candidates, find_quotations
from spacy.tokens import Doc, Span, Token


def head_of(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    words = [t for t in span if not (t.is_punct or t.is_space)] or list(span)
    return min(words, key=lambda t: sum(1 for _ in t.ancestors))


def path(cue: Token, content: Span, head: Token) -> str:
    """How the content's head hangs from the cue word in the parse."""
    if head.sent.start != cue.sent.start:
        return "other sentence"
    if head.head.i == cue.i and head.i != cue.i:
        return f"child:{head.dep_}"
    if head.head.head.i == cue.i:
        return f"grandchild:{head.head.dep_}>{head.dep_}"
    if any(a.i == head.i for a in cue.ancestors):
        inside = content.start <= cue.i < content.end
        return f"ancestor:{cue.dep_}{'' if inside else ' (cue outside)'}"
    if head.head.i == cue.head.i:
        return f"sibling:{cue.dep_}~{head.dep_}"
    return "elsewhere"


def shape(cue: Token, cue_text: str) -> str:
    """The cue's shape: a phrase, one inside a relative clause, or the word's class."""
    words = len(cue_text.split())
    relative = any(t.dep_ == "relcl" for t in (cue, *cue.ancestors))
    return f"{cue.pos_}{' phrase' if words > 1 else ''}{' in relcl' if relative else ''}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("train", "dev", "heldout"))
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args()
    cues = load_lexicon().cues
    counts: Counter = Counter()
    by_class: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for article, doc in parsed(args.split):
        text = article["text"]
        index = DocIndex(doc)
        marked = [(q[0][0], q[-1][1]) for q in find_quotations(text, index.paragraphs)]
        candidates = cue_candidates(doc, text, index, marked, cues)
        offered_words = {c.cue.i for c in candidates}
        for attribution in article["attributions"]:
            if not attribution["content"] or not attribution["cue"]:
                counts["no cue or content"] += 1
                continue
            start, end = attribution["content"][0][0], attribution["content"][-1][1]
            counts["gold"] += 1
            if start >= end:
                counts["content parts out of order"] += 1
                continue
            if any(s <= start + 1 and end - 1 <= e for s, e in marked):
                counts["inside quote marks (direct)"] += 1
                continue
            cue_tokens = [t for t in doc if any(s <= t.idx < e for s, e in attribution["cue"])]
            if any(c.cue.i in {t.i for t in cue_tokens} and min(c.end, end) > max(c.start, start) for c in candidates):
                counts["offered"] += 1
                continue
            counts["missed"] += 1
            cue_text = " ".join(text[s:e] for s, e in attribution["cue"])
            cue = min(cue_tokens, key=lambda t: sum(1 for _ in t.ancestors)) if cue_tokens else None
            content = doc.char_span(start, end, alignment_mode="expand")
            head = head_of(doc, start, end)
            if cue is None or head is None or content is None:
                by_class["class"]["unaligned"] += 1
                continue
            offered = "word offered" if cue.i in offered_words else "word not offered"
            if any(s <= cue.idx < e for s, e in marked):
                offered = "cue inside quote marks"
            side = "content before" if end <= cue.idx else "content after" if start > cue.idx else "cue inside"
            key = f"{offered} | {shape(cue, cue_text)} | {path(cue, content, head)}"
            by_class["class"][key] += 1
            by_class["offered"][offered] += 1
            by_class["shape"][shape(cue, cue_text)] += 1
            by_class["path"][path(cue, content, head)] += 1
            by_class["side"][side] += 1
            by_class["cue"][f"{cue_text.lower()} ({cue.pos_})"] += 1
            by_class["lemma"][f"{cue.lemma_.lower()} {cue.pos_}"] += 1
            if len(examples[key]) < args.examples:
                examples[key].append(f"[{cue_text}] {text[start:end][:100]!r}")
    print(dict(counts))
    for name in ("offered", "shape", "path", "side", "lemma", "cue", "class"):
        print(f"\n## {name}")
        for key, n in by_class[name].most_common(40):
            print(f"{n:6d}  {key}")
            for example in examples.get(key, []) if name == "class" else []:
                print(f"          {example}")


if __name__ == "__main__":
    main()
