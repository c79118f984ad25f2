"""A word spaCy's lemmatizer may give two lemmas takes the one WordNet tags more senses of.

spaCy's rule lemmatizer lists irregular forms with each lemma they may have and, when its suffix rules also find
the regular lemma, puts the irregular one first: "bases" becomes "basis" and "taxes" "taxis", so "Iran bombed US
bases" reads as bombing a basis and "lifted taxes" lifts no tax. knowledge/lemma_choices.csv
(scripts/build_lemma_choices.py) names, for each such noun and verb form, the lemma WordNet 3.0's semantic
concordance tags more senses of; the lemmatizer's exception table is narrowed to it when the pipeline loads.
"""

from __future__ import annotations

from spacy.language import Language

from ..knowledge import load_csv

CHOICES_FILE = "lemma_choices.csv"


def prefer_common_lemmas(nlp: Language) -> None:
    """Make each form of lemma_choices.csv's rows the only exception spaCy's lemmatizer lists for it."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_exc"):
        return  # a lemmatizer of another mode has no exceptions to choose among
    exceptions = lookups.get_table("lemma_exc")
    for row in load_csv(CHOICES_FILE):
        exceptions[row["pos"]][row["form"]] = [row["lemma"]]
