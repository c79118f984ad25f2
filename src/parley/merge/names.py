"""Actor names reduced to a key that spelling variants share: accents, case and transliteration."""

from __future__ import annotations

import re
import unicodedata

# Romanizations of the same Slavic and Arabic endings: Zelenskyy, Zelenskiy, Zelenskii, Zelenski → zelensky.
_ENDINGS = ((re.compile(r"(?:iy|ii|yi|ij)$"), "y"), (re.compile(r"ski$"), "sky"))
_DOUBLED = re.compile(r"(.)\1+")


def fold(name: str) -> str:
    """Lowercase, accents dropped, punctuation to spaces: "Zelenskyy-Ó'Brien" → "zelenskyy o brien"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def _token_key(token: str) -> str:
    token = _DOUBLED.sub(r"\1", token)
    for pattern, replacement in _ENDINGS:
        token = pattern.sub(replacement, token)
    return token


def name_key(name: str) -> str:
    """The key two spellings of one name share: "Volodymyr Zelenskyy" and "Volodymyr Zelensky"."""
    return " ".join(_token_key(token) for token in fold(name).split())


def surname_key(name: str) -> str | None:
    """The key of a person's last name, which a bare-surname mention shares with the full name."""
    tokens = name_key(name).split()
    return tokens[-1] if tokens else None


def slug(name: str) -> str:
    return "-".join(fold(name).split()) or "actor"


# Words that say how something was said, not what it was about.
_NOT_SUBJECT = frozenset(
    "about after again against agree agreed agreeing also among been before being both could demand demanded "
    "demands from have having into isn offer offered offers only other over proposal proposed proposes propose "
    "reject rejected rejects said says should than that their them then there these they this those under until "
    "very warned were what when where which while will with would accept accepted talks told".split()
)


def subject_words(evidence: str) -> set[str]:
    """What an event is about, roughly: the longer words of its evidence, plural folded, minus how it was said."""
    words = {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in fold(evidence).split() if len(w) >= 4 and w.isalpha()}
    return words - _NOT_SUBJECT
