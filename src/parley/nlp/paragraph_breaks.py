"""A sentence never runs across a blank line, nor out of a headline, a byline or a dateline.

News texts separate paragraphs, and the headline from the story, with a blank line, and put the
byline and the dateline before the story's first words. spaCy's small parser decides sentence ends
from the words alone, and often read a headline that has no full stop together with what follows
("Sides agree to truce\\n\\nKHARTOUM — The army agreed …"), so the dateline became the headline's
object, the story's first verb governed the headline's, and an event's modes and evidence mixed the
two. The parser keeps sentence starts that are set before it runs, so one is set after every blank
line and after each piece of the front matter (doc_index.FrontMatter). A single line break is left
to the parser otherwise: pages and transcripts wrap lines inside sentences.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .doc_index import DocIndex

BLANK_LINE = re.compile(r"\n[ \t]*\n")


def break_at_paragraphs(nlp: Language) -> None:
    """Set those sentence starts before the parser reads the Doc."""
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("parley_paragraph_breaks", before="parser")


@Language.component("parley_paragraph_breaks", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    index = DocIndex.of(doc)  # reads only the text and the token offsets, which the parser leaves as they are
    breaks = [m.end() for m in BLANK_LINE.finditer(index.text)] + [end for _, end in index.front.pieces()]
    for char in breaks:
        token = index.first_after(char)
        while token is not None and token.is_space and token.i + 1 < len(doc):
            token = doc[token.i + 1]
        if token is not None and token.i > 0 and not token.is_space:
            token.is_sent_start = True
    return doc
