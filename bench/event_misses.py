"""Why a snippet's event is missed when the lexicon knows its word: for each snippet whose gold PLOVER
type an extraction does not find, the words of that type the lexicon lists in it, and what became of
each — the rule in match_verb / match_noun that returned nothing (by its line), the part-of-speech gate,
the pass that dropped the candidate, the event it was folded into, the type it was given instead, or
its negation. Counts per reason; ``--show N`` prints N snippets per reason (learning data only).

    uv run parley extract .eval/voa_learn.jsonl -o .eval/learn.jsonl --workers 1
    uv run python bench/event_misses.py .eval/voa_learn.jsonl .eval/learn.jsonl [--show 3]
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from parley.nlp import event_nouns, event_verbs, events
from parley.nlp.event_reading import Candidate
from parley.nlp.labels import NOUN_POS, VERB_POS
from parley.nlp.pipeline import load

# Functions whose line of return says which rule stopped a word.
TRACED = {events.EventCoder.match.__code__, event_verbs.match_verb.__code__, event_nouns.match_noun.__code__,
          event_nouns.noun_code.__code__}


def lexicon_words(coder: events.EventCoder, type_: str) -> tuple[set[str], set[str], set[str]]:
    """Verb and noun lemmas the curated lexicon and its generated noun tiers code as ``type_``, and the
    CAMEO tier's verbs apart (it reads a sentence only where the curated lexicon finds nothing)."""
    triggers, fallback, rules = coder.triggers, coder.fallback, coder.rules
    verbs = {v for v, c in triggers.verbs.items() if c.type == type_}
    verbs |= {v for (v, _), c in triggers.phrasal.items() if c.type == type_}
    verbs |= {v.split()[0] for (v, _), c in triggers.verb_objects.items() if c.type == type_}
    cameo = {v for (v, _), c in fallback.phrasal.items() if c.type == type_}
    cameo |= {v.split()[0] for (v, _), c in fallback.verb_objects.items() if c.type == type_}
    cameo |= {v for (v, _, _), c in fallback.prep_objects.items() if c.type == type_}
    nouns = {n for n, c in triggers.nouns.items() if c.type == type_}
    nouns |= {h for (_, h), c in triggers.compounds.items() if c.type == type_}
    for table in (fallback.nouns, fallback.verbal_nouns, rules.stance_nouns):
        nouns |= {n for n, c in table.items() if c.type == type_}
    return verbs, nouns, cameo - verbs


class ReturnLines:
    """The line each traced function last returned from, while active."""

    def __init__(self) -> None:
        self.lines: dict[str, int] = {}

    def __enter__(self) -> ReturnLines:
        sys.settrace(self._call)
        return self

    def __exit__(self, *_: object) -> None:
        sys.settrace(None)

    def _call(self, frame, event, arg):
        if event == "call" and frame.f_code in TRACED:
            return self._local
        return None

    def _local(self, frame, event, arg):
        if event == "return" and arg is None:
            self.lines[frame.f_code.co_name] = frame.f_lineno
        return self._local


def _source_line(function, line: int) -> str:
    source, first = inspect.getsourcelines(function)
    return source[line - first].strip()[:110]


def fate(coder: events.EventCoder, token, final: list[Candidate], drops: dict[int, str]) -> str:
    """What became of one lexicon word of the gold type."""
    for candidate in final:
        if candidate.anchor.i == token.i:
            return f"became {candidate.code.type} (rule gave another type)"
        if token in candidate.absorbed or token in candidate.complements:
            return f"folded into {candidate.code.type} ({candidate.anchor.lemma_})"
    if token.i in drops:
        return f"candidate dropped by {drops[token.i]}"
    if token.pos_ in VERB_POS:
        if events._nominalized(token):
            return "gate: participle read as a noun (_nominalized)"
        if events._attributive(token):
            return "gate: attributive participle (_attributive)"
    elif token.pos_ not in NOUN_POS and token.pos_ != "ADJ":
        return f"gate: part of speech {token.pos_}"
    with ReturnLines() as traced:
        found = coder.match(token)
    if found is not None:
        return f"matched {found.code.type}, lost in candidates()"
    for name, function in (("match_verb", event_verbs.match_verb), ("noun_code", event_nouns.noun_code),
                           ("match_noun", event_nouns.match_noun)):
        if name in traced.lines:
            line = traced.lines[name]
            last = line == _last_line(function)
            return f"{name}:{line} " + (_tables(coder, token) if last else _source_line(function, line))
    return f"no reading as {token.pos_}"


def _last_line(function) -> int:
    source, first = inspect.getsourcelines(function)
    return first + max(i for i, line in enumerate(source) if line.strip().startswith("return"))


def _tables(coder: events.EventCoder, token) -> str:
    """Where the word is listed, when no rule read it: the entries that need an object, a particle, an
    actor or a carrier verb."""
    triggers, fallback, rules = coder.triggers, coder.fallback, coder.rules
    lemma = token.lemma_.lower()
    verb = triggers.verb_lemma(lemma, token.lower_)
    tables = [name for name, found in (
        ("verb", verb in triggers.verbs), ("phrasal", any(v == verb for v, _ in triggers.phrasal)),
        ("verb_object", any(v.split()[0] == verb for v, _ in triggers.verb_objects)),
        ("noun", lemma in triggers.nouns), ("compound head", any(h == lemma for _, h in triggers.compounds)),
        ("cameo verb", any(v.split()[0] == verb for v, _ in [*fallback.verb_objects, *fallback.phrasal])),
        ("event noun (needs own actor)", lemma in fallback.nouns),
        ("verbal noun (needs carrier or content)", lemma in fallback.verbal_nouns),
        ("stance noun (needs carrier)", lemma in rules.stance_nouns)) if found]
    return "no entry read; listed as " + ", ".join(tables)


def cameo_fate(coder: events.EventCoder, verbs: list, type_: str) -> str:
    """Why the CAMEO tier, which reads a sentence where the curated lexicon finds nothing and needs an actor
    as the verb's subject, coded none of ``verbs`` as ``type_``."""
    for verb in verbs:
        found = coder.match(verb, fallback=True)
        if found is not None and found.code.type == type_:
            return "read as the type, lost after"
    real_actor_in = event_verbs.actor_in
    event_verbs.actor_in = lambda heads, words: True
    try:
        readable = [v for v in verbs if (c := coder.match(v, fallback=True)) is not None and c.code.type == type_]
    finally:
        event_verbs.actor_in = real_actor_in
    if not readable:
        return "no pattern of the type with its object or preposition"
    verb = readable[0]
    curated = [c for c in coder.candidates(verb.sent)]
    subjects = event_verbs.subjects(verb)
    subject = "passive" if any(c.dep_ == "nsubjpass" for c in verb.children) \
        else "no subject" if not subjects else f"subject {subjects[0].pos_}"
    tier = "tier not run (curated event in sentence)" if curated else "no actor as subject"
    return f"pattern of the type; {tier}; {subject}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("extraction", type=Path)
    parser.add_argument("--show", type=int, default=0, help="snippets to print per reason (learning data only)")
    args = parser.parse_args()
    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = {}
    for line in args.extraction.read_text(encoding="utf-8").splitlines():
        if line.strip():
            document = json.loads(line)
            found[document["id"]] = document["events"]
    missed = [g for g in gold if g["event"] not in {e["type"] for e in found.get(g["id"], [])
                                                    if "negated" not in (e.get("aux") or [])}]
    nlp = load()
    coder = nlp.get_pipe("parley_events")
    drops: dict[int, str] = {}

    def remember_drop(self, name, value):
        object.__setattr__(self, name, value)
        if name == "dropped" and value:
            caller = sys._getframe(1)
            drops[self.anchor.i] = f"{caller.f_code.co_name}:{caller.f_lineno}"

    Candidate.__setattr__ = remember_drop
    reasons: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    kinds: Counter = Counter()
    for snippet, doc in zip(missed, nlp.pipe(g["text"] for g in missed)):
        type_ = snippet["event"]
        verbs, nouns, cameo = lexicon_words(coder, type_)
        events_there = [e for e in found.get(snippet["id"], []) if "negated" not in (e.get("aux") or [])]
        negated = type_ in {e["type"] for e in found.get(snippet["id"], [])}
        words = [t for t in doc if coder.triggers.verb_lemma(t.lemma_.lower(), t.lower_) in verbs
                 or t.lemma_.lower() in nouns]
        kind = "negated" if negated else "wrong type" if events_there else "no event"
        if not words:
            cameo_verbs = [t for t in doc if t.pos_ in VERB_POS
                           and coder.fallback.verb_lemma(t.lemma_.lower(), t.lower_) in cameo]
            kinds[f"{kind}: no lexicon word of the type" + (" (a CAMEO-tier verb of it)" if cameo_verbs else "")] += 1
            if cameo_verbs:
                reason = f"{kind}, CAMEO verb: {cameo_fate(coder, cameo_verbs, type_)}"
                reasons[reason] += 1
                if len(examples[reason]) < args.show:
                    examples[reason].append(f"    [{type_}] {cameo_verbs[0].text}: {snippet['text']}")
            continue
        kinds[f"{kind}: lexicon word of the type"] += 1
        if negated:
            reasons["event negated"] += 1
            continue
        # the reason of the first word; a sentence's candidates are found once per snippet
        drops.clear()
        final = [c for sent in doc.sents for c in coder.candidates(sent)]
        word = words[0]
        part = "verb" if word.pos_ in VERB_POS else "noun" if word.pos_ in NOUN_POS else word.pos_
        reason = f"{kind}, {part}: {fate(coder, word, final, drops)}"
        reasons[reason] += 1
        if len(examples[reason]) < args.show:
            examples[reason].append(f"    [{type_}] {word.text}/{word.pos_}/{word.dep_}: {snippet['text']}")
    print(f"{len(missed)} of {len(gold)} snippets missed")
    for kind, n in kinds.most_common():
        print(f"{n:5d}  {kind}")
    print("why the first lexicon word of the gold type did not become its event:")
    for reason, n in reasons.most_common():
        print(f"{n:5d}  {reason}")
        for line in examples[reason]:
            print(line)


if __name__ == "__main__":
    main()
