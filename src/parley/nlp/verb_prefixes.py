"""Words written with a verb prefix and a hyphen ("re-deployed", "co-sponsored") stay one token.

spaCy's English tokenizer splits every hyphen between letters, so "troops were re-deployed" reaches
the parser as "re - deployed", which it reads as three adjectives and the troops lose their verb.
Four prefixes attach to verbs and leave a single word: re- (again), co- (jointly), pre- (before)
and de- (undoing). Only they are kept whole, only at the start of a word and only before a
lower-case letter, so "pro-Russian", "al-Qaeda", "Russia-Ukraine", "24-hour", "de-Janeiro" and
"over-reacted" split as before.

Such a word keeps the lemma its second half has ("re-deployed" → "deploy"): the event and quote
rules key on that lemma, as they did when the parser saw the second half alone.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .doc_index import DocIndex

PREFIXES = ("re", "co", "pre", "de")
_HYPHENS = "(?:-|–|—|--|---|——|~)"  # spaCy's English infix for dashes between letters
# A word the tokenizer keeps whole, as it starts in the text (the prefix may be capitalized: "Re-elected").
_PREFIXED = re.compile(rf"(?<![\w-])(?:{'|'.join(f'[{p[0]}{p[0].upper()}]{p[1:]}' for p in PREFIXES)})-[a-z]")


def keep_prefixed_words(nlp: Language) -> None:
    """Narrow the tokenizer's dash infix so that a hyphen after a verb prefix at the start of a
    token, followed by a lower-case letter, does not split it; and lemmatize such words."""
    infixes = nlp.tokenizer.infix_finditer.__self__  # the model's own rules, compiled into one pattern
    if _HYPHENS not in infixes.pattern:
        return  # a tokenizer with other dash rules is left as it is
    guards = "".join(f"(?!(?<=^[{p[0]}{p[0].upper()}]{p[1:]})-[a-z])" for p in PREFIXES)
    narrowed = infixes.pattern.replace(_HYPHENS, guards + _HYPHENS, 1)
    nlp.tokenizer.infix_finditer = re.compile(narrowed, infixes.flags).finditer
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("parley_prefixed_lemmas", after="lemmatizer")


# It reads each token's part of speech and morphology, which no component of spaCy's small English
# pipeline declares (its attribute ruler sets them from the tags), so it requires nothing by name.
@Language.factory("parley_prefixed_lemmas", assigns=["token.lemma"])
def make_prefixed_lemmas(nlp: Language, name: str) -> PrefixedLemmas:
    return PrefixedLemmas(nlp)


class PrefixedLemmas:
    """Gives each kept prefixed word the lemma of its second half, lemmatized as the whole word's
    part of speech."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.lemmas: dict[tuple[str, str, str], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        index = DocIndex.of(doc)
        for found in _PREFIXED.finditer(index.text):
            token = index.token_at(found.start())
            if token.idx != found.start() or not token.text.startswith(found.group()):
                continue  # not where a token starts, or split for another reason ("re-\n")
            rest = token.text[token.text.index("-") + 1:]
            key = (rest, token.pos_, str(token.morph))
            if key not in self.lemmas:
                self.lemmas[key] = self._lemma(*key)
            token.lemma_ = self.lemmas[key]
        return doc

    def _lemma(self, word: str, pos: str, morph: str) -> str:
        alone = Doc(self.nlp.vocab, words=[word], pos=[pos or "X"], morphs=[morph])
        return self.nlp.get_pipe("lemmatizer").lemmatize(alone[0])[0]
