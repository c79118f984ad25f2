"""Tabulate the gold attributions no cue candidate offers, by class: what the candidate generator misses;
or, given parley's output for the split, its indirect quotes' precision by class.

    nice -n 10 uv run python training/quotes/cue_misses.py train [--examples 2]
    nice -n 10 uv run python training/quotes/cue_misses.py train --predictions .eval/polnear_train_cue_folds.jsonl
    nice -n 10 uv run python training/quotes/cue_misses.py train --predictions .eval/polnear_train_cue_folds.jsonl --unseen

A gold attribution is offered when some candidate of quotes.cue_candidates has its word inside the
gold cue and its content overlapping the gold content. Attributions whose content lies inside quote
marks are the direct-quote rules' and are only counted. Each miss is classed by its cue word (the
cue span's syntactic head): its part of speech, whether the generator offers that word at all, and
how the gold content's head hangs from it in the parse (a child's relation, a grandchild through
what, the cue's own ancestor, or a word of another sentence).

With --predictions (train.py --folds writes them for train, evaluate.py for dev and heldout), each
indirect or mixed quote is right when score.py matches it to a gold attribution, and is classed by
its cue word, the shape of its content (a clause with a finite verb and a subject, a to-clause, a
noun phrase), the cue's subject (a named or pronoun speaker, a noun for people, another noun,
none), negation, a question, quote marks in the sentence and whether the lexicon lists the word.

With --unseen as well (train.py --folds 5's predictions), the gold attributions outside quote marks
are tallied instead by how often their cue word (lemma and part of speech) is a gold cue in the other
folds, which trained the model that extracted them: the recall left in cues the model never saw.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

from corpus import offered, parsed
from evaluate import scorer
from parley.nlp.doc_index import DocIndex
from parley.nlp.lexicon import load_lexicon
from parley.nlp.quote_model import FINITE_TAGS, SPEAKER_ENTITIES, cue_subject
from parley.nlp.quotes import find_quotations
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


def content_shape(doc: Doc, start: int, end: int) -> str:
    head = head_of(doc, start, end)
    if head is None:
        return "none"
    span = doc.char_span(start, end, alignment_mode="expand")
    finite = any(t.tag_ in FINITE_TAGS for t in span)
    subject = any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in span)
    if head.pos_ in ("VERB", "AUX"):
        if any(c.lower_ == "to" and c.dep_ == "aux" for c in head.children):
            return "to-clause"
        return "clause" if finite and subject else "verb, no subject" if finite else "verb, not finite"
    return f"{head.pos_}{' with a clause' if finite else ''}"


def subject_class(cue: Token, people_nouns: frozenset[str]) -> str:
    subject = cue_subject(cue)
    if subject is None:
        return "none"
    if subject.ent_type_ in SPEAKER_ENTITIES or subject.pos_ == "PRON":
        return f"speaker {subject.ent_type_ or 'pronoun'}"
    if subject.lemma_.lower() in people_nouns:
        return "people noun"
    return f"other {subject.pos_}"


def precision(split: str, predictions: str) -> None:
    """Right and wrong indirect quotes in ``predictions`` by class."""
    lexicon = load_lexicon()
    people_nouns = frozenset(w for w in (*lexicon.actors.titles, *lexicon.actors.sector_nouns) if " " not in w)
    score = scorer()
    predicted = {row["id"]: row for row in map(json.loads, open(predictions, encoding="utf-8"))}
    tallies: dict[str, Counter] = defaultdict(Counter)
    for article, doc in parsed(split):
        quotes = [q for q in predicted[article["id"]]["quotes"] if q["content"] and q["content"]["span"]]
        gold = [[a["content"][0][0], a["content"][-1][1]] for a in article["attributions"] if a["content"]]
        right = {p for _, p in score.match_spans(gold, [q["content"]["span"] for q in quotes])}
        for n, quote in enumerate(quotes):
            if quote["kind"] == "direct" or not quote.get("cue"):
                continue
            cue_span = doc.char_span(*quote["cue"]["span"], alignment_mode="expand")
            if cue_span is None or not len(cue_span):
                continue
            cue = cue_span.root
            sentence = cue.sent.text.strip()
            classes = {
                "all": quote["kind"],
                "lemma": f"{cue.lemma_.lower()} {cue.pos_}",
                "listed": str(bool(lexicon.cues.complements(cue))),
                "content": content_shape(doc, *quote["content"]["span"]),
                "subject": subject_class(cue, people_nouns),
                "negated": str(any(c.dep_ == "neg" for c in cue.children)),
                "question": str(sentence.endswith("?") or sentence.endswith("?”") or sentence.endswith('?"')),
                "marks in sentence": str(any(m in sentence for m in "\"“”")),
                "cue dep": cue.dep_,
            }
            for name, value in classes.items():
                tallies[name][(value, n in right)] += 1
    for name, tally in tallies.items():
        print(f"\n## {name}: right / wrong / precision")
        values = Counter()
        for (value, _), count in tally.items():
            values[value] += count
        for value, total in values.most_common(25):
            good, bad = tally[(value, True)], tally[(value, False)]
            print(f"{good:6d} {bad:6d}  {good / total:.2f}  {value}")


def cue_word(doc: Doc, attribution: dict) -> str | None:
    tokens = [t for t in doc if any(s <= t.idx < e for s, e in attribution["cue"])]
    if not tokens:
        return None
    cue = min(tokens, key=lambda t: sum(1 for _ in t.ancestors))
    return f"{cue.lemma_.lower()} {cue.pos_}"


def recall_by_seen(predictions: str, folds: int) -> None:
    """Recall of the indirect gold attributions in cross-validated ``predictions`` by how often their
    cue word is a gold cue in the other folds (an article's fold is its place in train modulo ``folds``)."""
    score = scorer()
    predicted = {row["id"]: row for row in map(json.loads, open(predictions, encoding="utf-8"))}
    per_fold: Counter = Counter()
    found = []
    for n, (article, doc) in enumerate(parsed("train")):
        index = DocIndex(doc)
        marked = [(q[0][0], q[-1][1]) for q in find_quotations(article["text"], index.paragraphs)]
        attributions = [a for a in article["attributions"] if a["content"]]
        gold = [[a["content"][0][0], a["content"][-1][1]] for a in attributions]
        quotes = [q for q in predicted[article["id"]]["quotes"] if q["content"] and q["content"]["span"]]
        matched = {g for g, _ in score.match_spans(gold, [q["content"]["span"] for q in quotes])}
        for g, attribution in enumerate(attributions):
            word = cue_word(doc, attribution) if attribution["cue"] else None
            if word is not None:
                per_fold[word, n % folds] += 1
                if not any(s <= gold[g][0] + 1 and gold[g][1] - 1 <= e for s, e in marked):
                    found.append((word, n % folds, g in matched))
    everywhere: Counter = Counter()
    for (word, _), count in per_fold.items():
        everywhere[word] += count
    tally: Counter = Counter()
    missed_words: Counter = Counter()
    for word, fold, matched in found:
        seen = everywhere[word] - per_fold[word, fold]
        seen_class = "0" if seen == 0 else "1-2" if seen < 3 else "3-9" if seen < 10 else "10+"
        tally[seen_class, matched] += 1
        if not matched and seen < 3:
            missed_words[word] += 1
    print("times the cue word is a gold cue in the other folds: gold / matched / missed / recall")
    for seen_class in ("0", "1-2", "3-9", "10+"):
        right, wrong = tally[seen_class, True], tally[seen_class, False]
        print(f"{seen_class:>4s} {right + wrong:6d} {right:6d} {wrong:6d}  {right / max(right + wrong, 1):.3f}")
    print("\nmissed, seen fewer than 3 times:", ", ".join(f"{w} ({n})" for w, n in missed_words.most_common(30)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("train", "dev", "heldout"))
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--predictions", help="parley's output for the split: tabulate its precision instead")
    parser.add_argument("--unseen", action="store_true",
                        help="with train.py --folds' predictions: recall by how often the cue word is a cue in the other folds")
    parser.add_argument("--folds", type=int, default=5, help="the folds the --unseen predictions were made in")
    args = parser.parse_args()
    if args.unseen:
        if args.split != "train" or not args.predictions:
            parser.error("--unseen reads train.py --folds' predictions: name train and --predictions")
        recall_by_seen(args.predictions, args.folds)
        return
    if args.predictions:
        precision(args.split, args.predictions)
        return
    cues = load_lexicon().cues
    counts: Counter = Counter()
    by_class: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for article, doc in parsed(args.split):
        text = article["text"]
        marked, candidates = offered(doc, text, cues)
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
            offer = "word offered" if cue.i in offered_words else "word not offered"
            if any(s <= cue.idx < e for s, e in marked):
                offer = "cue inside quote marks"
            side = "content before" if end <= cue.idx else "content after" if start > cue.idx else "cue inside"
            key = f"{offer} | {shape(cue, cue_text)} | {path(cue, content, head)}"
            by_class["class"][key] += 1
            by_class["offered"][offer] += 1
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
