"""The state of reading one document for actors, shared by the passes (actor_people, actor_kb_names,
actor_places, actor_descriptions, actor_references): which tokens are taken, which actors exist, and
the look-ups every pass needs (knowledge-base matches, titles, sector nouns, sentences).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.attrs import IS_TITLE, IS_UPPER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..knowledge.actor_kb import ActorKB, KBLabel, Title, ascii_fold
from ..model import Actor, Mention
from .doc_index import DocIndex
from .ids import ACTOR, item_id
from .labels import MODIFIER_DEPS, NOUN_POS
from .lexicon import ActorWords, Lexicon

COUNTRY_LABELS = {"COUNTRY", "ADJECTIVE", "SEAT", "DEMONYM"}
# What follows the place that opens a dateline: "KYIV, Ukraine (AP) —", "MOSCOW (Reuters) -".
DATELINE_PUNCTUATION = {",", "(", "-", "–", "—", ":"}
# Sectors too vague to make an actor of a bare noun ("people said").
GENERIC_SECTORS = {"PPL"}


@dataclass(frozen=True)
class ActorMatchers:
    """What the actors component builds once per pipeline and reads every document with."""

    kb: ActorKB
    words: ActorWords
    kb_entities: PhraseMatcher
    kb_labels: dict[str, KBLabel]  # by matcher key
    titles: PhraseMatcher
    nouns: PhraseMatcher
    # person and non-person pronouns, country nouns ("his government"), pair references ("the two sides")
    pronouns: PhraseMatcher
    verb_lemmas: frozenset[str]
    person_families: dict[str, set[str]]  # the title families of each known person's role
    pronoun_window: int
    appositive_tokens: int

    @classmethod
    def build(cls, nlp: Language, lexicon: Lexicon, pronoun_window: int, appositive_tokens: int) -> ActorMatchers:
        kb, words = lexicon.actors, lexicon.actor_words
        kb_entities = PhraseMatcher(nlp.vocab, attr="ORTH")
        kb_labels: dict[str, KBLabel] = {}
        for label, forms in kb.phrases().items():
            kb_labels[label.key] = label
            kb_entities.add(label.key, list(nlp.tokenizer.pipe(forms)))
        titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Title case too: the tokenizer keeps "Mrs." whole but splits "mrs.".
        titles.add("TITLE", list(nlp.tokenizer.pipe({f for t in kb.titles for f in (t, t.title())})))
        nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        nouns.add("SECTOR", list(nlp.tokenizer.pipe(kb.sector_nouns)))
        pronouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        pronouns.add("PRONOUN", list(nlp.tokenizer.pipe(words.pronoun_genders)))
        pronouns.add("NONPERSON_PRONOUN", list(nlp.tokenizer.pipe(words.nonperson_pronouns)))
        pronouns.add("COUNTRY_NOUN", list(nlp.tokenizer.pipe(words.country_nouns)))
        pronouns.add("PAIR", list(nlp.tokenizer.pipe(words.pair_references)))
        person_families = {pid: _families(kb, p.role) for pid, p in kb.people.items()}
        return cls(kb, words, kb_entities, kb_labels, titles, nouns, pronouns, _verb_lemmas(nlp), person_families,
                   pronoun_window, appositive_tokens)


@dataclass
class Draft:
    """An actor while the document is read; becomes a model.Actor at the end."""

    key: tuple
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kb_id: str | None = None
    gender: str | None = None
    families: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # token start, end, Mention.kind


@dataclass(frozen=True)
class KBSpan:
    """Tokens the knowledge base names, with what they name."""

    span: Span
    label: KBLabel

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def text(self) -> str:
        return self.span.text

    def __len__(self) -> int:
        return len(self.span)


class ActorReading:
    """One document being read: which tokens are taken (``owner``) and which actors exist (``drafts``)."""

    def __init__(self, matchers: ActorMatchers, doc: Doc) -> None:
        self.matchers = matchers
        self.words = matchers.words
        self.kb = matchers.kb
        self.doc = doc
        index = self.index = DocIndex.of(doc)
        self.text = index.text
        self.ents = list(doc.ents)
        self.norp_ending_at = {ent.end: ent for ent in self.ents if ent.label_ == "NORP"}
        self.owner: list[tuple | None] = [None] * len(doc)
        self.drafts: dict[tuple, Draft] = {}
        self.sentence_of = index.sentence_of
        self.kb_spans = self._kb_spans()
        self.kb_ending_at = {span.end: span for span in self.kb_spans}
        self.kb_starting_at = {span.start: span for span in self.kb_spans}
        self.kb_tokens = {i for span in self.kb_spans for i in range(span.start, span.end)}
        self.ent_at: dict[int, Span] = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self.titles = {(s, e) for _, s, e in matchers.titles(doc)}
        self.title_ending_at = _longest_by_end(self.titles)
        self.title_tokens = {i for s, e in self.titles for i in range(s, e)}
        self.nouns_ending_at = _longest_by_end({(s, e) for _, s, e in matchers.nouns(doc)})
        words = [(doc.vocab.strings[key], start, end) for key, start, end in matchers.pronouns(doc)]
        self.pronouns = sorted(start for label, start, _ in words if label == "PRONOUN")
        self.nonperson_pronouns = sorted(start for label, start, _ in words if label == "NONPERSON_PRONOUN")
        self.country_nouns = sorted(start for label, start, _ in words if label == "COUNTRY_NOUN")
        self.pair_references = sorted((start, end) for label, start, end in words if label == "PAIR")
        self.capitalized: dict[str, list[int]] = {}  # where each capitalized word occurs
        # Read as columns of one array: a Token object (or a list) per word costs more than the test.
        orths, titles, uppers = doc.to_array([ORTH, IS_TITLE, IS_UPPER]).T.tolist()
        for i, (orth, title, upper) in enumerate(zip(orths, titles, uppers)):
            if title or upper:
                self.capitalized.setdefault(doc.vocab.strings[orth], []).append(i)
        # Places the knowledge base does not know, read from the whole text (actor_places).
        self.place_names: set[str] = set()
        self.place_adjectives: dict[str, str | None] = {}

    def _kb_spans(self) -> list[KBSpan]:
        """Knowledge-base matches, longest first where they overlap; one label per span."""
        by_range: dict[tuple[int, int], list[KBLabel]] = {}
        for match_id, start, end in self.matchers.kb_entities(self.doc):
            by_range.setdefault((start, end), []).append(self.matchers.kb_labels[self.doc.vocab.strings[match_id]])
        chosen = []
        for (start, end), labels in sorted(by_range.items(), key=lambda item: (item[0][0] - item[0][1], item[0][0])):
            chosen.append(KBSpan(self.doc[start:end], self._pick_label(labels, start, end)))
        taken, out = set(), []
        for span in chosen:
            if not taken.intersection(range(span.start, span.end)):
                taken.update(range(span.start, span.end))
                out.append(span)
        return sorted((span for span in out if not self._anothers_institution(span, out)), key=lambda s: s.start)

    def _anothers_institution(self, span: KBSpan, spans: list[KBSpan]) -> bool:
        """"Peru's Congress", "the Nepali Congress": a body the knowledge base places in one country ("Congress" is
        the United States') is another country's when a word of that country modifies it, and is read as its words
        say: that country's body of the same sector ("the Peruvian Congress"), or an organization of its own."""
        if span.label.kind != "METONYM" or (home := self.kb.metonyms[span.label.code].refers_to) not in self.kb.countries:
            return False
        return (any(code != home for code in self.countries_modifying(self.doc[span.end - 1], spans))
                or self._head_of_longer_name(span, spans))

    def countries_modifying(self, head: Token, spans: list[KBSpan]) -> list[str]:
        """The countries whose name, adjective, seat or demonym modifies a noun, or modifies a word that modifies it,
        a person's title or a body alike: "Peru's Congress", "the Nepali Congress", "French National Assembly
        president", "Tehran Appeals Court"."""
        about = set(_modifiers(head))
        return [span.label.code for span in spans if span.end - 1 in about and span.label.kind in COUNTRY_LABELS]

    def _head_of_longer_name(self, span: KBSpan, spans: list[KBSpan]) -> bool:
        """"the African National Congress", "the National People's Congress", "the All Progressives Congress": the
        phrase ends a longer name of another body, read as one name by the model, whose word in front names no
        place or person the knowledge base knows nor a party's members ("the U.S. Congress", "the Republican
        Congress" stay the knowledge base's; "Clinton's State Department" is no one name)."""
        if span.start == 0:
            return False
        known = {i for other in spans for i in range(other.start, other.end)}
        before = self.doc[span.start - 1]
        if before.tag_ == "POS" and span.start > 1:  # "the National People's Congress", "the Workers' Congress"
            before = self.doc[span.start - 2]
            if before.tag_ != "NNPS":  # a people's, not a person's ("Clinton's State Department")
                return False
        one_name = before.ent_type_ in ("ORG", "FAC") and all(t.ent_iob_ == "I" for t in self.doc[before.i + 1:span.start + 1])
        return (one_name and before.text[:1].isupper() and before.is_alpha and before.i not in known
                and before.text not in self.kb.party_member_nouns
                and before.head.i >= span.start and before.dep_ in MODIFIER_DEPS)

    def _pick_label(self, labels: list[KBLabel], start: int, end: int) -> KBLabel:
        """"Saudi", "U.S." are both a country and an adjective: a modifier of a following noun is the adjective."""
        if len(labels) == 1:
            return labels[0]
        last = self.doc[end - 1]
        modifies = last.dep_ in MODIFIER_DEPS and last.head.i > last.i and last.dep_ != "poss"
        ranked = sorted(labels, key=lambda label: ((label.kind == "ADJECTIVE") != modifies, label.kind != "PERSON"))
        return ranked[0]

    def kb_overlap(self, start: int, end: int) -> bool:
        return any(i in self.kb_tokens for i in range(start, end))

    def is_location(self, span: Span) -> bool:
        """"talks in Moscow" and the dateline "MOSCOW (Reuters) -" name a place; "Moscow said" the government."""
        i = span.start - 1
        if i >= 0 and self.doc[i].lower_ == "the":
            i -= 1
        if i >= 0 and self.doc[i].lower_ in self.words.location_words:
            return True
        line_start = span.start == 0 or "\n" in self.doc[span.start - 1].text_with_ws
        if not line_start or span.end + 1 >= len(self.doc):
            return False
        after = self.doc[span.end].text
        # Not "Moscow, however, said…": a dateline is in capitals, or names its agency or country next.
        country_next = self.kb_starting_at.get(span.end + 1)
        return after in DATELINE_PUNCTUATION and (
            span.text.isupper() or after != "," or (country_next is not None and country_next.label.kind == "COUNTRY"))

    def receives_goods(self, seat: KBSpan) -> bool:
        """Whether a seat of government is where goods or money are handed: "sent shells to Moscow", "provided
        weapons to Kyiv" give to the government, while "sent troops to Kyiv" and "flew to Beijing" go to the city
        (conventions §371)."""
        preposition = self.doc[seat.start - 1] if seat.start > 0 else None
        if preposition is None or preposition.lower_ != "to" or seat.span.root.head != preposition:
            return False
        verb = preposition.head
        if verb.lemma_.lower() not in self.words.handing_verbs:
            return False
        handed = [t for o in verb.children if o.dep_ in ("dobj", "nsubjpass")
                  for t in (o, *(g for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for g in p.children if g.dep_ == "pobj"))]
        return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in self.words.handed_goods for t in handed)

    @cached_property
    def filed_from(self) -> str | None:
        """The country of the dateline's place ("TBILISI, Dec 1 (AFP) -"), where the story's unplaced state
        offices and bodies are."""
        dateline = self.index.front.dateline
        return dateline.country(self.text) if dateline else None

    @cached_property
    def sentences_naming_countries(self) -> frozenset[int]:
        return frozenset(self.sentence_of[span.start] for span in self.kb_spans
                         if span.label.kind in ("ADJECTIVE", "COUNTRY"))

    def country_key(self, iso3: str) -> tuple:
        key = ("country", iso3)
        if key not in self.drafts:
            self.drafts[key] = Draft(key, self.kb.countries[iso3].name, "country", iso3, "GOV", kb_id=iso3.lower())
        return key

    def organization_key(self, org_id: str) -> tuple:
        key = ("org", org_id)
        if key not in self.drafts:
            org = self.kb.organizations[org_id]
            self.drafts[key] = Draft(key, org.name, org.kind, org.country, org.sector, kb_id=org.id)
        return key

    def metonym_key(self, phrase: str, text: str) -> tuple:
        metonym = self.kb.metonyms[phrase]
        if metonym.refers_to in self.kb.organizations:
            return self.organization_key(metonym.refers_to)
        if metonym.sector == "GOV":
            return self.country_key(metonym.refers_to)
        return self.group_key(metonym.refers_to, metonym.sector, text)

    def group_key(self, iso3: str | None, sector: str | None, text: str) -> tuple:
        """A country's group per sector ("Russian troops", "Russian forces" are one), else one per wording."""
        key = ("group", iso3, sector) if iso3 else ("group", None, sector, text.lower())
        if key not in self.drafts:
            demonyms = self.kb.countries[iso3].demonyms if iso3 in self.kb.countries else ()
            name = demonyms[0] if sector == "CVL" and demonyms else text  # the people of a country: "Ukrainians"
            self.drafts[key] = Draft(key, name, "group", iso3, sector)
        return key

    def place_key(self, name: str, role: str | None) -> tuple:
        """Keyed like a known country's ("country", ...) so "the government of <place>" joins it."""
        key = ("country", None, ascii_fold(name).lower())
        if key not in self.drafts:
            self.drafts[key] = Draft(key, name, "country")
        if role == "GOV":
            self.drafts[key].sector = "GOV"
        return key

    def adjective_group_key(self, adjective: str, sector: str, phrase: str) -> tuple:
        """One group per adjective and sector ("Morvanian troops", "Morvanian forces"), named as first written."""
        key = ("group", None, sector, adjective.lower())
        if key not in self.drafts:
            self.drafts[key] = Draft(key, phrase, "group", None, sector)
        return key

    def article_start(self, start: int) -> int:
        return start - 1 if start > 0 and self.doc[start - 1].lower_ == "the" and self.owner[start - 1] is None else start

    def sector_of(self, start: int, end: int) -> str | None:
        """The sector of the last sector noun or title inside tokens [start, end)."""
        for i in range(end, start, -1):
            noun = self.nouns_ending_at.get(i)
            if noun and noun[0] >= start:
                return self.sector(noun[0], i)
        return None

    def modified_noun(self, span: Span) -> Token | None:
        token = self.doc[span.end - 1]
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head
        head = token.head
        if token.dep_ in MODIFIER_DEPS and head.i > token.i and head.pos_ in NOUN_POS:
            return head
        return None

    def description_bounds(self, span: Span, noun: Token) -> tuple[int, int]:
        """"A Russian representative": the determiner, the adjective and the noun when they are adjacent."""
        start = span.start
        between = self.doc[span.end:noun.i]
        if any(t.dep_ not in ("amod", "compound", "nummod", "hyph") for t in between):
            return span.start, span.end
        if start > 0 and self.doc[start - 1].dep_ == "det" and self.doc[start - 1].head.i == noun.i:
            start -= 1
        return start, noun.i + 1

    def title(self, start: int, end: int) -> Title | None:
        return self.kb.titles.get(_lexicon_form(self.doc[start:end].text))

    def sector(self, start: int, end: int) -> str | None:
        return self.kb.sector_nouns.get(_lexicon_form(self.doc[start:end].text))

    def role(self, draft: Draft) -> str | None:
        """The role the text gives, else the knowledge base's."""
        return draft.role or (self.kb.people[draft.kb_id].role if draft.key[0] == "kb" else None)

    def free(self, start: int, end: int) -> bool:
        return end > start and all(self.owner[i] is None for i in range(start, end))

    def claim_placeholder(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.owner[i] = ("pending",)

    def claim(self, start: int, end: int, key: tuple, kind: str) -> None:
        for i in range(start, end):
            self.owner[i] = key
        self.drafts[key].mentions.append((start, end, kind))

    def to_actors(self) -> list[Actor]:
        drafts = sorted((d for d in self.drafts.values() if d.mentions), key=lambda d: min(m[0] for m in d.mentions))
        actors, doc = [], self.doc
        for number, draft in enumerate(drafts, start=1):
            actor_id = item_id(ACTOR, number)
            mentions = []
            for start, end, kind in sorted(draft.mentions):
                span = doc[start:end]
                mentions.append(Mention(text=span.text, span=(span.start_char, span.end_char), kind=kind))
                for token in span:
                    token._.actor = actor_id
            actors.append(Actor(id=actor_id, name=draft.name, kind=draft.kind, country=draft.country,
                                sector=draft.sector, role=self.role(draft), kb_id=draft.kb_id, mentions=mentions))
        return actors


def _longest_by_end(ranges: set[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    out: dict[int, tuple[int, int]] = {}
    for start, end in ranges:
        if end not in out or start < out[end][0]:
            out[end] = (start, end)
    return out


def _modifiers(head: Token) -> list[int]:
    """The words in front of a noun that modify it, each with its conjuncts ("French and German troops"), and the
    words modifying those."""
    out = []
    for child in head.lefts:
        if child.dep_ in MODIFIER_DEPS:
            for word in (child, *child.conjuncts):
                out += [word.i, *_modifiers(word)]
    return out


def looks_like_name(token: Token) -> bool:
    return token.tag_ == "NNP" and token.is_alpha and token.text[:1].isupper()


def _lexicon_form(text: str) -> str:
    """How titles and sector nouns are written in the knowledge files: lower case, single spaces."""
    return " ".join(text.lower().split())


def strip_article(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)


def _families(kb: ActorKB, role: str | None) -> set[str]:
    words = f" {(role or '').lower()} "
    return {t.family for title, t in kb.titles.items() if f" {title} " in words}


def _verb_lemmas(nlp: Language) -> frozenset[str]:
    """Base forms of English verbs from the model's lemmatizer tables, to spot a headline's verb."""
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    except (KeyError, ValueError):
        return frozenset()
