"""Which language an article is in, offline: py3langid's model ships inside its wheel."""

from __future__ import annotations

from functools import lru_cache

import pycountry

ENGLISH = "en"
# langid reads a few thousand characters as well as a whole article, and guesses wildly on a few words.
_SAMPLE_CHARS = 3000
_MIN_LETTERS = 60
# Below this probability the text is mixed or too short to call; parley then says nothing.
_CONFIDENT = 0.75


def language_of(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when unsure."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return code if probability >= _CONFIDENT else None


class LanguageWarning(str):
    """The warning that a text is not in English: a str like every reader's warning, which also
    says the language, so that a run can report many such texts in one line."""

    def __new__(cls, origin: str, language: str) -> LanguageWarning:
        warning = super().__new__(
            cls, f"{origin} looks like {language}, not English; parley reads English only, so its actors and "
                 "events are unreliable. --skip-other-languages skips such texts.")
        warning.origin, warning.language = origin, language
        return warning

    def __getnewargs__(self) -> tuple[str, str]:  # pickled to worker processes and back
        return self.origin, self.language


def language_name(code: str) -> str:
    language = pycountry.languages.get(alpha_2=code)
    return language.name if language else code


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loads a 2 MB model: only when needed

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
