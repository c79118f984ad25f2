"""What the components look up in one Doc, computed once: its text, tokens by character offset,
sentences, paragraphs, and the front matter of a news text (headline, byline, dateline).

``DocIndex.of(doc)`` gives every component the same index of a Doc. The indexes are kept beside
the Docs, not on them (``doc.user_data`` would go into ``Doc.to_bytes`` and pickles), and an index
holds its Doc weakly, so a Doc and its index go together when the Doc is no longer used.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LOWER, POS, TAG
from spacy.tokens import Doc, Token

from ..knowledge.actor_kb import place_country
from ..model import Span


class ReadOnce:
    """What is read of one Doc once and shared while the Doc lives: ``Reading.of(doc)`` builds it for the
    first caller. Each subclass keeps its own readings beside the Docs, held weakly; a reading holds its
    Doc weakly too, so the two go together."""

    _readings: weakref.WeakKeyDictionary

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        cls._readings = weakref.WeakKeyDictionary()

    def __init__(self, doc: Doc) -> None:
        self._doc = weakref.ref(doc)

    @classmethod
    def of(cls, doc: Doc):
        reading = cls._readings.get(doc)
        if reading is None:
            reading = cls._readings[doc] = cls(doc)
        return reading


class DocIndex(ReadOnce):
    """One Doc's text, tokens by character, sentences, paragraphs and front matter; the Doc must
    not be retokenized once it is indexed (parley's components read it only)."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        # spaCy rebuilds Doc.text from the tokens on every access, so it is read once here.
        self.text = doc.text
        self.token_starts: list[int] = doc.to_array(IDX).tolist()  # no Token objects made

    @property
    def doc(self) -> Doc:
        doc = self._doc()
        if doc is None:
            raise ReferenceError("the indexed Doc no longer exists; keep the Doc while its index is in use")
        return doc

    def span(self, start: int, end: int) -> Span:
        """The schema's Span of characters ``[start, end)``, whatever the token boundaries."""
        return Span(text=self.text[start:end], span=(start, end))

    # -- tokens by character ---------------------------------------------------------------------

    def token_at(self, char: int) -> Token | None:
        """The token that holds character ``char``, or the one before it if ``char`` is white space."""
        if not self.token_starts:
            return None
        return self.doc[max(bisect.bisect_right(self.token_starts, char) - 1, 0)]

    def covering(self, start: int, end: int) -> list[Token]:
        """The tokens that share a character with ``[start, end)``."""
        first = max(0, bisect.bisect_right(self.token_starts, start) - 1)
        last = bisect.bisect_left(self.token_starts, end)
        return [t for t in self.doc[first:last] if t.idx < end and t.idx + len(t) > start]

    @cached_property
    def token_ends(self) -> list[int]:
        """Where each token ends, before its trailing white space."""
        return [start + length for start, length in zip(self.token_starts, self.doc.to_array(LENGTH).tolist())]

    def token_text(self, i: int) -> str:
        """Token ``i``'s text, without making the Token."""
        return self.text[self.token_starts[i]:self.token_ends[i]]

    def first_after(self, char: int) -> Token | None:
        """The first token that starts at or after character ``char``."""
        i = bisect.bisect_left(self.token_starts, char)
        return self.doc[i] if i < len(self.doc) else None

    # -- sentences and paragraphs ------------------------------------------------------------------

    @cached_property
    def sentence_of(self) -> list[int]:
        """The number of each token's sentence (the whole Doc is one sentence if it is not parsed)."""
        numbers = [0] * len(self.doc)
        sentences = self.doc.sents if self.doc.has_annotation("SENT_START") else [self.doc[:]]
        for number, sentence in enumerate(sentences):
            numbers[sentence.start:sentence.end] = [number] * len(sentence)
        return numbers

    @cached_property
    def parts_of_speech(self) -> list[int]:
        """Each token's coarse part of speech as spaCy's id, read as one array (a Token per word costs more)."""
        return self.doc.to_array(POS).tolist()

    @cached_property
    def dependencies(self) -> list[int]:
        """Each token's dependency label as spaCy's id, read as one array."""
        return self.doc.to_array(DEP).tolist()

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """The character ranges of the text's non-blank lines: a news text's paragraphs."""
        return paragraphs(self.text)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [start for start, _ in self.paragraphs]

    @cached_property
    def front(self) -> FrontMatter:
        """The headline, byline and dateline; ``front.dateline.place`` is the story's default location."""
        return FrontMatter(self.text, self.paragraphs)

    def paragraph_of(self, char: int) -> int:
        """The number of the paragraph that holds character ``char`` (or the one before it)."""
        return max(bisect.bisect_right(self._paragraph_starts, char) - 1, 0)


class TokenStrings(ReadOnce):
    """Each token's strings, read once per Doc for the quote features, which read them by index many times
    over: spaCy looks ``token.lower_``, ``.lemma_``, ``.dep_`` … up in its StringStore on every read, and
    makes a Token for every ``doc[i]``. Like DocIndex, it assumes the annotation does not change once read
    (the events component, which rewrites some lemmas, runs after quotes)."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        array = doc.to_array([LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, HEAD])
        names = {i: doc.vocab.strings[i] for i in set(array[:, :6].ravel().tolist())}  # each id looked up once
        lower, lemma, pos, tag, dep, entity = ([names[i] for i in column] for column in array[:, :6].T.tolist())
        self.lower: list[str] = lower
        self.lemma: list[str] = [word.lower() for word in lemma]  # the features compare lemmas in lower case
        self.pos: list[str] = pos
        self.tag: list[str] = tag
        self.dep: list[str] = dep
        self.entity: list[str] = entity
        # Heads are stored as offsets, unsigned: as signed, each plus its token's index (the root is its own head).
        self.head: list[int] = [i + offset for i, offset in enumerate(array[:, 6].astype("int64").tolist())]

    def ancestors(self, i: int) -> Iterator[int]:
        """The indices of token ``i``'s head, its head's head, … up to the root, as ``Token.ancestors``."""
        while self.head[i] != i:
            i = self.head[i]
            yield i


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The character ranges of the non-blank lines of ``text``."""
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


# -- a news text's front matter: headline, byline, dateline -------------------------------------

# A headline is the text's first block of lines, before a blank line, of at most this many words
# (a first paragraph that long is the story's lede), that ends without a full stop or colon or is
# written in title case ("Talks Stall in Doha.").
HEADLINE_WORDS = 30
TITLE_CASE_SHARE = 0.7
# How many paragraphs from the top a byline or dateline may start in (after a headline, a
# standfirst or a photo credit).
FRONT_PARAGRAPHS = 3
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "KYIV —", "NEWPORT NEWS, Va. -", "GENEVA, May 4 (Reuters) -", "Geneva (AP) —": a place in capitals
# (or any case when an agency follows), optional region and date, optional agency, a dash, then the story or
# the paragraph's end (a dateline on a line of its own). Wire copy sent as 7-bit text writes the dash as an
# underscore: "NAIROBI, Kenya (AP) _".
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*|(?=[A-Z][\w.'’-]* (?:[A-Z][\w.'’-]* )?\()[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)"
    r"(?:, (?!" + _MONTH + r" \d)(?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?))*"
    r"(?:,? " + _MONTH + r" \d{1,2}(?:, \d{4})?)?"
    r"(?: ?\((?P<agency>[A-Z][^()\n]{0,30})\))?"
    r" ?(?:—|–|--|-|_)(?: ?(?=\S)|\s*$)")
# "By Jane Doe", "By Jane Doe and John Roe, Reuters": a paragraph of its own.
BYLINE = re.compile(r"By (?:[A-Z][\w.'’-]*|and|de|van|von|al|bin)(?: (?:[A-Z][\w.'’-]*|and|de|van|von|al|bin))*(?:, [A-Z][\w .'’-]*)?\s*$")


@dataclass(frozen=True)
class Dateline:
    """Where a story was filed: "GENEVA, May 4 (Reuters) -". Ranges are character offsets."""

    extent: tuple[int, int]  # from the place to the dash and the space after it
    place: tuple[int, int]
    agency: tuple[int, int] | None
    region: tuple[int, int] | None = None  # the state or country after the place: "MANCHESTER, N.H."

    def country(self, text: str) -> str | None:
        """ISO alpha-3 of where the story was filed: its region's country, else its place's ("MANCHESTER,
        N.H." is in the United States, whatever Manchester is the largest)."""
        region = place_country(text[slice(*self.region)]) if self.region else None
        return region or place_country(text[slice(*self.place)])


class FrontMatter:
    """The headline, byline and dateline of a news text, read from its first paragraphs."""

    def __init__(self, text: str, text_paragraphs: list[tuple[int, int]]) -> None:
        self.headline: tuple[int, int] | None = _headline(text, text_paragraphs)
        if self.headline is not None and (BYLINE.match(text, *self.headline) or _whole_dateline(text, *self.headline)):
            self.headline = None  # a text that opens with its byline or dateline has no headline
        self.byline: tuple[int, int] | None = None
        self.dateline: Dateline | None = None
        body = [p for p in text_paragraphs if self.headline is None or p[0] >= self.headline[1]]
        for start, end in body[:FRONT_PARAGRAPHS]:
            if self.byline is None and (match := BYLINE.match(text, start, end)):
                self.byline = (start, end)
            elif self.dateline is None and (match := DATELINE.match(text, start, end)):
                agency = (match.start("agency"), match.end("agency")) if match.group("agency") else None
                region = match.span("region") if match.group("region") else None
                self.dateline = Dateline((start, match.end()), match.span("place"), agency, region)
                break

    def pieces(self) -> list[tuple[int, int]]:
        """The headline, byline and dateline that the text has, in order."""
        return [r for r in (self.headline, self.byline, self.dateline.extent if self.dateline else None) if r]

    @property
    def end(self) -> int:
        """Where the story starts: after the last of its front matter (0 if it has none)."""
        return max((end for _, end in self.pieces()), default=0)

    def not_content(self) -> list[tuple[int, int]]:
        """Character ranges that are no one's words and name no actor: the byline, the dateline."""
        return [r for r in (self.byline, self.dateline.extent if self.dateline else None) if r is not None]


def _whole_dateline(text: str, start: int, end: int) -> bool:
    match = DATELINE.match(text, start, end)
    return match is not None and match.end() == end


def _headline(text: str, text_paragraphs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first block of lines before a blank line; in a text without blank lines, its first line when a
    byline or a dateline follows it."""
    if len(text_paragraphs) < 2:
        return None
    blank = re.search(r"\n[ \t]*\n", text)
    if blank is not None:
        end = len(text[:blank.start()].rstrip())
    elif BYLINE.match(text, *text_paragraphs[1]) or DATELINE.match(text, *text_paragraphs[1]):
        end = text_paragraphs[0][1]
    else:
        return None
    start = text_paragraphs[0][0]
    words = text[start:end].split()
    if not words or len(words) > HEADLINE_WORDS:
        return None
    if text[start:end].rstrip("\"'”’»)").endswith((".", ":")) and not _title_case(words):
        return None  # a one-sentence lede ("The minister said: …")
    return start, end


def _title_case(words: list[str]) -> bool:
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) / len(long_words) > TITLE_CASE_SHARE
