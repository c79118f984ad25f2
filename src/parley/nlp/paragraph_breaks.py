"""A sentence never runs across a blank line.

News texts separate paragraphs, and the headline from the story, with a blank line. spaCy's small
parser decides sentence ends from the words alone, and often reads a headline that has no full stop
together with the story's first sentence ("Sides agree to truce\n\nKHARTOUM — The army agreed …"), so
the dateline became the headline's object, the story's first verb governed the headline's, and an
event's modes and evidence mixed the two. The parser keeps sentence starts that are set before it
runs, so one is set after every blank line. A single line break is left to the parser: pages and
transcripts wrap lines inside sentences.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def break_at_paragraphs(nlp: Language) -> None:
    """Set a sentence start after each blank line before the parser reads the Doc."""
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("parley_paragraph_breaks", before="parser")


@Language.component("parley_paragraph_breaks", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") > 1:
            doc[token.i + 1].is_sent_start = True
    return doc
