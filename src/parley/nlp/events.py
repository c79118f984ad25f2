"""PLOVER events with modes, auxiliary modes, context, dates, places and numbers."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("parley_events", default_config={})
def make_events(nlp: Language, name: str) -> "EventCoder":
    return EventCoder(nlp, name)


class EventCoder:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc
