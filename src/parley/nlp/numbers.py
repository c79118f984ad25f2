"""Cardinal numbers written in digits or words, shared by the times and quantities components.

``NUMBER`` is a regular-expression fragment (no capturing groups) that matches one number:
"1,200", "2.5 million", "2 1/2", "twenty-four", "three and a half", "a dozen", "a hundred".
``parse_number`` turns such a match into a float or int.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import load_yaml

_WORDS = load_yaml("quantities_numbers.yaml")
UNITS: dict[str, int] = _WORDS["units"]
TENS: dict[str, int] = _WORDS["tens"]
SCALES: dict[str, int] = {**_WORDS["scales"], **_WORDS["scale_abbreviations"]}
COUNTERS: dict[str, int] = _WORDS["counters"]
FRACTIONS: dict[str, float] = _WORDS["fractions"]
ORDINALS: dict[str, int] = _WORDS["ordinals"]
VAGUE_PLURALS: dict[str, tuple[int, int]] = {k: tuple(v) for k, v in _WORDS["vague_plurals"].items()}
VAGUE_COUNTS: list[str] = _WORDS["vague_counts"]


def alternation(words, flags: str = "i") -> str:
    """A regex group matching any of ``words`` as whole words, longest first."""
    ordered = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return rf"(?{flags}:\b(?:{'|'.join(ordered)})\b)" if flags else rf"\b(?:{'|'.join(ordered)})\b"


_NUMBER_WORD = alternation([*UNITS, *TENS, *_WORDS["scales"], "dozen"])
_SCALE_WORD = alternation([*_WORDS["scales"], *_WORDS["scale_abbreviations"]])
_DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])(?!,\d)"
# "and" joins number words only after a scale word: "one hundred and twenty", not "two and three".
_JOINER = r"(?:[ \t]*-[ \t]*|[ \t]+|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+)"
_FRACTION_TAIL = r"(?:\s+(?i:and)\s+(?:(?i:an?)\s+)?(?i:half|quarter|third)\b|\s+(?i:and\s+)?\d/\d\d?\b|\s*[½¼¾])"
NUMBER = (
    rf"(?:(?:{_DIGITS})(?:[ \t-]+{_SCALE_WORD})*"
    rf"|(?:(?i:an?)\s+(?=(?i:hundred|thousand|million|billion|dozen)\b))?{_NUMBER_WORD}(?:{_JOINER}{_NUMBER_WORD})*"
    rf"|(?i:a\s+couple\s+of|a\s+pair\s+of|a\s+half)\b)"
    rf"(?:{_FRACTION_TAIL})?"
)
_UNICODE_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _as_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 4)


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | int | None:
    """The value of a number written in digits and/or words; None if ``text`` holds no number."""
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
        elif word in UNITS or word in TENS:
            current += UNITS.get(word, TENS.get(word, 0))
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current, seen = 0.0, True
        elif word in COUNTERS and (word == "dozen" or (i + 1 < len(words) and words[i + 1] == "of")):
            current = (current or 1) * COUNTERS[word] if word == "dozen" else current + COUNTERS[word]
            seen = True
        elif word in FRACTIONS:
            current += FRACTIONS[word]
            seen = True
    return _as_number(total + current) if seen else None
