"""What a mention shows and how sure it is: its evidence span, context, theme and confidence."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Span
from .event_lexicon import TriggerLexicon
from .event_reading import Candidate, EventReading, Owners
from .labels import EVIDENCE_DEPS, NOUN_POS

EDGE_PUNCTUATION = "\"'“”„«»‹›‘’,;:.—–-…([)]"


def evidence(reading: EventReading, candidate: Candidate) -> Span:
    """The trigger's clause without other clauses, datelines or edge punctuation, at most ~240 characters."""
    anchor = candidate.anchor
    # A noun trigger keeps its clauses too.
    keep = EVIDENCE_DEPS | {"relcl", "acl"} if anchor.pos_ in NOUN_POS else EVIDENCE_DEPS
    folded = {t.i for t in candidate.complements + candidate.absorbed}
    if candidate.code.type in reading.plover.content_types:  # what was demanded, refused, threatened or promised
        folded |= {c.i for c in anchor.children if c.dep_ in ("ccomp", "xcomp")}
    tokens = [anchor]
    for child in anchor.children:
        if _across_semicolon(anchor, child):
            continue  # "X set an ultimatum; however, the Kremlin has not shown…": another clause
        if child.i in folded or (child.dep_ in keep and child.dep_ not in ("ccomp", "xcomp")):
            tokens += [t for t in child.subtree if not t.is_space and reading.same_part(t, anchor)]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    for skip_start, skip_end in reading.not_content:  # "KYIV — Russian missiles struck …": no dateline
        if skip_start <= start < skip_end <= anchor.idx:
            start = skip_end
    text = reading.text
    while start < end and (text[start].isspace() or text[start] in EDGE_PUNCTUATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in EDGE_PUNCTUATION):
        end -= 1
    if end - start > 240:  # a runaway clause: keep the words nearest the trigger
        start, end = max(start, anchor.idx - 120), min(end, anchor.idx + len(anchor) + 120)
    return reading.span(start, end)


def context(reading: EventReading, anchor: Token) -> list[str]:
    """PLOVER contexts of the trigger's sentence and of the whole document."""
    sent = anchor.sent
    if sent.start not in reading.sentence_contexts:
        reading.sentence_contexts[sent.start] = set(reading.contexts.counts(" ".join(reading.lemmas[sent.start:sent.end])))
    return sorted(reading.sentence_contexts[sent.start] | set(reading.document_contexts))


def theme(reading: EventReading, candidate: Candidate) -> str:
    """What the event is about, for recognizing the same action mentioned twice."""
    themes = reading.triggers.themes
    for token in (*candidate.absorbed, *candidate.complements, candidate.anchor):
        lemma = token.lemma_.lower()
        if lemma in themes:
            return themes[lemma]
    return candidate.anchor.lemma_.lower()


PAST_THE_LEAD = 0.3  # chosen on synthetic stories 301–800 and the VOA learning part (§68)
INSIDE_ANOTHER_EVENT = 0.1  # chosen on the same texts and GSR dev (§69)


def confidence(reading: EventReading, candidate: Candidate, actors: list[str], owners: Owners) -> float:
    """Trigger specificity, actor certainty and parse agreement, each a share of [0, 1]; less for an event
    past the story's lead (§68) or named inside another event (§69), as less surely the news."""
    score = 0.55 * candidate.specificity
    if actors:
        known = any(reading.actors[a].country for a in actors if a in reading.actors)
        score += 0.2 if known else 0.12
    score += max(0.0, 0.2 - 0.1 * _clause_depth(candidate, reading.triggers))
    if candidate.anchor.pos_ == "VERB" and candidate.anchor.dep_ in ("ROOT", "ccomp", "conj", "xcomp"):
        score += 0.05
    if not reading.in_lead(candidate.anchor):
        score -= PAST_THE_LEAD
    if _inside_another_event(candidate, owners):
        score -= INSIDE_ANOTHER_EVENT
    return round(min(0.99, max(0.05, score)), 3)


def _inside_another_event(candidate: Candidate, owners: Owners) -> bool:
    """Whether another event's trigger governs this one's ("condemned the launch", "protested the arrest"):
    the act named inside another is its background, the governing act the news."""
    return any((owner := owners.get(token.i)) is not None and owner[1] == "anchor" and owner[0] is not candidate
               for token in candidate.anchor.ancestors)


def _across_semicolon(anchor: Token, child: Token) -> bool:
    low, high = sorted((anchor.i, child.i))
    return any(token.text == ";" for token in anchor.doc[low:high])


def _clause_depth(candidate: Candidate, lexicon: TriggerLexicon) -> int:
    """How many clause boundaries separate the trigger from its sentence's main clause."""
    depth, token = 0, candidate.anchor
    if token.pos_ in NOUN_POS:
        depth += 1
    while token.head.i != token.i:
        head = token.head
        if token.dep_ in ("advcl", "relcl", "acl", "pcomp", "csubj", "prep", "pobj", "parataxis", "npadvmod"):
            depth += 1
        elif token.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() not in lexicon.reporting \
                and head.lemma_.lower() not in lexicon.governors:
            depth += 1
        token = head
    return depth
