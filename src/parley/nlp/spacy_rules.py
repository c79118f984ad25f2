"""spaCy's attribute ruler and English lemmatizer, giving the same results with less Python per token.

en_core_web_sm's attribute ruler runs 179 patterns through spaCy's Matcher on every token, which
costs about a tenth of the parse. Nearly all of them test one token's tag, lower-cased form or
dependency label for equality or membership; those are looked up by the token's values, remembered
per distinct combination, and only patterns of any other shape still go through a Matcher. The
matches, and so the attributes set, are exactly those of spaCy's ruler.

The rule lemmatizer's answer depends only on a token's text, part of speech and morphology, so it is
remembered per distinct triple and written with one Doc.from_array instead of a Token per word; the
lists of known lemmas it searches for each new word answer from sets.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.attrs import DEP, IDS, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en import English
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# Token attributes the Matcher compares as a string's hash (or a flag's 0/1) and Doc.to_array reads alike.
_STRING_ATTRS = {ORTH, LOWER, NORM, TAG, DEP, LEMMA}
_FLAG_ATTRS = {IS_SPACE}
_ALIASES = {"TEXT": "ORTH"}
# The attributes a token's candidate patterns are looked up by, most selective first.
_INDEX_ORDER = (LOWER, ORTH, NORM, LEMMA, TAG, DEP)
# Distinct token values each component remembers; a long run meets new words without end, so
# memory stays bounded.
_REMEMBERED = 100_000


@English.factory("parley_lemmatizer", default_config={"mode": "rule", "overwrite": False})
def make_lemmatizer(nlp: Language, name: str, mode: str, overwrite: bool) -> RememberingLemmatizer:
    return RememberingLemmatizer(nlp.vocab, None, name, mode=mode, overwrite=overwrite)


def speed_up(nlp: Language) -> None:
    """Swap spaCy's attribute ruler and English rule lemmatizer for the faster equivalents here,
    keeping their names, patterns and tables."""
    if "attribute_ruler" in nlp.pipe_names:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", "parley_attribute_ruler")
        nlp.get_pipe("attribute_ruler").add_patterns(patterns)
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if type(lemmatizer) is EnglishLemmatizer and lemmatizer.mode == "rule":
        tables = lemmatizer.to_bytes()
        nlp.replace_pipe("lemmatizer", "parley_lemmatizer", config={"overwrite": lemmatizer.overwrite})
        nlp.get_pipe("lemmatizer").from_bytes(tables)


class RememberingLemmatizer(EnglishLemmatizer):
    """EnglishLemmatizer that lemmatizes each distinct (text, part of speech, morphology) once."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.remembered: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        _index_as_sets(self.lookups.get_table("lemma_index", {}))
        try:
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = rows[:, 3].copy()
            strings = doc.vocab.strings  # the Doc's, as spaCy's lemmatizer writes: a Doc may have its own Vocab
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if self.overwrite or lemma == 0:
                    key = (orth, pos, morph)
                    new = self.remembered.get(key)
                    if new is None:
                        if len(self.remembered) >= _REMEMBERED:
                            self.remembered.clear()
                        new = self.remembered[key] = self.lemmatize(doc[i])[0]
                    lemmas[i] = strings.add(new)
            doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as error:  # noqa: BLE001 - reported as spaCy's own lemmatizer reports it
            self.get_error_handler()(self.name, self, [doc], error)


class _LemmaIndex(list):
    """One part of speech's known lemmas: still the list spaCy saves, answering ``in`` from a set.
    spaCy's rule lemmatizer asks it of every new word, and the noun list holds 57,000 lemmas."""

    def __init__(self, words) -> None:
        super().__init__(words)
        self.words = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self.words


def _index_as_sets(table) -> None:
    for key, words in table.items():
        if not isinstance(words, _LemmaIndex):
            table[key] = _LemmaIndex(words)


@Language.factory("parley_attribute_ruler", default_config={"validate": False})
def make_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


class IndexedAttributeRuler(AttributeRuler):
    """An AttributeRuler whose single-token tests are found by lookup rather than by the Matcher."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._rules: _Rules | None = None  # built from the patterns on first use

    def clear(self) -> None:
        super().clear()
        self._rules = None

    def add(self, patterns, attrs, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._rules = None

    def match(self, doc: Doc):
        if self._rules is None:
            self._rules = _Rules(self)
        return self._rules.match(doc)

    def set_annotations(self, doc: Doc, matches) -> None:
        """As AttributeRuler's, without a Span per match (one per token of the Doc)."""
        for number, match_id, start, end in matches:
            index = self.indices[number]
            target = start + index if index >= 0 else end + index
            if not start <= target < end:
                super().set_annotations(doc, [(number, match_id, start, end)])  # raises spaCy's error
            set_token_attrs(doc[target], self.attrs[number])


class _TokenTest:
    """One token of a pattern: every (column, kind, value) must hold of the token's values."""

    def __init__(self, checks: list[tuple[int, str, object]]) -> None:
        self.checks = checks

    def holds(self, row: tuple[int, ...], strings) -> bool:
        for column, kind, value in self.checks:
            found = row[column]
            if kind == "is":
                if found != value:
                    return False
            elif kind == "in":
                if found not in value:
                    return False
            elif kind == "not_in":
                if found in value:
                    return False
            elif not value.search(strings[found]):  # "regex", as the Matcher: re.search on the string
                return False
        return True


class _Rules:
    """The ruler's patterns split into token tests read off Doc.to_array, and a Matcher for the rest."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        self.rest = Matcher(ruler.vocab, validate=ruler.validate)
        parsed = []
        for number in range(len(ruler.attrs)):
            key = str(number)
            for pattern in ruler.matcher.get(key)[1]:
                tokens = [self._specs(token) for token in pattern]
                if all(spec is not None for spec in tokens):
                    parsed.append((number, tokens))
                else:
                    self.rest.add(key, [pattern])
        self.columns = sorted({attr for _, tokens in parsed for spec in tokens for attr in spec})
        where = {attr: column for column, attr in enumerate(self.columns)}
        # Every token test of every pattern, indexed by one value it requires (or none).
        self.patterns: list[tuple[int, int, list[int]]] = []  # (rule number, key hash, test per token)
        self.tests: list[_TokenTest] = []
        self.by_value: dict[tuple[int, int], list[int]] = defaultdict(list)
        self.unindexed: list[int] = []
        for number, tokens in parsed:
            test_numbers = []
            for spec in tokens:
                test = len(self.tests)
                self.tests.append(_TokenTest([(where[attr], kind, value) for attr, (kind, value) in spec.items()]))
                test_numbers.append(test)
                self._index(test, spec, where)
            self.patterns.append((number, self.strings[str(number)], test_numbers))
        self.starts = defaultdict(list)  # first token's test → patterns that begin with it
        for pattern, (_, _, test_numbers) in enumerate(self.patterns):
            self.starts[test_numbers[0]].append(pattern)
        self.seen: dict[tuple[int, ...], tuple] = {}  # a token's values → what passed() says of them

    def _specs(self, token: dict) -> dict[int, tuple[str, object]] | None:
        """The token's tests by attribute id, or None when any is not a plain (in)equality or regex."""
        spec = {}
        for name, value in token.items():
            attr = IDS.get(_ALIASES.get(name.upper(), name.upper()))
            if attr in _FLAG_ATTRS and isinstance(value, bool):
                spec[attr] = ("is", int(value))
            elif attr not in _STRING_ATTRS:
                return None
            elif isinstance(value, str):
                spec[attr] = ("is", get_string_id(value))
            elif isinstance(value, dict) and list(value) in (["IN"], ["NOT_IN"]) \
                    and all(isinstance(word, str) for word in next(iter(value.values()))):
                ((operator, words),) = value.items()
                spec[attr] = (operator.lower(), frozenset(get_string_id(word) for word in words))
            elif isinstance(value, dict) and list(value) == ["REGEX"] and isinstance(value["REGEX"], str):
                spec[attr] = ("regex", re.compile(value["REGEX"]))
            else:
                return None
        return spec

    def _index(self, test: int, spec: dict[int, tuple[str, object]], where: dict[int, int]) -> None:
        for attr in _INDEX_ORDER:
            kind, value = spec.get(attr, ("", None))
            if kind in ("is", "in"):
                for one in [value] if kind == "is" else value:
                    self.by_value[where[attr], one].append(test)
                return
        self.unindexed.append(test)

    def passed(self, row: tuple[int, ...], strings) -> tuple[frozenset[int], list, list]:
        """The token tests a token with these values passes, the one-token patterns it matches and the
        longer patterns it may begin, remembered per distinct values."""
        known = self.seen.get(row)
        if known is None:
            if len(self.seen) >= _REMEMBERED:
                self.seen.clear()
            candidates = set(self.unindexed)
            for column, value in enumerate(row):
                candidates.update(self.by_value.get((column, value), ()))
            passed = frozenset(t for t in candidates if self.tests[t].holds(row, strings))
            begun = [self.patterns[p] for t in passed for p in self.starts.get(t, ())]
            known = self.seen[row] = (passed, [(n, key) for n, key, tests in begun if len(tests) == 1],
                                      [pattern for pattern in begun if len(pattern[2]) > 1])
        return known

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule number, key, start, end) of every match, sorted as AttributeRuler.match sorts them."""
        if not self.columns or not len(doc):
            rows = []
        else:
            values = doc.to_array(self.columns).reshape(len(doc), len(self.columns)).tolist()
            rows = [self.passed(tuple(row), doc.vocab.strings) for row in values]
        matches = []
        for start, (_, singles, longer) in enumerate(rows):
            matches += [(number, key, start, start + 1) for number, key in singles]
            for number, key, tests in longer:
                end = start + len(tests)
                if end <= len(rows) and all(tests[k] in rows[start + k][0] for k in range(1, len(tests))):
                    matches.append((number, key, start, end))
        if len(self.rest):
            matches += [(int(self.strings[key]), key, start, end)
                        for key, start, end in self.rest(doc, allow_missing=True, as_spans=False)]
        matches.sort()
        return matches
