"""The Doc and Token extensions parley's components write, declared by the component that writes them.

Names are written as in a factory's ``assigns`` ("doc._.actors", "token._.actor"), so a component
declares exactly what it tells ``nlp.analyze_pipes()`` it assigns. ``doc._.published`` is the one
input set before the components run (by the pipeline, from the document's metadata); the
components that read it declare it too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

PUBLISHED = "doc._.published"
_OWNERS = {"doc": Doc, "token": Token}


def declare(*names: str) -> None:
    """Make each extension exist, with None until a component sets it."""
    for name in names:
        owner, _, attribute = name.partition("._.")
        if not _OWNERS[owner].has_extension(attribute):
            _OWNERS[owner].set_extension(attribute, default=None)
