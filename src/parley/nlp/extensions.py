"""The Doc and Token extensions parley's components read and write, declared by the components.

Names are written as in a factory's ``requires`` and ``assigns`` ("doc._.actors", "token._.actor"),
so a component declares the extensions of the contract it states to ``nlp.analyze_pipes()``; those it
only reads stay None when no earlier component sets them (a pipeline built for a test).
``doc._.published`` is the one input set before the components run (by the pipeline, from the
document's metadata); the components that read it declare it too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

PUBLISHED = "doc._.published"
_OWNERS = {"doc": Doc, "token": Token}


def declare(*names: str) -> None:
    """Make each extension among ``names`` exist, with None until a component sets it; other
    attributes ("token.dep") are spaCy's own and need nothing."""
    for name in names:
        owner, extension, attribute = name.partition("._.")
        if extension and not _OWNERS[owner].has_extension(attribute):
            _OWNERS[owner].set_extension(attribute, default=None)
