"""A headline in title case is parsed as the sentence it is.

spaCy's small English model reads a word's case (its SHAPE and PREFIX features), so a headline in title case
reaches the tagger as a row of proper nouns: "Protesters Storm Parliament in Belgrade" became an actor
"Protesters Storm Parliament" and held no protest. This component runs after spaCy's own and before parley's:
it parses a copy of the headline written in sentence case with the same components, and copies the copy's
tags, parts of speech, morphology, lemmas, dependencies and entities onto the headline's tokens. The text is
never changed, so every offset, span and name stays the original's; a copy that tokenizes differently is
dropped and the headline keeps its first reading.

A title-cased word after the headline's first (and after a colon or a full stop, which start a sentence) is
lowered unless it is a name. Evidence comes in this order: a word in capitals stays; so does a word inside a
name of several words that the knowledge base or the gazetteer knows ("New York", "European Union"); the
body decides next, a word it writes capitalized in mid-sentence more often than in lower case staying and one
it writes in lower case being lowered; then a one-word name the knowledge base knows stays ("Kyiv",
"Zelensky"); a word the model's lemmatizer tables or stop words know is lowered, and any other word (a name
nothing knows) stays as written. A headline is in title case when every word of four letters or more that is
no stop word is capitalized; a sentence-case headline full of names ("Putin meets Erdogan in Ankara") is left
alone. In the copy, a noun that the parser gives a direct object is read as the verb it is ("Protesters storm
parliament": a headline drops the article that would tell the verb from the noun).
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..knowledge.actor_kb import place_country
from .doc_index import DocIndex
from .lexicon import Lexicon

# What the copy's parse gives the headline: every attribute spaCy's components set on a token.
PARSE_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
# The longest name, in tokens, looked up in the knowledge base and the gazetteer.
LONGEST_NAME = 6
# After these a title-case headline starts a new sentence, whose first word keeps its capital.
SENTENCE_OPENERS = {".", ":", "?", "!", "—", "–"}
# A word right after these in the body may be capitalized for the quotation or clause it opens.
CLAUSE_OPENERS = SENTENCE_OPENERS | {'"', "“", "‘", "'", "(", "-", ";", "•"}
# A noun the parser gives a direct object is a verb in the present: "Protesters storm parliament".
VERB_TAG_OF_NOUN_TAG = {"NN": "VBP", "NNS": "VBZ"}
# The components that set a token's part of speech, morphology and lemma from its tag.
TAG_READERS = ("attribute_ruler", "lemmatizer", "parley_prefixed_lemmas")
# The one word in capitals that is no acronym and is lowered in mid-sentence.
ARTICLE = "A"
# A headline is in title case when every word longer than this that is no stop word has a capital
# ("Talks Between Russia and Ukraine"); a sentence-case headline full of names is not.
SHORT_WORD = 3


@Language.factory(
    "parley_headline_case",
    default_config={"lexicon": {"@misc": "parley.lexicon.v1"}},
    requires=["token.tag", "token.dep", "token.lemma", "doc.ents"],
    assigns=["token.tag", "token.pos", "token.morph", "token.lemma", "token.dep", "token.head", "doc.ents"],
)
def make_headline_case(nlp: Language, name: str, lexicon: Lexicon) -> HeadlineCase:
    return HeadlineCase(nlp, name, lexicon)


class HeadlineCase:
    """Re-parses a title-case headline from a sentence-case copy of its words."""

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon) -> None:
        self.nlp = nlp
        self.name = name
        self.known_names = frozenset(form for forms in lexicon.actors.phrases().values() for form in forms)
        self.stop_words = nlp.Defaults.stop_words
        self.lemma_tables = _lemma_tables(nlp)

    def __call__(self, doc: Doc) -> Doc:
        index = DocIndex.of(doc)
        if index.front.headline is None:
            return doc
        start, end = index.front.headline
        tokens = index.covering(start, end)
        if not tokens or not _in_title_case(tokens):
            return doc
        lowered = self._words_to_lower(doc, tokens, end)
        if not lowered:
            return doc
        offset = tokens[0].idx
        words = list(index.text[offset:tokens[-1].idx + len(tokens[-1])])
        for token in tokens:
            if token.i in lowered:
                words[token.idx - offset:token.idx - offset + len(token)] = token.lower_
        copy = self._parse("".join(words))
        if [(t.idx, len(t)) for t in copy] != [(t.idx - offset, len(t)) for t in tokens]:
            return doc  # the copy tokenizes differently: the headline keeps its first reading
        _copy_parse(doc, copy, tokens[0].i)
        return doc

    def _parse(self, text: str) -> Doc:
        copy = self.nlp.make_doc(text)
        for name, component in self.nlp.pipeline:
            if name == self.name:
                break
            copy = component(copy)
        verbs = [t for t in copy if t.tag_ in VERB_TAG_OF_NOUN_TAG and any(c.dep_ == "dobj" for c in t.children)]
        if verbs:  # a headline drops the article that tells "storm parliament" from "the storm"
            for token in verbs:
                token.tag_, token.lemma_ = VERB_TAG_OF_NOUN_TAG[token.tag_], ""
            for name, component in self.nlp.pipeline:
                if name in TAG_READERS:
                    copy = component(copy)
        return copy

    def _words_to_lower(self, doc: Doc, tokens: list[Token], body_start: int) -> set[int]:
        """The indexes of the headline's title-cased words that are no names."""
        in_names = self._inside_known_names(doc, tokens)
        body = _BodyCase(doc, body_start)
        lowered = set()
        opening = next((t.i for t in tokens if not t.is_punct), tokens[0].i)  # after any quotation mark
        for token in tokens:
            starts_sentence = token.i <= opening or doc[token.i - 1].text in SENTENCE_OPENERS
            if starts_sentence or not token.is_title or token.i in in_names:
                continue
            if token.is_upper and token.text != ARTICLE:  # an acronym, or the pronoun "I"
                continue
            cased = body.writes(token.text)
            if cased is None and token.text in self.known_names:
                continue
            if cased is False or (cased is None and self._is_english(token.lower_)):
                lowered.add(token.i)
        return lowered

    def _inside_known_names(self, doc: Doc, tokens: list[Token]) -> set[int]:
        """Tokens of names of two words or more that the knowledge base or the gazetteer knows."""
        text, inside = DocIndex.of(doc).text, set()
        for i, first in enumerate(tokens):
            if not first.text[:1].isupper():
                continue
            for last in tokens[i + 1:i + LONGEST_NAME]:
                name = text[first.idx:last.idx + len(last)]
                # The gazetteer reads "The Best" as "Best", a town: a place's name of several words starts with a name.
                place = not first.is_stop and place_country(name) is not None
                if last.text[:1].isupper() and (name in self.known_names or place):
                    inside.update(range(first.i, last.i + 1))
        return inside

    def _is_english(self, word: str) -> bool:
        """Whether the model's lemmatizer knows the word, in any of its forms, or it is a stop word."""
        if word in self.stop_words:
            return True
        for exceptions, rules, lemmas in self.lemma_tables:
            if word in exceptions or word in lemmas:
                return True
            if any(word.endswith(old) and word[:len(word) - len(old)] + new in lemmas for old, new in rules):
                return True
        return False


class _BodyCase:
    """How the body of a text writes a word: capitalized in mid-sentence, or in lower case."""

    def __init__(self, doc: Doc, body_start: int) -> None:
        index = DocIndex.of(doc)
        first = index.first_after(body_start)
        self.doc = doc
        self.start = first.i if first is not None else len(doc)
        self.orths = doc.to_array(ORTH)[self.start:]

    def writes(self, word: str) -> bool | None:
        """True if the body writes the word capitalized in mid-sentence more often than in lower case, False if
        it writes it in lower case, None if neither."""
        strings = self.doc.vocab.strings
        lower = int(numpy.count_nonzero(self.orths == strings.add(word.lower())))
        capitalized = sum(1 for i in numpy.flatnonzero(self.orths == strings.add(word)).tolist()
                          if self._mid_sentence(self.doc[self.start + i]))
        if capitalized > lower:
            return True
        return False if lower else None

    def _mid_sentence(self, token: Token) -> bool:
        if token.is_sent_start or token.i == 0:
            return False
        previous = self.doc[token.i - 1]
        return previous.text not in CLAUSE_OPENERS and not previous.is_space and "\n" not in previous.text_with_ws


def _in_title_case(tokens: list[Token]) -> bool:
    return all(t.text[:1].isupper() for t in tokens if t.is_alpha and len(t) > SHORT_WORD and not t.is_stop)


def _lemma_tables(nlp: Language) -> list[tuple[dict, list, frozenset]]:
    """Per part of speech, the lemmatizer's irregular forms, suffix rules and known lemmas."""
    if "lemmatizer" not in nlp.pipe_names:
        return []
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return []
    index, exceptions, rules = (lookups.get_table(name, {}) for name in ("lemma_index", "lemma_exc", "lemma_rules"))
    return [(exceptions.get(pos, {}), rules.get(pos, []), frozenset(index.get(pos, ())))
            for pos in ("noun", "verb", "adj", "adv")]


def _copy_parse(doc: Doc, copy: Doc, first: int) -> None:
    """The copy's parse and entities onto the Doc's tokens from ``first`` on."""
    last = first + len(copy)
    rows = doc.to_array(PARSE_ATTRS)
    rows[first:last] = copy.to_array(PARSE_ATTRS)  # heads are relative offsets, the same in both
    doc.from_array(PARSE_ATTRS, rows)
    kept = [ent for ent in doc.ents if ent.end <= first or ent.start >= last]
    moved = [Span(doc, first + ent.start, first + ent.end, label=ent.label) for ent in copy.ents]
    doc.ents = sorted(kept + moved, key=lambda ent: ent.start)
