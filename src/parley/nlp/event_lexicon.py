"""The PLOVER trigger lexicon and context keywords, read from knowledge/ and indexed for lookup.

The lexicon's dependency patterns are two-node patterns (a verb and its object, particle or
complement; a noun and its modifier), so they are matched by looking up each token's lemma and then
its children — the same patterns a spaCy DependencyMatcher would express, at a fraction of its cost.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from ..knowledge import load_csv, load_yaml

if TYPE_CHECKING:  # lexicon.py builds its Lexicon from this module's classes
    from spacy.tokens import Token

    from .lexicon import EventWords, Lexicon, PloverTypes

TRIGGERS_FILE = "plover_triggers.yaml"
CONTEXT_FILE = "plover_context.yaml"
FALLBACK_FILE = "plover_cameo_fallback.csv"
EVENT_NOUNS_FILE = "plover_event_nouns.csv"
VERBAL_NOUNS_FILE = "plover_verbal_nouns.csv"
GOVERNOR_NOUNS_FILE = "plover_governor_nouns.csv"
ABSTRACT_NOUNS_FILE = "plover_abstract_nouns.csv"
RELIEF_GOODS_FILE = "plover_relief_goods.csv"
STANCE_NOUNS_FILE = "plover_stance_nouns.csv"
PARTY_NOUNS_FILE = "plover_party_nouns.csv"
NONEVENT_COMPOUNDS_FILE = "plover_nonevent_compounds.csv"
WORK_NOUNS_FILE = "plover_work_nouns.csv"
THING_NOUNS_FILE = "plover_thing_nouns.csv"
COMMERCE_WORDS_FILE = "plover_commerce_words.csv"
KIN_NOUNS_FILE = "plover_kin_nouns.csv"
PROVISION_NOUNS_FILE = "plover_provision_nouns.csv"
DEED_NOUNS_FILE = "plover_deed_nouns.csv"
ACT_NOUNS_FILE = "plover_act_nouns.csv"
PROSPECT_NOUNS_FILE = "plover_prospect_nouns.csv"
RELIEF_PERSONNEL_FILE = "plover_relief_personnel.csv"
MATERIEL_NOUNS_FILE = "plover_materiel_nouns.csv"
GRIEVANCE_NOUNS_FILE = "plover_grievance_nouns.csv"
MILITARY_UNITS_FILE = "plover_military_units.csv"
NONAGENT_NOUNS_FILE = "plover_nonagent_nouns.csv"
ACCIDENT_WORDS_FILE = "plover_accident_words.csv"
ANIMAL_NOUNS_FILE = "plover_animal_nouns.csv"
GOODS_NOUNS_FILE = "plover_goods_nouns.csv"
SPORT_NOUNS_FILE = "plover_sport_nouns.csv"
FIRM_OPERATIONS_FILE = "plover_firm_operations.csv"
BLAME_WORDS_FILE = "plover_blame_words.csv"
HELD_NOUNS_FILE = "plover_held_nouns.csv"
FOUGHT_IDEAS_FILE = "plover_fought_ideas.csv"
CONTROL_VERBS_FILE = "plover_control_verbs.csv"
BLOW_VERBS_FILE = "plover_blow_verbs.csv"
REFUSAL_VERBS_FILE = "plover_refusal_verbs.csv"
STATIVE_VERBS_FILE = "plover_stative_verbs.csv"

# How much a kind of match says about the event: a verb with its object is surer than a bare noun,
# and the curated lexicon surer than the CAMEO fallback tier.
SPECIFICITY = {"verb_object": 0.95, "phrasal": 0.85, "compound": 0.8, "verb": 0.75, "fallback_pattern": 0.7,
               "noun": 0.6, "derived_noun": 0.55}


@dataclass(frozen=True)
class Code:
    """A PLOVER type with its mode, if any."""

    type: str
    mode: str | None = None

    @classmethod
    def parse(cls, value: str) -> "Code":
        type_, _, mode = value.partition("/")
        return cls(type_.strip(), mode.strip() or None)


@dataclass(frozen=True)
class Governor:
    """What a verb or adjective does to the event in its complement: a new type, an auxiliary mode, or both."""

    type: str | None
    aux: str | None

    @classmethod
    def parse(cls, value: str) -> "Governor":
        type_, _, aux = value.partition("+")
        return cls(type_.strip() or None, aux.strip() or None)


def uninflected(word: str) -> list[str]:
    """The forms a word may have without its inflection: "staged" → "stage", "stag";
    "shipping" → "shippe", "shipp", "ship"."""
    for suffix, replacements in (("ied", ("y",)), ("ies", ("y",)), ("ed", ("e", "")), ("ing", ("e", "")),
                                 ("es", ("e", "")), ("s", ("",))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms = [stem + r for r in replacements]
            if len(stem) > 2 and stem[-1] == stem[-2]:  # "shelled" → "shell", "stopped" → "stop"
                forms.append(stem[:-1])
            return forms
    return []


def _pairs(section: dict, particles: frozenset[str] = frozenset(), whole_objects: bool = False
           ) -> dict[tuple[str, str], Code]:
    """``"verb object": code`` entries keyed by (verb, last word of the object), or with ``whole_objects`` by the
    whole object ("breach cease fire" → ("breach", "cease fire"), conventions §602); a verb followed by one of
    ``particles`` and an object is the phrasal verb: "call off protest" → ("call off", "protest")."""
    out = {}
    for key, value in section.items():
        head, *rest = key.split()
        if len(rest) > 1 and rest[0] in particles:
            head, rest = f"{head} {rest[0]}", rest[1:]
        for form in _noun_forms((" ".join(rest) if whole_objects else rest[-1]) if rest else ""):
            out.setdefault((head, form), Code.parse(value))
    return out


def _noun_forms(noun: str) -> tuple[str, ...]:
    """Keys are lemmas, but an entry written in the plural ("send troops") must match "troop" too."""
    return (noun, *(uninflected(noun) if noun.endswith("s") else ()))


class TriggerLexicon:
    """Verbs, phrases and nouns that report PLOVER events (knowledge/plover_triggers.yaml)."""

    def __init__(self, data: dict) -> None:
        self.verbs = {k: Code.parse(v) for k, v in data["verbs"].items()}
        self.phrasal = _pairs(data["phrasal"])
        self.verb_objects = _pairs(data["verb_objects"], frozenset(particle for _, particle in self.phrasal))
        self.nouns = {k: Code.parse(v) for k, v in data["nouns"].items()}
        self.stances = {k: Code.parse(v) for k, v in data["stances"].items()}
        self.compounds = _pairs(data["compounds"])
        # Compounds read only as the object of a light verb or a carrier, a doer's act ("held a work stoppage"):
        # alone they are a kind of act, planned, taught or put off ("training in civil disobedience", §439).
        self.carried_compounds = _pairs(data["carried_compounds"])
        self.governors = {k: Governor.parse(v) for k, v in data["governors"].items()}
        self.themes: dict[str, str] = dict(data["themes"])
        self.light_verbs: dict[str, float] = dict(data["light_verbs"])
        self.carriers: dict[str, float] = dict(data["carriers"])
        self.reporting = frozenset(data["reporting"])
        self.publications = frozenset(data["publications"]["nouns"])
        self.publishing_codes = frozenset(Code.parse(v) for v in data["publications"]["codes"])
        # What is signed is a pact ("sign treaty"): leaving one ends cooperation (conventions §12).
        self.pacts = frozenset(noun for verb, noun in self.verb_objects if verb == "sign")
        # The verb forms with an object pattern, and those with a pact as one: a verb not among them needs
        # no reading of its objects.
        self.object_verbs = frozenset(verb for verb, _ in self.verb_objects)
        self.phrasal_verbs = frozenset(verb for verb, _ in self.phrasal)
        self.pact_verbs = frozenset(verb for verb, noun in self.verb_objects if noun in self.pacts)
        # What a release pattern of the lexicon takes back ("return remains"): released, it is no publication (§401).
        self.released_objects = frozenset(noun for (_, noun), code in self.verb_objects.items()
                                          if code == Code("RETREAT", "release"))
        # Verbs of backing and of giving (the manual's SUPPORT "express support for … actor" and AID "material aid
        # whose benefits primarily accrue to the recipient"): who does them to a group is no party to what the
        # group does ("Russian-backed separatists shelled the town", conventions §107).
        self.sponsor_verbs = frozenset(verb for verb, code in self.verbs.items() if code.type in ("SUPPORT", "AID"))
        # Nouns that head an event compound ("prisoner exchange"): an act, read with "of" too ("exchange of
        # intelligence" as "exchange intelligence"); "the end of March" and "the use of force" are no such heads.
        self.compound_heads = frozenset(head for _, head in (*self.compounds, *self.carried_compounds))
        self.known_nouns = frozenset([*self.nouns, *(noun for _, noun in self.verb_objects), *self.themes,
                                      *self.compound_heads])
        self.known_verbs = frozenset(
            [*self.verbs, *self.light_verbs, *self.governors, *self.reporting,
             *(verb.split()[0] for verb, _ in self.verb_objects), *(verb for verb, _ in self.phrasal)])

    def verb_lemma(self, lemma: str, word: str) -> str:
        return _lexicon_form(lemma, word, self.known_verbs)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "TriggerLexicon":
        return cls(load_yaml(TRIGGERS_FILE))

    def __len__(self) -> int:
        return sum(len(s) for s in (self.verbs, self.phrasal, self.verb_objects, self.nouns, self.stances, self.compounds,
                                    self.carried_compounds, self.governors, self.themes, self.light_verbs,
                                    self.carriers, self.reporting))


class FallbackTriggers:
    """The tier below the curated lexicon, generated: the CAMEO verb dictionary as PLOVER codes
    (knowledge/plover_cameo_fallback.csv, scripts/build_cameo_fallback.py), for verbs the curated
    lexicon does not know, and the nominalizations of its trigger verbs: of acts (plover_event_nouns.csv,
    scripts/build_event_nouns.py) and of verbal acts (plover_verbal_nouns.csv, scripts/build_verbal_nouns.py)."""

    def __init__(self, rows: tuple[dict[str, str], ...], noun_rows: tuple[dict[str, str], ...] = (),
                 verbal_noun_rows: tuple[dict[str, str], ...] = ()) -> None:
        self.nouns = {row["noun"]: Code.parse(row["plover"]) for row in noun_rows}
        self.verbal_nouns = {row["noun"]: Code.parse(row["plover"]) for row in verbal_noun_rows}
        kinds: dict[str, dict[str, str]] = {}
        for row in rows:
            kinds.setdefault(row["kind"], {})[row["words"]] = row["plover"]
        self.phrasal = _pairs(kinds["phrasal"])
        particles = frozenset(particle for _, particle in self.phrasal)
        # CAMEO's phrases are whole: "cease fire" is no "fire" (conventions §602)
        self.verb_objects = _pairs({**kinds["verb_object"], **kinds["phrasal_object"]}, particles, whole_objects=True)
        self.prep_objects: dict[tuple[str, str, str], Code] = {}
        for key, value in kinds["prep_object"].items():
            verb, preposition, noun = key.split(" ", 2)
            for form in _noun_forms(noun):
                self.prep_objects.setdefault((verb, preposition, form), Code.parse(value))
        self.known_verbs = frozenset(
            [*(verb.split()[0] for verb, _ in self.verb_objects), *(verb for verb, _ in self.phrasal),
             *(verb for verb, _, _ in self.prep_objects)])
        self.object_verbs = frozenset(verb for verb, _ in self.verb_objects)  # as TriggerLexicon's

    def verb_lemma(self, lemma: str, word: str) -> str:
        return _lexicon_form(lemma, word, self.known_verbs)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "FallbackTriggers":
        return cls(load_csv(FALLBACK_FILE), load_csv(EVENT_NOUNS_FILE), load_csv(VERBAL_NOUNS_FILE))


@lru_cache(maxsize=1)
def abstract_nouns() -> frozenset[str]:
    """Nouns whose most frequent sense is an idea, a text, a quality or a state (plover_abstract_nouns.csv,
    scripts/build_abstract_nouns.py): what a figurative conflict verb acts on."""
    return frozenset(row["noun"] for row in load_csv(ABSTRACT_NOUNS_FILE))


@lru_cache(maxsize=1)
def fought_ideas() -> frozenset[str]:
    """Nouns whose most frequent sense is an act, an event, an idea, a state or a body of rules, and no sense among
    the first four people or armed force (plover_fought_ideas.csv, scripts/build_fought_ideas.py): what a verb of
    effort fights only as a cause is fought ("fighting climate change", conventions §531)."""
    return frozenset(row["noun"] for row in load_csv(FOUGHT_IDEAS_FILE))


@lru_cache(maxsize=1)
def held_nouns() -> frozenset[str]:
    """Nouns one of whose three most frequent senses is a thought, a text or a quality (plover_held_nouns.csv,
    scripts/build_held_nouns.py): what a person holds, says or is, that words attack (conventions §494)."""
    return frozenset(row["noun"] for row in load_csv(HELD_NOUNS_FILE))


@lru_cache(maxsize=1)
def commerce_words() -> dict[str, frozenset[str]]:
    """Verbs and nouns whose most frequent sense is commerce: trade, a firm, a person in business, what a firm
    owns (plover_commerce_words.csv, scripts/build_commerce_words.py)."""
    rows = load_csv(COMMERCE_WORDS_FILE)
    return {pos: frozenset(row["word"] for row in rows if row["pos"] == pos) for pos in ("verb", "noun")}


@lru_cache(maxsize=1)
def control_verbs() -> frozenset[str]:
    """Verbs one of whose WordNet senses takes "Somebody ----s somebody to INFINITIVE": their object does the act of
    the infinitive beside it (plover_control_verbs.csv, scripts/build_control_verbs.py; conventions §340)."""
    return frozenset(row["verb"] for row in load_csv(CONTROL_VERBS_FILE))


@lru_cache(maxsize=1)
def stative_verbs() -> frozenset[str]:
    """Verbs whose most frequent WordNet sense is a state, a having, a feeling, a knowing or a perceiving, or links
    its subject to an adjective: "had", "feared", "witnessed", "survived", "remained" (plover_stative_verbs.csv,
    scripts/build_stative_verbs.py; conventions §486)."""
    return frozenset(row["verb"] for row in load_csv(STATIVE_VERBS_FILE))


@lru_cache(maxsize=1)
def blow_verbs() -> dict[str, str]:
    """Verbs whose most frequent sense deals a blow or harm by its manner, with no sense of words or of a win, each
    with its kind: blow, cut or ram (plover_blow_verbs.csv, scripts/build_blow_verbs.py; conventions §431, §444)."""
    return {row["verb"]: row["kind"] for row in load_csv(BLOW_VERBS_FILE)}


@lru_cache(maxsize=1)
def refusal_verbs() -> frozenset[str]:
    """Verbs one of whose senses refuses what is put to one, a phrasal verb as "shoot down" (plover_refusal_verbs.csv,
    scripts/build_refusal_verbs.py; conventions §449)."""
    return frozenset(row["verb"] for row in load_csv(REFUSAL_VERBS_FILE))


@lru_cache(maxsize=1)
def kin_nouns() -> frozenset[str]:
    """Nouns whose most frequent sense is a relative, a friend or a spouse (plover_kin_nouns.csv,
    scripts/build_kin_nouns.py)."""
    return frozenset(row["noun"] for row in load_csv(KIN_NOUNS_FILE))


@lru_cache(maxsize=1)
def sport_nouns() -> dict[str, frozenset[str]]:
    """Nouns whose senses of a person are all sport's (kind "party": an athlete, a player) and nouns whose
    senses of an act or an event are (kind "play": a sport, a match, a tournament; kind "score": a goal, a
    basket) (plover_sport_nouns.csv,
    scripts/build_sport_nouns.py, conventions §144)."""
    rows = load_csv(SPORT_NOUNS_FILE)
    return {kind: frozenset(row["noun"] for row in rows if row["kind"] == kind) for kind in ("party", "play", "score")}


@lru_cache(maxsize=1)
def provision_nouns() -> frozenset[str]:
    """Nouns of a text or a plan of terms: a plan, a written agreement, a legal document (plover_provision_nouns.csv,
    scripts/build_provision_nouns.py, conventions §105)."""
    return frozenset(row["noun"] for row in load_csv(PROVISION_NOUNS_FILE))


@lru_cache(maxsize=1)
def deed_nouns() -> frozenset[str]:
    """Nouns of a deed, done or said: an act or a communication (plover_deed_nouns.csv, scripts/build_deed_nouns.py,
    conventions §262)."""
    return frozenset(row["noun"] for row in load_csv(DEED_NOUNS_FILE))


@lru_cache(maxsize=1)
def act_noun_kinds() -> dict[str, str]:
    """Nouns one of whose senses is a meeting, or else an act, each with that kind: "summit" → meeting, "operation" →
    act (plover_act_nouns.csv, scripts/build_act_nouns.py, conventions §478, §479)."""
    return {row["noun"]: row["kind"] for row in load_csv(ACT_NOUNS_FILE)}


@lru_cache(maxsize=1)
def prospect_nouns() -> frozenset[str]:
    """Nouns of what may come: a danger, a possibility, an expectation, a hope, a fear (plover_prospect_nouns.csv,
    scripts/build_prospect_nouns.py, conventions §106)."""
    return frozenset(row["noun"] for row in load_csv(PROSPECT_NOUNS_FILE))


@lru_cache(maxsize=1)
def relief_goods() -> dict[str, str]:
    """Goods whose handing over is aid, and their kind, "relief" (food, medicine, fuel) or "arms"
    (plover_relief_goods.csv, scripts/build_relief_goods.py)."""
    return {row["noun"]: row["kind"] for row in load_csv(RELIEF_GOODS_FILE)}


@lru_cache(maxsize=1)
def relief_personnel() -> frozenset[str]:
    """Nouns whose most frequent sense is a health professional, a rescuer or a firefighter: people whose sending
    is aid (plover_relief_personnel.csv, scripts/build_relief_personnel.py, conventions §114)."""
    return frozenset(row["noun"] for row in load_csv(RELIEF_PERSONNEL_FILE))


@lru_cache(maxsize=1)
def grievance_nouns() -> frozenset[str]:
    """Nouns whose most frequent sense is anger, defiance or criticism: what people who act "in" them show
    (plover_grievance_nouns.csv, scripts/build_grievance_nouns.py, conventions §130)."""
    return frozenset(row["noun"] for row in load_csv(GRIEVANCE_NOUNS_FILE))


@lru_cache(maxsize=2)
def blame_words(part: str) -> frozenset[str]:
    """Nouns ("noun") whose most frequent sense is a wrong done, or adjectives ("adjective") that condemn by a norm
    broken or by cruelty: what naming an act with accuses its doer (plover_blame_words.csv,
    scripts/build_blame_words.py, conventions §209)."""
    return frozenset(row["word"] for row in load_csv(BLAME_WORDS_FILE) if row["part"] == part)


@lru_cache(maxsize=1)
def military_units() -> frozenset[str]:
    """Nouns whose most frequent sense is a military unit, which name armed forces as "troops" does
    (plover_military_units.csv, scripts/build_military_units.py, conventions §132)."""
    return frozenset(row["noun"] for row in load_csv(MILITARY_UNITS_FILE))


@lru_cache(maxsize=1)
def nonagent_nouns() -> dict[str, str]:
    """Nouns of things that do not act, each with its kind: "value" (what markets trade and quote), "nature",
    "illness", "organism", "body", "matter", "conveyance", "structure", "machine" (plover_nonagent_nouns.csv,
    scripts/build_nonagent_nouns.py, §119, §133, §148, §157)."""
    return {row["noun"]: row["kind"] for row in load_csv(NONAGENT_NOUNS_FILE)}


@lru_cache(maxsize=1)
def firm_operations() -> dict[str, str]:
    """Nouns of firms (kind "firm": a company, an airline, a carrier) and of what they run or sell (kind
    "operation": a route, a flight, a service, an aircraft, a product, capacity, a shop) (plover_firm_operations.csv,
    scripts/build_firm_operations.py, §165)."""
    return {row["noun"]: row["kind"] for row in load_csv(FIRM_OPERATIONS_FILE)}


@lru_cache(maxsize=1)
def accident_verbs() -> frozenset[str]:
    """Verbs whose first or second sense is a crash, a collision, an overturning, a derailment or a collapse,
    multiword ones written with "_" ("give_way") (plover_accident_words.csv, scripts/build_accident_words.py, §158)."""
    return frozenset(row["word"] for row in load_csv(ACCIDENT_WORDS_FILE) if row["part"] == "verb")


@lru_cache(maxsize=1)
def accident_nouns() -> frozenset[str]:
    """Nouns whose first sense is such an accident or an explosion: "collision", "derailment", "explosion"
    (plover_accident_words.csv, §157)."""
    return frozenset(row["word"] for row in load_csv(ACCIDENT_WORDS_FILE) if row["part"] == "noun")


@lru_cache(maxsize=1)
def animal_nouns() -> frozenset[str]:
    """Nouns whose most frequent sense is an animal, not a hominid (plover_animal_nouns.csv,
    scripts/build_animal_nouns.py, §159)."""
    return frozenset(row["noun"] for row in load_csv(ANIMAL_NOUNS_FILE))


@lru_cache(maxsize=1)
def goods_nouns() -> frozenset[str]:
    """Nouns whose most frequent sense is an artifact, a commodity, a food, a substance or a material: what is
    bought and sold (plover_goods_nouns.csv, scripts/build_goods_nouns.py, conventions §152)."""
    return frozenset(row["noun"] for row in load_csv(GOODS_NOUNS_FILE))


@lru_cache(maxsize=1)
def materiel_nouns() -> frozenset[str]:
    """Nouns whose most frequent sense is an instrumentality: equipment, a conveyance, a device; what a force
    modifier makes arms (plover_materiel_nouns.csv, scripts/build_materiel_nouns.py, conventions §114)."""
    return frozenset(row["noun"] for row in load_csv(MATERIEL_NOUNS_FILE))


@lru_cache(maxsize=1)
def conveyance_nouns() -> frozenset[str]:
    """The materiel nouns whose sense WordNet files as a conveyance: vehicles, aircraft, ships — a military craft when
    armed forces name them (plover_materiel_nouns.csv, conventions §379)."""
    return frozenset(row["noun"] for row in load_csv(MATERIEL_NOUNS_FILE) if row["kind"] == "conveyance")


@lru_cache(maxsize=1)
def governor_nouns() -> dict[str, str]:
    """The nouns of the governing verbs, each with its verb: "refusal" → "refuse", "plan" → "plan"
    (plover_governor_nouns.csv, scripts/build_governor_nouns.py)."""
    return {row["noun"]: row["verb"] for row in load_csv(GOVERNOR_NOUNS_FILE)}


@lru_cache(maxsize=1)
def stance_nouns() -> dict[str, Code]:
    """Nouns of approval and disapproval and the act that voicing one reports: "solidarity" → SUPPORT,
    "dissatisfaction" → ACCUSE/disapprove (plover_stance_nouns.csv, scripts/build_stance_nouns.py)."""
    return {row["noun"]: Code.parse(row["plover"]) for row in load_csv(STANCE_NOUNS_FILE)}


@lru_cache(maxsize=1)
def party_noun_kinds() -> dict[str, str]:
    """Nouns whose most frequent sense is a person or a group, with its kind: person, organization or group
    (plover_party_nouns.csv, scripts/build_party_nouns.py)."""
    return {row["noun"]: row["kind"] for row in load_csv(PARTY_NOUNS_FILE)}


@lru_cache(maxsize=1)
def party_nouns() -> frozenset[str]:
    """What one supports by defending it (§73): a person or a group."""
    return frozenset(party_noun_kinds())


def a_party(noun: Token) -> bool:
    """Whether a noun itself, not a phrase after it, names a party: an actor, or a person or group noun ("a
    delegation", "its partners", "the local authorities"); not "the headquarters of the United Nations". A name
    spaCy tags but no actor reads may be a storm's ("the Bhola cyclone"), so the name alone does not count."""
    return bool(noun._.actor) or noun.lemma_.lower() in party_nouns()


@lru_cache(maxsize=1)
def work_noun_kinds() -> dict[str, str]:
    """Nouns whose most frequent sense is a work or a measure, each with that kind: "song" → work, "price" →
    measure (plover_work_nouns.csv, scripts/build_work_nouns.py, §161, §162)."""
    return {row["noun"]: row["kind"] for row in load_csv(WORK_NOUNS_FILE)}


@lru_cache(maxsize=1)
def thing_noun_kinds() -> dict[str, str]:
    """Nouns whose most frequent sense is an artifact, a place, a natural object or a time, each with that kind:
    "room" → artifact, "truck" → carrier, "route" → place, "island" → natural, "hours" → time
    (plover_thing_nouns.csv, scripts/build_thing_nouns.py, §200, §226)."""
    return {row["noun"]: row["kind"] for row in load_csv(THING_NOUNS_FILE)}


@lru_cache(maxsize=1)
def nonevent_compounds() -> frozenset[tuple[str, str]]:
    """(modifier, head) of the WordNet compounds that hold an event noun but name a thing: ("attack", "dog"),
    ("heart", "attack") (plover_nonevent_compounds.csv, scripts/build_nonevent_compounds.py; conventions §100)."""
    return frozenset((row["modifier"], row["head"]) for row in load_csv(NONEVENT_COMPOUNDS_FILE))


@dataclass(frozen=True, eq=False)
class RuleWords:
    """What the event rules look words up in: the curated triggers, the CAMEO tier, english.yaml's
    event words, the PLOVER type groups, the abstract nouns, the relief goods, the governing verbs' nouns and
    the actor knowledge base's sector nouns. Compared and hashed as itself, so what is built from it is cached
    per RuleWords (``WordRules``' tables)."""

    triggers: TriggerLexicon
    fallback: FallbackTriggers
    words: EventWords
    plover: PloverTypes
    abstract_nouns: frozenset[str]
    relief_goods: dict[str, str]
    governor_nouns: dict[str, str]  # "refusal" → "refuse"
    sector_nouns: dict[str, str]  # "teachers" → EDU
    stance_nouns: dict[str, Code]  # "solidarity" → SUPPORT, carried only (§70)
    calendar_units: frozenset[str]  # "day", "weeks": times_lexicon.yaml's units, what lasts (§89)
    crowd_size: int  # the least a counted crowd holds: what "dozens of" means at least (§192)
    # the words that call an act a wrong: english.yaml's pejorative words and WordNet's (§14, §183, §209)
    blame_nouns: frozenset[str]
    blame_adjectives: frozenset[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> RuleWords:
        return cls(lexicon.triggers, lexicon.fallback_triggers, lexicon.event_words, lexicon.plover, abstract_nouns(),
                   relief_goods(), governor_nouns(), lexicon.actors.sector_nouns, stance_nouns(),
                   frozenset(lexicon.calendar.units) | frozenset(lexicon.calendar.unit_plurals),
                   lexicon.numbers.vague_plurals["dozens"][0],
                   lexicon.event_words.pejorative_nouns | blame_words("noun"),
                   lexicon.event_words.pejorative_adjectives | blame_words("adjective"))

    def names_a_time(self, noun: Token) -> bool:
        """"Monday", "the weekend", "May 3": a date or a calendar unit, not a target or a cause."""
        return noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in self.calendar_units


@dataclass(frozen=True)
class WordRule:
    """A rule that reads a trigger word, and the word lists it needs the word in (dotted names in ``RuleWords``, a
    generated list's loader, or a word itself): where no entry of them shares a word with the trigger's lemma or
    form, it reads nothing. None listed: it reads every word."""
    read: Callable[..., Any]
    lists: tuple[str | Callable[[], Iterable[str]], ...] = ()


class WordRules:
    """Rules tried in order, the first that reads a word winning. Each is tried only on a word it may read, by a table
    of the words of its lists built once per RuleWords: most words have a few rules to try, not all of them."""

    def __init__(self, *rules: WordRule) -> None:
        self.rules = rules
        self._every_word = frozenset(i for i, rule in enumerate(rules) if not rule.lists)
        self._tables: weakref.WeakKeyDictionary[RuleWords, dict[str, frozenset[int]]] = weakref.WeakKeyDictionary()

    def first(self, lex: RuleWords, forms: Iterable[str], *args: Any) -> Any:
        """The first reading, ``rule.read(lex, *args)``, of the rules that may read a word of ``forms`` (the
        trigger's lemma and the other forms its rules look up)."""
        table = self._tables.get(lex)
        if table is None:
            table = self._tables[lex] = self._table(lex)
        tried = self._every_word.union(*(table.get(word, ()) for form in forms for word in form.split(" ")))
        for i in sorted(tried):
            if reading := self.rules[i].read(lex, *args):
                return reading
        return None

    def _table(self, lex: RuleWords) -> dict[str, frozenset[int]]:
        """Each word of an entry of a rule's lists to the positions of the rules it may fire."""
        table: dict[str, set[int]] = {}
        for i, rule in enumerate(self.rules):
            for name in rule.lists:
                for entry in _entries(lex, name):
                    for word in entry.split(" "):
                        table.setdefault(word, set()).add(i)
        return {word: frozenset(positions) for word, positions in table.items()}


def _entries(lex: RuleWords, name: str | Callable[[], Iterable[str]]) -> Iterable[str]:
    """The entries a ``WordRule``'s list names."""
    if callable(name):
        return name()
    return attrgetter(name)(lex) if "." in name else (name,)


def _lexicon_form(lemma: str, word: str, known: frozenset[str]) -> str:
    """A lexicon's form of a verb: spaCy's lemma, or, where the small model's lemmatizer slips
    ("staged" → "stag"), the word with its inflection removed."""
    if lemma in known:
        return lemma
    for form in uninflected(word):
        if form in known:
            return form
    return lemma


class ContextKeywords:
    """PLOVER context codes and the keywords that signal them (knowledge/plover_context.yaml)."""

    def __init__(self, data: dict) -> None:
        self.document_hits: int = data["document_hits"]
        self.patterns = {
            code: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")s?\b")
            for code, words in data["contexts"].items()
        }
        self.anchors = {code: _anchor_words(words) for code, words in data["contexts"].items()}

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "ContextKeywords":
        return cls(load_yaml(CONTEXT_FILE))

    def counts(self, lemma_text: str) -> dict[str, int]:
        """How often each context's keywords occur in a lower-cased, lemmatized text."""
        # A keyword can only match where its first word stands whole in the text: a context none of whose
        # first words is in the text is not scanned, and the others' patterns are tried only where one of
        # them starts, left to right and without overlap as findall reads (scanning a whole article for
        # every context took a tenth of the events time).
        words = set(WORD.findall(lemma_text))
        starts: dict[str, list[int]] = {}
        found = {}
        for code, pattern in self.patterns.items():
            anchors = self.anchors[code]
            if anchors is None:
                found[code] = len(pattern.findall(lemma_text))
            elif not anchors.isdisjoint(words):
                if not starts:
                    for word in WORD.finditer(lemma_text):
                        starts.setdefault(word.group(), []).append(word.start())
                found[code] = end = 0
                for start in sorted(at for word in anchors.intersection(words) for at in starts[word]):
                    if start >= end and (match := pattern.match(lemma_text, start)):
                        found[code], end = found[code] + 1, match.end()
        return {code: n for code, n in found.items() if n}


WORD = re.compile(r"\w+")


def _anchor_words(keywords: list[str]) -> frozenset[str] | None:
    """The words of which one must stand whole in a text for a keyword pattern ``\\b(?:kw)s?\\b`` to match it:
    a one-word keyword, or it with the plural s; else the keyword's first word. None: no such word."""
    anchors = set()
    for keyword in keywords:
        first = WORD.match(keyword)
        if first is None:
            return None
        anchors |= {keyword, keyword + "s"} if first.group() == keyword else {first.group()}
    return frozenset(anchors)
