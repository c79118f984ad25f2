"""Why parley_quotes drops the gold attributions whose cue it offers: each such miss classed by the step
of the cue model's choice where it is lost, with the cue's probability band and word class.

    nice -n 10 uv run python training/quotes/dropped_cues.py heldout                 # the shipped models
    nice -n 10 uv run python training/quotes/dropped_cues.py train --folds 5         # both models unseen

The class is miss_classes.py's "outside quote marks: its cue is a candidate; not kept": a gold
attribution outside quote marks that no quote overlaps, one of whose cue words is a cue candidate.
parley_quotes is traced as it runs (its _cues_by_model is wrapped); the steps are those of
QuoteExtractor._cues_by_model and _indirect: a word's likeliest content over its threshold
(``keep_listed`` for the lexicon's relation, else ``accept``), the boundary model's cut, the cut
before a likelier cue, the check that the cue does rather than says, the overlap with a likelier
content, and what follows (direct quotes, front matter). With ``train --folds 5`` both models are
trained on the other folds, as ``train.py --folds 5 --boundary-too`` does, and the predictions are
written as that command writes them. PolNeAR dev is for aggregate figures only: never run on it.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from thinc.api import Config

from corpus import articles, parsed
from evaluate import OUTPUT, scorer
from parley.model import RawDocument
from parley.nlp import quotes as quotes_module
from parley.nlp.doc_index import DocIndex
from parley.nlp.pipeline import Pipeline, to_document
from parley.nlp.quote_model import candidate_features
from parley.nlp.quotes import QuoteExtractor, _does_an_act, _first_relation, _without_overlaps

HERE = Path(__file__).resolve().parent
TRACES: dict[str, dict] = {}


def traced(original):
    """QuoteExtractor._cues_by_model, recording for each Doc its candidates, their probabilities and
    what each step keeps."""

    def wrapper(self: QuoteExtractor, doc, text, index, marked):
        candidates = quotes_module.cue_candidates(doc, text, index, marked, self.cues)
        listed_by_word = {c.cue.i: self.cues.complements(c.cue) for c in candidates}
        probabilities = self.cue_model.probabilities(
            candidate_features(candidates, text, [listed_by_word[c.cue.i] for c in candidates]))
        lexicon_relation = {i: _first_relation(doc[i], relations, text)
                            for i, relations in listed_by_word.items() if self.use_lexicon and relations}
        found, speaks_for, inner = original(self, doc, text, index, marked)
        acting = {c.cue.i for c in found if _does_an_act(c.cue, self.event_rules)}
        outer = _without_overlaps([c for c in found if c.cue.i not in acting])
        TRACES[text] = {"candidates": candidates, "probabilities": probabilities, "settings": dict(self.cue_model.settings),
                        "lexicon_relation": lexicon_relation, "found": found, "acting": acting, "outer": outer,
                        "listed": listed_by_word}
        return found, speaks_for, inner

    return wrapper


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def band(p: float) -> str:
    edges = (0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
    low = max([e for e in edges if e <= p], default=0.0)
    high = min([e for e in edges if e > p], default=1.0)
    return f"{low:.2f}-{high:.2f}"


def word_class(trace: dict, cue, cues) -> str:
    if trace["listed"].get(cue.i):
        return "listed"
    return "speech verb" if cues.is_speech(cue) else f"unlisted {cue.pos_}"


def classify(article: dict, doc, found: dict, trace: dict | None, cues, tables: dict[str, Counter]) -> None:
    text = article["text"]
    score = scorer()
    attributions = [a for a in article["attributions"] if a["content"]]
    gold = [(a["content"][0][0], a["content"][-1][1]) for a in attributions]
    spans = [tuple(q["content"]["span"]) for q in found.get("quotes", []) if q.get("content")]
    matched = {g for g, _ in score.match_spans([list(g) for g in gold], [list(s) for s in spans])}
    index = DocIndex(doc)
    marked = [(q[0][0], q[-1][1]) for q in quotes_module.find_quotations(text, index.paragraphs)]
    candidates = trace["candidates"] if trace else []
    probabilities = trace["probabilities"] if trace else []
    for g, attribution in enumerate(attributions):
        if g in matched or not attribution["cue"]:
            continue
        start, end = gold[g]
        if any(s <= start + 1 and end - 1 <= e for s, e in marked) or any(overlaps(s, gold[g]) for s in spans):
            continue
        cue_words = {t.i for t in doc if any(s <= t.idx < e for s, e in attribution["cue"])}
        own = [(c, p) for c, p in zip(candidates, probabilities) if c.cue.i in cue_words]
        if not own:
            continue
        tables["all"]["offered, not kept"] += 1
        offering = [(c, p) for c, p in own if overlaps((c.start, c.end), gold[g])]
        if not offering:
            key = "no candidate of the cue word overlaps the gold content"
            tables["all"][key] += 1
            continue
        candidate, p = max(offering, key=lambda pair: pair[1])
        settings = trace["settings"]
        listed_relation = candidate.relation == trace["lexicon_relation"].get(candidate.cue.i)
        threshold = settings["keep_listed"] if listed_relation else settings["accept"]
        kind = word_class(trace, candidate.cue, cues)
        if p < threshold:
            # Is another content of the word kept instead?
            others = [(c, q) for c, q in own if c.cue.i == candidate.cue.i and q >= (
                settings["keep_listed"] if c.relation == trace["lexicon_relation"].get(c.cue.i) else settings["accept"])]
            if others:
                key = "under threshold; the word's other content kept"
            else:
                key = f"under threshold ({'keep_listed' if listed_relation else 'accept'})"
            tables["all"][key] += 1
            tables["band"][f"{key}: {band(p)}"] += 1
            tables["class"][f"{key}: {kind}"] += 1
            tables["relation"][f"{key}: {candidate.relation}"] += 1
            continue
        chosen = [c for c in trace["found"] if c.cue.i == candidate.cue.i]
        if not chosen:
            key = "over threshold; lost before the cut"  # not expected
        elif not overlaps((chosen[0].start, chosen[0].end), gold[g]):
            key = "over threshold; boundary or cut moved the content off the gold"
        elif candidate.cue.i in trace["acting"]:
            key = "over threshold; the cue does rather than says"
        elif not any(c.cue.i == candidate.cue.i for c in trace["outer"]):
            blocker = next((o for o in trace["outer"] if overlaps((o.start, o.end), (chosen[0].start, chosen[0].end))), None)
            if blocker is None:
                where = "?"
            elif start <= blocker.cue.idx < end:
                where = "its cue inside the gold content"
            elif blocker.start <= attribution["cue"][0][0] < blocker.end:
                where = "it holds the gold cue"
            else:
                where = "beside"
            key = f"over threshold; overlaps a likelier content ({where})"
        else:
            key = "over threshold; kept, lost later (direct quotes, front matter)"
        tables["all"][key] += 1
        tables["band"][f"{key}: {band(p)}"] += 1
        tables["class"][f"{key}: {kind}"] += 1


def blocked_pairs(article: dict, trace: dict, table: Counter) -> None:
    """Each content over its threshold that a likelier overlapping content blocked, tallied by which of
    the two is right (its word in a gold cue, its content overlapping that attribution's content):
    what a learned choice between overlapping candidates could change."""
    gold = [(a["cue"], (a["content"][0][0], a["content"][-1][1])) for a in article["attributions"] if a["content"] and a["cue"]]

    def right(candidate) -> bool:
        return any(any(s <= candidate.cue.idx < e for s, e in spans) and overlaps((candidate.start, candidate.end), content)
                   for spans, content in gold)

    kept = {c.cue.i for c in trace["outer"]}
    for candidate in trace["found"]:
        if candidate.cue.i in kept or candidate.cue.i in trace["acting"]:
            continue
        blocker = next((o for o in trace["outer"] if overlaps((o.start, o.end), (candidate.start, candidate.end))), None)
        if blocker is None:
            continue
        outer = "the kept one outer" if blocker.start <= candidate.cue.idx < blocker.end else \
            "the blocked one outer" if candidate.start <= blocker.cue.idx < candidate.end else "side by side"
        table[f"kept {'right' if right(blocker) else 'wrong'}, blocked {'right' if right(candidate) else 'wrong'}; {outer}"] += 1


def candidate_rows(article: dict, trace: dict, cues) -> list[dict]:
    """Each candidate of an article: where it stands in the choice, and whether it is right (its word
    in a gold cue, its content overlapping that attribution's content)."""
    gold = [(a["cue"], (a["content"][0][0], a["content"][-1][1])) for a in article["attributions"] if a["content"] and a["cue"]]
    found = {c.cue.i: c for c in trace["found"]}
    outer = {c.cue.i for c in trace["outer"]}
    rows = []
    for candidate, p in zip(trace["candidates"], trace["probabilities"]):
        cue = candidate.cue
        right = any(any(s <= cue.idx < e for s, e in spans) and overlaps((candidate.start, candidate.end), content)
                    for spans, content in gold)
        gold_word = any(any(s <= cue.idx < e for s, e in spans) for spans, _ in gold)
        kept = found.get(cue.i)
        rows.append({"id": article["id"], "cue": cue.i, "sent": cue.sent.start, "lemma": cue.lemma_.lower(), "pos": cue.pos_,
                     "dep": cue.dep_, "rel": candidate.relation, "start": candidate.start, "end": candidate.end,
                     "p": round(float(p), 4), "listed_rel": candidate.relation == trace["lexicon_relation"].get(cue.i),
                     "listed": bool(trace["listed"].get(cue.i)), "speech": cues.is_speech(cue),
                     "chosen": kept is not None and kept.relation == candidate.relation, "outer": cue.i in outer,
                     "right": right, "gold_word": gold_word})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("train", "heldout"))
    parser.add_argument("--folds", type=int, default=0, help="train only: both models trained on the other folds")
    parser.add_argument("--predictions", default="")
    parser.add_argument("--candidates", default="", help="also write every candidate (probability, step reached, "
                        "whether it is a gold cue and content) as JSON lines here")
    args = parser.parse_args()
    QuoteExtractor._cues_by_model = traced(QuoteExtractor._cues_by_model)
    nlp = Pipeline().nlp
    if args.split == "train":
        if not args.folds:
            parser.error("train needs --folds: the shipped models were trained on it")
        from train import cross_validate

        predicted = Path(args.predictions or OUTPUT / "polnear_train_cv.jsonl")
        cross_validate(Config().from_disk(HERE / "config.cfg"), args.folds, predicted, boundary_too=True)
        pairs = parsed("train")
    else:
        predicted = Path(args.predictions or OUTPUT / "polnear_heldout_traced.jsonl")
        gold = OUTPUT / "polnear_heldout_gold.jsonl"
        OUTPUT.mkdir(exist_ok=True)
        gold.write_text("".join(json.dumps(row) + "\n" for row in articles("heldout")), encoding="utf-8")
        pairs = []
        with open(predicted, "w", encoding="utf-8") as out, nlp.select_pipes(disable=["parley_events"]):
            for row, doc in zip(articles("heldout"), nlp.pipe(row["text"] for row in articles("heldout"))):
                out.write(to_document(doc, RawDocument(text=row["text"], id=row["id"])).model_dump_json() + "\n")
                pairs.append((row, doc))
        result, _ = scorer().score_quotes(str(predicted), str(gold))
        print(json.dumps({"split": "heldout", **result}))
    cues = nlp.get_pipe("parley_quotes").cues
    predictions = {row["id"]: row for row in map(json.loads, open(predicted, encoding="utf-8"))}
    tables: dict[str, Counter] = {name: Counter() for name in ("all", "band", "class", "relation", "blocked pairs")}
    for article, doc in pairs:
        if article["id"] in predictions:
            classify(article, doc, predictions[article["id"]], TRACES.get(article["text"]), cues, tables)
            if article["text"] in TRACES:
                blocked_pairs(article, TRACES[article["text"]], tables["blocked pairs"])
    if args.candidates:
        with open(args.candidates, "w", encoding="utf-8") as out:
            for article, _ in pairs:
                trace = TRACES.get(article["text"])
                if trace is not None:
                    out.writelines(json.dumps(row) + "\n" for row in candidate_rows(article, trace, cues))
    for name, counter in tables.items():
        print(f"\n== {name} ==")
        for key, n in sorted(counter.items(), key=lambda kv: (kv[0].split(":")[0], -kv[1])) if name not in ("all", "blocked pairs") else counter.most_common():
            print(f"{n:6d}  {key}")


if __name__ == "__main__":
    main()
