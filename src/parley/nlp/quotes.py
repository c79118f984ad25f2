"""Direct, partial and indirect quotations with speaker attribution.

Three passes over a parsed Doc:

1. Quote marks. Every mark is classified by the characters around it (a mark that follows a space
   and precedes a letter opens, whatever its glyph), so mismatched pairs such as “…» pair up and
   apostrophes (Russia’s, don’t, ’90s) never do. A paragraph that leaves a quote open continues it
   when the next paragraph opens again; a quote split by a short "he said" is one quotation.
2. Reporting cues. A word of the cue lexicon (knowledge/reporting_cues.csv) whose dependant has one
   of the relations listed for it (said → ccomp, criticized → dobj, according to → its clause, …)
   gives an indirect quote: the dependant's span is the content, the cue's subject, "by" agent or
   "according to" object is the source. The trained cue model (quote_model.py) scores every word
   and dependant the parse offers: it drops the lexicon's unlikely cues and adds the open-ended
   ones no list covers ("has pooh-poohed", "is a staunch opponent of"); the boundary model
   (quote_boundary.py) then chooses where each of their contents starts and ends.
3. Attribution. A paragraph that starts "NAME: …" (transcripts, headlines) is NAME's. A direct
   quote inside or overlapping an indirect quote merges with it (mixed when the marks cover only
   part of it); otherwise its speaker is the subject of the nearest speech cue in the quote's own
   sentences (or of any verb right after it: “…,” the judge exclaimed), or of a sentence that ends
   in a colon just before it. A quote with no cue of its own continues the previous quotation of
   its paragraph, or, alone in its paragraph, the direct quote the paragraph before ended with
   (“A,” she said.¶“B.”), or else takes the previous quote's speaker.

Content spans overlap only where a speech verb with a subject reports inside another indirect
quote ("X says Y said Z": both); the gold attributions this is measured on almost never nest.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import Quote, Speaker
from .doc_index import DocIndex, paragraphs
from .event_lexicon import RuleWords
from .event_verbs import match_verb
from .extensions import declare
from .ids import QUOTE, item_id
from .labels import (
    ACTOR_LABELS,
    ANY_SUBJECT_DEPS,
    CLAUSE_DEPS,
    CLIMB_DEPS,
    CONTENT_DEPS,
    NOUN_MODIFIER_DEPS,
    NOUN_POS,
    OBJECT_COMPLEMENT_DEPS,
    OBJECT_DEPS,
    PREDICATE_POS,
    REPORTED_BY_DEPS,
    SPEAKER_STOP_DEPS,
    SUBJECT_DEPS,
)
from .lexicon import CueLexicon, Lexicon, pos_word_class
from .quote_boundary import EDGE_PUNCTUATION, BoundaryModel, trim
from .quote_model import Candidate, CueModel, candidate_features

DOUBLE_MARKS = "\"“”„‟«»"
SINGLE_MARKS = "'‘’‚‛‹›"
# Each family's marks, found without reading the text a character at a time.
ANY_DOUBLE_MARK = re.compile(f"[{re.escape(DOUBLE_MARKS)}]")
ANY_SINGLE_MARK = re.compile(f"[{re.escape(SINGLE_MARKS)}]")
OPENING_GLYPHS = "“„‟«‘‚‛‹"
CLOSING_GLYPHS = "”»’›"
# Characters after which a quote mark opens, and before which it closes, besides white space.
BEFORE_OPENING = "([{—–-/:;" + DOUBLE_MARKS + SINGLE_MARKS
AFTER_CLOSING = ".,;:!?)]}—–-…/" + DOUBLE_MARKS + SINGLE_MARKS
# "Name: what they said" at the start of a paragraph (transcripts, headlines); at most five words.
SPEAKER_LABEL = re.compile(r"[\"“”«]?(?P<name>[A-Z][^\s:]*(?: [^\s:]+){0,4}):[ \t]+\S")
# A title of a show or work quoted after a preposition: at most this many words.
MAX_TITLE_WORDS = 6
# Dashes that sign a quote with its speaker's name: “…” ― Jorge Falcon.
SIGNATURE_DASHES = "―—"
# What separates a dateline from the sentence's subject.
DATELINE_DASHES = ("–", "—", "--", ":")
# The relations by which a verb heads a content that is a clause (quotes._has_verb): a clause's, but not a second
# verb joined to the cue's ("agree to truce in Jeddah talks", "talks" read as a verb) nor a clause describing a noun.
CLAUSE_HEADS = CLAUSE_DEPS - {"conj", "relcl", "acl", "csubj"}


@dataclass
class _Attribution:
    start: int
    end: int
    kind: str
    cue: Token | None = None
    source: Token | None = None
    marks: list[tuple[int, int]] = field(default_factory=list)
    labelled: bool = False  # "NAME: …": the text itself says who speaks


# ---------------------------------------------------------------------------------------------
# Quote marks


def _mark_role(text: str, i: int) -> str | None:
    """'open', 'close', 'either' or None (an apostrophe, or a mark that quotes nothing)."""
    mark = text[i]
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if mark in "'’‛":
        if before.isalnum() and after.isalnum():
            return None  # don't, Russia’s
        if after.isdigit() and not before.isalnum():
            return None  # ’90s
    can_open = (before.isspace() or before in BEFORE_OPENING) and not after.isspace()
    can_close = (after.isspace() or after in AFTER_CLOSING) and not before.isspace()
    if can_open != can_close:
        return "open" if can_open else "close"
    if mark in OPENING_GLYPHS:
        return "open"
    if mark in CLOSING_GLYPHS:
        return "close"
    return "either" if can_open else None


def _pair_marks(text: str, start: int, end: int, family: re.Pattern, strict: bool) -> list[tuple[int, int, bool]]:
    """(open, close, closed) index pairs of one family's marks (``family`` finds any of them) in ``text[start:end]``.

    ``strict`` pairs only marks whose role is plain (single quotes, where apostrophes abound).
    """
    pairs, opened = [], None
    for mark in family.finditer(text, start, end):
        i = mark.start()
        role = _mark_role(text, i)
        if role is None or (strict and role == "either"):
            continue
        if opened is None:
            if role != "close":
                opened = i
        elif role != "open":
            pairs.append((opened, i, True))
            opened = None
        else:
            opened = i  # two openings in a row: the first quoted nothing that closes
    if opened is not None:
        pairs.append((opened, end, False))
    return pairs


def find_quotations(text: str, text_paragraphs: list[tuple[int, int]] | None = None) -> list[list[tuple[int, int]]]:
    """Each direct quotation as the list of its quoted stretches (one per paragraph it spans)."""
    text_paragraphs = paragraphs(text) if text_paragraphs is None else text_paragraphs
    text = _plain_double_marks(text)
    quotations: list[list[tuple[int, int]]] = []
    continuing: list[tuple[int, int]] | None = None
    for paragraph in text_paragraphs:
        start, end = paragraph
        pairs = _pair_marks(text, start, end, ANY_DOUBLE_MARK, strict=False)
        inside = [(a, b) for a, b, _ in pairs]
        singles = [
            p for p in _pair_marks(text, start, end, ANY_SINGLE_MARK, strict=True)
            if p[2] and not any(a < p[0] < b for a, b in inside)
        ]
        paragraph_quotes = sorted(pairs + singles)
        opens_paragraph = bool(paragraph_quotes) and paragraph_quotes[0][0] == end - len(text[start:end].lstrip())
        if continuing is not None and opens_paragraph:
            first = paragraph_quotes.pop(0)
            continuing.append((first[0] + 1, first[1]))
            if first[2]:
                quotations.append(continuing)
                continuing = None
        elif continuing is not None:
            quotations.append(continuing)
            continuing = None
        for opened, closed, was_closed in paragraph_quotes:
            if was_closed:
                quotations.append([(opened + 1, closed)])
            else:
                continuing = [(opened + 1, closed)]  # left open at the paragraph's end: may go on in the next one
    if continuing is not None:
        quotations.append(continuing)
    return [q for q in (_trim_stretches(text, q) for q in quotations) if q]


def _plain_double_marks(text: str) -> str:
    """Typewriter doubles (''…'', ``…'') as one double mark and a space, keeping every offset."""
    if "''" not in text and "``" not in text:
        return text
    text = text.replace("``", ' "')
    return re.sub(r"(?<=\S)''|''(?=\S)", lambda m: '" ' if m.start() > 0 and not text[m.start() - 1].isspace() else ' "', text)


def _trim_stretches(text: str, stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    trimmed = []
    for start, end in stretches:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end))
    return trimmed


# ---------------------------------------------------------------------------------------------
# Cues, content and sources


def _subtree_range(token: Token) -> tuple[int, int]:
    right = token.right_edge
    return token.left_edge.idx, right.idx + len(right)


def _complement(cue: Token, relations: tuple[str, ...], text: str) -> tuple[int, int, str] | None:
    """Character range of what ``cue`` reports, and the relation that led there.

    What the cue governs comes before the clause it hangs from; otherwise the lexicon's order.
    """
    for relation in sorted(relations, key=lambda r: r.startswith("up:")):
        for start, end in _complements(cue, relation, text):
            return start, end, relation
    return None


def _complements(cue: Token, relation: str, text: str, children: list[Token] | None = None) -> Iterator[tuple[int, int]]:
    """Character range of each dependant (or the clause above) that ``relation`` leads to from ``cue``:
    a cue the parser gave two clausal complements ("he expected me to read it" under "I saw …") has two.
    ``children`` are the cue's, if the caller has them already."""
    children = list(cue.children) if children is None else children
    if relation.startswith("up:"):
        if cue.dep_ == relation[3:] and cue.head.i != cue.i:
            yield _clause_without(cue.head, cue, text)
        return
    if relation == OBJECT_AND_COMPLEMENT:
        objects = [c for c in children if c.dep_ == "dobj"]
        complements = [c for c in children if c.dep_ in OBJECT_COMPLEMENT_DEPS and objects and c.i > objects[0].i]
        if complements:
            yield objects[0].left_edge.idx, _subtree_range(complements[-1])[1]
        return
    if relation.startswith("prep:"):
        preposition = relation[5:]
        for child in children:
            if child.dep_ == "prep" and child.lower_ == preposition:
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if objects:
                    yield _subtree_range(objects[0])
        return
    for child in children:
        if child.dep_ == relation:
            yield _subtree_range(child)


def _clause_without(head: Token, cue: Token, text: str) -> tuple[int, int]:
    """The clause headed by ``head`` minus the cue's own phrase ("…, according to X" → "…")."""
    start, end = _subtree_range(head)
    cue_start, cue_end = _subtree_range(cue)
    if not text[start:cue_start].strip(EDGE_PUNCTUATION):
        return cue_end, end
    if not text[cue_end:end].strip(EDGE_PUNCTUATION + ".!?"):
        return start, cue_start
    return start, end


def _source(cue: Token, front_matter: list[tuple[int, int]]) -> Token | None:
    """The token naming who is reported: subject, "by" agent, "according to" object, owner of a noun;
    never a word of the byline or dateline (``front_matter``), which the parser may make a subject."""
    source = _source_token(cue, front_matter)
    if source is None:
        source = _name_before_verb(cue, front_matter) or _name_after_quote_and_verb(cue)
    # "47% say …": the percentage is a noun that speaks for those it counts, though "%" is punctuation.
    return None if source is None or source.is_space or (source.is_punct and source.pos_ != "NOUN") else source


def _name_before_verb(cue: Token, front_matter: list[tuple[int, int]]) -> Token | None:
    """A name or pronoun right before the cue's verb, or the verb it hangs from, when the parser gave
    that verb no subject: "Donald Trump is once again questioning …" read as a headline's apposition."""
    token = cue
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX"):
            before = token.i - 1
            while before >= 0 and token.doc[before].dep_ in ("aux", "auxpass", "neg", "advmod"):
                before -= 1
            name = token.doc[before] if before >= 0 else None
            if name is not None and name.dep_ not in SUBJECT_DEPS and not _inside_any(name.idx, front_matter) \
                    and (_names_an_actor(name) or (name.pos_ == "PRON" and name.dep_ != "dobj")):
                return name
        if token.dep_ not in ("advcl", "xcomp", "conj") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _name_after_quote_and_verb(cue: Token) -> Token | None:
    """“…,” added another Democrat: right after a quote the parser may read the speaker that follows
    the verb as its object."""
    before = list(cue.doc[max(cue.i - 2, 0):cue.i])
    if not before or not all(t.is_punct for t in before) or not any(t.is_quote for t in before):
        return None
    return next((c for c in cue.rights if c.dep_ in ("dobj", "attr", "npadvmod", "oprd", "dative")
                 and c.left_edge.i == cue.i + 1 and (c.pos_ == "PROPN" or _names_an_actor(c))), None)


def _source_token(cue: Token, front_matter: list[tuple[int, int]]) -> Token | None:
    token = cue
    for _ in range(4):
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        objects = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
        if objects and not _inside_any(objects[0].idx, front_matter):
            return objects[0]  # "was endorsed by dozens of papers": the agent, not the passive subject
        for child in token.children:
            if _inside_any(child.idx, front_matter):
                continue
            if child.dep_ in SUBJECT_DEPS and not _line_break_between(child, cue):
                return child
            if child.dep_ == "prep" and child.lower_ == "to" and token.lower_ == "according":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
            if child.dep_ == "poss" and token.pos_ in NOUN_POS:
                return child
        if token.dep_ == "relcl" and token.pos_ == "VERB":
            return token.head
        if token.dep_ == "xcomp":
            controller = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i), None)
            if controller is not None:
                return controller  # "forced Stumpf to admit …": the object does what the cue says
        if token.dep_ not in CLIMB_DEPS and not (token.pos_ == "NOUN" and token.dep_ in ("dobj", "attr", "pobj")):
            return None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _line_break_between(a: Token, b: Token) -> bool:
    """Whether a paragraph break separates two tokens (the parser sometimes joins a dateline or
    timestamp line to the sentence under it)."""
    first, last = sorted((a.i, b.i))
    return any(t.is_space and "\n" in t.text for t in a.doc[first:last])


def _speaker_range(source: Token, text: str, relative_pronouns: frozenset[str]) -> tuple[int, int]:
    """The source's name: from the phrase's first word up to the head and its name parts."""
    if source.lower_ in relative_pronouns and source.head.dep_ == "relcl":
        # "Senator Barkley, who said …": the name and the pronoun that stands for it.
        return _speaker_range(source.head.head, text, relative_pronouns)[0], source.idx + len(source)
    start = max(source.left_edge.idx, text.rfind("\n", 0, source.idx) + 1)
    for token in source.doc[source.left_edge.i:source.i]:
        if token.text in DATELINE_DASHES:  # "WASHINGTON (AFP) – Senator Barkley said …"
            start = max(start, token.idx + len(token))
    while start < source.idx and text[start].isspace():
        start += 1
    end = source.idx + len(source)
    for child in source.rights:
        if child.dep_ in SPEAKER_STOP_DEPS:
            break
        end = max(end, _subtree_range(child)[1])
    return start, end


def _cue_range(cue: Token) -> tuple[int, int]:
    end = cue.idx + len(cue)
    for child in cue.rights:
        if child.dep_ == "prt" or (cue.lower_ == "according" and child.dep_ == "prep"):
            end = child.idx + len(child)
    return cue.idx, end


# An object with what is said of it: "called climate change a hoax", "urged Pyongyang to talk".
OBJECT_AND_COMPLEMENT = "dobj+"
# A cue hanging by these inside another's content is part of a phrase of what that content reports (a
# relative clause, a noun's modifier, a preposition's object, a complement), no clause beside it.
WITHIN_PHRASE_DEPS = frozenset({"relcl", "acl", "pcomp", "pobj", "dobj", "xcomp", "prep", "amod", "acomp", "attr",
                                "appos", "npadvmod", "nsubj", "nsubjpass", "compound"})
CUE_CLASSES = frozenset({"VERB", "NOUN", "ADJ"})


def _outside_marks(doc: Doc, marked: list[tuple[int, int]]) -> Iterator[Token]:
    starts = [s for s, _ in marked]
    return (token for token in doc if not _inside(token.idx, marked, starts))


def _relations_of(token: Token, children: list[Token]) -> list[str]:
    """Every relation by which ``token``, with its ``children``, could lead to a content, in the lexicon's notation."""
    relations = []
    for child in children:
        dep = child.dep_  # read once: spaCy looks the label up on every read
        if dep == "prep" and any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            relations.append(f"prep:{child.lower_}")
        elif dep in CONTENT_DEPS:
            relations.append(dep)
        if dep in OBJECT_COMPLEMENT_DEPS and any(c.dep_ == "dobj" and c.i < child.i for c in children):
            relations.append(OBJECT_AND_COMPLEMENT)
    if token.dep_ in REPORTED_BY_DEPS and token.head.i != token.i:
        relations.append(f"up:{token.dep_}")
    return list(dict.fromkeys(relations))


def _first_relation(token: Token, relations: tuple[str, ...], text: str) -> str | None:
    """The relation the lexicon alone would follow from ``token``."""
    complement = _complement(token, relations, text) if relations else None
    return complement[2] if complement is not None else None


def _content_range(token: Token, relations: tuple[str, ...], text: str, index: DocIndex) -> tuple[str, int, int] | None:
    """The relation of ``relations`` that leads from ``token`` to a content, and the content's range."""
    complement = _complement(token, relations, text)
    if complement is None:
        return None
    found = _trimmed(token, complement[2], complement[0], complement[1], text, index)
    return (complement[2], *found) if found is not None else None


def _trimmed(token: Token, relation: str, start: int, end: int, text: str, index: DocIndex) -> tuple[int, int] | None:
    """A content's range trimmed to the cue's paragraph, or None where nothing is left of it."""
    # What is reported stays in the cue's paragraph, however the parser joined the lines.
    paragraph_start, paragraph_end = index.paragraphs[index.paragraph_of(token.idx)]
    start, end = trim(text, max(start, paragraph_start), min(end, paragraph_end))
    # Only a reporting clause in mid-sentence ("…, he said, …") sits inside what it reports.
    if start >= end or (start <= token.idx < end and not relation.startswith("up:")):
        return None
    return start, end


def cue_candidates(doc: Doc, text: str, index: DocIndex, marked: list[tuple[int, int]], cues: CueLexicon) -> list[Candidate]:
    """Every word outside quote marks with every content the parse, or the cue lexicon, lets it
    report: what the cue model scores."""
    candidates = []
    # Only a word of a class the cue lexicon lists, or of a class the model reads, can be a cue: the others
    # are passed over by their part-of-speech ids, without a Token object each (and a word the lexicon does
    # not list by the same ids, once it is looked up).
    listed_classes = {listed_class for _, listed_class in cues.relations}
    read_by_model = {IDS[pos] for pos in IDS if pos_word_class(pos) in CUE_CLASSES}
    cue_parts_of_speech = read_by_model | {IDS[pos] for pos in IDS if pos_word_class(pos) in listed_classes}
    starts = [s for s, _ in marked]
    for i, pos in enumerate(index.parts_of_speech):
        if pos not in cue_parts_of_speech or _inside(index.token_starts[i], marked, starts):
            continue
        token = doc[i]
        listed = cues.complements(token)
        if not listed and pos not in read_by_model:
            continue
        children = list(token.children)
        for relation in dict.fromkeys([*listed, *_relations_of(token, children)]):
            for start, end in _complements(token, relation, text, children):
                found = _trimmed(token, relation, start, end, text, index)
                if found is not None:
                    candidates.append(Candidate(token, relation, *found))
    return candidates


# ---------------------------------------------------------------------------------------------
# The component

CUE_SOURCES = ("lexicon", "model", "both")
REQUIRES = ["token.tag", "token.dep", "token.lemma", "doc.sents", "token._.actor"]
ASSIGNS = ["doc._.quotes"]


@Language.factory(
    "parley_quotes",
    default_config={"lexicon": {"@misc": "parley.lexicon.v1"}, "cues": "both", "min_unattributed_words": 8,
                    "max_split_words": 12},
    requires=REQUIRES,
    assigns=ASSIGNS,
)
def make_quotes(nlp: Language, name: str, lexicon: Lexicon, cues: str, min_unattributed_words: int,
                max_split_words: int) -> "QuoteExtractor":
    return QuoteExtractor(nlp, name, lexicon=lexicon, cues=cues, min_unattributed_words=min_unattributed_words,
                          max_split_words=max_split_words)


class QuoteExtractor:
    """Sets ``doc._.quotes``: every quotation in text order, with cue and speaker."""

    def __init__(self, nlp: Language, name: str, *, lexicon: Lexicon, cues: str = "both",
                 min_unattributed_words: int = 8, max_split_words: int = 12) -> None:
        declare(*REQUIRES, *ASSIGNS)
        if cues not in CUE_SOURCES:
            raise ValueError(f"cues must be one of {', '.join(CUE_SOURCES)}, not {cues!r}")
        self.name = name
        self.cues = lexicon.cues
        # Where indirect quotes' cues come from: the lexicon, the trained cue model, or both (the
        # lexicon's cues that the model does not reject, and the model's confident ones besides).
        self.cue_model = CueModel.load() if cues != "lexicon" else None
        # Where the model's contents start and end (quote_boundary.py).
        self.boundary_model = BoundaryModel.load() if cues != "lexicon" else None
        self.use_lexicon = cues == "both"
        self.words = lexicon.quote_words
        # The events component's reading of a verb decides whether a cue does rather than says.
        self.event_rules = RuleWords.of(lexicon)
        # Nouns that name people or organizations, so that "the minister" may speak and "the soil" not.
        self.people_nouns = frozenset(word for word in (*lexicon.actors.titles, *lexicon.actors.sector_nouns) if " " not in word)
        # A direct quote with no cue and no preceding speaker is kept only if it is this long:
        # shorter ones are scare quotes and titles ("the so-called “reset”").
        self.min_unattributed_words = min_unattributed_words
        # A quotation interrupted by at most this many words with a cue ("…," he said, "…") is one.
        self.max_split_words = max_split_words

    def __call__(self, doc: Doc) -> Doc:
        index = DocIndex.of(doc)
        text = index.text
        labels = _speaker_labels(doc, text, index, self.words.not_speaker_labels)
        quotations = _split_at_labels(find_quotations(text, index.paragraphs), labels)
        quotations = self._join_split_quotations(doc, text, index, quotations)
        marked = [(q[0][0], q[-1][1]) for q in quotations]
        indirect, nested = self._indirect(doc, text, index, marked)
        attributions = self._attribute_direct(doc, text, index, quotations, indirect, labels)
        attributions = sorted(attributions + nested, key=lambda a: (a.start, -a.end))
        attributions = [a for a in (self._within_front_matter(index, a) for a in attributions) if a is not None]
        doc._.quotes = [self._to_quote(index, n, a) for n, a in enumerate(attributions, start=1)]
        return doc

    # -- indirect quotes from cues

    def _indirect(self, doc: Doc, text: str, index: DocIndex,
                  marked: list[tuple[int, int]]) -> tuple[list[_Attribution], list[_Attribution]]:
        """Indirect quotes that overlap no other, and those whose speech verb heads what one of them
        reports ("X says Y said Z": Y's, inside X's)."""
        inner: list[Candidate] = []
        speaks_for: dict[int, Token] = {}
        if self.cue_model is not None:
            found, speaks_for, inner = self._cues_by_model(doc, text, index, marked)
        else:
            found = []
            for token in _outside_marks(doc, marked):
                relations = self.cues.complements(token)
                complement = _content_range(token, relations, text, index) if relations else None
                if complement is not None:
                    found.append(Candidate(token, *complement))
            found.sort(key=lambda c: c.start - c.end)  # the outermost first
        found = [c for c in found if not _does_an_act(c.cue, self.event_rules) and not self._names(c.cue)]
        outer = _without_overlaps(found)
        reporters = {o.cue.i: o for o in outer}
        nested = _without_overlaps([
            c for c in [*found, *inner] if c.cue.dep_ == "ccomp" and c.cue.head.i in reporters and self.cues.is_speech(c.cue)
            and reporters[c.cue.head.i].start <= c.start and c.end <= reporters[c.cue.head.i].end
            and not _does_an_act(c.cue, self.event_rules)])
        front = index.front.not_content()

        def source(cue: Token) -> Token | None:
            # "X said A and called B": "called", without a subject of its own, speaks for "said".
            if cue.i in speaks_for and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
                return _source(speaks_for[cue.i], front)
            return _source(cue, front)

        attributions = [[_Attribution(c.start, c.end, "indirect", cue=c.cue, source=source(c.cue)) for c in group]
                        for group in (outer, nested)]
        speaking = [a for a in attributions[1] if a.source is not None and a.source.lower_ not in self.words.not_speakers]
        return attributions[0], speaking

    def _cues_by_model(self, doc: Doc, text: str, index: DocIndex,
                       marked: list[tuple[int, int]]) -> tuple[list[Candidate], dict[int, Token], list[Candidate]]:
        """Per word, its likeliest content: the lexicon's unless the model finds it unlikely, or one the
        model finds likely (thresholds chosen on PolNeAR dev; see training/quotes). The longest
        content comes first, as with the lexicon alone. Besides, the clauses that may be reported
        inside another's content ("X says Y said Z"), kept at a lower probability: PolNeAR's
        annotators almost never nest, so the model, trained on them, doubts every such report. And
        the cues that speak for another (``_before_other_cues``)."""
        candidates = cue_candidates(doc, text, index, marked, self.cues)
        # A word has several candidates; what the lexicon says of it is looked up once.
        words = {c.cue.i: c.cue for c in candidates}
        listed_by_word = {i: self.cues.complements(word) for i, word in words.items()}
        listed = [listed_by_word[c.cue.i] for c in candidates]
        lexicon_relation = {i: _first_relation(words[i], relations, text)
                            for i, relations in listed_by_word.items() if self.use_lexicon and relations}
        probabilities = self.cue_model.probabilities(candidate_features(candidates, text, listed))
        settings = self.cue_model.settings
        best: dict[int, tuple[float, Candidate]] = {}
        for candidate, probability in zip(candidates, probabilities):
            if candidate.relation == lexicon_relation.get(candidate.cue.i):
                likely = probability >= settings["keep_listed"]
            else:
                likely = probability >= settings["accept"]
            if likely and probability > best.get(candidate.cue.i, (0.0, None))[0]:
                best[candidate.cue.i] = (probability, candidate)
        inner = [c for c, probability in zip(candidates, probabilities)
                 if c.relation == "ccomp" and probability >= settings["keep_nested"]]
        return (*_before_other_cues(self.boundary_model.choose(_ranked(best), text), text, self.cues), inner)

    # -- direct quotes

    def _join_split_quotations(self, doc: Doc, text: str, index: DocIndex,
                               quotations: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
        """“A,” he said, “B.” → one quotation: a short cue between two quotes in one paragraph."""
        joined: list[list[tuple[int, int]]] = []
        for quotation in quotations:
            if joined and self._continues(doc, text, index, joined[-1][-1][1], quotation):
                joined[-1] = joined[-1] + quotation
            else:
                joined.append(quotation)
        return joined

    def _continues(self, doc: Doc, text: str, index: DocIndex, end: int, quotation: list[tuple[int, int]]) -> bool:
        """Whether ``quotation`` goes on with the quote that ends at ``end``, as PolNeAR annotates
        (counted on its train split): “A,” he said. “B.” is one quotation however long the words
        between, and whatever speech verbs they hold; a quote that ends its sentence (“A.” He …)
        is not continued; nor one followed by its own speech verb (“B,” she added) or running on
        in plain words (“B” for a higher price, she told …: a partial quote of its own clause)."""
        start, quotation_end = quotation[0][0], quotation[-1][1]
        between = text[end:start]
        if "\n" in between or not between.strip() or text[end - 1] == "." \
                or self._cue_right_after(doc, text, index, quotation_end) \
                or _words_right_after(doc, text, index, quotation_end):
            return False
        if between.strip(" " + DOUBLE_MARKS + SINGLE_MARKS).endswith("."):
            return True  # the words between end a sentence of their own
        return text[end - 1] in ",?!" and self._split_by_cue(doc, text, index, end, start)

    def _cue_right_after(self, doc: Doc, text: str, index: DocIndex, end: int) -> bool:
        """Whether a speech verb follows the quote ending at ``end`` in its sentence: “B,” she added —
        a quote of its own, not the second part of the one before."""
        after = index.token_at(end - 1)
        if after is None:
            return False
        for token in doc[after.i + 1:after.i + 8]:
            # The sentence ends, or the next quote opens, before any speech verb.
            if token.text in (".", "!", "?") or "\n" in token.text or (token.is_quote and token.idx > end):
                return False
            if self.cues.is_speech(token):
                return True
        return False

    def _split_by_cue(self, doc: Doc, text: str, index: DocIndex, end: int, start: int) -> bool:
        between = text[end:start]
        if "\n" in between or not between.strip():
            return False
        tokens = [t for t in doc[index.token_at(end).i:index.token_at(start).i + 1] if end < t.idx < start - 1 and not t.is_punct]
        # One speech verb between: “A,” he said, “B.” Two report a part each: “A,” he said, adding, “B.”
        return 0 < len(tokens) <= self.max_split_words and sum(self.cues.is_speech(t) for t in tokens) == 1

    def _attribute_direct(self, doc: Doc, text: str, index: DocIndex, quotations: list[list[tuple[int, int]]],
                          indirect: list[_Attribution], labels: dict[int, _Label]) -> list[_Attribution]:
        results = list(indirect)
        previous: _Attribution | None = None
        previous_paragraph = -2
        quoted = [(q[0][0], q[-1][1]) for q in quotations]
        for label in labels.values():
            if not any(s <= label.content_start < e for s, e in quoted):
                results.append(_Attribution(label.content_start, label.content_end, "direct", cue=label.colon,
                                            source=label.speaker, labelled=True))
        for stretches in quotations:
            start, end = stretches[0][0], stretches[-1][1]
            if _names_a_title(doc, text, index, start, end, self.words.title_small_words):
                continue
            label = labels.get(start)
            if label is not None:
                results.append(_Attribution(start, end, "direct", cue=label.colon, source=label.speaker, marks=list(stretches),
                                            labelled=True))
                previous, previous_paragraph = results[-1], index.paragraph_of(end)
                continue
            overlapping = [a for a in results if a.start < end and start < a.end]
            if overlapping:
                host = overlapping[0]
                for other in overlapping[1:]:
                    results.remove(other)
                    host.marks += other.marks
                    host.cue, host.source = host.cue or other.cue, host.source or other.source
                host.start, host.end = min(host.start, start), max(host.end, end)
                host.marks += stretches
                previous, previous_paragraph = host, index.paragraph_of(end)
                continue
            signed = _signature_after(doc, text, index, end)
            cue = signed[0] if signed is not None else self._nearest_speech_cue(doc, text, index, stretches)
            paragraph = index.paragraph_of(start)
            attribution = _Attribution(start, end, "direct", marks=list(stretches))
            if signed is not None:
                attribution.cue, attribution.source = signed
            elif cue is not None:
                # The speaker is never a word of the quote itself (“We will …,” the chief said).
                attribution.cue, attribution.source = cue, _source(cue, index.front.not_content() + list(stretches))
                lead_start = self._lead_in(doc, text, index, start, cue)
                if lead_start is not None:
                    attribution.start, attribution.kind = lead_start, "mixed"
            elif previous is not None and previous.marks and previous_paragraph == paragraph:
                # “A,” she said at the summit. “B.” — one quotation, as the reader takes it.
                previous.end = end
                previous.marks += stretches
                continue
            elif previous is not None and previous.marks and not previous.labelled and _kind(text, previous) == "direct" \
                    and previous_paragraph == paragraph - 1 and _only_quote(text, index.paragraphs[paragraph], start, end) \
                    and not _only_quote(text, index.paragraphs[previous_paragraph], previous.start, previous.end):
                # “A,” she said.¶“B.” — a paragraph of nothing but a quote goes on with the one her words
                # ended, as PolNeAR train annotates it (20 of 24 times one attribution).
                previous.end = end
                previous.marks += stretches
                previous_paragraph = paragraph
                continue
            if (attribution.source is None and previous is not None and previous_paragraph >= paragraph - 1
                    and _only_quote(text, index.paragraphs[paragraph], start, end)):
                attribution.source = previous.source
            if attribution.source is None and len(text[start:end].split()) < self.min_unattributed_words:
                continue
            results.append(attribution)
            previous, previous_paragraph = attribution, index.paragraph_of(end)
        results = _merge_overlapping(results)
        for attribution in results:
            if attribution.marks:
                attribution.kind = _kind(text, attribution)
        return results

    def _lead_in(self, doc: Doc, text: str, index: DocIndex, start: int, cue: Token) -> int | None:
        """Where the sentence starts, when the quote opening at ``start`` goes on what its first words
        say and its cue comes after it: "Sooner or later, “I think …,” he said." PolNeAR's annotators
        take such words in (train: 44 of 75 such quotes, 12 start at the mark); not a lead-in with a
        cue of its own, nor one ending in a colon or dash ("… the slogan: “…”")."""
        first = index.token_at(start)
        if first is None or cue.idx < start:
            return None
        paragraph_start = index.paragraphs[index.paragraph_of(start)][0]
        lead_start = max(first.sent.start_char, paragraph_start)
        lead = text[lead_start:start].rstrip(" " + DOUBLE_MARKS + SINGLE_MARKS)
        if not lead.strip() or lead[-1] in ":—–-" or any(mark in lead for mark in DOUBLE_MARKS):
            return None
        if any(self.cues.is_speech(t) or self.cues.complements(t) for t in doc[first.sent.start:first.i]):
            return None
        return trim(text, lead_start, start)[0]

    def _nearest_speech_cue(self, doc: Doc, text: str, index: DocIndex, stretches: list[tuple[int, int]]) -> Token | None:
        """The speech verb closest to the quote in its own sentences, or in a sentence ending in ':' before it."""
        start, end = stretches[0][0], stretches[-1][1]
        first, last = index.token_at(start), index.token_at(max(end - 1, start))
        if first is None:
            return None
        # Every sentence the quote spans (a split quote's cue sits between its parts), and the one
        # right after it: “… A pathetic figure!” | he wrote. — the parser splits after the mark.
        last_sentence_end = last.sent.end
        after = _first_word_after(doc, text, last.i, end)
        if after is not None:
            last_sentence_end = max(last_sentence_end, after.sent.end)
        tokens = doc[first.sent.start:last_sentence_end]
        candidates = [
            t for t in tokens
            if (self.cues.is_speech(t) or _reports_quote_before(t, text, end))
            and t.dep_ not in NOUN_MODIFIER_DEPS and not any(s - 1 <= t.idx <= e for s, e in stretches)
            and not self._names(t)
        ]
        if not candidates:
            colon = _colon_before(doc, first.i)
            if colon is not None:
                sentence = doc[colon.sent.start:colon.i]
                candidates = [t for t in sentence if self.cues.is_speech(t)] or [
                    t for t in sentence if t.pos_ == "VERB" and any(c.dep_ in ANY_SUBJECT_DEPS for c in t.children)]
        if not candidates:
            return None
        # Nearest to an edge of one of its parts: a split quote's cue sits between them (“A,” said X. “B.”).
        return min(candidates, key=lambda t: min(min(abs(t.idx - s), abs(t.idx - e)) for s, e in stretches))

    def _within_front_matter(self, index: DocIndex, attribution: _Attribution) -> _Attribution | None:
        """The attribution as the text's front matter allows: no byline or dateline in its content or
        speaker, nothing spanning headline and body, a headline quote only with a named actor speaking,
        and a direct quote's speaker only a person or an organization (else unnamed)."""
        front, text = index.front, index.text
        for start, end in front.not_content():
            if start <= attribution.start < end:
                attribution.start = trim(text, end, attribution.end)[0]
            if attribution.source is not None and start <= attribution.source.idx < end:
                attribution.source = None
        if attribution.start >= attribution.end or (attribution.cue is not None and _inside_any(attribution.cue.idx, front.not_content())):
            return None
        if front.headline is not None:
            headline_start, headline_end = front.headline
            in_headline = attribution.start < headline_end
            if in_headline:
                attribution.end = min(attribution.end, headline_end)
            if attribution.source is not None and (attribution.source.idx < headline_end) != in_headline:
                attribution.source = None  # the parser joined a headline to the lede
            if in_headline and not attribution.labelled and not self._names_a_speaker(attribution.source):
                return None  # "Ceasefire talks stall in Doha": in a headline only "NAME: …" or an actor speaks
            if in_headline and attribution.kind == "indirect" and not _has_verb(index, attribution):
                return None  # "Sides agree to truce": an actor's act, not what it said
        if attribution.kind == "direct" and not attribution.labelled and attribution.source is not None \
                and not self._can_speak(attribution):
            attribution.source = None
        return attribution

    def _names(self, cue: Token) -> bool:
        """A naming verb's participle with its name, after "as" ("known as Hemedti") or describing a noun
        ("a group called Fancy Bear"): a name given, not words said; "called for" is a request."""
        if cue.tag_ != "VBN" or cue.lemma_.lower() not in self.words.name_giving_verbs:
            return False
        children = [c.lower_ for c in cue.children]
        if any(particle in children for particle in self.words.request_particles):
            return False
        return "as" in children or (cue.dep_ == "acl" and any(c.dep_ in OBJECT_DEPS for c in cue.children))

    def _can_speak(self, attribution: _Attribution) -> bool:
        """Whether a direct quote's source may be its speaker: never "it" or "you"; and where no
        reporting word links them (“…,” the soil cracked), only a name, a pronoun or a noun for people."""
        source = attribution.source
        if source.lower_ in self.words.not_speakers:
            return False
        cue = attribution.cue
        if source.pos_ != "NOUN" or (cue is not None and (self.cues.is_speech(cue) or self.cues.complements(cue))):
            return True
        return self._names_a_speaker(source)

    def _names_a_speaker(self, source: Token | None) -> bool:
        """A name of an actor, or a noun for people or organizations ("lawmakers", "the minister")."""
        return source is not None and (
            _names_an_actor(source) or source.lower_ in self.people_nouns or source.lemma_.lower() in self.people_nouns)

    def _to_quote(self, index: DocIndex, number: int, attribution: _Attribution) -> Quote:
        doc, text = index.doc, index.text
        speaker = None
        if attribution.source is not None and not _reported_subject(attribution):
            start, end = _speaker_range(attribution.source, text, self.words.relative_pronouns)
            speaker = Speaker(text=text[start:end], span=(start, end), actor=_actor_of(attribution.source, doc, start, end))
        return Quote(
            id=item_id(QUOTE, number),
            kind=attribution.kind,
            content=index.span(attribution.start, attribution.end),
            cue=index.span(*_cue_range(attribution.cue)) if attribution.cue is not None else None,
            speaker=speaker,
        )


def _reported_subject(attribution: _Attribution) -> bool:
    """Whether the source is its passive cue's subject and part of what is reported ("clashes were reported in
    the capital"): it says nothing. "He was quoted as saying" keeps its speaker, outside the content."""
    source, cue = attribution.source, attribution.cue
    return cue is not None and source.dep_ == "nsubjpass" and source.head.i == cue.i \
        and attribution.start <= source.idx < attribution.end


@dataclass(frozen=True)
class _Label:
    """A paragraph that starts with its speaker's name and a colon: "PENCE: Well, …", "Poll: …"."""

    speaker: Token
    colon: Token
    content_start: int
    content_end: int


def _speaker_labels(doc: Doc, text: str, index: DocIndex, not_speaker_labels: frozenset[str]) -> dict[int, _Label]:
    """Labelled paragraphs, keyed by where their content starts."""
    labels = {}
    for start, end in index.paragraphs:
        match = SPEAKER_LABEL.match(text, start, end)
        if match is None or match.group("name").lower() in not_speaker_labels:
            continue
        name = [t for t in doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand") or []]
        if not name or any(t.pos_ in ("VERB", "AUX") for t in name):
            continue
        nouns = [t for t in name if t.pos_ in ("PROPN", "NOUN")]
        content_start, content_end = trim(text, match.end("name") + 1, end)
        if not nouns or len(text[content_start:content_end].split()) < 3:
            continue
        labels[content_start] = _Label(nouns[-1], index.token_at(match.end("name")), content_start, content_end)
    return labels


def _split_at_labels(quotations: list[list[tuple[int, int]]], labels: dict[int, _Label]) -> list[list[tuple[int, int]]]:
    """A quote running over several paragraphs stops where a paragraph names a new speaker."""
    label_spans = [(label.content_start - 60, label.content_start) for label in labels.values()]
    split: list[list[tuple[int, int]]] = []
    for quotation in quotations:
        current: list[tuple[int, int]] = []
        for start, end in quotation:
            content_start = next((c for s, c in label_spans if s <= start <= c < end and c in labels), None)
            if content_start is not None:
                if current:
                    split.append(current)
                current = [(content_start, end)]
            else:
                current.append((start, end))
        split.append(current)
    return split


def _inside(char: int, ranges: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect.bisect_right(starts, char) - 1
    return i >= 0 and ranges[i][0] <= char < ranges[i][1]


def _ranked(best: dict[int, tuple[float, Candidate]]) -> list[Candidate]:
    """Each word's likeliest content, in the order overlapping contents are kept: likeliest first; a
    cue ranks with the cue that heads what it reports ("X says Y said Z", "Y plans to leave, X
    warned"), so that it keeps its content."""
    rank = {i: probability for i, (probability, _) in best.items()}
    for i, (probability, candidate) in best.items():
        if candidate.cue.dep_ == "ccomp" and candidate.cue.head.i in rank:
            rank[candidate.cue.head.i] = max(rank[candidate.cue.head.i], probability)
    for i, (_, candidate) in best.items():
        if candidate.relation.startswith("up:") and candidate.cue.head.i in best:
            rank[i] = max(rank[i], best[candidate.cue.head.i][0])
    return [best[i][1] for i in sorted(best, key=lambda i: (-rank[i], best[i][1].start - best[i][1].end))]


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Each candidate in turn, unless its content overlaps one kept before it."""
    kept: list[Candidate] = []  # never overlapping, so in order of start and of end alike
    starts: list[int] = []
    for candidate in candidates:
        i = bisect.bisect_left(starts, candidate.start)
        if not ((i > 0 and kept[i - 1].end > candidate.start) or (i < len(kept) and kept[i].start < candidate.end)):
            kept.insert(i, candidate)
            starts.insert(i, candidate.start)
    return kept


def _reports_beside(cue: Token, cues: CueLexicon) -> bool:
    """Whether ``cue``, inside what another cue reports, reports beside it: a speech verb conjoined."""
    return cue.dep_ == "conj" and cues.is_speech(cue)


def _before_other_cues(ranked: list[Candidate], text: str, cues: CueLexicon) -> tuple[list[Candidate], dict[int, Token]]:
    """Each content cut before the clause of a likelier cue it runs into: "shared that A and
    indicated that B" reports A and B, not "A and indicated that B" — but not before a likelier cue
    inside one of its phrases ("criticized remarks made in a speech attacking X"): the two contents
    then overlap, and the likelier is kept alone; and before a speech verb
    conjoined to a word inside it, however likely: in "X said A and called B" the parser often hangs
    "called" from A's verb, though it reports beside "said". Such a verb speaks for the cue whose
    content it ends, returned by its index."""
    cut: list[Candidate] = []
    reporters: dict[int, Token] = {}
    for n, candidate in enumerate(ranked):
        end = candidate.end
        for m, other in enumerate(ranked):
            cue = other.cue
            if m == n or not (candidate.cue.i < cue.i and candidate.start < cue.idx < end):
                continue
            conjoined = _reports_beside(cue, cues)
            if not conjoined and (m > n or cue.dep_ in WITHIN_PHRASE_DEPS):
                continue  # neither likelier nor a report of its own, or a part of what is reported
            first = cue.left_edge.i
            while first > 0 and (cue.doc[first - 1].dep_ == "cc" or cue.doc[first - 1].is_punct):
                first -= 1
            end = min(end, cue.doc[first].idx)
            if conjoined:
                reporters[cue.i] = candidate.cue
        start, end = trim(text, candidate.start, end)
        cut.append(candidate if end == candidate.end or start >= end else Candidate(candidate.cue, candidate.relation, start, end))
    return cut, reporters


def _merge_overlapping(attributions: list[_Attribution]) -> list[_Attribution]:
    """In text order, each attribution that overlaps the one before it merged into that one."""
    merged: list[_Attribution] = []
    for attribution in sorted(attributions, key=lambda a: (a.start, -a.end)):
        if merged and attribution.start < merged[-1].end:
            host = merged[-1]
            host.end = max(host.end, attribution.end)
            host.marks += attribution.marks
            host.cue, host.source = host.cue or attribution.cue, host.source or attribution.source
        else:
            merged.append(attribution)
    return merged


def _only_quote(text: str, paragraph: tuple[int, int], start: int, end: int) -> bool:
    outside = text[paragraph[0]:start] + text[end:paragraph[1]]
    return not outside.strip(EDGE_PUNCTUATION + ".!?…")


def _words_right_after(doc: Doc, text: str, index: DocIndex, end: int) -> bool:
    """Whether the sentence runs on in plain words right after the quote ending at ``end``
    (“…” to drive up the price): a partial quote inside a clause of its own."""
    last = index.token_at(end - 1)
    following = [t for t in doc[last.i + 1:last.i + 3] if not t.is_space] if last is not None else []
    following = [t for t in following if not (t.is_quote and t.idx <= end + 1)]
    return bool(following) and not following[0].is_punct and "\n" not in text[end:following[0].idx]


def _first_word_after(doc: Doc, text: str, i: int, end: int) -> Token | None:
    """The first word after the quote that ends at ``end``, if it is in the same paragraph."""
    for token in doc[i:i + 4]:
        if token.idx >= end and not token.is_punct and not token.is_space:
            return token if "\n" not in text[end:token.idx] else None
    return None


def _signature_after(doc: Doc, text: str, index: DocIndex, end: int) -> tuple[Token, Token] | None:
    """The dash and the name that sign a quote right after it: “…” ― Jorge Falcon."""
    after = end
    while after < len(text) and text[after] in DOUBLE_MARKS + SINGLE_MARKS + " .,":
        after += 1
    if after >= len(text) or text[after] not in SIGNATURE_DASHES:
        return None
    dash = index.token_at(after)
    name = []
    for token in doc[dash.i + 1:dash.i + 6]:
        if token.is_space and "\n" not in token.text:
            continue
        if token.pos_ != "PROPN":
            break
        name.append(token)
    return (dash, name[-1]) if name else None


def _names_a_title(doc: Doc, text: str, index: DocIndex, start: int, end: int, small_words: frozenset[str]) -> bool:
    """A short quote in title case after a preposition names a show or a work, not what someone
    said: 'said on “Face the Nation,” that …', 'a guest on “The Steve Harvey Morning Show”'."""
    words = text[start:end].strip(EDGE_PUNCTUATION + ".!?").split()
    if not 0 < len(words) <= MAX_TITLE_WORDS or not all(w[0].isupper() or w in small_words for w in words):
        return False
    before = index.token_at(start).i - 1
    while before >= 0 and (doc[before].is_quote or doc[before].is_space):
        before -= 1
    return before >= 0 and doc[before].dep_ == "prep"


def _colon_before(doc: Doc, i: int) -> Token | None:
    """The colon that introduces the quote starting at token ``i`` ("Peskov said: “…”"), if any."""
    i -= 1
    while i >= 0 and (doc[i].is_space or doc[i].is_quote):
        i -= 1
    return doc[i] if i >= 0 and doc[i].text == ":" else None


def _reports_quote_before(verb: Token, text: str, quote_end: int) -> bool:
    """A verb right after a quote, with its subject after the quote too, reports it: “…,” the judge exclaimed."""
    between = text[quote_end:verb.idx]
    return (verb.pos_ == "VERB" and verb.idx >= quote_end and len(between.split()) <= 5
            and not any(mark in between for mark in ".!?\n")
            and any(c.dep_ in ANY_SUBJECT_DEPS and c.left_edge.idx >= quote_end for c in verb.children))


def _kind(text: str, attribution: _Attribution) -> str:
    """direct when the quote marks cover all the content but punctuation, mixed otherwise."""
    if attribution.kind == "direct":
        return "direct"
    outside = text[attribution.start:attribution.end]
    for start, end in sorted(attribution.marks, reverse=True):
        outside = outside[:max(start - attribution.start - 1, 0)] + outside[end - attribution.start + 1:]
    return "direct" if not outside.strip(EDGE_PUNCTUATION + ".!?…") else "mixed"


def _does_an_act(cue: Token, rules: RuleWords) -> bool:
    """Whether the events component reads the cue as a material act ("fired tear gas", "attacked an
    army base", "sentenced him to life"): what such a verb governs is done, not said. PolNeAR, political
    news, uses these verbs mostly figuratively, so the cue model cannot learn the difference; the
    event rules, which weigh the verb's object, can ("attacked her rival as a fraud" is criticism). A
    light verb ("announced a curfew", "ordered a deployment") says what it does, so it stays a cue."""
    lemma = rules.triggers.verb_lemma(cue.lemma_.lower(), cue.lower_)
    if cue.pos_ != "VERB" or lemma in rules.triggers.reporting or lemma in rules.triggers.light_verbs:
        return False  # "said", and "announced a curfew", which is said too
    event = match_verb(rules, cue, lemma)
    return event is not None and event.code.type in rules.plover.material


def _has_verb(index: DocIndex, attribution: _Attribution) -> bool:
    """Whether the content says something — a clause: a verb heading it or its complement ("talks have stalled",
    "Congress to pass the bill") — rather than naming a thing ("72-hour truce in Jeddah talks", even when the
    parser joins "talks" to the cue as a second verb)."""
    tokens = index.covering(attribution.start, attribution.end)
    inside = {t.i for t in tokens}
    return any(t.pos_ in PREDICATE_POS and t.dep_ in CLAUSE_HEADS for t in tokens
               if t.head.i not in inside or t.head.i == t.i)


def _inside_any(char: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in ranges)


def _names_an_actor(token: Token) -> bool:
    """Whether the token, or a word of its name ("Foreign Minister Ortega"), is an actor or a name of one."""
    words = [token, *(c for c in token.children if c.dep_ == "compound")]
    return any(w._.actor is not None or w.ent_type_ in ACTOR_LABELS for w in words)


def _actor_of(source: Token, doc: Doc, start: int, end: int) -> str | None:
    if source._.actor is not None:
        return source._.actor
    span: SpacySpan | None = doc.char_span(start, end, alignment_mode="expand")
    return next((t._.actor for t in span if t._.actor is not None), None) if span is not None else None
