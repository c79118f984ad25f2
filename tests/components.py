"""spaCy's parse plus only the parley components a test names, so the test sees only what they do."""

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
