"""Actors: recognition, canonical identity, roles, metonymy and in-document coreference.

Mentions are found in priority order, and a token belongs to at most one mention:
1. people (actor_people): names from the knowledge base, from spaCy's PERSON entities and after titles, widened to
   the title and country in front of them ("U.S. President Donald Trump", "Russia's Vladimir Putin") or read from a
   title in apposition ("Russia's deputy envoy, Dmitry Polyanskiy,"), whose owner decides the sector ("a spokesman
   for the rebels");
2. countries (actor_kb_names), organizations, seats of government and other metonyms from the knowledge base;
3. places (actor_places): those the knowledge base does not know, when they act ("Morvania said" → a country actor; "in
   Morvania" stays a place), with the adjectives formed from them ("Morvanian officials"); then party members named
   by their party ("Democrats", "the Tories": a PTY group; actor_descriptions) and organizations spaCy finds that
   the knowledge base does not know;
4. descriptions (actor_descriptions): a country adjective with the noun it modifies ("the Ukrainian side", "Russian
   troops"), demonyms and sector nouns in subject position ("the rebels said");
5. references back (actor_references): titles ("the president"), "the host nation" next to its country, pronouns,
   "the two sides" to the two parties named before it.
6. pronouns of countries, organizations and groups (actor_nonperson_pronouns): "it", "they", "them" to the actor of
   the noun phrase they refer back to, when it names one ("its", "their" only before a sector noun, in pass 4).
A byline and a dateline (DocIndex.front) name no actor.
Each pass is a module of functions over the document being read (actor_reading.ActorReading);
dictionary look-ups run through spaCy PhraseMatchers built once per pipeline (ActorMatchers).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Actor
from .actor_descriptions import read_descriptions, read_party_members, read_sector_subjects, resolve_person_descriptions
from .actor_kb_names import read_knowledge_base_names
from .actor_nonperson_pronouns import read_nonperson_pronouns
from .actor_people import read_people
from .actor_places import (
    find_unknown_places,
    read_unknown_organizations,
    read_unknown_place_actors,
    read_unknown_place_adjectives,
)
from .actor_reading import ActorMatchers, ActorReading
from .actor_references import (
    read_definite_descriptions,
    read_host_appositives,
    read_pair_references,
    read_pronouns,
    read_titles_referring_back,
)
from .extensions import declare
from .lexicon import Lexicon

REQUIRES = ["token.tag", "token.dep", "token.lemma", "doc.ents", "doc.sents"]
ASSIGNS = ["doc._.actors", "token._.actor"]


@Language.factory(
    "parley_actors",
    default_config={"lexicon": {"@misc": "parley.lexicon.v1"}, "pronoun_window": 3, "appositive_tokens": 14},
    requires=REQUIRES,
    assigns=ASSIGNS,
)
def make_actors(nlp: Language, name: str, lexicon: Lexicon, pronoun_window: int,
                appositive_tokens: int) -> "ActorRecognizer":
    return ActorRecognizer(nlp, name, lexicon, pronoun_window=pronoun_window, appositive_tokens=appositive_tokens)


class ActorRecognizer:
    def __init__(self, nlp: Language, name: str, lexicon: Lexicon, pronoun_window: int = 3,
                 appositive_tokens: int = 14) -> None:
        declare(*REQUIRES, *ASSIGNS)
        self.name = name
        self.matchers = ActorMatchers.build(nlp, lexicon, pronoun_window, appositive_tokens)

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = read_actors(ActorReading(self.matchers, doc))
        return doc


def read_actors(reading: ActorReading) -> list[Actor]:
    """The passes in priority order: each claims tokens the passes before it left free."""
    set_aside_front_matter(reading)
    reading.place_names, reading.place_adjectives = find_unknown_places(reading)
    read_people(reading)
    read_knowledge_base_names(reading)
    read_unknown_place_actors(reading)
    read_unknown_place_adjectives(reading)
    read_party_members(reading)  # before spaCy's ORG tag on "Conservatives" makes it an organization
    read_unknown_organizations(reading)
    deferred = read_descriptions(reading)
    read_sector_subjects(reading)
    resolve_person_descriptions(reading, deferred)
    read_titles_referring_back(reading)
    read_host_appositives(reading)
    read_pronouns(reading)
    read_pair_references(reading)
    read_definite_descriptions(reading)
    read_nonperson_pronouns(reading)
    return reading.to_actors()


def set_aside_front_matter(reading: ActorReading) -> None:
    """A byline names the writer and a dateline's agency the wire, not actors of the story; the
    dateline's place is where it was filed (DocIndex.front.dateline)."""
    for start, end in reading.index.front.not_content():
        tokens = reading.index.covering(start, end)
        if tokens:
            reading.claim_placeholder(tokens[0].i, tokens[-1].i + 1)
