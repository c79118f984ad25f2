"""spaCy's parse plus only the parley components a test names, so the test sees only what they do; and the
look-ups the actor tests share."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from parley.nlp import pipeline


@lru_cache(maxsize=None)
def pipeline_with(*components: str) -> Language:
    nlp = spacy.load(pipeline.DEFAULT_MODEL)
    for component in components:
        nlp.add_pipe(component)
    return nlp


def actors_of(nlp: Language, text: str) -> list:
    return nlp(text)._.actors


def actor_named(actors: list, name: str):
    found = [a for a in actors if a.name == name]
    assert found, f"no actor {name!r} in {[(a.name, [m.text for m in a.mentions]) for a in actors]}"
    return found[0]


def actor_with_mention(actors: list, text: str):
    found = [a for a in actors if any(m.text == text for m in a.mentions)]
    assert found, f"no mention {text!r} in {[(a.name, [m.text for m in a.mentions]) for a in actors]}"
    return found[0]
