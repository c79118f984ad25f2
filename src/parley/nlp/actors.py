"""Actors: recognition, canonical identity, roles, metonymy and in-document coreference.

Mentions are found in priority order, and a token belongs to at most one mention:
1. people: names from the knowledge base, from spaCy's PERSON entities and after titles, widened to
   the title and country in front of them ("U.S. President Donald Trump", "Russia's Vladimir Putin");
2. countries, organizations, seats of government and other metonyms from the knowledge base;
3. places the knowledge base does not know, when they act ("Morvania said" → a country actor; "in
   Morvania" stays a place), with the adjectives formed from them ("Morvanian officials"); then
   organizations spaCy finds that the knowledge base does not know;
4. descriptions: a country adjective with the noun it modifies ("the Ukrainian side", "Russian
   troops"), demonyms and sector nouns in subject position ("the rebels said");
5. references back: titles ("the president"), "the host nation" next to its country, pronouns.
Dictionary look-ups run through spaCy PhraseMatchers built once per pipeline.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..knowledge.actor_kb import ActorKB, Title, ascii_fold, place_country
from ..model import Actor, Mention
from .extensions import declare
from .labels import ACTED_UPON_DEPS, ADJECTIVE_DEPS, GOVERNING_DEPS, MODIFIER_DEPS, NOUN_POS, SUBJECT_DEPS
from .lexicon import Lexicon

COUNTRY_LABELS = {"COUNTRY", "ADJECTIVE", "SEAT", "DEMONYM"}
# What follows the place that opens a dateline: "KYIV, Ukraine (AP) —", "MOSCOW (Reuters) -".
DATELINE_PUNCTUATION = {",", "(", "-", "–", "—", ":"}
# Sectors too vague to make an actor of a bare noun ("people said").
GENERIC_SECTORS = {"PPL"}
# token._.actor: the id of the actor whose mention covers the token.
ASSIGNS = ["doc._.actors", "token._.actor"]


@Language.factory(
    "parley_actors",
    default_config={"lexicon": {"@misc": "parley.lexicon.v1"}, "pronoun_window": 3, "appositive_tokens": 14},
    requires=["token.tag", "token.dep", "token.lemma", "doc.ents", "doc.sents"],
    assigns=ASSIGNS,
)
def make_actors(nlp: Language, name: str, lexicon: Lexicon, pronoun_window: int,
                appositive_tokens: int) -> "ActorRecognizer":
    return ActorRecognizer(nlp, name, lexicon, pronoun_window=pronoun_window, appositive_tokens=appositive_tokens)


@dataclass
class _Draft:
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


@dataclass
class _Name:
    """A person's name in the text with what its context says about them."""

    start: int  # the mention's first token, the title or country in front of the name included
    end: int
    kb_id: str | None = None
    name_start: int = -1  # the name's first token
    role: str | None = None
    country: str | None = None
    sector: str | None = None
    family: str | None = None
    gender: str | None = None


class ActorRecognizer:
    def __init__(self, nlp: Language, name: str, lexicon: Lexicon, pronoun_window: int = 3,
                 appositive_tokens: int = 14) -> None:
        declare(*ASSIGNS)
        self.name = name
        self.pronoun_window = pronoun_window
        self.appositive_tokens = appositive_tokens
        self.kb: ActorKB = lexicon.actors
        self.words = words = lexicon.actor_words
        self.entities = PhraseMatcher(nlp.vocab, attr="ORTH")
        for key, forms in self.kb.phrases().items():
            self.entities.add(key, list(nlp.tokenizer.pipe(forms)))
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Title case too: the tokenizer keeps "Mrs." whole but splits "mrs.".
        self.titles.add("TITLE", list(nlp.tokenizer.pipe({f for t in self.kb.titles for f in (t, t.title())})))
        self.nouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.nouns.add("SECTOR", list(nlp.tokenizer.pipe(self.kb.sector_nouns)))
        self.pronouns = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.pronouns.add("PRONOUN", list(nlp.tokenizer.pipe(words.pronoun_genders)))
        self.pronouns.add("COUNTRY_NOUN", list(nlp.tokenizer.pipe(words.country_nouns)))
        self.verb_lemmas = _verb_lemmas(nlp)
        self.person_families = {pid: self._families(p.role) for pid, p in self.kb.people.items()}

    def _families(self, role: str | None) -> set[str]:
        words = f" {(role or '').lower()} "
        return {t.family for title, t in self.kb.titles.items() if f" {title} " in words}

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = _DocumentReader(self, doc).read()
        return doc


class _DocumentReader:
    """The state of reading one document: which tokens are taken and which actors exist."""

    def __init__(self, recognizer: ActorRecognizer, doc: Doc) -> None:
        self.recognizer = recognizer
        self.words = recognizer.words
        self.kb = recognizer.kb
        self.doc = doc
        self.text = doc.text
        self.ents = list(doc.ents)
        self.norp_ending_at = {ent.end: ent for ent in self.ents if ent.label_ == "NORP"}
        self.owner: list[tuple | None] = [None] * len(doc)
        self.drafts: dict[tuple, _Draft] = {}
        self.sentence_of = [0] * len(doc)
        sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for number, sentence in enumerate(sentences):
            for i in range(sentence.start, sentence.end):
                self.sentence_of[i] = number
        self.kb_spans = self._kb_spans()
        self.kb_ending_at = {span.end: span for span in self.kb_spans}
        self.kb_starting_at = {span.start: span for span in self.kb_spans}
        self.kb_tokens = {i for span in self.kb_spans for i in range(span.start, span.end)}
        self.ent_at: dict[int, Span] = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self.titles = {(s, e) for _, s, e in recognizer.titles(doc)}
        self.title_ending_at = _longest_by_end(self.titles)
        self.title_tokens = {i for s, e in self.titles for i in range(s, e)}
        self.nouns_ending_at = _longest_by_end({(s, e) for _, s, e in recognizer.nouns(doc)})
        words = [(doc.vocab.strings[key], start) for key, start, _ in recognizer.pronouns(doc)]
        self.pronouns = sorted(start for label, start in words if label == "PRONOUN")
        self.country_nouns = sorted(start for label, start in words if label == "COUNTRY_NOUN")
        self.capitalized: dict[str, list[int]] = {}  # where each capitalized word occurs
        for token in doc:
            if token.is_title or token.is_upper:
                self.capitalized.setdefault(token.text, []).append(token.i)
        self.place_names, self.place_adjectives = self._unknown_places()

    # -- the passes ---------------------------------------------------------------------------

    def read(self) -> list[Actor]:
        self._people()
        self._knowledge_base_entities()
        self._unknown_place_actors()
        self._unknown_place_adjectives()
        self._unknown_organizations()
        deferred = self._descriptions()
        self._sector_subjects()
        self._resolve_person_descriptions(deferred)
        self._titles_referring_back()
        self._host_appositives()
        self._pronouns()
        return self._actors()

    def _kb_spans(self) -> list[Span]:
        """Knowledge-base matches, longest first where they overlap; one label per span."""
        by_range: dict[tuple[int, int], list[str]] = {}
        for match_id, start, end in self.recognizer.entities(self.doc):
            by_range.setdefault((start, end), []).append(self.doc.vocab.strings[match_id])
        chosen = []
        for (start, end), keys in sorted(by_range.items(), key=lambda item: (item[0][0] - item[0][1], item[0][0])):
            chosen.append(Span(self.doc, start, end, label=self._pick_key(keys, start, end)))
        taken, out = set(), []
        for span in chosen:
            if not taken.intersection(range(span.start, span.end)):
                taken.update(range(span.start, span.end))
                out.append(span)
        return sorted(out, key=lambda s: s.start)

    def _pick_key(self, keys: list[str], start: int, end: int) -> str:
        """"Saudi", "U.S." are both a country and an adjective: a modifier of a following noun is the adjective."""
        if len(keys) == 1:
            return keys[0]
        last = self.doc[end - 1]
        modifies = last.dep_ in MODIFIER_DEPS and last.head.i > last.i and last.dep_ != "poss"
        ranked = sorted(keys, key=lambda k: (k.startswith("ADJECTIVE") != modifies, not k.startswith("PERSON")))
        return ranked[0]

    def _people(self) -> None:
        names = self._name_candidates()
        full, single = [], []
        for name in names:
            self._widen(name)
            if not self._free(name.start, name.end):
                if not self._free(name.name_start, name.end):
                    continue
                name.start = name.name_start  # the title or country in front belongs to someone else
            self._claim_placeholder(name.start, name.end)
            (single if name.end - self._name_start(name) == 1 and not name.kb_id else full).append(name)
        for name in full:
            self._attach_person(name, self._person_key(name))
        for name in single:
            self._attach_person(name, self._surname_key(name))

    def _name_candidates(self) -> list[_Name]:
        doc, names, covered = self.doc, [], set()
        relatives = self._relatives()
        for start, end in relatives:
            names.append(_Name(start, end))
            covered.update(range(start, end))
        for span in self.kb_spans:
            label, _, ident = span.label_.partition(":")
            if label == "PERSON" and span.start not in covered:
                names.append(_Name(span.start, span.end, kb_id=ident))
                covered.update(range(span.start, span.end))
        for ent in self.ents:
            if ent.label_ != "PERSON" or covered.intersection(range(ent.start, ent.end)):
                continue
            start, end = self._clean_person(ent)
            if self.doc[start:end].text in self.place_names or self.doc[start:end].text in self.place_adjectives:
                continue
            while start < end and start in self.kb_tokens:  # "Russian" in front of an unknown name
                start += 1
            # A place inside a longer name is part of it ("George Washington", "Jordan Peterson").
            longer_name = end - start > 1 and all(t.text[:1].isupper() for t in doc[start:end])
            if end > start and (longer_name or not self._kb_overlap(start, end)):
                names.append(_Name(start, end))
                covered.update(range(start, end))
        for _, title_end in sorted(self.titles):
            end = title_end
            while end < len(doc) and end - title_end < 4 and _looks_like_name(doc[end]) and end not in covered:
                end += 1
            if end > title_end and not self._kb_overlap(title_end, end):
                names.append(_Name(title_end, end))
                covered.update(range(title_end, end))
        for ent in self.ents:  # "Amara Okonkwo, a Nigerian diplomat," read as an organization or a place
            if (ent.label_ in ("ORG", "GPE") and 1 < len(ent) <= 4 and all(_looks_like_name(t) for t in ent)
                    and not covered.intersection(range(ent.start, ent.end)) and not self._kb_overlap(ent.start, ent.end)
                    and self._has_person_appositive(ent)):
                names.append(_Name(ent.start, ent.end))
                covered.update(range(ent.start, ent.end))
        surnames = {doc[n.end - 1].text for n in names if n.end - n.start > 1 and not n.kb_id}
        for ent in self.ents:  # a surname the model took for an organization ("Trump" as ORG)
            if ent.label_ in ("ORG", "GPE", "NORP") and len(ent) == 1 and ent.text in surnames and ent.start not in covered:
                names.append(_Name(ent.start, ent.end))
        return sorted(names, key=lambda n: (n.kb_id is None, n.start))

    def _relatives(self) -> list[tuple[int, int]]:
        """A known surname after a first name that is not the known person's ("Ivanka Trump",
        "Cyrus Vance"): someone else, unknown to the knowledge base."""
        out = []
        for surname in self.kb_spans:
            if len(surname) != 1 or not surname.label_.startswith("PERSON") or self._in_headline(surname):
                continue  # a headline capitalizes its verbs too: "Trump Meets Putin"
            known = ascii_fold(self.kb.people[surname.label_.split(":")[1]].name).lower().split()
            start = surname.start
            while (start > 0 and surname.start - start < 2 and _looks_like_name(self.doc[start - 1])
                   and start - 1 not in self.kb_tokens and start - 1 not in self.title_tokens
                   and ascii_fold(self.doc[start - 1].lower_) not in known):
                start -= 1
            if start < surname.start:
                out.append((start, surname.end))
        return out

    def _has_person_appositive(self, span: Span) -> bool:
        return any(child.dep_ == "appos" and (child.i + 1) in self.title_ending_at for child in span[-1].children)

    def _clean_person(self, ent: Span) -> tuple[int, int]:
        """The name inside a PERSON entity: no titles, possessives, or a headline's verb ("Zelensky Pushes")."""
        start, end = ent.start, ent.end
        while start < end and ((start, start + 1) in self.titles or not self.doc[start].text[:1].isupper()):
            start += 1
        while end > start and (self.doc[end - 1].text in self.words.possessive_endings or not self.doc[end - 1].is_alpha):
            end -= 1
        if end - start > 1 and self._in_headline(ent) and self._is_verb_form(self.doc[end - 1]):
            end -= 1
        return start, end

    def _in_headline(self, span: Span) -> bool:
        """A title-case line, where spaCy often reads a verb as part of a name."""
        line_start = self.text.rfind("\n", 0, span.start_char) + 1
        line_end = self.text.find("\n", span.end_char)
        words = re.findall(r"[A-Za-z]+", self.text[line_start: line_end if line_end >= 0 else len(self.text)])
        long_words = [w for w in words if len(w) > 3]
        return bool(long_words) and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.7

    def _is_verb_form(self, token: Token) -> bool:
        lower = token.lower_
        return lower.endswith("s") and any(
            lower[: -len(ending)] in self.recognizer.verb_lemmas for ending in self.words.verb_endings if lower.endswith(ending))

    def _kb_overlap(self, start: int, end: int) -> bool:
        return any(i in self.kb_tokens for i in range(start, end))

    def _widen(self, name: _Name) -> None:
        """Take in the title and the country or organization in front of a name, and read its appositive."""
        doc, start = self.doc, name.start
        title_start = start
        while (title := self.title_ending_at.get(title_start)) is not None:
            title_start = title[0]
        if title_start < start:
            title = self._title(self.title_ending_at[start][0], start)
            if title and title.family == "honorific":  # "Mrs. Clinton": a gender, not a role
                name.gender = title.gender
            elif title:
                name.role = doc[title_start:start].text
                name.sector, name.family, name.gender = title.sector, title.family, title.gender
        prefix_start = title_start
        qualifier = self.kb_ending_at.get(title_start)
        before = title_start - 1
        if qualifier is not None and qualifier.label_.split(":")[0] in ("COUNTRY", "ADJECTIVE", "SEAT", "ORG", "METONYM"):
            self._read_qualifier(name, qualifier)
            prefix_start = qualifier.start
            if name.role:
                name.role = doc[qualifier.start:start].text
        elif before >= 1 and doc[before].text in self.words.possessive_endings and (owner := self.kb_ending_at.get(before)) is not None:
            if owner.label_.split(":")[0] in ("COUNTRY", "ORG", "SEAT"):
                self._read_qualifier(name, owner)
                prefix_start = owner.start
        elif before >= 0 and doc[before].text in self.place_adjectives and title_start < start:
            prefix_start = before  # "Morvanian Foreign Minister Ana Vell": the adjective is part of the role
            if name.role:
                name.role = doc[before:start].text
        elif before >= 0 and doc[before].lower_ in self.words.possessive_pronouns and title_start < start:
            prefix_start = before
            name.country = name.country or self._country_before(before)
        name.start, name.name_start = prefix_start, start
        self._read_appositive(name)

    def _read_qualifier(self, name: _Name, span: Span) -> None:
        label, _, ident = span.label_.partition(":")
        if label in COUNTRY_LABELS:
            name.country = ident
        elif label == "ORG":
            org = self.kb.organizations[ident]
            name.country = org.country
            if org.sector and org.sector != "GOV":
                name.sector = org.sector
        elif label == "METONYM":
            metonym = self.kb.metonyms[ident]
            name.country = metonym.refers_to if metonym.refers_to in self.kb.countries else None
            if metonym.sector != "GOV":
                name.sector = metonym.sector

    def _read_appositive(self, name: _Name) -> None:
        """", Ukraine's chief negotiator," or ", the chief negotiator for Russia," after a name."""
        doc = self.doc
        head = doc[name.end - 1]
        for child in head.children:
            if child.dep_ != "appos" or child.i < name.end or child.i - name.end > self.recognizer.appositive_tokens:
                continue
            left, right = child.left_edge.i, child.right_edge.i + 1
            titles = sorted((s, e) for s, e in self.titles if left <= s and e <= right)
            titles = [(s, e) for s, e in titles if (t := self._title(s, e)) is not None and t.family != "honorific"]
            if titles and not name.role:
                s, e = max(titles, key=lambda r: (r[1], r[1] - r[0]))
                title = self._title(s, e)
                name.role, name.sector = doc[s:e].text, name.sector or title.sector
                name.family, name.gender = title.family, name.gender or title.gender
            countries = [s for s in self.kb_spans if left <= s.start and s.end <= right and s.label_.split(":")[0] in COUNTRY_LABELS]
            if countries and not name.country:
                name.country = countries[0].label_.split(":")[1]
            break

    def _country_before(self, i: int) -> str | None:
        """The country that "its" at token ``i`` refers to: the nearest one earlier in the sentence."""
        sentence = self.sentence_of[i]
        for span in reversed(self.kb_spans):
            if span.end <= i and self.sentence_of[span.start] == sentence and span.label_.startswith("COUNTRY"):
                return span.label_.split(":")[1]
        return None

    def _name_start(self, name: _Name) -> int:
        return name.name_start if name.name_start >= 0 else name.start

    def _name_text(self, name: _Name) -> str:
        end = name.end - (self.doc[name.end - 1].text in self.words.possessive_endings)
        return " ".join(self.doc[self._name_start(name):end].text.split())

    def _person_key(self, name: _Name) -> tuple:
        if name.kb_id:
            return ("kb", name.kb_id)
        return ("person", ascii_fold(self._name_text(name)).lower())

    def _surname_key(self, name: _Name) -> tuple:
        """A single name refers to the person whose full name ends with it, the nearest earlier one first."""
        word = ascii_fold(self._name_text(name)).lower()
        before, after = None, None
        for draft in self.drafts.values():
            if draft.kind != "person" or word not in ascii_fold(draft.name).lower().split()[1:]:
                continue
            first = min(m[0] for m in draft.mentions)
            last_before = max((m[0] for m in draft.mentions if m[0] < name.start), default=None)
            if last_before is not None and (before is None or last_before > before[0]):
                before = (last_before, draft.key)
            elif last_before is None and (after is None or first < after[0]):
                after = (first, draft.key)
        if before or after:
            return (before or after)[1]
        first_named = [d.key for d in self.drafts.values()
                       if d.kind == "person" and " " in d.name and ascii_fold(d.name).lower().split()[0] == word]
        if len(first_named) == 1:  # "Hillary" after "Hillary Clinton"
            return first_named[0]
        return ("person", word)

    def _attach_person(self, name: _Name, key: tuple) -> None:
        draft = self.drafts.get(key) or self._new_person(key, name)
        single = name.end - self._name_start(name) == 1
        kind = "surname" if single and " " in draft.name and ascii_fold(self._name_text(name)) != ascii_fold(draft.name.split()[0]) else "name"
        draft.role = draft.role or name.role
        # "Morvanian President Ilka Rens": a country unknown to the knowledge base, not a neighbouring one
        unknown_country = self.doc[name.start].text in self.place_adjectives
        draft.country = draft.country or name.country or (None if unknown_country else self._nearby_country(name))
        draft.sector = draft.sector or name.sector or ("GOV" if name.role else None)
        draft.gender = draft.gender or name.gender
        if name.family:
            draft.families.add(name.family)
        self._claim(name.start, name.end, key, kind)

    def _new_person(self, key: tuple, name: _Name) -> _Draft:
        if key[0] == "kb":
            person = self.kb.people[key[1]]
            # The role stays empty until the text states one; the knowledge base's fills it at the end.
            draft = _Draft(key, person.name, "person", person.country, person.sector, None, person.id,
                           person.gender, set(self.recognizer.person_families[person.id]))
        else:
            draft = _Draft(key, self._name_text(name), "person")
        self.drafts[key] = draft
        return draft

    def _nearby_country(self, name: _Name) -> str | None:
        """For a person nothing else places: the closest country adjective or name in the same
        sentence, but not a country the sentence acts upon ("Bush warned Russia", "talks with Iran")."""
        sentence, best = self.sentence_of[name.start], None
        for span in self.kb_spans:
            label = span.label_.split(":")[0]
            if self.sentence_of[span.start] != sentence or label not in ("ADJECTIVE", "COUNTRY"):
                continue
            if label == "COUNTRY" and self._is_target(self.doc[span.end - 1]):
                continue
            distance = min(abs(span.start - name.end), abs(name.start - span.end))
            if (distance <= 8 or label == "COUNTRY") and (best is None or distance < best[0]):
                best = (distance, span.label_.split(":")[1])
        return best[1] if best else None

    def _is_target(self, token: Token) -> bool:
        if token.dep_ in ("dobj", "dative", "iobj"):
            return True
        return token.dep_ == "pobj" and token.head.lower_ in self.words.target_prepositions

    def _knowledge_base_entities(self) -> None:
        for span in self.kb_spans:
            label, _, ident = span.label_.partition(":")
            if label in ("PERSON", "ADJECTIVE", "DEMONYM") or not self._free(span.start, span.end):
                continue
            if label in ("COUNTRY", "SEAT") and self._inside_longer_name(span):
                continue
            start = self._with_article(span)
            if label == "COUNTRY":
                self._claim(start, span.end, self._country_key(ident), "name")
            elif label == "ORG":
                self._claim(start, span.end, self._organization_key(ident), "name")
            elif label == "SEAT" and self._is_location(span):
                self._claim_placeholder(start, span.end)  # a place: no actor, and no organization either
            elif label == "SEAT":
                self._claim(start, span.end, self._country_key(ident), "metonym")
            elif label == "METONYM":
                self._claim(start, span.end, self._metonym_key(ident, span.text), "metonym")

    def _inside_longer_name(self, span: Span) -> bool:
        """"Jersey" in "New Jersey", "U.S." in "U.S. Army": the entity is the longer name, not the country."""
        ent = self.ent_at.get(span.start)
        if ent is None or span.end > ent.end or len(ent) <= len(span):
            return False
        return any(t.is_alpha and t.text[:1].isupper() and not t.is_stop and t.i not in self.kb_tokens for t in ent)

    def _with_article(self, span: Span) -> int:
        """Include "the" when the span is the whole noun phrase ("the Kremlin", not "the Kremlin's aide")."""
        first, last = self.doc[span.start], self.doc[span.end - 1]
        if (span.start > 0 and self.doc[span.start - 1].lower_ == "the" and first.lower_ != "the"
                and last.dep_ not in ("compound", "amod") and self.owner[span.start - 1] is None):
            return span.start - 1
        return span.start

    def _is_location(self, span: Span) -> bool:
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
            span.text.isupper() or after != "," or (country_next is not None and country_next.label_.startswith("COUNTRY")))

    def _country_key(self, iso3: str) -> tuple:
        key = ("country", iso3)
        if key not in self.drafts:
            self.drafts[key] = _Draft(key, self.kb.countries[iso3].name, "country", iso3, "GOV", kb_id=iso3.lower())
        return key

    def _organization_key(self, org_id: str) -> tuple:
        key = ("org", org_id)
        if key not in self.drafts:
            org = self.kb.organizations[org_id]
            self.drafts[key] = _Draft(key, org.name, org.kind, org.country, org.sector, kb_id=org.id)
        return key

    def _metonym_key(self, phrase: str, text: str) -> tuple:
        metonym = self.kb.metonyms[phrase]
        if metonym.refers_to in self.kb.organizations:
            return self._organization_key(metonym.refers_to)
        if metonym.sector == "GOV":
            return self._country_key(metonym.refers_to)
        return self._group_key(metonym.refers_to, metonym.sector, text)

    def _group_key(self, iso3: str | None, sector: str | None, text: str) -> tuple:
        """A country's group per sector ("Russian troops", "Russian forces" are one), else one per wording."""
        key = ("group", iso3, sector) if iso3 else ("group", None, sector, text.lower())
        if key not in self.drafts:
            demonyms = self.kb.countries[iso3].demonyms if iso3 in self.kb.countries else ()
            name = demonyms[0] if sector == "CVL" and demonyms else text  # the people of a country: "Ukrainians"
            self.drafts[key] = _Draft(key, name, "group", iso3, sector)
        return key

    # -- places the knowledge base does not know ---------------------------------------------------

    def _unknown_places(self) -> tuple[set[str], dict[str, str | None]]:
        """Place names and place adjectives unknown to the knowledge base, read from the whole text.

        Places are GPE entities, the same names tagged otherwise, a one-word ORG or PERSON entity that
        an adjective of the text is formed from ("Morvania" beside "Morvanian"), and a one-word PERSON
        entity used as a place (see _person_used_as_place). Adjectives are NORP words and words formed
        from a place name; each maps to its place, or None when the text names no such place.
        """
        entities = []
        for ent in self.ents:
            start, end = self._bare_name(ent)
            after_name = start > 0 and _looks_like_name(self.doc[start - 1]) and start - 1 not in self.kb_tokens
            acronym = self.doc[start:end].text.isupper() and end - start == 1 and len(self.doc[start]) <= 3  # "VA", "RT"
            if end > start and not self._kb_overlap(start, end) and not after_name and not acronym:  # not "Ana Soran"
                entities.append((ent.label_, self.doc[start:end]))
        modifiers = {span.text for label, span in entities if len(span) == 1 and span[0].dep_ in ADJECTIVE_DEPS}
        norp = {span.text for label, span in entities if len(span) == 1 and label == "NORP"}
        places = {span.text for label, span in entities if label == "GPE" and span.text not in modifiers | norp}
        for label, span in entities:
            if label not in ("ORG", "PERSON") or span.text in places or span.text in modifiers | norp:
                continue
            formed = len(span) == 1 and any(_formed_from(word, span.text) for word in modifiers | norp)
            root = span.root
            # "Morvania and Estland" with one of them tagged ORG
            paired = len(span) == 1 and root.dep_ == "conj" and self.ent_at.get(root.head.i) is not None and self.ent_at[root.head.i].label_ == "GPE"
            if formed or paired or (label == "PERSON" and len(span) == 1 and self._person_used_as_place(span.text, places)):
                places.add(span.text)
        people = {w for name in self.ents if name.label_ == "PERSON" and len(name) > 1 for w in name.text.split()}
        people |= {self.doc[end].text for end in self.title_ending_at if end < len(self.doc)}
        # Not "Morvanian" tagged GPE, nor a word that is part of a person's name or follows a title.
        places = {p for p in places if p not in people and not any(_formed_from(p, other) for other in places)}
        adjectives = {}
        for word in modifiers | norp:
            place = next((p for p in sorted(places) if _formed_from(word, p)), None)
            if place is not None or word in norp:
                adjectives[word] = place
        return places, adjectives

    def _bare_name(self, ent: Span) -> tuple[int, int]:
        """An entity without "the" in front or "'s" behind."""
        start, end = ent.start, ent.end
        while start < end and not self.doc[start].text[:1].isupper():
            start += 1
        while end > start and not self.doc[end - 1].is_alpha:
            end -= 1
        return start, end

    def _person_used_as_place(self, word: str, places: set[str]) -> bool:
        """"VARNA —", "in Varna" or a GPE "Varna" elsewhere make a one-word "person" a place (unless a
        title or first name goes with it: see _unknown_places)."""
        doc = self.doc
        if word in places or any(i > 0 and doc[i - 1].lower_ in self.words.place_prepositions for i in self.capitalized.get(word, ())):
            return True
        return any((i == 0 or "\n" in doc[i - 1].text_with_ws) and i + 1 < len(doc) and doc[i + 1].text in DATELINE_PUNCTUATION
                   for i in self.capitalized.get(word.upper(), ()))

    def _unknown_place_actors(self) -> None:
        """A place unknown to the knowledge base that acts is a country actor, one per name; where it only
        locates something it stays a place, and an ORG or PERSON tag on it makes no actor either."""
        spans = {}
        for ent in self.ents:
            start, end = self._bare_name(ent)
            if self.doc[start:end].text in self.place_names:
                spans[start] = (end, ent.label_)
        for i in (i for name in self.place_names for i in self.capitalized.get(name, ())):
            if i not in spans and i not in self.ent_at:
                spans[i] = (i + 1, "")
        for start, (end, label) in sorted(spans.items()):
            if not self._free(start, end) or self._kb_overlap(start, end):
                continue
            role = self._place_role(self.doc[start:end])
            if role is not None:
                self._claim(start, end, self._place_key(self.doc[start:end].text, role), "name")
            elif label != "GPE":  # a GPE stays free for the passes that read "the government of <place>"
                self._claim_placeholder(start, end)

    def _place_role(self, span: Span) -> str | None:
        """"GOV" for a place that acts as its government, "" for one acted upon, None for a location."""
        token = span.root
        while token.dep_ == "conj" and token.head.i < token.i:  # "Morvania and Estland agreed"
            token = token.head
        if self._is_location(span):  # "in Morvania", the dateline "MORVA —"
            return None
        before = self.doc[span.start - 1].lower_ if span.start > 0 else ""
        if token.dep_ in GOVERNING_DEPS or (token.dep_ == "pobj" and token.head.dep_ == "agent"):
            return "GOV"
        acted_upon = token.dep_ in ACTED_UPON_DEPS or (token.dep_ == "pobj" and token.head.lower_ in self.words.acted_upon_prepositions)
        # "left Geneva", "shelled Kharkiv": a known city is a place there
        if acted_upon and before not in self.words.location_words and place_country(span.text) is None:
            return ""
        return None

    def _place_key(self, name: str, role: str | None) -> tuple:
        """Keyed like a known country's ("country", ...) so "the government of <place>" joins it."""
        key = ("country", None, ascii_fold(name).lower())
        if key not in self.drafts:
            self.drafts[key] = _Draft(key, name, "country")
        if role == "GOV":
            self.drafts[key].sector = "GOV"
        return key

    def _adjective_group_key(self, adjective: str, sector: str, phrase: str) -> tuple:
        """One group per adjective and sector ("Morvanian troops", "Morvanian forces"), named as first written."""
        key = ("group", None, sector, adjective.lower())
        if key not in self.drafts:
            self.drafts[key] = _Draft(key, phrase, "group", None, sector)
        return key

    def _unknown_place_adjectives(self) -> None:
        """"Morvanian officials", "the Morvanian delegation" are the government of Morvania when the text
        names it, else a government group; "Morvanian troops" are its military; never a person."""
        for word, i in sorted(((w, i) for w in self.place_adjectives for i in self.capitalized.get(w, ())), key=lambda wi: wi[1]):
            if not self._free(i, i + 1):
                continue
            place, span = self.place_adjectives[word], self.doc[i:i + 1]
            noun = self._modified_noun(span)
            start, end, sector = span.start, span.end, None
            if noun is not None and self.owner[noun.i] is None:
                start, end = self._description_bounds(span, noun)
                sector_range = self.nouns_ending_at.get(noun.i + 1)
                title_range = self.title_ending_at.get(noun.i + 1)
                title = self._title(*title_range) if title_range else None
                sector = self._sector(*sector_range) if sector_range else (title.sector if title else None)
                if title and title.family in self.words.person_families:
                    sector = "GOV"  # "the Morvanian negotiator" speaks for the government, as a known country's does
            if sector == "GOV" and place:
                key = self._place_key(place, "GOV")
            elif sector is not None and sector not in GENERIC_SECTORS and (place or (sector == "GOV" and word.endswith(self.words.place_adjective_endings))):
                key = self._adjective_group_key(word, sector, _strip_article(self.doc[start:end].text))
            elif sector is None and place:  # "the Morvanian-held town", "Morvanian artillery"
                key, start, end = self._place_key(place, None), span.start, span.end
            else:
                continue
            if not self._free(start, end):
                start, end = span.start, span.end
            self._claim(start, end, key, "description")

    def _unknown_organizations(self) -> None:
        for ent in self.ents:
            if ent.label_ != "ORG":
                continue
            start, end = ent.start, ent.end - (ent[-1].text in self.words.possessive_endings)
            while start < end and (self.doc[start].lower_ == "the" or not self.doc[start].text[:1].isupper()):
                start += 1
            if end <= start or not self._free(start, end) or not any(t.text[:1].isupper() for t in self.doc[start:end]):
                continue
            if start > 0 and self.doc[start - 1].like_num:  # "2,300 MW": a unit, not an organization
                continue
            text = self.doc[start:end].text
            inner = [s for s in self.kb_spans if start <= s.start and s.end <= end
                     and s.label_.split(":")[0] in ("COUNTRY", "ADJECTIVE")]
            sector = self._sector_of(start, end)
            key = ("orgname", ascii_fold(text).lower())
            if key not in self.drafts:
                self.drafts[key] = _Draft(key, text, "organization", inner[0].label_.split(":")[1] if inner else None, sector)
            self._claim(self._article_start(start), end, key, "name")

    def _article_start(self, start: int) -> int:
        return start - 1 if start > 0 and self.doc[start - 1].lower_ == "the" and self.owner[start - 1] is None else start

    def _sector_of(self, start: int, end: int) -> str | None:
        """The sector of the last sector noun or title inside tokens [start, end)."""
        for i in range(end, start, -1):
            noun = self.nouns_ending_at.get(i)
            if noun and noun[0] >= start:
                return self._sector(noun[0], i)
        return None

    def _descriptions(self) -> list[tuple[int, int, str, str]]:
        """Country adjectives and demonyms; person-like descriptions wait for all names to be known."""
        deferred = []
        for span in self.kb_spans:
            label, _, iso3 = span.label_.partition(":")
            if label not in ("ADJECTIVE", "DEMONYM") or not self._free(span.start, span.end):
                continue
            if label == "DEMONYM":
                self._claim(self._article_start(span.start), span.end, self._group_key(iso3, "CVL", span.text), "description")
                continue
            noun = self._modified_noun(span)
            if noun is None:
                self._claim(span.start, span.end, self._country_key(iso3), "description")
                continue
            start, end = self._description_bounds(span, noun)
            phrase = self.doc[span.start:end].text
            title_range = self.title_ending_at.get(noun.i + 1)
            title = self._title(*title_range) if title_range else None
            sector_range = self.nouns_ending_at.get(noun.i + 1)
            sector = self._sector(*sector_range) if sector_range else None
            if title and title.family in self.words.person_families and noun.tag_ == "NN":
                if self._free(start, end):
                    self._claim_placeholder(start, end)
                    deferred.append((start, end, iso3, title.family))
                continue
            if sector is None and title is not None:
                sector = title.sector
            if sector is None:  # "the Russian invasion": the country, named by its adjective alone
                key, start, end = self._country_key(iso3), span.start, span.end
            elif sector == "GOV":  # "the Ukrainian side", "Turkish officials": the government
                key = self._country_key(iso3)
            else:  # "Russian troops": the country's military, one actor however it is worded
                key = self._group_key(iso3, sector, _strip_article(phrase))
            if not self._free(start, end):
                start, end = span.start, span.end
            self._claim(start, end, key, "description")
        return deferred

    def _modified_noun(self, span: Span) -> Token | None:
        token = self.doc[span.end - 1]
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head
        head = token.head
        if token.dep_ in MODIFIER_DEPS and head.i > token.i and head.pos_ in NOUN_POS:
            return head
        return None

    def _description_bounds(self, span: Span, noun: Token) -> tuple[int, int]:
        """"A Russian representative": the determiner, the adjective and the noun when they are adjacent."""
        start = span.start
        between = self.doc[span.end:noun.i]
        if any(t.dep_ not in ("amod", "compound", "nummod", "hyph") for t in between):
            return span.start, span.end
        if start > 0 and self.doc[start - 1].dep_ == "det" and self.doc[start - 1].head.i == noun.i:
            start -= 1
        return start, noun.i + 1

    def _sector_subjects(self) -> None:
        """"The rebels said", "Ukraine's military said": a sector noun that acts is an actor."""
        for end, (start, _) in sorted(self.nouns_ending_at.items()):
            head = self.doc[end - 1]
            if not self._free(start, end) or head.pos_ != "NOUN":
                continue
            if end in self.title_ending_at and head.tag_ == "NN":
                continue  # "the (former) president" refers back to a person; see _titles_referring_back
            sector = self._sector(start, end)
            if sector is None or sector in GENERIC_SECTORS:
                continue
            owner = self.owner[start - 2] if start >= 2 and self.doc[start - 1].text in self.words.possessive_endings else None
            if owner and owner[0] == "country":  # "Ukraine's military"
                if sector != "GOV":
                    self._claim(start, end, self._group_key(owner[1], sector, self.doc[start - 2:end].text), "description")
                continue
            owner = self.owner[end + 1] if end + 1 < len(self.doc) and self.doc[end].lower_ == "of" else None
            if owner and owner[0] == "country":  # "the government of Chad", "the army of Sudan"
                first = self._article_start(start)
                key = owner if sector == "GOV" else self._group_key(owner[1], sector, self.doc[start:end].text)
                self._claim(first, end, key, "description")
                continue
            place = self.ent_at.get(end + 1) if owner is None and end + 1 < len(self.doc) and self.doc[end].lower_ == "of" else None
            if place is not None and place.start == end + 1 and place.label_ in ("GPE", "LOC") and self._free(start, place.end):
                # "the government of Sindh province": a regional body, named with its place
                first = self._article_start(start)
                text = self.doc[start:place.end].text
                self._claim(first, place.end, self._group_key(None, sector, text), "description")
                continue
            if sector == "GOV":
                continue  # "the government", "officials" with no country say too little to be an actor
            if head.dep_ in SUBJECT_DEPS and (head.tag_ == "NNS" or self.doc[start - 1:start].text.lower() == "the"):
                norp = self._norp_before(start)
                first = norp if norp is not None else self._article_start(start)
                text = self.doc[norp if norp is not None else start:end].text
                self._claim(first, end, self._group_key(None, sector, text), "description")

    def _norp_before(self, start: int) -> int | None:
        ent = self.norp_ending_at.get(start)
        return ent.start if ent is not None and self._free(ent.start, ent.end) else None

    def _resolve_person_descriptions(self, deferred: list[tuple[int, int, str, str]]) -> None:
        """"A Russian representative" is the Russian negotiator named in the article, if exactly one fits."""
        for start, end, iso3, family in deferred:
            fits = [d for d in self.drafts.values()
                    if d.kind == "person" and d.country == iso3 and family in d.families]
            key = fits[0].key if len(fits) == 1 else self._country_key(iso3)
            self._claim(start, end, key, "description")

    def _titles_referring_back(self) -> None:
        """"the president" refers to the last person mentioned whose role it names."""
        for start, end in sorted(self.titles):
            if start == 0 or self.doc[start - 1].lower_ != "the" or not self._free(start - 1, end):
                continue
            if end < len(self.doc) and (self.doc[end].lower_ in self.words.title_complement_prepositions or self.doc[end].text in self.words.possessive_endings):
                continue
            word = self.doc[start:end].text.lower()
            best = None
            for draft in self.drafts.values():
                if draft.kind != "person" or word not in " ".join(filter(None, (draft.role, self._role(draft)))).lower():
                    continue
                last = max((m[0] for m in draft.mentions if m[0] < start), default=None)
                if last is not None and (best is None or last > best[0]):
                    best = (last, draft.key)
            if best:
                self._claim(start - 1, end, best[1], "title")

    def _host_appositives(self) -> None:
        """"Turkey, the host nation, urged…": a country noun in apposition to a country is that country."""
        for i in self.country_nouns:
            token = self.doc[i]
            if token.dep_ != "appos":
                continue
            owner = self.owner[token.head.i]
            left, right = token.left_edge.i, token.i + 1
            if owner and owner[0] == "country" and self._free(left, right):
                self._claim(left, right, owner, "description")

    def _pronouns(self) -> None:
        people: dict[int, list[tuple[int, int, tuple]]] = {}  # person mentions by sentence, in text order
        for draft in self.drafts.values():
            if draft.kind == "person":
                for start, end, _ in draft.mentions:
                    people.setdefault(self.sentence_of[start], []).append((start, end, draft.key))
        for mentions in people.values():
            mentions.sort()
        for i in self.pronouns:
            token = self.doc[i]
            gender = self.words.pronoun_genders[token.lower_]
            if self.owner[i] is not None:
                continue
            key = self._antecedent(token, gender, people)
            if key is None:
                continue
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if token.lower_ in self.words.possessive_pronouns and following is not None \
                    and following.lower_ in self.words.country_nouns:
                country = self.drafts[key].country
                if country and country in self.kb.countries and self._free(token.i, token.i + 2):
                    self._claim(token.i, token.i + 2, self._country_key(country), "pronoun")
                continue
            self._claim(token.i, token.i + 1, key, "pronoun")
            bisect.insort(people.setdefault(self.sentence_of[i], []), (i, i + 1, key))

    def _antecedent(self, pronoun: Token, gender: str, people: dict[int, list[tuple[int, int, tuple]]]) -> tuple | None:
        """The person a pronoun refers to: a subject of its own sentence before it, else the latest
        subject (or the latest person) of the sentences before; "him" is never its own clause's subject."""
        sentence = self.sentence_of[pronoun.i]
        objective = pronoun.dep_ not in SUBJECT_DEPS and pronoun.lower_ in self.words.objective_pronouns
        for back in range(self.recognizer.pronoun_window + 1):
            number = sentence - back
            if number < 0:
                break
            found = [(s, e, k) for s, e, k in people.get(number, ()) if (back or e <= pronoun.i) and self._compatible(k, gender)]
            if back == 0 and objective:
                # "Trump admires Putin, comparing him…": not the subject of "him"'s own clause or the
                # clauses above it, and the nearest person left, subject or not.
                verb = self._clause_verb(pronoun.i)
                own = {verb.i} | {t.i for t in verb.ancestors}
                found = [c for c in found if not (self._is_subject(c) and self._clause_verb(c[1] - 1).i in own)]
                if found:
                    return found[-1][2]
            subjects = [c for c in found if self._is_subject(c)]
            pick = subjects or found
            if pick:
                return pick[-1][2]
        return None

    def _compatible(self, key: tuple, gender: str) -> bool:
        return self.drafts[key].gender in (None, gender)

    def _is_subject(self, mention: tuple[int, int, tuple]) -> bool:
        return any(t.dep_ in SUBJECT_DEPS for t in self.doc[mention[0]:mention[1]])

    def _clause_verb(self, i: int) -> Token:
        token = self.doc[i]
        while token.dep_ != "ROOT" and token.pos_ not in ("VERB", "AUX"):
            token = token.head
        return token

    # -- bookkeeping ---------------------------------------------------------------------------

    def _title(self, start: int, end: int) -> Title | None:
        return self.kb.titles.get(_lexicon_form(self.doc[start:end].text))

    def _sector(self, start: int, end: int) -> str | None:
        return self.kb.sector_nouns.get(_lexicon_form(self.doc[start:end].text))

    def _role(self, draft: _Draft) -> str | None:
        """The role the text gives, else the knowledge base's."""
        return draft.role or (self.kb.people[draft.kb_id].role if draft.key[0] == "kb" else None)

    def _free(self, start: int, end: int) -> bool:
        return end > start and all(self.owner[i] is None for i in range(start, end))

    def _claim_placeholder(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.owner[i] = ("pending",)

    def _claim(self, start: int, end: int, key: tuple, kind: str) -> None:
        for i in range(start, end):
            self.owner[i] = key
        self.drafts[key].mentions.append((start, end, kind))

    def _actors(self) -> list[Actor]:
        drafts = sorted((d for d in self.drafts.values() if d.mentions), key=lambda d: min(m[0] for m in d.mentions))
        actors, doc = [], self.doc
        for number, draft in enumerate(drafts, start=1):
            actor_id = f"a{number}"
            mentions = []
            for start, end, kind in sorted(draft.mentions):
                span = doc[start:end]
                mentions.append(Mention(text=span.text, span=(span.start_char, span.end_char), kind=kind))
                for token in span:
                    token._.actor = actor_id
            actors.append(Actor(id=actor_id, name=draft.name, kind=draft.kind, country=draft.country,
                                sector=draft.sector, role=self._role(draft), kb_id=draft.kb_id, mentions=mentions))
        return actors


def _longest_by_end(ranges: set[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    out: dict[int, tuple[int, int]] = {}
    for start, end in ranges:
        if end not in out or start < out[end][0]:
            out[end] = (start, end)
    return out


def _looks_like_name(token: Token) -> bool:
    return token.tag_ == "NNP" and token.is_alpha and token.text[:1].isupper()


def _lexicon_form(text: str) -> str:
    """How titles and sector nouns are written in the knowledge files: lower case, single spaces."""
    return " ".join(text.lower().split())


def _strip_article(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)


def _verb_lemmas(nlp: Language) -> frozenset[str]:
    """Base forms of English verbs from the model's lemmatizer tables, to spot a headline's verb."""
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    except (KeyError, ValueError):
        return frozenset()


def _formed_from(word: str, place: str) -> bool:
    """"Morvanian" from "Morvania", "Estlandic" from "Estland": longer, starting with the place's
    name without its final vowels (four letters at least; "Democrat" is not formed from "Demos")."""
    stem = place.rstrip("aeiouy")
    return len(stem) >= 4 and len(word) > len(place) and word.startswith(stem) and " " not in word + place
