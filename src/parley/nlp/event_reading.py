"""One Doc as the event parts read it: what the earlier components found, indexed once per Doc.

Actors, times, quantities and quotes come from the earlier components (doc._.actors and
Token._.actor, doc._.times, doc._.quantities, doc._.quotes); the event_* modules decide which of
them belong to which trigger, by walking the dependency tree from each one to the nearest trigger.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import Actor, Location, Quote, Span, TimeExpression
from .doc_index import DocIndex
from .event_lexicon import Code, ContextKeywords, TriggerLexicon
from .labels import PLACE_LABELS
from .lexicon import EventWords, Lexicon, PloverTypes


@dataclass(eq=False)
class Candidate:
    """One reported action found in a sentence, before it becomes an Event."""

    anchor: Token
    code: Code
    specificity: float
    absorbed: list[Token] = field(default_factory=list)  # words of this same event ("held" → "talks")
    complements: list[Token] = field(default_factory=list)  # heads of events folded in ("agreed" → "exchange")
    aux: set[str] = field(default_factory=set)
    governor: Token | None = None
    reported: bool = False
    dropped: bool = False
    subject_targeted: bool = False  # the subject suffers the act: "Russia will pay a price" threatens Russia
    rejected: bool = False  # a charge or request someone rejects, made all the same: "denied the accusations"
    promised: Code | None = None  # the material act an AGREE or CONCEDE promises: "agreed to extradite him"
    also: Code | None = None  # a second event the same words report: forces "sent to help" Mali give aid (§174)
    # the second event is done by the first's recipients to its actors: militants driven out retreat (§414)
    also_by_recipients: bool = False
    stance: bool = False  # the subject feels about what the complement names: "Germany was outraged by …" (§253)

    def own_word(self, lemmas: frozenset[str]) -> Token | None:
        """The first of the event's own words (its anchor, then the words absorbed into it) whose lemma is listed."""
        return next((t for t in (self.anchor, *self.absorbed) if t.lemma_.lower() in lemmas), None)


# Each token of a sentence's events → its event and the token's role ("anchor", "absorbed", "complement").
Owners = dict[int, tuple[Candidate, str]]


@dataclass(frozen=True)
class EventReading:
    """Everything needed to read events off one Doc, indexed once per Doc."""

    doc: Doc
    text: str
    words: EventWords
    plover: PloverTypes
    triggers: TriggerLexicon
    contexts: ContextKeywords
    published: date | None
    historical_days: int
    body_start: int  # the first token after the headline
    story_start: int  # the first token after the headline, the byline and the dateline
    not_content: list[tuple[int, int]]
    dateline_place: Location | None
    places: list[SpacySpan]
    actors: dict[str, Actor]
    times: dict[int, list[tuple[TimeExpression, Token]]]
    quantities: dict[int, list[tuple[int, Token]]]
    quotes: list[Quote]
    quote_starts: list[int]
    document_contexts: list[str]
    lemmas: list[str]  # lower-cased, one per token: context keywords are matched on lemma text
    sentence_contexts: dict[int, set[str]] = field(default_factory=dict)  # filled on first use

    @classmethod
    def of(cls, doc: Doc, lexicon: Lexicon, historical_days: int) -> EventReading:
        index = DocIndex.of(doc)
        text = index.text
        words = lexicon.event_words
        contexts = lexicon.contexts
        headline = index.front.headline
        first_body = index.first_after(headline[1]) if headline else None
        story = index.first_after(index.front.end)
        quotes = sorted(doc._.quotes or [], key=lambda q: q.content.span[0])
        lemmas = _lower_lemmas(doc)
        return cls(
            doc=doc,
            text=text,
            words=words,
            plover=lexicon.plover,
            triggers=lexicon.triggers,
            contexts=contexts,
            published=doc._.published,
            historical_days=historical_days,
            body_start=0 if headline is None else first_body.i if first_body is not None else len(doc),
            story_start=story.i if story is not None else len(doc),
            not_content=index.front.not_content(),
            dateline_place=_dateline_place(index),
            places=[e for e in doc.ents if e.label_ in PLACE_LABELS and e.root.dep_ == "pobj"
                    and e.root.head.lower_ in words.location_prepositions],
            actors={a.id: a for a in doc._.actors or []},
            # Indexed by sentence start: events only take times and numbers from their own sentence,
            # and scanning every one per event is quadratic in long documents.
            times=_by_sentence((t, root) for t in doc._.times or []
                               if (root := _root(doc, t.span)) is not None and not _in_title(root, t.span, text, words)),
            quantities=_by_sentence((i, root) for i, q in enumerate(doc._.quantities or [])
                                    if (root := _root(doc, q.span))),
            quotes=quotes,
            quote_starts=[q.content.span[0] for q in quotes],
            document_contexts=[code for code, n in contexts.counts(" ".join(lemmas)).items()
                               if n >= contexts.document_hits],
            lemmas=lemmas,
        )

    @property
    def published_iso(self) -> str | None:
        return self.published.isoformat() if self.published else None

    def in_headline(self, token: Token) -> bool:
        return token.i < self.body_start

    def in_lead(self, token: Token) -> bool:
        """Whether the token is in the headline or the body's first sentence, where news writing states the news."""
        return self.in_headline(token) or token.sent.start <= self.story_start < token.sent.end

    def same_part(self, token: Token, other: Token) -> bool:
        """Whether both tokens are in the headline, or both in the body."""
        return self.in_headline(token) == self.in_headline(other)

    def sentence_times(self, candidate: Candidate) -> list[tuple[TimeExpression, Token]]:
        return self.times.get(candidate.anchor.sent.start, [])

    def quote_of(self, token: Token) -> Quote | None:
        """The quote whose content holds ``token``; quote contents do not overlap."""
        i = bisect.bisect_right(self.quote_starts, token.idx) - 1
        if i >= 0 and token.idx < self.quotes[i].content.span[1]:
            return self.quotes[i]
        return None

    def span(self, start: int, end: int) -> Span:
        """Characters ``[start, end)`` without surrounding whitespace (a sentence's end can hold blank lines)."""
        while end > start and self.text[end - 1].isspace():
            end -= 1
        while start < end and self.text[start].isspace():
            start += 1
        return Span(text=self.text[start:end], span=(start, end))


def trigger_owners(sentence: list[Candidate]) -> Owners:
    owners = {}
    for candidate in sentence:
        owners[candidate.anchor.i] = (candidate, "anchor")
        for token in candidate.absorbed:
            owners.setdefault(token.i, (candidate, "absorbed"))
        for token in candidate.complements:
            owners.setdefault(token.i, (candidate, "complement"))
    return owners


def _dateline_place(index: DocIndex) -> Location | None:
    """"GENEVA, May 4 (Reuters) -": where the story was filed, its events' place when they name none."""
    dateline = index.front.dateline
    if dateline is None:
        return None
    start, end = dateline.place
    name = " ".join(word.capitalize() if word.isupper() else word for word in index.text[start:end].split())
    return Location(name=name, country=dateline.country(index.text), span=(start, end))


def _in_title(root: Token, offsets: tuple[int, int], text: str, words: EventWords) -> bool:
    """A date that is a work's title ("the film '1917'", "the novel 1984") dates no event: it stands
    in quotation marks of its own, or beside a noun that names a work."""
    start, end = offsets
    before, after = text[max(0, start - 1):start], text[end:end + 1]
    if before and after and before in "\"“‘'«" and after in "\"”’'»":
        return True
    return root.dep_ in ("appos", "compound", "npadvmod", "nmod") and root.head.lemma_.lower() in words.title_nouns \
        or (root.i > 0 and root.nbor(-1).lemma_.lower() in words.title_nouns)


def _root(doc: Doc, offsets: tuple[int, int]) -> Token | None:
    span = doc.char_span(offsets[0], offsets[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _by_sentence(items) -> dict[int, list]:
    """(item, root token) pairs grouped by the start of the root's sentence."""
    grouped: dict[int, list] = {}
    for item, root in items:
        grouped.setdefault(root.sent.start, []).append((item, root))
    return grouped


def _lower_lemmas(doc: Doc) -> list[str]:
    """Each token's lemma, lower-cased: read as one array, each distinct lemma lower-cased once
    (a Token object per word costs more than the words)."""
    strings = doc.vocab.strings
    ids = doc.to_array(LEMMA).tolist()
    lower = {lemma: strings[lemma].lower() for lemma in set(ids)}
    return [lower[lemma] for lemma in ids]
