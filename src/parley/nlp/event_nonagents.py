"""Things do not act: a market that "rallies", a currency that "comes under attack", gold that "mounts an assault"
and "retreats" moves in value (conventions §119, §133); an earthquake that "strikes", a wildfire that "destroys", a
virus that "attacks" or an immune system that "mounts a counterattack" is nature, not a political actor (§148); nor
is a rally that gains a share or a sum a gathering: it is a value, or a party's standing, that moves (§154)."""

from __future__ import annotations

from spacy.tokens import Token

from .event_crowds import protesters, with_protesters
from .event_lexicon import RuleWords, materiel_nouns, nonagent_nouns, party_nouns
from .event_nouns import cause_phrase
from .event_reading import Candidate
from .event_syntax import counted, described_holders, participle_host, subjects
from .labels import NOUN_POS, SUBJECT_DEPS

_VALUE = "value"  # the kind of a noun of what markets trade and quote
# What names the wielder of a force of nature, or what it is a figure for: "government fire", "fire from
# government tanks", "a storm of protest", "the virus of extremism" (§148).
_OWNERS = frozenset({"compound", "amod", "poss", "nmod"})
_OWNER_PREPOSITIONS = frozenset({"of", "from", "by"})
FIGURES = frozenset({"PERCENT", "MONEY"})  # what a recovery gains: "to 27 percent", "above $71,000"


def doers_that_are_no_agents(lex: RuleWords, found: list[Candidate]) -> None:
    """Drops an event whose every doer is a thing that names no actor: "the market rallied", "the dollar
    retreated", "gold mounted a fresh assault on the $2,700 mark before retreating", "the rand came under attack",
    "stocks were attacked by sellers" (§119, §133); "the earthquake struck at dawn", "the town was destroyed by
    wildfire", "the virus attacks the roots", "oil retreated", "the peso is expected to trade between …" (§148),
    whatever else the sentence names. "The Treasury attacked the plan" names an actor and stays; so do "shares of
    the firm were seized", taken from someone, and "fire from government tanks killed three", wielded by one."""
    kinds = nonagent_nouns()

    def kind(noun: Token) -> str | None:
        noun = counted(noun, lex.words)
        if noun.pos_ != "NOUN" or noun._.actor is not None or _a_name(noun):
            return None
        found_kind = _kind_of(noun, kinds)
        if found_kind is None or found_kind != _VALUE and _wielded(noun, kinds):
            return None
        return found_kind

    for candidate in found:
        if candidate.dropped:
            continue
        doers = _doers(candidate.anchor)
        struck = [c for c in candidate.anchor.children if c.dep_ == "nsubjpass"] if candidate.code.type == "ASSAULT" else []
        if any(kind(s) == _VALUE for s in struck) or doers and all(kind(d) is not None for d in doers):
            candidate.dropped = True


def _a_name(noun: Token) -> bool:
    """A capitalized word inside a sentence or an acronym is a name, whatever its common sense: "Tinder", "BATs"."""
    return not noun.is_sent_start and noun.text[0].isupper() or sum(c.isupper() for c in noun.text) > 1


def _kind_of(noun: Token, kinds: dict[str, str]) -> str | None:
    """The kind of the noun's two-word name ("heat wave", "immune system") or of the noun itself."""
    before = noun.nbor(-1) if noun.i > noun.sent.start else None
    if before is not None and before.head.i == noun.i and before.dep_ in ("compound", "amod"):
        two_words = kinds.get(f"{before.lower_} {noun.lemma_.lower()}")
        if two_words is not None:
            return two_words
    return kinds.get(noun.lemma_.lower())


def _wielded(noun: Token, kinds: dict[str, str]) -> bool:
    """The noun is named with who or what wields it, or is a figure for something else: "government fire",
    "sniper fire", "artillery fire", "Russia's fire", "fire from tanks", "a storm of protest", "the virus of
    extremism"; "breast cancer", "the magnitude 7.8 earthquake" and "the flood of 2022" are not."""
    for child in noun.children:
        if child.dep_ in _OWNERS and f"{child.lower_} {noun.lemma_.lower()}" not in kinds \
                and (_party(child) or child.lemma_.lower() in materiel_nouns()):
            return True
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPOSITIONS and any(
                g._.actor is not None or g.pos_ == "NOUN" and g.lemma_.lower() not in kinds
                for g in child.children if g.dep_ == "pobj"):
            return True
    return False


def _party(noun: Token) -> bool:
    return noun._.actor is not None or noun.lemma_.lower() in party_nouns()


def _doers(anchor: Token) -> list[Token]:
    """The doers of the event: for a noun a subject is "under", that subject, struck whoever attacks ("the lira
    came under attack from speculators"); none if its noun names its source with "from" or "by" ("criticism from Western
    capitals" are governments, whatever "capital" is first); else the subjects of its verb, or the noun a relative
    clause describes ("the quake that struck"), or the object of a passive's "by" ("destroyed by the storm"): of
    the verb itself, of the clause a subjectless participle belongs to ("before retreating"), or of the verb that
    carries the event's noun ("mounted an assault")."""
    if anchor.pos_ in NOUN_POS and anchor.dep_ == "pobj" and anchor.head.lower_ == "under":
        return _named(anchor.head.head)
    if anchor.pos_ in NOUN_POS and any(p.dep_ == "prep" and p.lower_ in ("from", "by") for p in anchor.children):
        return []
    if anchor.pos_ in NOUN_POS:
        return _named(anchor.head) if anchor.dep_ == "dobj" else []
    return _named(participle_host(anchor))


def _named(verb: Token) -> list[Token]:
    """The verb's doers as ``_doers`` reads them. An infinitive of what someone is made or expected to do has for
    doer the passive subject of the verb it completes, or its object if that can act: the peso trades in "the peso
    is expected to trade", the government postpones in "the storm forced the government to postpone"; the police
    beat back in "police used pepper spray to beat back protesters"."""
    controllers = [c for c in verb.head.children if c.dep_ == "nsubjpass" or c.dep_ == "dobj" and _party(c)] \
        if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) else []
    doers = controllers or subjects(verb)
    if verb.tag_ != "VB":  # an infinitive says what its noun is for: "a pledge not to criticise" criticises nothing
        doers = described_holders(verb, doers)
    doers = [next((g for g in d.children if g.dep_ == "pobj"), d) if d.dep_ == "agent" else d for d in doers]
    return [c for d in doers for c in (d, *d.conjuncts)]  # "welcomed by the markets and analysts": both


def recoveries(lex: RuleWords, found: list[Candidate]) -> None:
    """Drops a protest on a rally that gains a share or a sum — WordNet's rally.v.04 "return to a former condition"
    and rally.n.02 "a marked recovery of strength" (english.yaml `recovery_words`): "the Social Democrats rallied in
    the final week, climbing four points to 27 percent", "a two-week rally that pushed the token above $71,000"
    (§154). A rally that names a cause ("rallied against a 10 percent tax") or that protesters hold stays."""
    words = lex.words
    for candidate in found:
        if candidate.dropped or candidate.code.type != "PROTEST":
            continue
        rally = candidate.own_word(words.recovery_words)
        if rally is None or with_protesters(rally, words) or protesters(subjects(rally), words):
            continue
        # What the rally, or the verb it is the subject of, says it did ("the rally lifted the coin above $40,000",
        # "a rally that pushed the token above $71,000"); not what its subject's phrase does ("protesters
        # demanding a 5 percent raise rallied"). A relative clause that gains a figure is that gain, no cause.
        clauses = [rally, rally.head] if rally.dep_ in SUBJECT_DEPS and rally.head.i != rally.i else [rally]
        said = [c for clause in clauses for c in clause.children if c.dep_ not in SUBJECT_DEPS]
        gains = [c for c in said if any(t.ent_type_ in FIGURES for t in c.subtree)]
        if gains and not any(cause_phrase(c, words) and not (c.dep_ == "relcl" and c in gains) for c in rally.children):
            candidate.dropped = True
