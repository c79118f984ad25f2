"""PLOVER events with modes, auxiliary modes, context, dates, places and numbers.

For each sentence: find trigger words — verbs (event_verbs.py), nouns (event_nouns.py), what a crowd
does (event_crowds.py) — with the lexicon (event_lexicon.py), fold complements into the verbs that
govern them ("agreed to exchange prisoners" is one AGREE event, event_folding.py), then read actor,
recipient, auxiliary modes, date, place and numbers off the dependency tree around the trigger
(event_parts.py), using what the actors, times, quantities and quotes components put on the Doc.
Across the document, mentions of the same action become one event with several evidence spans
(event_merge.py).
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
from spacy.attrs import TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import Actor
from .doc_index import DocIndex
from .event_crowds import by_a_crowd, protests_by_action
from .event_firms import firms_running_their_business
from .event_folding import (announced_measures, findings_of_breach, fold_contents, fold_into_governor, recode_promises,
                            reported_blame, reported_obligations)
from .event_lexicon import RuleWords
from .event_merge import merge_mentions
from .event_model import EventModel
from .event_nonagents import (accidents, doers_that_are_no_agents, fights_against_things, recoveries,
                              warnings_that_foretell)
from .event_nouns import campaign_rallies, match_noun, rejected_act
from .event_participants import commerce_between_firms, hyphenated_participle
from .event_posture import military_posture
from .event_parts import read_mentions
from .event_reading import Candidate, EventReading, trigger_owners
from .event_sentences import ADDED_CONFIDENCE, SentenceClassifier
from .event_verbs import (attacks_naming_a_texts_kind, campaign_attacks, captures_of_ideas, contest_wins,
                          contests_fought_in_politics, funding_with_no_recipient, ideas_seized_on, match_fallback,
                          match_freedom, match_stance, match_verb, match_willingness, private_money,
                          quarrels_in_politics, sentences_to_prison, sport_play, stances_about_acts, with_theme_mode)
from .extensions import PUBLISHED, declare
from .labels import NOUN_POS, VERB_ARGUMENT_DEPS, VERB_POS
from .lexicon import Lexicon

REQUIRES = ["token.tag", "token.dep", "token.lemma", "doc.ents", "doc.sents",
            "doc._.actors", "token._.actor", "doc._.times", "doc._.quantities", "doc._.quotes"]
ASSIGNS = ["doc._.events"]


@Language.factory(
    "parley_events",
    default_config={"lexicon": {"@misc": "parley.lexicon.v1"}, "historical_days": 30, "min_confidence": 0.0,
                    "model": "off", "sentences": False},
    requires=REQUIRES,
    assigns=ASSIGNS,
)
def make_events(nlp: Language, name: str, lexicon: Lexicon, historical_days: int, min_confidence: float,
                model: str, sentences: bool) -> "EventCoder":
    return EventCoder(nlp, name, lexicon, historical_days=historical_days, min_confidence=min_confidence, model=model,
                      sentences=sentences)


class EventCoder:
    """Codes each reported action as a PLOVER event on ``doc._.events``."""

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon, historical_days: int = 30,
                 min_confidence: float = 0.0, model: str = "off", sentences: bool = False) -> None:
        declare(*REQUIRES, *ASSIGNS, PUBLISHED)
        # The learned model (event_model.py) moves rule events' confidence, so the text's main event comes
        # first, and adds an event where the rules find none. It is opt-in (README: the learned re-ranker;
        # it costs about 0.01 × spaCy's parse).
        self.model = EventModel.load(uses=model) if model != "off" else None
        # The sentence classifier (event_sentences.py) adds an event, at the lowest confidence, where the rules
        # find nothing in a sentence. Opt-in (README: the learned re-ranker).
        self.sentences = SentenceClassifier.load() if sentences else None
        self.name = name
        self.historical_days = historical_days
        self.min_confidence = min_confidence
        self.lexicon = lexicon
        self.rules = RuleWords.of(lexicon)
        self.triggers = lexicon.triggers
        self.fallback = lexicon.fallback_triggers
        self.known_nouns = self.triggers.known_nouns | frozenset(self.fallback.nouns)

    @cached_property
    def trigger_words(self) -> frozenset[str]:
        """Words that code an event by themselves: where one stands, the rules have read the sentence. Built on
        first use, by the sentence classifier (off by default) or its training."""
        return frozenset([*self.triggers.verbs, *self.triggers.nouns, *self.fallback.nouns])

    def __call__(self, doc: Doc) -> Doc:
        _join_hyphenated(doc, self.known_nouns)
        reading = EventReading.of(doc, self.lexicon, self.historical_days)
        mentions = []
        contest_news = self.rules.words.contest_news_context in reading.document_contexts
        sents = list(doc.sents)
        sentence_candidates = [self.candidates(sent, contest_news) for sent in sents]
        # The model reads the whole document's words in one batch; a sentence's candidates never depend on
        # another sentence's mentions, so they are all found first.
        ranked = self.model.rank_document(sents, sentence_candidates, self.triggers, self.fallback) \
            if self.model is not None else [(candidates, {}) for candidates in sentence_candidates]
        additions = self.sentences.additions(sents, sentence_candidates, self.trigger_words, self.triggers.reporting) \
            if self.sentences is not None \
            else [None] * len(sents)
        for (candidates, belief), added in zip(ranked, additions):
            if added is not None and not candidates:
                candidates = [added]
            owners = trigger_owners(candidates)
            for candidate in candidates:
                found = read_mentions(reading, candidate, owners)
                for mention in found if candidate.anchor.i in belief else ():
                    mention.confidence = self.model.confidence(mention.confidence, belief[candidate.anchor.i])
                for mention in found if candidate is added else ():
                    mention.confidence = ADDED_CONFIDENCE
                mentions += found
        mentions = [m for m in mentions if m.confidence >= self.min_confidence]
        doc._.events = merge_mentions(mentions, _their_countries(doc._.actors or []))
        return doc

    def candidates(self, sent: SpacySpan, contest_news: bool = False) -> list[Candidate]:
        """The sentence's events after complements are folded into the verbs that govern them; a rival beaten
        is no assault, and in ``contest_news`` (an article about an election) no person's win is, nor a rally a
        protest, nor a politician's attack that names nothing physical."""
        rules = self.rules
        doc, index = sent.doc, DocIndex.of(sent.doc)
        # match() reads only verbs, nouns and adjectives (the CAMEO tier only verbs), and the reported passes
        # only clauses said: the sentence's other tokens are passed over by id, without a Token for each.
        pos, deps, span = index.parts_of_speech, index.dependencies, range(sent.start, sent.end)
        words = [doc[i] for i in span if pos[i] in _MATCHED_POS]
        found = [c for token in words if (c := self.match(token)) is not None]
        if not found:  # the CAMEO tier fills sentences the curated lexicon finds nothing in
            found = [c for token in words if pos[token.i] in _VERB_IDS
                     and (c := self.match(token, fallback=True)) is not None]
        themes = {t.i for c in found for t in c.absorbed}
        found = stances_about_acts(rules, [c for c in found if c.anchor.i not in themes or rejected_act(c)])
        clauses = [doc[i] for i in span if deps[i] == _CCOMP]
        found += reported_obligations(rules, clauses, found) + reported_blame(rules, clauses, found) \
            + findings_of_breach(rules, clauses, found)
        found += announced_measures(rules, [t for t in words if pos[t.i] in _NOUN_IDS], found)
        fold_contents(rules, found)
        by_anchor = {c.anchor.i: c for c in found if not c.dropped}
        # Deepest first, so "demanded that they refuse to recognize" folds recognize → refuse → demand.
        queue = sorted(found, key=lambda c: -_depth(c.anchor))
        while queue:
            candidate = queue.pop(0)
            if candidate.dropped:
                continue
            created = fold_into_governor(rules, candidate, by_anchor)
            if created is not None:
                by_anchor[created.anchor.i] = created
                found.append(created)
                queue.append(created)
                queue.sort(key=lambda c: -_depth(c.anchor))
        protests_by_action(rules, found)
        recode_promises(rules, found)
        private_money(rules, found)
        funding_with_no_recipient(rules, found)
        commerce_between_firms(rules, found)
        firms_running_their_business(rules, found)
        doers_that_are_no_agents(rules, found)
        warnings_that_foretell(rules, found)
        accidents(rules, found)
        fights_against_things(rules, found)
        recoveries(rules, found)
        contest_wins(rules, found, contest_news)
        quarrels_in_politics(rules, found, contest_news)
        contests_fought_in_politics(rules, found, contest_news)
        attacks_naming_a_texts_kind(rules, found, contest_news)
        captures_of_ideas(rules, found)
        ideas_seized_on(rules, found)
        sport_play(rules, found)
        sentences_to_prison(rules, found)
        if contest_news:
            campaign_rallies(rules, found)
            campaign_attacks(rules, found)
        return sorted((c for c in found if not c.dropped), key=lambda c: c.anchor.i)

    def match(self, token: Token, fallback: bool = False) -> Candidate | None:
        """The curated lexicon's reading of ``token``, or with ``fallback`` the CAMEO tier's, which
        reads only verbs the curated lexicon does not know."""
        rules = self.rules
        if token.pos_ in VERB_POS and not _nominalized(token) and not _attributive(token):
            lemma = self.triggers.verb_lemma(token.lemma_.lower(), token.lower_)
            if not fallback:
                candidate = by_a_crowd(rules, token, lemma, match_verb(rules, token, lemma))
                return with_theme_mode(rules, token, military_posture(rules, token, candidate)) \
                    or match_stance(rules, token)
            if lemma not in self.triggers.known_verbs:
                return with_theme_mode(rules, token, by_a_crowd(rules, token, lemma, match_fallback(rules, token)))
            return None
        if not fallback and token.pos_ in NOUN_POS:
            return match_noun(rules, token)
        if not fallback and token.pos_ == "ADJ":
            return match_stance(rules, token) or match_willingness(rules, token) or match_freedom(rules, token)
        return None


# spaCy's ids of the parts of speech match() reads, and of the relation of a clause said ("said that …").
_VERB_IDS = frozenset(POS_IDS[pos] for pos in VERB_POS)
_NOUN_IDS = frozenset(POS_IDS[pos] for pos in NOUN_POS)
_MATCHED_POS = _VERB_IDS | frozenset(POS_IDS[pos] for pos in NOUN_POS | {"ADJ"})
_CCOMP = get_string_id("ccomp")
_GOVERNMENT = "GOV"  # the PLOVER sector of a person in government


def _join_hyphenated(doc: Doc, known: frozenset[str]) -> None:
    """The tokenizer splits "cease-fire" and "sit-in" at the hyphen, and the parser hangs the first half
    on the second as a compound: the second half takes the whole word's lemma where the lexicon lists it,
    hyphenated or closed up ("cease-fire" → "ceasefire"), so the rules read the word they know."""
    hyphens = np.flatnonzero(doc.to_array(TAG) == doc.vocab.strings["HYPH"])
    for i in hyphens[(hyphens > 0) & (hyphens < len(doc) - 1)].tolist():
        first, second = doc[i - 1], doc[i + 1]
        if second.pos_ != "NOUN" or first.head.i != second.i or first.dep_ != "compound":
            continue
        joined = f"{first.lower_}-{second.lemma_.lower()}"
        lemma = next((form for form in (joined, joined.replace("-", "")) if form in known), None)
        if lemma is not None:
            second.lemma_ = lemma


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def _nominalized(verb: Token) -> bool:
    """A participle used as a noun ("the wounded") reports no action."""
    return verb.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass") and any(c.dep_ == "det" for c in verb.children)


def _attributive(verb: Token) -> bool:
    """A participle before its noun describes a state ("the wounded soldiers", "a captured town"); it
    reports no action of its own. It stands inside its noun's phrase, after a determiner or another
    modifier: a bare "froze assets" or "and banned travel" is a verb the small parser took for one. A
    participle joined by a hyphen to the word before it is such a modifier with or without a determiner
    ("Russian-backed separatists", "rebel-held towns": conventions §107), and so is a bare past participle on a
    noun that is a verb's subject or object ("visited wounded soldiers", "won pledged delegates": §143); a
    present one tells what its noun is doing ("clashed with striking workers")."""
    noun = verb.head
    return verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBG") and verb.i < noun.i and (hyphenated_participle(verb) or any(
        c.i < verb.i and c.dep_ in ("det", "poss", "nummod", "amod") for c in noun.children)
        or verb.tag_ == "VBN" and noun.dep_ in VERB_ARGUMENT_DEPS)


def _their_countries(actors: list[Actor]) -> dict[str, str]:
    """Each person in a government, by actor id, to the actor of that person's country where the text names it: a
    headline names a leader for the state the body names ("Zelensky Pushes for Talks" / "Ukraine proposed")."""
    countries = {a.country: a.id for a in actors if a.kind == "country"}
    return {a.id: countries[a.country] for a in actors
            if a.kind == "person" and a.sector == _GOVERNMENT and a.country in countries}
