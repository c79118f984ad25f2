"""Tabulate every miss of parley's quotes on a split by class: the exact misses among matched quotes,
the gold attributions no quote matches and the quotes that match none.

    nice -n 10 uv run python training/quotes/miss_classes.py train --predictions .eval/polnear_train_folds.jsonl

Matching is score.py's (greedy one-to-one by overlap). A matched quote that is not exact is classed
first by its cue: another word than the gold cue that lies inside the gold content (parley reports
a cue the annotators leave inside what the outer cue reports), a gold cue inside parley's content
(parley reports the outer cue, the annotators the inner one), the cue of a neighbouring gold
attribution, or no gold cue at all; with the gold cue, by whether parley's content runs on over
another gold attribution's cue (a second cue takes over where the gold stops), and otherwise by the
edge that differs and what lies there (boundary_misses.what_differs). Unmatched gold attributions are
classed by whether a quote overlaps them (matched to a neighbour, nested in it or holding it) and,
outside quote marks, by whether the cue candidates offer their cue; unmatched quotes by whether they
overlap a gold attribution matched to another quote, and by their cue. PolNeAR dev is for aggregate
figures only: run this on train or the held-out tenth.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

from boundary_misses import exact_range, what_differs
from corpus import parsed
from evaluate import scorer
from parley.nlp.doc_index import DocIndex
from parley.nlp.lexicon import load_lexicon
from parley.nlp.quotes import cue_candidates, find_quotations
from spacy.tokens import Doc, Token


def token_at(doc: Doc, span: list[int] | None) -> Token | None:
    found = doc.char_span(*span, alignment_mode="expand") if span else None
    return found.root if found is not None and len(found) else None


def inside(char: int, start: int, end: int) -> bool:
    return start <= char < end


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("train", "heldout", "dev"))
    parser.add_argument("--predictions", required=True)
    parser.add_argument("--examples", type=int, default=0, help="print this many examples per class (not on dev)")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    if args.split == "dev" and args.examples:
        parser.error("dev is for aggregate figures only")
    score = scorer()
    cues = load_lexicon().cues
    predicted = {row["id"]: row for row in map(json.loads, open(args.predictions, encoding="utf-8"))}
    counts: Counter = Counter()
    tables: dict[str, Counter] = {name: Counter() for name in ("exact miss", "unmatched gold", "unmatched quote")}
    shown: dict[str, list[str]] = defaultdict(list)

    def tally(table: str, key: str, example: str) -> None:
        tables[table][key] += 1
        if len(shown[table + key]) < args.examples:
            shown[table + key].append(example.replace("\n", " ")[:300])

    for article, doc in parsed(args.split):
        text = article["text"]
        found = predicted.get(article["id"])
        if found is None:
            continue
        attributions = [a for a in article["attributions"] if a["content"]]
        gold = [[a["content"][0][0], a["content"][-1][1]] for a in attributions]
        gold_cues = [a["cue"] or [] for a in attributions]
        quotes = [q for q in found.get("quotes", []) if q.get("content")]
        spans = [q["content"]["span"] for q in quotes]
        pairs = score.match_spans(gold, spans)
        matched_gold, matched_quote = {g for g, _ in pairs}, {p for _, p in pairs}
        index = DocIndex(doc)
        marked = [(q[0][0], q[-1][1]) for q in find_quotations(text, index.paragraphs)]
        candidate_cues = {c.cue.i for c in cue_candidates(doc, text, index, marked, cues)}
        counts["gold"] += len(gold)
        counts["quotes"] += len(quotes)
        counts["matched"] += len(pairs)

        def in_gold_cue(char: int, g: int) -> bool:
            return any(s <= char < e for s, e in gold_cues[g])

        for g, p in pairs:
            quote = quotes[p]
            if score.norm(text[slice(*gold[g])]) == score.norm(text[slice(*spans[p])]):
                counts["exact"] += 1
                continue
            kind = quote["kind"]
            cue_span = quote["cue"]["span"] if quote.get("cue") else None
            cue = token_at(doc, cue_span)
            example = f"[{text[slice(*cue_span)] if cue_span else '-'}] found: {text[slice(*spans[p])]!r} | gold: {text[slice(*gold[g])]!r}"
            if cue is None:
                tally("exact miss", f"{kind}: no cue", example)
                continue
            if not in_gold_cue(cue.idx, g):
                if inside(cue.idx, *gold[g]):
                    key = "other cue: parley's cue inside the gold content (gold reports the outer cue)"
                elif any(inside(s, *spans[p]) for s, _ in gold_cues[g]):
                    key = "other cue: the gold cue inside parley's content (gold reports the inner cue)"
                elif any(in_gold_cue(cue.idx, other) for other in range(len(gold)) if other != g):
                    key = "other cue: a neighbouring gold attribution's cue"
                elif not gold_cues[g]:
                    key = "other cue: gold has no cue"
                else:
                    key = "other cue: no gold cue"
                tally("exact miss", f"{kind}: {key}", example)
                continue
            others = [o for o in range(len(gold)) if o != g and any(inside(s, *spans[p]) for s, _ in gold_cues[o])]
            if others and not any(inside(s, *gold[g]) for o in others for s, _ in gold_cues[o]):
                tally("exact miss", f"{kind}: gold cue; parley's content runs over another gold attribution's cue", example)
                continue
            g_range = exact_range(text, *gold[g], score.QUOTES)
            p_range = exact_range(text, *spans[p], score.QUOTES)
            edges = []
            for edge, mine, theirs in (("start", p_range[0], g_range[0]), ("end", p_range[1], g_range[1])):
                if mine != theirs:
                    longer = (theirs < mine) if edge == "start" else (theirs > mine)
                    edges.append(f"{edge}: gold {'longer' if longer else 'shorter'} by {what_differs(doc, mine, theirs, cue)}")
            key = " + ".join(edges) if len(edges) == 1 else "both edges differ"
            tally("exact miss", f"{kind}: gold cue; {key}", example)

        for g in range(len(gold)):
            if g in matched_gold:
                continue
            start, end = gold[g]
            cue_text = " ".join(text[s:e] for s, e in gold_cues[g])
            example = f"[{cue_text}] gold: {text[start:end]!r}"
            direct = any(s <= start + 1 and end - 1 <= e for s, e in marked)
            where = "in quote marks" if direct else "outside quote marks"
            over = [p for p in range(len(quotes)) if min(spans[p][1], end) > max(spans[p][0], start)]
            if over:
                p = max(over, key=lambda p: min(spans[p][1], end) - max(spans[p][0], start))
                if spans[p][0] <= start and end <= spans[p][1]:
                    shape = "inside a quote matched to another"
                elif start <= spans[p][0] and spans[p][1] <= end:
                    shape = "holds a quote matched to another"
                else:
                    shape = "overlaps a quote matched to another"
                tally("unmatched gold", f"{where}: {shape}", example)
                continue
            cue_tokens = {t.i for t in doc if any(s <= t.idx < e for s, e in gold_cues[g])}
            if not gold_cues[g]:
                reason = "no gold cue"
            elif direct:
                reason = "no quote found"
            elif cue_tokens & candidate_cues:
                reason = "its cue is a candidate; not kept"
            else:
                reason = "its cue is no candidate"
            tally("unmatched gold", f"{where}: {reason}", example)

        for p in range(len(quotes)):
            if p in matched_quote:
                continue
            quote = quotes[p]
            start, end = spans[p]
            cue_span = quote["cue"]["span"] if quote.get("cue") else None
            cue = token_at(doc, cue_span)
            example = f"[{text[slice(*cue_span)] if cue_span else '-'}] found: {text[start:end]!r}"
            over = [g for g in range(len(gold)) if min(gold[g][1], end) > max(gold[g][0], start)]
            if over:
                shape = "inside a gold matched to another" if any(gold[g][0] <= start and end <= gold[g][1] for g in over) \
                    else "overlaps a gold matched to another"
                nested = cue is not None and any(inside(cue.idx, *spans[o]) for o in range(len(quotes)) if o != p)
                tally("unmatched quote", f"{quote['kind']}: {shape}{' (its cue inside another quote)' if nested else ''}", example)
                continue
            if cue is None:
                key = "no cue"
            elif any(in_gold_cue(cue.idx, g) for g in range(len(gold))):
                key = "its cue is a gold cue (content elsewhere)"
            elif any(inside(cue.idx, *gold[g]) for g in range(len(gold))):
                key = "its cue inside a gold content"
            else:
                key = "listed cue" if cues.complements(cue) else "speech verb" if cues.is_speech(cue) else "model's cue"
            tally("unmatched quote", f"{quote['kind']}: no gold overlap; {key}", example)
    print(dict(counts))
    for name, counter in tables.items():
        print(f"\n== {name}: {sum(counter.values())} ==")
        for key, n in counter.most_common(args.top):
            print(f"{n:6d}  {key}")
            for example in shown[name + key]:
                print(f"          {example}")


if __name__ == "__main__":
    main()
