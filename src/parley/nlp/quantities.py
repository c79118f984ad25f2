"""Numbers with their units or counted nouns."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("parley_quantities", default_config={})
def make_quantities(nlp: Language, name: str) -> "QuantityRecognizer":
    return QuantityRecognizer(nlp, name)


class QuantityRecognizer:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = []
        return doc
