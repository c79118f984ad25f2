"""What the components look up in one Doc, computed once: its text, tokens by character offset,
sentences and paragraphs.
"""

from __future__ import annotations

import bisect
from functools import cached_property

from spacy.tokens import Doc, Token

from ..model import Span


class DocIndex:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # spaCy rebuilds Doc.text from the tokens on every access, so it is read once here.
        self.text = doc.text
        self.token_starts = [token.idx for token in doc]

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
    def paragraphs(self) -> list[tuple[int, int]]:
        """The character ranges of the text's non-blank lines: a news text's paragraphs."""
        return paragraphs(self.text)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [start for start, _ in self.paragraphs]

    def paragraph_of(self, char: int) -> int:
        """The number of the paragraph that holds character ``char`` (or the one before it)."""
        return max(bisect.bisect_right(self._paragraph_starts, char) - 1, 0)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The character ranges of the non-blank lines of ``text``."""
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans
