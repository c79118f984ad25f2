"""Direct, partial and indirect quotations with speaker attribution."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("parley_quotes", default_config={})
def make_quotes(nlp: Language, name: str) -> "QuoteExtractor":
    return QuoteExtractor(nlp, name)


class QuoteExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc
