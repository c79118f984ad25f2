"""Numbers with their units or counted nouns, and what happened to the people they count.

A regex grammar (compiled once) finds each number with its approximator ("more than", "about"),
its range ("24 to 48", "between 10 and 20") and any currency sign; the text after it gives a
unit ("%", "km", "euros", "hours"), or else spaCy's parse gives the counted noun ("3,000 fallen
soldiers" → person). Numbers that are part of a date or a clock time (doc._.times) are not
quantities; durations are both. For counts of people, casualty cue words on the noun, on the
words that govern it and on its modifiers give the PLOVER casualty kind.

quantulum3 was tried for unit parsing and not adopted: it turns ranges into a midpoint with an
uncertainty, finds no counted nouns ("1,200 individuals" is dimensionless), misses "hundreds
of", and takes about 50 ms a sentence plus 6 s to import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Quantity
from .doc_index import DocIndex
from .extensions import declare
from .labels import COUNTING_DEPS, NOUN_CLAUSE_DEPS, NOUN_POS, PLURAL_NOUN_TAGS, PREDICATE_POS
from .lexicon import Lexicon, QuantityUnits, QuantityWords
from .numbers import NumberGrammar, alternation, either, number_grammar, phrases

IDENTIFIER_BEFORE = re.compile(r"(?:\b[A-Z][\w.]*|#)[ \t]*$")
REQUIRES = ["token.tag", "token.dep", "token.lemma", "doc._.times"]
ASSIGNS = ["doc._.quantities"]


@dataclass(frozen=True)
class QuantityGrammar:
    quantity: re.Pattern  # a count or amount, with its approximator, currency, scale suffix and range end
    unit_after: re.Pattern  # the unit written after it
    ordinal_suffix: re.Pattern  # "21st": the number is an ordinal


@lru_cache(maxsize=4)
def quantity_grammar(units: QuantityUnits, numbers: NumberGrammar, words: QuantityWords) -> QuantityGrammar:
    """The compiled grammar, once per lexicon."""
    number = numbers.pattern
    suffix = either(numbers.words.scale_suffixes)
    prefix = "|".join(re.escape(p) for p in sorted(units.currency_prefixes, key=len, reverse=True))
    quantity = (
        rf"(?:(?P<approx>{phrases(words.approximators)})\s+)?"
        rf"(?:(?P<cur>{prefix})\s?)?(?<![\d/])"
        rf"(?:(?P<num>{number})(?!/\d)|(?P<vague>{alternation(numbers.words.vague_plurals)})(?=\s+(?i:of)\b))"
        rf"(?P<suffix>{suffix})?\b"
        rf"(?:\s*(?:{phrases(words.range_joiners)}|-|–)\s*(?:{prefix})?(?P<num2>{number})(?P<suffix2>{suffix})?\b)?"
    )
    unit_after = (rf"[ \t]*-?[ \t]*(?P<unit>%|{alternation([*units.measures, *units.currency_words], flags='')})"
                  rf"(?![\w])")
    return QuantityGrammar(re.compile(quantity), re.compile(unit_after, re.IGNORECASE),
                           re.compile(rf"{numbers.ordinal_suffix}\b"))



@Language.factory(
    "parley_quantities",
    default_config={"lexicon": {"@misc": "parley.lexicon.v1"}},
    requires=REQUIRES,
    assigns=ASSIGNS,
)
def make_quantities(nlp: Language, name: str, lexicon: Lexicon) -> QuantityRecognizer:
    return QuantityRecognizer(nlp, name, lexicon)


class QuantityRecognizer:
    """Finds quantities (``doc._.quantities``), in text order."""

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon) -> None:
        declare(*REQUIRES, *ASSIGNS)
        self.name = name
        self.words = lexicon.quantity_words
        self.units = lexicon.quantity_units
        self.numbers = number_grammar(lexicon.numbers)
        self.grammar = quantity_grammar(self.units, self.numbers, self.words)

    def __call__(self, doc: Doc) -> Doc:
        token_at = DocIndex.of(doc)
        text = token_at.text
        calendar = [t.span for t in (doc._.times or []) if t.type != "DURATION"]
        quantities = []
        for match in self.grammar.quantity.finditer(text):
            end = match.end()
            number_start = match.start("num") if match["num"] else match.start("vague")
            if any(s < end and number_start < e for s, e in calendar):
                continue
            if self.grammar.ordinal_suffix.match(text, match.end("num") if match["num"] else end):
                continue
            quantity = self.read(doc, text, token_at, match)
            if quantity is not None:
                quantities.append(quantity)
        doc._.quantities = quantities
        return doc

    def read(self, doc: Doc, text: str, token_at: DocIndex, match: re.Match) -> Quantity | None:
        approx = " ".join((match["approx"] or "").lower().split())
        approximate = bool(approx) and approx not in self.words.exact_approximators
        if match["vague"]:
            low, high = self.numbers.words.vague_plurals[" ".join(match["vague"].lower().split())]
            value: float | tuple[float, float] = (low, high)
            approximate = True
        else:
            first = self._scaled(match["num"], match["suffix"])
            if first is None:
                return None
            value = first
            if match["num2"]:
                second = self._scaled(match["num2"], match["suffix2"] or match["suffix"])
                if second is None:
                    return None
                if second > first and (not approx or approx in self.words.range_approximators):
                    value = (first, second)
                else:
                    return self._single(text, token_at, match, first, approximate)
            elif approx in self.words.range_openers:  # "between 20" with no second number
                return None
        return self._with_unit(text, token_at, match, match.start(), match.end(), value, approximate)

    def _single(self, text: str, token_at, match, value, approximate) -> Quantity | None:
        """A number followed by a second one that is not its range end ("2 or 3" reads as one)."""
        end = match.end("suffix") if match["suffix"] else match.end("num")
        return self._with_unit(text, token_at, match, match.start(), end, value, approximate)

    def _with_unit(self, text: str, token_at, match, start: int, end: int, value, approximate: bool):
        currency = self.units.currency_prefixes.get(match["cur"]) if match["cur"] else None
        unit, what = currency, None
        after = self.grammar.unit_after.match(text, end)
        if after and not currency:
            word = " ".join(after["unit"].lower().split())
            unit = self.units.currency_words.get(word) or self.units.measures.get(word) or self.units.measures.get(after["unit"])
            end = after.end()
        elif after and currency and after["unit"].lower() in self.units.currency_words:
            end = after.end()
        if unit is None:
            noun = _counted_noun(token_at, start, end, self.words.object_pronouns)
            if noun is not None:
                lemma = noun.lemma_.lower()
                if lemma in self.numbers.words.ordinals or lemma in self.numbers.words.fractions or (match["num"] or "").strip().lower() in ("one", "1") \
                        and text[end:end + 4].strip().lower().startswith("of"):
                    return None  # "one-fifth", "one of the parties"
                first = token_at.first_after(end)
                while first is not None and first.is_punct and first.i < noun.i:
                    first = first.doc[first.i + 1]
                what = text[first.idx:noun.idx + len(noun)] if first is not None else None
                if noun.lower_ in self.units.currency_words:
                    unit = self.units.currency_words[noun.lower_]
                else:
                    unit = "person" if lemma in self.units.person_nouns or noun.lower_ in self.units.person_nouns else lemma
                end = max(end, noun.idx + len(noun))
            elif not _counts_alone(text, match, end, self.words.not_a_count_after):
                return None
        casualty = _casualty(token_at, start, end, self.units.casualty_cues) if unit == "person" else None
        if isinstance(value, tuple):
            value = (float(value[0]), float(value[1]))
        return Quantity(text=text[start:end], span=(start, end), value=value, unit=unit, what=what,
                        approximate=approximate, casualty=casualty)

    def _scaled(self, number: str, suffix: str | None) -> float | int | None:
        value = self.numbers.parse(number)
        if value is None:
            return None
        return value * self.numbers.words.scale_suffixes[suffix] if suffix else value


def _counts_alone(text: str, match: re.Match, end: int, not_a_count_after: frozenset[str]) -> bool:
    """A number with neither unit nor noun is kept when written in digits, is not "one" of something
    and does not name a thing ("Resolution 2231", "No. 10", "Article 5")."""
    number = match["num"] or ""
    if not any(ch.isdigit() for ch in number):
        return False
    if IDENTIFIER_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return False
    following = re.match(r"\s*([\w']+)", text[end:end + 20])
    return not (following and following.group(1).lower() in not_a_count_after and number.strip() == "1")


def _counted_noun(token_at: DocIndex, start: int, end: int, object_pronouns: frozenset[str]) -> Token | None:
    """The noun the number counts: its head when the number modifies it, or the object of "of"."""
    tokens = token_at.covering(start, end)
    if not tokens:
        return None
    last = tokens[-1]
    candidates = [last, *tokens]
    for token in candidates:
        head = token.head
        if token.dep_ in COUNTING_DEPS and head.i > last.i \
                and (head.pos_ == "NOUN" or head.tag_ == "NNPS") and head.i - last.i <= 4:
            return head
    following = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if following is not None and following.lower_ == "of":
        objects = [c for c in following.children if c.dep_ == "pobj" and c.pos_ in NOUN_POS]
        if objects and objects[0].i - following.i <= 4 and (objects[0].tag_ in PLURAL_NOUN_TAGS or objects[0].tag_ == "NN"):
            return objects[0] if objects[0].lower_ not in object_pronouns else None
    if following is not None and following.pos_ == "NOUN" and following.tag_ in PLURAL_NOUN_TAGS:
        return following
    return None


def _casualty(token_at: DocIndex, start: int, end: int, cues: dict[str, str]) -> str | None:
    """The casualty kind that a cue word on the counted noun, its governors or its modifiers gives."""

    def _cue(token: Token) -> str | None:
        return cues.get(token.lower_) or cues.get(token.lemma_.lower())

    tokens = token_at.covering(start, end)
    if not tokens:
        return None
    noun = tokens[-1]
    found = []
    found.append(_cue(noun))
    for child in noun.children:
        if child.dep_ in NOUN_CLAUSE_DEPS:
            found.append(_cue(child))
    head = noun
    for _ in range(4):
        if head.head.i == head.i:
            break
        head = head.head
        found.append(_cue(head))
        found += [_cue(c) for c in head.children if c.dep_ == "compound"]
        if head.pos_ in PREDICATE_POS and head.dep_ not in NOUN_CLAUSE_DEPS and head.dep_ != "pcomp":
            break
    found += [_cue(c) for c in noun.children if c.dep_ in ("amod", "compound")]
    return next((kind for kind in found if kind), None)

