"""Actors: recognition, canonical identity, roles, metonymy and in-document coreference."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("parley_actors", default_config={})
def make_actors(nlp: Language, name: str) -> "ActorRecognizer":
    return ActorRecognizer(nlp, name)


class ActorRecognizer:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = []
        return doc
