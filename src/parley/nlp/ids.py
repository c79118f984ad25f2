"""How the items of one Document are numbered: a1, a2… for actors, q1… for quotes, e1… for events.

The components number what they find this way, and pipeline.join_chunks renumbers the items of a
long text's chunks the same way.
"""

from __future__ import annotations

ACTOR, QUOTE, EVENT = "a", "q", "e"


def item_id(kind: str, number: int) -> str:
    """The id of the ``number``-th item (from 1) of a kind: ``item_id(ACTOR, 3) == "a3"``."""
    return f"{kind}{number}"
