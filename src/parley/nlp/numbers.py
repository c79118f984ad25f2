"""Cardinal numbers written in digits or words, shared by the times and quantities components.

``NumberGrammar.pattern`` is a regular-expression fragment (no capturing groups) that matches one
number: "1,200", "2.5 million", "2 1/2", "twenty-four", "three and a half", "a dozen", "a hundred".
``NumberGrammar.parse`` turns such a match into a float or int. The words come from the lexicon
(knowledge/quantities_numbers.yaml); ``number_grammar`` builds the grammar once per lexicon.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import NumberWords

_DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])(?!,\d)"
_UNICODE_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def alternation(words, flags: str = "i") -> str:
    """A regex group matching any of ``words`` as whole words, longest first (then alphabetical, so
    the pattern is the same in every process)."""
    ordered = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=lambda w: (-len(w), w))
    return rf"(?{flags}:\b(?:{'|'.join(ordered)})\b)" if flags else rf"\b(?:{'|'.join(ordered)})\b"


def either(words) -> str:
    """Regex alternatives, one for each of ``words`` in the given order; a space matches any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def phrases(words) -> str:
    """A regex group (no capture) matching any of ``words`` case-insensitively, tried in the given order."""
    return f"(?i:{either(words)})"


class NumberGrammar:
    """The number words of one lexicon: a regex fragment for a number and its parser."""

    def __init__(self, words: NumberWords) -> None:
        self.words = words
        self.scales = {**words.scales, **words.scale_abbreviations}
        self.ordinal_suffix = rf"(?:{either(words.ordinal_suffixes)})"  # "21st": an ordinal, not a number
        number_word = alternation([*words.units, *words.tens, *words.scales, "dozen"])
        scale_word = alternation([*words.scales, *words.scale_abbreviations])
        # "and" joins number words only after a scale word: "one hundred and twenty", not "two and three".
        after_scale = "|".join(f"(?<={scale})" for scale in words.scales_before_and)
        joiner = rf"(?:[ \t]*-[ \t]*|[ \t]+|(?:{after_scale})\s+and\s+)"
        fraction_tail = (rf"(?:\s+(?i:and)\s+(?:(?i:an?)\s+)?{phrases(words.fraction_tails)}\b"
                         r"|\s+(?i:and\s+)?\d/\d\d?\b|\s*[½¼¾])")
        self.pattern = (
            rf"(?:(?:{_DIGITS})(?:[ \t-]+{scale_word})*"
            rf"|(?:(?i:an?)\s+(?={phrases(words.scales_after_a)}\b))?{number_word}(?:{joiner}{number_word})*"
            rf"|{phrases(words.counting_phrases)}\b)"
            rf"(?:{fraction_tail})?"
        )
        self.parse = lru_cache(maxsize=4096)(self._parse)

    def _parse(self, text: str) -> float | int | None:
        """The value of a number written in digits and/or words; None if ``text`` holds no number."""
        units, tens, counters, fractions = self.words.units, self.words.tens, self.words.counters, self.words.fractions
        words = re.findall(r"\d+/\d+|\d[\d,]*(?:\.\d+)?|[½¼¾]|[a-z]+", text.lower())
        total, current, seen = 0.0, 0.0, False
        for i, word in enumerate(words):
            if "/" in word:
                numerator, denominator = word.split("/")
                if int(denominator):
                    current += int(numerator) / int(denominator)
                    seen = True
            elif word[0].isdigit():
                current += float(word.replace(",", ""))
                seen = True
            elif word in _UNICODE_FRACTIONS:
                current += _UNICODE_FRACTIONS[word]
                seen = True
            elif word in units or word in tens:
                current += units.get(word, tens.get(word, 0))
                seen = True
            elif word == "hundred":
                current = (current or 1) * 100
                seen = True
            elif word in self.scales:
                total += (current or 1) * self.scales[word]
                current, seen = 0.0, True
            elif word in counters and (word == "dozen" or (i + 1 < len(words) and words[i + 1] == "of")):
                current = (current or 1) * counters[word] if word == "dozen" else current + counters[word]
                seen = True
            elif word in fractions:
                current += fractions[word]
                seen = True
        return _as_number(total + current) if seen else None


@lru_cache(maxsize=4)
def number_grammar(words: NumberWords) -> NumberGrammar:
    """The grammar of ``words``, built once per lexicon."""
    return NumberGrammar(words)


def _as_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 4)
