"""A word spaCy's lemmatizer may give two lemmas takes the one WordNet tags more senses of.

spaCy's rule lemmatizer lists irregular forms with each lemma they may have and, when its suffix rules also find
the regular lemma, puts the irregular one first: "bases" becomes "basis" and "taxes" "taxis", so "Iran bombed US
bases" reads as bombing a basis and "lifted taxes" lifts no tax. Where two suffix rules find known lemmas it puts
the last rule's first: "doses" becomes "dos", "staged" "stag", "rated" "rat". knowledge/lemma_choices.csv
(scripts/build_lemma_choices.py) names, for each such noun and verb form, the lemma WordNet 3.0's semantic
concordance tags more senses of; the lemmatizer puts it first when the pipeline loads.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Token

from ..knowledge import load_csv

CHOICES_FILE = "lemma_choices.csv"


def prefer_common_lemmas(nlp: Language) -> None:
    """Make the lemma of each form of lemma_choices.csv's rows the first spaCy's rule lemmatizer gives."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if lemmatizer.mode != "rule":
        return  # a lemmatizer of another mode has no rules to choose among
    choices = {(row["pos"], row["form"]): row["lemma"] for row in load_csv(CHOICES_FILE)}
    # spaCy's Lemmatizer calls the function its ``lemmatize`` attribute holds, set by its mode.
    lemmatizer.lemmatize = _choosing(lemmatizer.lemmatize, choices)


def _choosing(lemmatize: Callable[[Token], list[str]],
              choices: dict[tuple[str, str], str]) -> Callable[[Token], list[str]]:
    def lemmatize_by_choice(token: Token) -> list[str]:
        lemmas = lemmatize(token)
        chosen = choices.get((token.pos_.lower(), token.lower_))
        return [chosen, *(lemma for lemma in lemmas if lemma != chosen)] if chosen in lemmas else lemmas
    return lemmatize_by_choice
