"""Reading an event's parts off the parse: actors, recipients, auxiliary modes, date, place, numbers.

Actors, times, quantities and quotes come from the earlier components (doc._.actors and
Token._.actor, doc._.times, doc._.quantities, doc._.quotes); this module only decides which of them
belong to which trigger, by walking the dependency tree from each one to the nearest trigger.
"""

from __future__ import annotations

import bisect
import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..knowledge.actor_kb import place_country
from ..model import Location, Span, TimeExpression
from .event_lexicon import Code, TriggerLexicon
from .doc_index import DocIndex
from .labels import CLAUSE_DEPS, NOUN_POS, PLACE_LABELS, SUBJECT_DEPS
from .lexicon import EventWords, Lexicon

EDGE_PUNCTUATION = "\"'“”„«»‹›‘’,;:.—–-…([)]"
TIMEX_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q[1-4])?$")


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


@dataclass
class Mention:
    """One sentence's report of an event; mentions of the same action are merged into one Event."""

    type: str
    mode: str | None
    aux: set[str]
    context: list[str]
    actors: list[str]
    recipients: list[str]
    date: str | None
    location: Location | None
    quantities: list[int]
    evidence: Span
    quote: str | None
    confidence: float
    theme: str
    headline: bool = False
    extra_evidence: list[Span] = field(default_factory=list)


class EventReader:
    """Everything needed to read events off one Doc, indexed once per Doc."""

    def __init__(self, doc: Doc, lexicon: Lexicon, historical_days: int) -> None:
        self.doc = doc
        index = DocIndex.of(doc)
        self.text = index.text
        self.dateline_place = _dateline_place(doc, index)
        # The small parser often reads a headline and the first line as one sentence; nothing an event
        # takes from its sentence (evidence, date, place) crosses from one to the other.
        headline = index.front.headline
        first_body = index.first_after(headline[1]) if headline else None
        self.body_start = 0 if headline is None else first_body.i if first_body is not None else len(doc)
        self.not_content = index.front.not_content()
        self.words = words = lexicon.event_words
        self.plover = lexicon.plover
        self.places = [e for e in doc.ents if e.label_ in PLACE_LABELS and e.root.dep_ == "pobj"
                       and e.root.head.lower_ in words.location_prepositions]
        self._sentence_contexts: dict[int, set[str]] = {}
        self.triggers = lexicon.triggers
        self.contexts = contexts = lexicon.contexts
        self.published: date | None = doc._.published
        self.historical_days = historical_days
        self.actors = {a.id: a for a in doc._.actors or []}
        # Indexed by sentence start: events only take times and numbers from their own sentence,
        # and scanning every one per event is quadratic in long documents.
        self.times = _by_sentence((t, root) for t in doc._.times or []
                                  if (root := _root(doc, t.span)) is not None and not _in_title(root, t.span, self.text, words))
        self.quantities = _by_sentence((i, root) for i, q in enumerate(doc._.quantities or [])
                                       if (root := _root(doc, q.span)))
        self.quotes = sorted(doc._.quotes or [], key=lambda q: q.content.span[0])
        self._quote_starts = [q.content.span[0] for q in self.quotes]
        self.document_contexts = [code for code, n in contexts.counts(_lemma_text(doc)).items()
                                  if n >= contexts.document_hits]

    def read(self, candidate: Candidate, owners: dict[int, tuple[Candidate, str]]) -> list[Mention]:
        """``owners`` maps each token of the sentence's events to its event (``trigger_owners``)."""
        anchor = candidate.anchor
        actors, recipients = self.participants(candidate)
        quote = self.quote_of(anchor)
        if quote is not None and not actors and self._first_person_subject(anchor) and quote.speaker:
            actors = [quote.speaker.actor] if quote.speaker.actor else []
        own_aux = self.aux_modes(candidate)
        aux = set(candidate.aux) | own_aux
        type_, mode = candidate.code.type, candidate.code.mode
        plover = self.plover
        if type_ in plover.material and self._conditional(anchor):
            type_, mode = "THREATEN", plover.threat_mode(candidate.code)  # "will expel … unless" → expel
            aux -= {"hypothetical"}
        elif type_ in plover.announced_threats and "future" in own_aux and not aux & {"negated", "hypothetical"}:
            type_, mode = "THREATEN", plover.threat_mode(Code(type_))  # an announced attack or blockade is a threat
        elif type_ in plover.cooperative and "future" in aux and not aux & {"negated", "hypothetical"}:
            # "will pull back" declares a retreat: a concession; other cooperation announced is AGREE
            type_, mode = ("CONCEDE" if plover.conceded(candidate.code) else "AGREE"), None
        elif type_ == "MOBILIZE" and self._joint(candidate):
            type_, mode = "COOPERATE", None  # "joint military exercises": PLOVER's military exchange
        elif type_ in plover.refusals and "negated" in aux:
            # A negated agreement or concession is a refusal: "will not accept", "did not give in".
            type_, mode = "REJECT", plover.refusals[type_]
            aux -= {"negated"}
        location = self.location(candidate)
        if type_ == "CONSULT" and mode != "visit":
            actors, recipients = _unique(actors + recipients), []
            if mode is None and self._elsewhere(location, actors):
                mode = "third-party"  # "talks in Istanbul" between Ukraine and Russia
        quantities = [i for i, root in self.quantities.get(anchor.sent.start, ())
                      if owners.get(_owner(root, owners), (None,))[0] is candidate]
        context = self.context(anchor)
        confidence = self.confidence(candidate, actors) - (0.15 if "hypothetical" in aux else 0.0)
        base = dict(type=type_, mode=mode, context=context, actors=actors, recipients=recipients,
                    location=location, quantities=quantities, quote=quote.id if quote else None,
                    theme=self.theme(candidate), headline=self.in_headline(anchor))
        occasions = self.enumerated_occasions(candidate)
        if occasions:
            return [Mention(aux=self.historical(aux, when), date=when, evidence=evidence,
                            confidence=confidence, **base) for evidence, when in occasions]
        when = self.date(candidate, own_aux, owners)
        if self.in_headline(anchor):
            when = None  # a headline restates, in the present tense, what the body dates
        if _historical_words(anchor, self.words) and when == self.published_iso and not self._own_time(candidate, owners):
            when = None  # "previously", with no date given: before the report, when is unknown
        return [Mention(aux=self.historical(aux, when) | _historical_words(anchor, self.words), date=when,
                        evidence=self.evidence(candidate), confidence=confidence, **base)]

    # -- who ------------------------------------------------------------------------------------

    def participants(self, candidate: Candidate) -> tuple[list[str], list[str]]:
        anchor = candidate.anchor
        if anchor.pos_ in NOUN_POS:
            actors, recipients = self.noun_participants(anchor)
        else:
            actors, recipients = self.verb_participants(anchor)
            for head in candidate.complements + candidate.absorbed:
                if head.pos_ == "VERB":
                    recipients += self.verb_participants(head)[1]
                elif head.pos_ in NOUN_POS:
                    recipients += self.noun_participants(head)[1]
        if not actors and anchor.pos_ == "ADJ" and anchor.head.i != anchor.i:
            actors = self.verb_participants(anchor.head)[0]  # "Syria is willing to …"
        if not actors and candidate.governor is not None:
            # "Hungary said it will support…": an unresolved pronoun in a report is usually the speaker.
            actors = self.verb_participants(candidate.governor)[0]
        actors = _unique(actors)
        return actors, [r for r in _unique(recipients) if r not in actors]

    def verb_participants(self, verb: Token) -> tuple[list[str], list[str]]:
        actors, recipients = [], []
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                actors += self.phrase_actors(child, place_names_side=True)
            elif child.dep_ == "agent":
                actors += [a for g in child.children if g.dep_ == "pobj" for a in self.phrase_actors(g)]
            elif child.dep_ == "nsubjpass" or (child.dep_ in ("dobj", "dative") and not passive):
                recipients += self.phrase_actors(child)
            elif child.dep_ == "prep" and child.lower_ in self.words.recipient_prepositions:
                recipients += [a for g in child.children if g.dep_ == "pobj" for a in self.phrase_actors(g)]
            elif child.dep_ == "prep" and child.lower_ == "between":
                actors += [a for g in child.children if g.dep_ == "pobj" for a in self.phrase_actors(g)]
        if not actors and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
            actors = self.verb_participants(verb.head)[0] if verb.head.pos_ in ("VERB", "AUX") else actors
            if not actors and verb.head.pos_ == "ADJ":
                actors = self.verb_participants(verb.head.head)[0]
        if not actors and verb.dep_ == "acl" and verb.tag_ == "VBN":
            recipients += self.phrase_actors(verb.head)
        elif not actors and verb.dep_ == "acl" and verb.head.i != verb.i:
            # "issued a declaration demanding…": whoever issued the declaration demands
            actors = self.noun_participants(verb.head)[0]
        return actors, recipients

    def noun_participants(self, noun: Token) -> tuple[list[str], list[str]]:
        actors, recipients = [], []
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child._.actor:
                actors += self.phrase_actors(child)
            elif child.dep_ == "prep" and child.lower_ in self.words.noun_actor_prepositions:
                actors += [a for g in child.children if g.dep_ == "pobj" for a in self.phrase_actors(g)]
            elif child.dep_ == "prep" and child.lower_ in self.words.noun_recipient_prepositions:
                recipients += [a for g in child.children if g.dep_ == "pobj" for a in self.phrase_actors(g)]
        if not actors:
            verb = noun.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ not in CLAUSE_DEPS:
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                actors = self.verb_participants(verb)[0]
        return actors, recipients

    def phrase_actors(self, head: Token, place_names_side: bool = False) -> list[str]:
        """Actor ids in the noun phrase headed by ``head`` (and its conjuncts), the head's own first."""
        words = self.words
        if head.lower_ in words.first_person and not head._.actor:
            quote = self.quote_of(head)
            if quote and quote.speaker and quote.speaker.actor:
                return [quote.speaker.actor]
        if head.lemma_.lower() in words.reciprocal_heads and any(c.lower_ in words.reciprocal_counts for c in head.children):
            return self.recent_countries(head)
        ids = [head._.actor] if head._.actor else []
        for token in noun_phrase(head, words):
            if token._.actor:
                ids.append(token._.actor)
        for conj in head.conjuncts:
            if conj.i > head.i:
                ids += [t._.actor for t in (conj, *noun_phrase(conj, words)) if t._.actor]
        if not ids and place_names_side:  # subject "opposition groups in Zimbabwe": the place names the side
            ids = [t._.actor for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "in"
                   for t in prep.subtree if t._.actor]
        return _unique(ids)

    def recent_countries(self, token: Token) -> list[str]:
        """"Both sides": the two countries named last before ``token`` (PLOVER's reciprocal actor list)."""
        seen: dict[str, str] = {}  # country → first actor id, so "Moscow" and "Russia" count once
        for previous in reversed(self.doc[max(0, token.i - 400):token.i]):
            actor = self.actors.get(previous._.actor) if previous._.actor else None
            place = previous.dep_ == "pobj" and previous.head.lower_ in self.words.location_prepositions
            if actor is not None and actor.country and actor.kind == "country" and not place:
                seen.setdefault(actor.country, actor.id)
                if len(seen) == 2:
                    break
        return list(seen.values())

    def quote_of(self, token: Token):
        """The quote whose content holds ``token``; quote contents do not overlap."""
        i = bisect.bisect_right(self._quote_starts, token.idx) - 1
        if i >= 0 and token.idx < self.quotes[i].content.span[1]:
            return self.quotes[i]
        return None

    def _first_person_subject(self, anchor: Token) -> bool:
        token = anchor
        while True:
            if any(c.dep_ in SUBJECT_DEPS and c.lower_ in self.words.first_person for c in token.children):
                return True
            if token.dep_ not in ("xcomp", "conj", "ccomp") or token.head.i == token.i:
                return False
            token = token.head

    # -- how: auxiliary modes -----------------------------------------------------------------------

    def aux_modes(self, candidate: Candidate) -> set[str]:
        anchor, words = candidate.anchor, self.words
        aux = set()
        heads = [anchor] + ([anchor.head] if anchor.dep_ in ("dobj", "nsubjpass", "attr") else [])
        for head in heads:
            for child in head.children:
                word = child.lower_
                if child.dep_ == "neg" or (child.dep_ == "det" and word == "no"):
                    aux.add("negated")
                elif child.dep_ in SUBJECT_DEPS and word in words.negative_subjects:
                    aux.add("negated")
                elif child.dep_ in ("aux", "auxpass") and word in words.future_auxiliaries:
                    aux.add("future")
                elif child.dep_ in ("aux", "auxpass") and word in words.possibility_auxiliaries:
                    aux.add("hypothetical")
                elif child.dep_ == "aux" and word == "would":
                    aux.add("hypothetical" if _in_condition(head, words) else "future")
                elif child.dep_ == "amod" and word in words.future_modifiers and head.pos_ == "NOUN":
                    aux.add("future")
        if anchor.pos_ in NOUN_POS and _negated_by_phrase(anchor, words):
            aux.add("negated")
        if _in_condition(anchor, words):
            aux.add("hypothetical")
        return aux

    def _joint(self, candidate: Candidate) -> bool:
        """Whether an exercise or deployment is held jointly: "joint drills", "bilateral exercises"."""
        return any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in self.words.joint_modifiers
                   for token in (candidate.anchor, *candidate.absorbed) for c in token.children)

    def _conditional(self, anchor: Token) -> bool:
        """Conflict made conditional ("will boycott unless…", "or face sanctions") is a threat."""
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.words.threat_condition_marks for m in c.children)
                   for c in anchor.children)

    def historical(self, aux: set[str], when: str | None) -> set[str]:
        end = period_bounds(when)[1]
        if end is not None and self.published is not None and "future" not in aux:
            if end < self.published - timedelta(days=self.historical_days):
                return aux | {"historical"}
        return aux

    # -- when --------------------------------------------------------------------------------------

    @property
    def published_iso(self) -> str | None:
        return self.published.isoformat() if self.published else None

    def _own_time(self, candidate: Candidate, owners: dict) -> bool:
        return any(_time_scope(root, owners, self.words).event is candidate for time, root in self.sentence_times(candidate)
                   if TIMEX_DATE.match(time.value or ""))

    def sentence_times(self, candidate: Candidate) -> list[tuple[TimeExpression, Token]]:
        return self.times.get(candidate.anchor.sent.start, [])

    def date(self, candidate: Candidate, aux: set[str], owners: dict) -> str | None:
        """The time governing the clause, else the sentence's, else the publication date for reports."""
        sentence_times, own = [], []
        for time, root in self.sentence_times(candidate):
            if not TIMEX_DATE.match(time.value or "") or not self.same_part(root, candidate.anchor):
                continue
            scope = _time_scope(root, owners, self.words)
            if scope.event is candidate:
                own.append(time.value)
            elif scope.sentence and candidate.anchor.pos_ not in NOUN_POS:
                sentence_times.append(time.value)
        when = (own or sentence_times or [None])[0]
        published = self.published_iso
        future_report = "future" in aux and not candidate.reported and candidate.governor is None \
            and not candidate.complements
        if when is None:
            return None if future_report else published
        start = period_bounds(when)[0]
        if self.published and "future" not in aux and start is not None and start > self.published:
            return published
        return when

    def enumerated_occasions(self, candidate: Candidate) -> list[tuple[Span, str]]:
        """"two rounds of talks, the first on May 16 and the second on June 2" → one event per round."""
        sent = candidate.anchor.sent
        ordinals = [t for t in sent if t.lower_ in self.words.occasion_ordinals and t.i > candidate.anchor.i and t.dep_ != "amod"]
        if len(ordinals) < 2:
            return []
        out = []
        for n, ordinal in enumerate(ordinals):
            start = ordinal.i - 1 if ordinal.i > sent.start and ordinal.nbor(-1).lower_ == "the" else ordinal.i
            stop = ordinals[n + 1].i - 1 if n + 1 < len(ordinals) else sent.end
            while stop > start + 1 and (self.doc[stop - 1].is_punct or self.doc[stop - 1].is_space
                                        or self.doc[stop - 1].lower_ in self.words.occasion_joiners):
                stop -= 1
            piece = self.doc[start:stop]
            values = [t.value for t, root in self.sentence_times(candidate) if piece.start <= root.i < piece.end
                      and TIMEX_DATE.match(t.value or "")]
            if not values:
                return []
            out.append((self.span(piece.start_char, piece.end_char), values[0]))
        return out

    # -- where, what about, how sure -----------------------------------------------------------------

    def location(self, candidate: Candidate) -> Location | None:
        anchor = candidate.anchor
        sent = anchor.sent
        places = [e for e in self.places if sent.start <= e.start < sent.end and self.same_part(e.root, anchor)]
        if not places:
            return None if self.in_headline(anchor) else self.dateline_place
        clause = {t.i for t in anchor.subtree}
        place = next((e for e in places if e.root.i in clause), places[0])
        return Location(name=place.text, country=place_country(place.text), span=(place.start_char, place.end_char))

    def in_headline(self, token: Token) -> bool:
        return token.i < self.body_start

    def same_part(self, token: Token, other: Token) -> bool:
        """Whether both tokens are in the headline, or both in the body."""
        return self.in_headline(token) == self.in_headline(other)

    def _elsewhere(self, location: Location | None, actors: list[str]) -> bool:
        """Whether a meeting's place is in none of its participants' countries (all of them known)."""
        countries = {self.actors[a].country for a in actors if a in self.actors}
        return bool(location and location.country and countries) and None not in countries \
            and location.country not in countries

    def context(self, anchor: Token) -> list[str]:
        sent = anchor.sent
        if sent.start not in self._sentence_contexts:
            self._sentence_contexts[sent.start] = set(self.contexts.counts(_lemma_text(sent)))
        return sorted(self._sentence_contexts[sent.start] | set(self.document_contexts))

    def theme(self, candidate: Candidate) -> str:
        """What the event is about, for recognizing the same action mentioned twice."""
        themes = self.triggers.themes
        for token in (*candidate.absorbed, *candidate.complements, candidate.anchor):
            lemma = token.lemma_.lower()
            if lemma in themes:
                return themes[lemma]
        return candidate.anchor.lemma_.lower()

    def confidence(self, candidate: Candidate, actors: list[str]) -> float:
        """Trigger specificity, actor certainty and parse agreement, each a share of [0, 1]."""
        score = 0.55 * candidate.specificity
        if actors:
            known = any(self.actors[a].country for a in actors if a in self.actors)
            score += 0.2 if known else 0.12
        score += max(0.0, 0.2 - 0.1 * _clause_depth(candidate, self.triggers))
        if candidate.anchor.pos_ == "VERB" and candidate.anchor.dep_ in ("ROOT", "ccomp", "conj", "xcomp"):
            score += 0.05
        return round(min(0.99, max(0.05, score)), 3)

    def span(self, start: int, end: int) -> Span:
        """Characters ``[start, end)`` without surrounding whitespace (a sentence's end can hold "\n\n")."""
        while end > start and self.text[end - 1].isspace():
            end -= 1
        while start < end and self.text[start].isspace():
            start += 1
        return Span(text=self.text[start:end], span=(start, end))

    def evidence(self, candidate: Candidate) -> Span:
        anchor = candidate.anchor
        keep = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj", "prt", "dative", "attr", "acomp",
                "oprd", "agent", "xcomp", "ccomp", "compound", "amod", "poss", "det", "nummod", "prep", "advmod"}
        if anchor.pos_ in NOUN_POS:
            keep |= {"relcl", "acl"}
        folded = {t.i for t in candidate.complements + candidate.absorbed}
        if candidate.code.type in self.plover.content_types:  # what was demanded, refused, threatened or promised
            folded |= {c.i for c in anchor.children if c.dep_ in ("ccomp", "xcomp")}
        tokens = [anchor]
        for child in anchor.children:
            if _across_semicolon(anchor, child):
                continue  # "X set an ultimatum; however, the Kremlin has not shown…": another clause
            if child.i in folded or (child.dep_ in keep and child.dep_ not in ("ccomp", "xcomp")):
                tokens += [t for t in child.subtree if not t.is_space and self.same_part(t, anchor)]
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t) for t in tokens)
        for skip_start, skip_end in self.not_content:  # "KYIV — Russian missiles struck …": no dateline
            if skip_start <= start < skip_end <= anchor.idx:
                start = skip_end
        text = self.text
        while start < end and (text[start].isspace() or text[start] in EDGE_PUNCTUATION):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in EDGE_PUNCTUATION):
            end -= 1
        if end - start > 240:  # a runaway clause: keep the words nearest the trigger
            start, end = max(start, anchor.idx - 120), min(end, anchor.idx + len(anchor) + 120)
        return self.span(start, end)


# -- helpers ------------------------------------------------------------------------------------------


def _dateline_place(doc: Doc, index: DocIndex) -> Location | None:
    """"GENEVA, May 4 (Reuters) -": where the story was filed, its events' place when they name none."""
    dateline = index.front.dateline
    if dateline is None:
        return None
    start, end = dateline.place
    name = " ".join(word.capitalize() if word.isupper() else word for word in index.text[start:end].split())
    return Location(name=name, country=place_country(name), span=(start, end))


def _in_title(root: Token, offsets: tuple[int, int], text: str, words: EventWords) -> bool:
    """A date that is a work's title ("the film \"1917\"", "the novel 1984") dates no event: it stands
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


def _across_semicolon(anchor: Token, child: Token) -> bool:
    low, high = sorted((anchor.i, child.i))
    return any(token.text == ";" for token in anchor.doc[low:high])


def _by_sentence(items) -> dict[int, list]:
    """(item, root token) pairs grouped by the start of the root's sentence."""
    grouped: dict[int, list] = {}
    for item, root in items:
        grouped.setdefault(root.sent.start, []).append((item, root))
    return grouped


def _lemma_text(span) -> str:
    return " ".join(t.lemma_.lower() for t in span)


def _unique(items: list) -> list:
    return list(dict.fromkeys(i for i in items if i))


def noun_phrase(head: Token, words: EventWords):
    """The tokens of a noun phrase without its clauses ("officials who met" → "officials")."""
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct"):
            continue
        if child.dep_ == "prep" and child.lower_ not in words.phrase_prepositions:
            continue
        yield from child.subtree


def trigger_owners(sentence: list[Candidate]) -> dict[int, tuple[Candidate, str]]:
    owners = {}
    for candidate in sentence:
        owners[candidate.anchor.i] = (candidate, "anchor")
        for token in candidate.absorbed:
            owners.setdefault(token.i, (candidate, "absorbed"))
        for token in candidate.complements:
            owners.setdefault(token.i, (candidate, "complement"))
    return owners


def _owner(token: Token, owners: dict) -> int | None:
    """Index of the nearest trigger word above ``token`` (for numbers, complements included)."""
    while True:
        if token.i in owners:
            return token.i
        if token.head.i == token.i:
            return None
        token = token.head


@dataclass(frozen=True)
class _TimeScope:
    """What a time expression dates: one event's own clause, the whole sentence, or neither."""

    event: Candidate | None = None
    sentence: bool = False


_SENTENCE_TIME = _TimeScope(sentence=True)
_OTHER_CLAUSE_TIME = _TimeScope()


def _time_scope(token: Token, owners: dict, words: EventWords) -> _TimeScope:
    """Walking up from a time expression: the first trigger or clause reached decides what it dates."""
    while True:
        if token.i in owners:
            candidate, role = owners[token.i]
            return _TimeScope(event=candidate) if role != "complement" else _OTHER_CLAUSE_TIME
        if token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS:
            if not (token.dep_ in ("relcl", "acl") and token.lemma_.lower() in words.aspectual_verbs):
                return _SENTENCE_TIME if token.dep_ == "ROOT" else _OTHER_CLAUSE_TIME
        if token.head.i == token.i:
            return _SENTENCE_TIME
        token = token.head


def _in_condition(token: Token, words: EventWords) -> bool:
    while True:
        if any(c.dep_ == "mark" and c.lower_ in words.condition_marks for c in token.children):
            return True
        if token.head.i == token.i or token.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "pobj", "prep", "dobj"):
            return False
        token = token.head


def _negated_by_phrase(noun: Token, words: EventWords) -> bool:
    """"no movement towards a ceasefire": the noun hangs, by one preposition, on a negated noun."""
    token = noun
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        governor = token.head.head
        return any(c.dep_ in ("det", "neg") and c.lower_ in words.negative_determiners for c in governor.children)
    return False


def _historical_words(anchor: Token, words: EventWords) -> set[str]:
    for child in anchor.children:
        if child.dep_ == "advmod" and child.lower_ in words.historical_adverbs:
            return {"historical"}
    return set()


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


def period_bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last day of a TIMEX3 date (a year, quarter, month, ISO week or day)."""
    if not value or not TIMEX_DATE.match(value):
        return None, None
    year = int(value[:4])
    try:
        if len(value) == 4:
            return date(year, 1, 1), date(year, 12, 31)
        if "-W" in value:
            week = int(value[6:8])
            return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
        if "-Q" in value:
            first = (int(value[-1]) - 1) * 3 + 1
            return date(year, first, 1), _month_end(year, first + 2)
        if len(value) == 7:
            month = int(value[5:7])
            return date(year, month, 1), _month_end(year, month)
        day = date.fromisoformat(value)
        return day, day
    except ValueError:
        return None, None


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])
