"""Things do not act: a market that "rallies", a currency that "comes under attack", gold that "mounts an assault"
and "retreats" moves in value (conventions §119, §133); an earthquake that "strikes", a wildfire that "destroys", a
virus that "attacks" or an immune system that "mounts a counterattack" is nature, not a political actor (§148); nor
is a rally that gains a share or a sum a gathering: it is a value, or a party's standing, that moves (§154). Harm that
no one inflicts is no assault: a bus that overturns, a scaffold that gives way, a boiler that bursts (§157, §158),
firefighters who battle a blaze, pigs slaughtered for food (§159); nor are a named storm, "days of rain" or "road
accidents", nor people "killed when a bus plunged into a river" or "in the floods" (§197, §198). A warning that
foretells what no party does ("warned that prices would rise", "warned of famine") threatens no one (§583)."""

from __future__ import annotations

from spacy.tokens import Token

from .event_crowds import protesters, with_protesters
from .event_lexicon import (RuleWords, a_party, accident_nouns, accident_verbs, animal_nouns, materiel_nouns,
                            nonagent_nouns)
from .event_modes import conditional
from .event_nouns import arms, cause_phrase, consequence_words
from .event_reading import Candidate
from .event_syntax import (acted_on, actor_of, agentless_passive, another_party, armed_party, as_doer, counted,
                           described_holders, has_own_actor, participle_host, prepositional_objects, states_among,
                           subject_actors, subjects, to_infinitive)
from .labels import NOUN_POS, SUBJECT_DEPS
from .lexicon import EventWords

_VALUE = "value"  # the kind of a noun of what markets trade and quote
_ARTIFACTS = frozenset({"conveyance", "structure", "machine"})  # things that crash, collapse or burst (§157)
_STORM = "storm"  # nature that names storms: "Cyclone Remal" (§197)
_FOUGHT = frozenset({"nature", _STORM, "illness", "organism"})  # what firefighters, doctors and rescuers fight (§159)
_ACCIDENT = "accident"
_CAUSES = _FOUGHT | {_ACCIDENT}  # what harm with no "by" is done in: "killed in the storm", "in an accident" (§198)
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
        if _storm_name(noun, kinds):  # whatever actor the name was read as
            return _STORM
        if noun.pos_ != "NOUN" or noun._.actor is not None or _a_name(noun):
            return None
        burst = _what_burst(noun)
        if burst:  # "a boiler explosion injured three": the boiler did
            return kind(burst[0]) if all(kind(b) in _ARTIFACTS for b in burst) else None
        found_kind = _kind_of(noun, kinds)
        if found_kind is None and not a_party(noun):  # "days of rain", "an outbreak of cholera" (§197)
            found_kind = next((k for g in prepositional_objects(noun, ("of",)) if (k := kind(g)) in _FOUGHT), None)
        # no kind of people wields a thing made or an accident: "a passenger bus", "traffic accidents" (§198)
        if found_kind is None or found_kind != _VALUE and _wielded(noun, kinds,
                                                                  found_kind not in _ARTIFACTS | {_ACCIDENT}):
            return None
        if found_kind in _ARTIFACTS and (armed_party(noun, lex.words) or _driven_at_people(noun, lex.words)):
            return None
        return found_kind

    def no_agent(doer: Token, candidate: Candidate) -> bool:
        # a thing made does harm, but what else it does its keepers do: "the hotel violated workers' rights",
        # "the chancellery rejected a push", "a website refuses to let him sell" (§157); and a thing that fires a
        # weapon is manned: "the gunboat discharged its cannon" (§167)
        found_kind = kind(doer)
        if found_kind not in _ARTIFACTS:
            return found_kind is not None
        return candidate.code.type == "ASSAULT" and not any(
            arms(lex, counted(o, lex.words)) for o in candidate.anchor.children if o.dep_ == "dobj")

    for candidate in found:
        if candidate.dropped:
            continue
        doers = _what_burst(candidate.anchor) or _doers(candidate.anchor) \
            or _causes(candidate, found, lex.words, kinds)
        struck = [c for c in candidate.anchor.children if c.dep_ == "nsubjpass"] if candidate.code.type == "ASSAULT" else []
        if any(kind(s) == _VALUE for s in struck) or doers and all(no_agent(d, candidate) for d in doers):
            candidate.dropped = True


def _storm_name(noun: Token, kinds: dict[str, str]) -> bool:
    """A storm's name: "Cyclone Remal", "Typhoon Krathon", "Tropical Storm Alberto" (§197)."""
    return noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i < noun.i and kinds.get(c.lower_) == _STORM
                                        for c in noun.children)


def _causes(candidate: Candidate, found: list[Candidate], words: EventWords, kinds: dict[str, str]) -> list[Token]:
    """What a passive of harm or of a stoppage with no "by" names as its cause, which is then what did it: nature or
    an accident it was done in or during ("cut off during the rains", "killed in a road accident"), or the doers of
    a clause it was done when or after ("killed when a bus plunged into a river", "cancelled after the river burst
    its banks"). None if an event is named there ("killed in clashes during the storm", "killed when rebels
    attacked"); and what else is done after a storm is no storm's doing: "rescuers were flown in after the quake"
    (§198)."""
    verb = candidate.anchor
    if verb.pos_ in NOUN_POS or not agentless_passive(verb) \
            or not (candidate.code.type == "ASSAULT" or candidate.code.mode in words.stoppage_modes):
        return []
    phrases = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in words.cause_prepositions]
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    named = {t.i for part in phrases + clauses for t in part.subtree}
    if any(c is not candidate and not c.dropped and c.anchor.i in named for c in found):
        return []
    natural = [g for p in phrases for g in p.children if g.dep_ == "pobj" and _kind_of(g, kinds) in _CAUSES]
    return natural + [d for c in clauses for d in _named(c)]


def _what_burst(noun: Token) -> list[Token]:
    """What an accident's or explosion's noun names as what crashed or burst (plover_accident_words.csv, §157): "a
    boiler explosion", "the explosion of a gas cylinder", "the bus collision"; none for other nouns."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in accident_nouns():
        return []
    named = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return named or prepositional_objects(noun, ("of",))


def _driven_at_people(thing: Token, words: EventWords) -> bool:
    """The thing's own clause drives it at people: "a van drove into the marchers", "a car ploughed into the crowd".
    A clause that tells the harm itself ("the boiler explosion injured four workers") or strikes a thing ("the bus
    hit a concrete barrier") does not (§157)."""
    verb = thing.head
    if thing.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() in words.casualty_words:
        return False
    struck = [c for c in verb.children if c.dep_ == "dobj"] + prepositional_objects(verb, words.recipient_prepositions)
    return any(a_party(s) for s in struck)


def accidents(lex: RuleWords, found: list[Candidate]) -> None:
    """Drops what a subjectless participle reports when its clause is an accident (WordNet's verbs of crashing,
    colliding, overturning, derailing and collapsing; plover_accident_words.csv) that codes no event of its own,
    names no armed doer or weapon and is driven at no one: "a tram derailed, injuring five passengers", "a minibus
    collided with a tractor, injuring nine pupils", "a scaffold gave way, injuring four workers", "a freight train
    derailed, halting the passenger service" (§158). "Protesters clashed with police, injuring 12" (a clash is an
    event), "a drone crashed into the convoy, killing four" (a weapon) and "a driver crashed into the crowd,
    killing 3" (people struck) stay."""
    words = lex.words
    verbs = accident_verbs()
    acts = {c.anchor.i for c in found if not c.dropped}
    for candidate in found:
        host = participle_host(candidate.anchor)  # "…, spilling containers and halting the service"
        # the clause the participle's clause is said of: "derailed after its brakes failed, injuring five"
        clauses = [host, host.head] if host.dep_ == "advcl" else [host]
        accident = next((c for c in clauses if _verb_name(c) in verbs), None)
        if candidate.dropped or host.i == candidate.anchor.i or accident is None or {c.i for c in clauses} & acts:
            continue
        if not any(armed_party(d, words) or _driven_at_people(d, words) for c in clauses for d in subjects(c)):
            candidate.dropped = True


def _verb_name(verb: Token) -> str:
    """The verb as WordNet names it, with the particle or object that makes it another verb: "gave way" →
    "give_way", "caved in" → "cave_in", "crashed" → "crash"."""
    lemma = verb.lemma_.lower()
    joined = [f"{lemma}_{c.lower_}" for c in verb.children if c.dep_ in ("prt", "dobj") and c.i == verb.i + 1]
    return next((name for name in joined if name in accident_verbs()), lemma)


def fights_against_things(lex: RuleWords, found: list[Candidate]) -> None:
    """Drops violence with no armed party among its doers whose every target is nature, an illness, a microbe or an
    animal, which no one attacks: "firefighters battled for two days to contain a blaze", "rescuers fought
    the floods", "health workers combat the cholera outbreak", "Spain slaughtered 58 million pigs", "farmers
    slaughtered 30,000 birds" (§159). "Troops slaughtered villagers", "gunmen killed cattle in a raid", "soldiers
    stormed the beaches" and "troops fought the rebels in the hills" stay."""
    kinds = nonagent_nouns()
    animals = animal_nouns()
    words = lex.words

    def harmless(target: Token) -> bool:
        if target._.actor is not None:
            return False
        return target.lemma_.lower() in animals or _thing_of(target, kinds) in _FOUGHT

    for candidate in found:
        verb = candidate.anchor
        if candidate.dropped or verb.pos_ in NOUN_POS or not (candidate.code.type == "ASSAULT"
                                                               or candidate.code.mode == "riot"):
            continue
        if any(armed_party(d, words) for d in _named(participle_host(verb))):
            continue  # "soldiers stormed the beaches", "gunmen killed cattle"
        # not the event's own noun: "rebels set fire to the station" use it
        targets = [counted(t, words) for t in _targets(verb, words) if t not in candidate.absorbed]
        if targets and all(harmless(t) for t in targets):
            candidate.dropped = True


def _targets(verb: Token, words: EventWords) -> list[Token]:
    """What violence is done to: its object, passive subject or the object of "against", or else the object of the
    infinitive that says what it is fought for ("battled to contain a blaze")."""
    direct = acted_on(verb) + prepositional_objects(verb, ("against",))
    if direct:
        return direct
    return [g for c in verb.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c)
            for g in c.children if g.dep_ == "dobj"]


def _thing_of(noun: Token, kinds: dict[str, str]) -> str | None:
    """The kind of the noun, or of what it is "of" ("an outbreak of cholera")."""
    return _kind_of(noun, kinds) or next((_kind_of(g, kinds) for g in prepositional_objects(noun, ("of",))), None)


def _a_name(noun: Token) -> bool:
    """A capitalized word inside a sentence or an acronym is a name, whatever its common sense: "Tinder", "BATs";
    so is a sentence's first word that the document capitalizes inside a sentence ("Sanders hit back")."""
    if noun.is_sent_start:
        return noun.text[0].isupper() and any(t.text == noun.text and not t.is_sent_start for t in noun.doc)
    return noun.text[0].isupper() or sum(c.isupper() for c in noun.text) > 1


def _kind_of(noun: Token, kinds: dict[str, str]) -> str | None:
    """The kind of the noun's two-word name ("heat wave", "immune system") or of the noun itself."""
    before = noun.nbor(-1) if noun.i > noun.sent.start else None
    if before is not None and before.head.i == noun.i and before.dep_ in ("compound", "amod"):
        two_words = kinds.get(f"{before.lower_} {noun.lemma_.lower()}")
        if two_words is not None:
            return two_words
    return kinds.get(noun.lemma_.lower())


def _wielded(noun: Token, kinds: dict[str, str], by_kinds_of_people: bool = True) -> bool:
    """The noun is named with who or what wields it, or is a figure for something else: "government fire",
    "sniper fire", "artillery fire", "Russia's fire", "fire from tanks", "a storm of protest", "the virus of
    extremism"; "breast cancer", "the magnitude 7.8 earthquake" and "the flood of 2022" are not. Without
    ``by_kinds_of_people`` only an actor wields: "army trucks", not a "passenger bus" or "traffic accidents"."""
    for child in noun.children:
        # an adjective names people only as an actor: "Israeli fire", not "heavy rains" (a heavy is a villain)
        if child.dep_ in _OWNERS and f"{child.lower_} {noun.lemma_.lower()}" not in kinds and (
                child._.actor is not None or by_kinds_of_people and child.pos_ in NOUN_POS
                and (a_party(child) or child.lemma_.lower() in materiel_nouns())):
            return True
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPOSITIONS and any(
                g._.actor is not None or g.pos_ == "NOUN" and g.lemma_.lower() not in kinds
                for g in child.children if g.dep_ == "pobj"):
            return True
    return False


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
    controllers = [c for c in verb.head.children if c.dep_ == "nsubjpass" or c.dep_ == "dobj" and a_party(c)] \
        if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) else []
    doers = controllers or subjects(verb)
    # two subjects of one verb are one noun phrase misread: "a magnitude 6.8 earthquake struck" (§197)
    doers = doers[-1:] if all(d.dep_ == "nsubj" for d in doers) else doers
    # An infinitive says what its noun is for: "a pledge not to criticise" criticises nothing; a passive says what
    # was done to its noun, and "where" where it was done: "a bus attacked near the border", "the stadium where
    # police had been stationed".
    if verb.tag_ != "VB" and not _done_to_or_at_its_noun(verb):
        doers = described_holders(verb, doers)
    doers = [as_doer(d) for d in doers]
    return [c for d in doers for c in (d, *d.conjuncts)]  # "welcomed by the markets and analysts": both


def _done_to_or_at_its_noun(verb: Token) -> bool:
    """A passive clause or participle, or a clause of "where" or "when", says what was done to or at its noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" or any(
        c.dep_ in ("auxpass", "nsubjpass") or c.tag_ == "WRB" for c in verb.children)


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


def warnings_that_foretell(lex: RuleWords, found: list[Candidate]) -> None:
    """Drops a warning whose every content is what neither the warner nor its side does: the subject of its
    that-clause, or what it warns of or about, is a state, a quality, a value, nature or an illness — "economists
    warned that inflation would rise", "warned that the crisis could worsen", "the ministry warned of heavy rains",
    "warned of famine" — or a party of another side, neither a state nor armed ("Kasich warned that Trump would drive
    the party off a cliff") (WordNet's warn.v.01 "notify of danger, potential harm, or risk"; CAMEO's pessimistic
    comment, 012; §583). A warning is the manual's THREATEN where the warner is to do what it warns of: a warning
    that names whom it warns ("warned Greece not to …"), that sets a condition ("would suffer if …"), whose clause
    says what the warner or its side will do ("warned it could restart tests", "warned that the military would deal
    with …") or folds in an act or a consequence held out ("warned that it would retaliate", "warned of a response")
    stays."""
    words = lex.words
    for candidate in found:
        warning = candidate.anchor
        if candidate.dropped or candidate.code.type != "THREATEN" or candidate.complements or candidate.absorbed \
                or warning.lemma_.lower() not in words.warning_verbs:
            continue
        foretold, warners = _foretold(warning, words), subject_actors(warning)
        if foretold and all(_done_by_no_party(lex, f) or _done_by_another_side(f, warners, words) for f in foretold):
            candidate.dropped = True


def _foretold(warning: Token, words: EventWords) -> list[Token]:
    """What a warning that warns no one and sets no condition says will be: the active subject of each of its
    that-clauses and what it warns of or about; none when someone is warned ("warned Greece", "warned against") or
    a clause has no active subject ("warned that protesters would be arrested": someone arrests them)."""
    if any(c.dep_ in ("dobj", "dative", "xcomp") or c.dep_ == "prep" and c.lower_ == "against"
           for c in warning.children) or conditional(warning, words):
        return []
    clauses = [c for c in warning.children if c.dep_ == "ccomp"]
    said = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    if len(said) != len(clauses) or any(conditional(c, words) for c in clauses):
        return []
    return said + prepositional_objects(warning, words.warned_of_prepositions)


def _done_by_no_party(lex: RuleWords, noun: Token) -> bool:
    """A common noun whose most frequent sense is a state, a quality, an idea (plover_abstract_nouns.csv) or a thing
    that does not act and that no one drives (plover_nonagent_nouns.csv: a value, nature, an illness, an organism, a
    substance; not a vehicle, a building or a machine), named with no actor, and no penalty or response held out nor
    a theme of a threat ("consequences", "sanctions", "relations")."""
    noun = counted(noun, lex.words)
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or a_party(noun) or has_own_actor(noun) or lemma in lex.triggers.themes \
            or lemma in consequence_words():
        return False
    return lemma in lex.abstract_nouns or _kind_of(noun, nonagent_nouns()) not in (None, *_ARTIFACTS)


def _done_by_another_side(noun: Token, warners: list, words: EventWords) -> bool:
    """A party named as an actor of none of the warners' countries, and no state, no state's body and no armed party,
    which the warner's side might be: "Trump" for Kasich; not "it" for Iran, nor "the military" for "he" (§583)."""
    actor = actor_of(noun)
    return actor is not None and another_party(actor, warners) and not states_among(words, [noun]) \
        and not armed_party(noun, words)
