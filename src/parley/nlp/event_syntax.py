"""Readings of the dependency tree that the event rules share: a verb's subjects and objects, the noun
a quantity counts, whether a clause is a to-infinitive, states or proposes, and whether a phrase
names an actor. Rules of one concern keep their own readings beside them (event_verbs.py,
event_nouns.py, event_crowds.py, event_folding.py)."""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.actor_kb import ascii_fold
from .event_lexicon import RuleWords, TriggerLexicon, military_units
from .event_participants import noun_phrase, subjects
from .labels import ARGUMENT_DEPS, NOUN_POS, OBJECT_DEPS, VERB_POS
from .lexicon import EventWords


def objects(verb: Token, words: EventWords) -> list[Token]:
    """The verb's object-like dependents and their conjuncts ("provided photographs and intelligence"),
    including the object of a preposition it selects ("continue with the exchanges")."""
    out = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in words.object_prepositions:
            out += [g for g in child.children if g.dep_ == "pobj"]
    if not out and _object_of_its_noun(verb):
        out.append(verb.head)  # "the agreement the two nations signed", "the sanctions imposed by Kenya"
    if not out and bare_participle(verb):
        out.append(verb.head)  # "voiced support for the plan", "and blocked roads" (conventions §79)
    return out + [c for o in out for c in o.conjuncts if c.i > o.i]


def bare_participle(verb: Token) -> bool:
    """Whether the small parser took a verb for a modifier of the noun after it: a past form right before
    its noun with nothing ahead of it in the noun's phrase, as in "voiced support for" or "and blocked roads".
    A participle after a determiner or another modifier ("the wounded soldiers"), or on a noun that is already
    another verb's subject or object or a preposition's ("won pledged delegates", "calls for increased
    cooperation"), describes the noun."""
    noun = verb.head
    return verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and noun.pos_ in NOUN_POS and verb.i < noun.i \
        and noun.dep_ not in ARGUMENT_DEPS and not any(c.i < verb.i for c in noun.children)


def acted_on(verb: Token) -> list[Token]:
    """What a verb acts on: its direct object or passive subject, or else the noun its past participle
    describes ("the policy defended by the minister", "a threshold met only by two candidates")."""
    done = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not done and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and verb.head.pos_ in NOUN_POS:
        done.append(verb.head)
    return done


def _object_of_its_noun(verb: Token) -> bool:
    """Whether the noun a clause modifies is the clause verb's object: a passive participle ("the sanctions
    imposed by Kenya") or a relative clause with a subject of its own ("the deal the two sides signed")."""
    if verb.head.pos_ not in NOUN_POS or verb.head.i == verb.i:
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN"
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)


def agents(verb: Token) -> list[Token]:
    """The nouns after a passive's "by": "were hit by rebel mortars" → mortars."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def agentless_passive(verb: Token) -> bool:
    """A passive clause that says who suffered but not who did it: "flights were cancelled", "27 people were
    killed when …"; not "were hit by rebel mortars"."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def as_doer(token: Token) -> Token:
    """A passive's "by" read as the noun after it; any other token as itself."""
    return next((g for g in token.children if g.dep_ == "pobj"), token) if token.dep_ == "agent" else token


def doers_of(verb: Token) -> list[Token]:
    """Who does the verb: its subjects, with a passive's agent read as the noun after "by" ("were hit by rebel
    mortars" → mortars)."""
    return [as_doer(s) for s in subjects(verb)]


def described_holders(verb: Token, holders: list[Token]) -> list[Token]:
    """``holders`` of a relative clause or participle that has only a relative pronoun as its subject, or
    none, are the noun it describes: "respondents who support", "a meeting discussing the plan"."""
    if verb.dep_ in ("relcl", "acl") and all(h.tag_ in ("WP", "WDT") for h in holders):
        return [verb.head]
    return holders


def counted(noun: Token, words: EventWords) -> Token:
    """"the latest round of prisoner exchanges" → "exchanges", "$85 million in aid" → "aid",
    "mediation efforts" → "mediation"; other nouns are themselves."""
    for _ in range(3):  # "a round of a series of talks" at most; parses can be circular in effect
        lemma = noun.lemma_.lower()
        if lemma in words.generic_heads:
            modifier = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
            if modifier is not None:
                return modifier
        if lemma not in words.counting_nouns and noun.pos_ != "NUM":  # "five of the hostages" counts hostages
            return noun
        counted_noun = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in words.counting_prepositions
                             for g in p.children if g.dep_ == "pobj"), None)
        if counted_noun is None:
            return noun
        noun = counted_noun
    return noun


def modified_name(noun: Token) -> str | None:
    """A noun with the words that modify it before it, as CAMEO writes a phrase: "its armed forces" → "armed force",
    "broke the cease fire" → "cease fire" (conventions §602); None where no word does."""
    modifiers = [t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")]
    return " ".join([*modifiers, noun.lemma_.lower()]) if modifiers else None


def counted_with_conjuncts(noun: Token, words: EventWords) -> tuple[Token, ...]:
    """What ``noun`` counts (``counted``) and the nouns joined to that: "a convoy of trucks and buses" → trucks,
    buses."""
    head = counted(noun, words)
    return head, *head.conjuncts


def to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive ("marched to demand", "sent rescuers to help")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def infinitives(head: Token) -> list[Token]:
    """The to-infinitives ``head`` takes as its complement: "declined to annul", "ready to work with"."""
    return [c for c in head.children if c.dep_ == "xcomp" and to_infinitive(c)]


def names_what_is_asked(word: Token) -> bool:
    """Whether an appeal names what it asks for: a "for" phrase ("appealed for calm", "an appeal for $40 million")
    or an act, a to-infinitive hung on the word or inside the phrase of those it is made to ("appealed to the rebels
    to lay down their arms", "appealed to the rebels still holding the town to free the hostages")."""
    if prepositional_objects(word, ("for",)) or any(to_infinitive(c) for c in word.children):
        return True
    return any(to_infinitive(t) for addressee in prepositional_objects(word, ("to",)) for t in addressee.subtree)


def phrasal(verb: Token, lemma: str, triggers: TriggerLexicon) -> bool:
    """Whether ``verb`` with its particle is a phrasal verb of its own ("called off" is not "called")."""
    return any((lemma, c.lemma_.lower()) in triggers.phrasal for c in particles(verb, lemma, triggers.phrasal))


def particles(verb: Token, lemma: str, phrasal_table: dict) -> list[Token]:
    """The verb's particles: those the parser marks, and an adverb right after the verb that makes a
    phrasal verb of the table ("will pull back from", which the small parser reads as an adverb)."""
    return [c for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and (lemma, c.lemma_.lower()) in phrasal_table)]


def indicative(clause: Token, words: EventWords) -> bool:
    """Whether a complement clause states or asks ("that the talks had failed", "where he is") rather
    than proposes ("that he resign", "that the envoy should be recalled")."""
    if any(c.dep_ == "mark" and c.lower_ in words.condition_marks or c.tag_ in ("WRB", "WP", "WDT")
           for c in clause.children):
        return True
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in words.obligation_auxiliaries for a in auxiliaries):
        return False
    # A plural subjunctive looks like the present ("that the talks take place"): only "are" shows the mood.
    return clause.tag_ in ("VBD", "VBZ") or (clause.tag_ == "VBP" and clause.pos_ == "AUX") \
        or any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in auxiliaries)


def actor_in(heads, words: EventWords) -> bool:
    """Whether any of the noun phrases headed by ``heads`` names an actor, outside its clauses."""
    return any(t._.actor for head in heads for t in (head, *noun_phrase(head, words)))


def phrase_actors(head: Token, words: EventWords) -> list:
    """The actors the noun phrase headed by ``head`` names: "the Malian army", "Houthi fighters"."""
    return [actor for t in (head, *noun_phrase(head, words)) if (actor := actor_of(t)) is not None]


def another_party(actor, others: list) -> bool:
    """Whether ``actor`` is none of ``others`` and of none of their countries: Mali helped by Chad, not Nigerian
    troops trained by the Nigerian army."""
    return all(actor.id != other.id and (other.country is None or actor.country != other.country) for other in others)


def has_own_actor(noun: Token) -> bool:
    """"Russia's invasion", "the attack by rebels": the noun names who acted, so it stands on its own."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod") and child._.actor:
            return True
        if child.dep_ == "prep" and child.lower_ == "by":
            return True
    return False


def prepositional_objects(head: Token, prepositions) -> list[Token]:
    """The objects of ``head``'s prepositions among ``prepositions``: "the lifting of the curfew" → curfew."""
    return [g for p in head.children if p.dep_ == "prep" and p.lower_ in prepositions for g in p.children
            if g.dep_ == "pobj"]


def actor_of(token: Token):
    """The actor ``token`` names, if any."""
    return next((actor for actor in token.doc._.actors or [] if actor.id == token._.actor), None) \
        if token._.actor else None


def a_person(token: Token, pronouns: frozenset[str]) -> bool:
    """A person named ("Kennedy", an actor of kind person) or pointed to by one of ``pronouns`` ("him");
    not a text or a measure ("the Global Compact", "it")."""
    if token.pos_ == "PRON":
        return token.lower_ in pronouns
    actor = actor_of(token)
    return token.ent_type_ == "PERSON" or (actor is not None and actor.kind == "person")


def subject_actors(verb: Token) -> list:
    """The actors the verb's subjects name."""
    return [actor for actor in map(actor_of, subjects(verb)) if actor is not None]


def by_the_state(words: EventWords, verb: Token) -> bool:
    """Whether the verb's subject is a state or one of its bodies: "Russia", "the police"."""
    return states_among(words, subjects(verb))


def states_among(words: EventWords, tokens: list[Token]) -> bool:
    """Whether one of ``tokens`` names a state or one of its bodies: "Russia", "the police"; or, itself no actor,
    names them after "of": "the three states of Chad, Niger and Mali" (conventions §490)."""
    members = [g for t in tokens if actor_of(t) is None for g in prepositional_objects(t, ("of",))]
    return any(actor.kind == "country" or actor.kind != "person" and actor.sector in words.restricting_sectors
               for actor in map(actor_of, [*tokens, *members]) if actor is not None)


def a_member_body(noun: Token, words: EventWords) -> bool:
    """Whether ``noun`` names a body one is a member of: an organization's name, or a party, a union, a church … by
    its common noun (english.yaml `member_bodies`): "expelled from the ruling party" (§43, §557)."""
    return noun.ent_type_ == "ORG" or counted(noun, words).lemma_.lower() in words.member_bodies


def with_a_party(head: Token) -> bool:
    """Whether an act is done with someone: "to work with the United States", "to partner with Zambia"."""
    return any(t.dep_ == "prep" and t.lower_ == "with" and any(g.dep_ == "pobj" for g in t.children)
               for t in head.subtree)


def armed(noun: Token, words: EventWords, modified_only: bool = False) -> bool:
    """Whether ``noun`` names armed forces: "troops", "peacekeepers", "a squadron", "riot police", "police
    officers", "military advisers", "armed men" (with ``modified_only``, only by a modifier: "its military
    presence"); "military and civilian personnel" are a mixed mission, not forces, and "Bobby Jindal" is a person."""
    lemma = noun.lemma_.lower()
    # A unit's two-word name is read from its compound: "police officers", "secret police" (§387).
    names = {lemma} | {f"{c.lemma_.lower()}_{lemma}" for c in noun.children if c.dep_ == "compound"}
    return (not modified_only and noun.ent_type_ != "PERSON"
            and (lemma in words.force_nouns or bool(names & military_units()) or _service_unit(noun, words))) or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in words.force_modifiers
        and all(k.lemma_.lower() in words.force_modifiers for k in c.conjuncts) for c in noun.children)


def _service_unit(noun: Token, words: EventWords) -> bool:
    """Whether ``noun`` is a unit named by the service or the arms it is part of: "army units", "rocket units",
    "special forces units", "police units" (WordNet 3.0 military_unit.n.01 "a unit that is part of some military
    service"; §560); not "housing units", "a cardiac unit"."""
    return noun.lemma_.lower() in words.service_units and any(
        c.dep_ in ("amod", "compound") and (armed(c, words) or c.lemma_.lower() in
                                           words.force_modifiers | words.weapon_nouns | words.unit_services)
        for c in noun.children)


def an_envoy(noun: Token, words: EventWords) -> bool:
    """Whether ``noun`` names an envoy, a kind of diplomat, emissary or attache by WordNet (plover_envoy_nouns.csv):
    "ambassadors", "the military attaché"; a name of more than one word is read off the modifiers right before the
    noun: "its high commissioner", "the chargé d'affaires" (§407, §457)."""
    # as WordNet writes it, without accents ("chargé" → "charge"); "d'affaires" is no plural to take off
    heads = {ascii_fold(noun.lemma_.lower()), ascii_fold(noun.lower_)}
    if heads & words.envoy_nouns:
        return True
    modifiers = []
    for child in reversed([c for c in noun.lefts if c.dep_ in ("amod", "compound")]):
        if child.i != noun.i - len(modifiers) - 1:
            break  # only words right before the noun: "its own high commissioner" ends at "own"
        modifiers.insert(0, ascii_fold(child.lower_))
        if any(" ".join((*modifiers, head)) in words.envoy_nouns for head in heads):
            return True
    return False


def armed_men(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` names armed forces, or fighters the actor knowledge base files under an armed sector by
    their common noun ("rebels", "militants")."""
    return armed(noun, lex.words) or lex.sector_nouns.get(noun.lower_) in lex.words.armed_sectors


def armed_party(noun: Token, words: EventWords) -> bool:
    """Whether ``noun`` names armed forces, a weapon or an armed body: "troops", "a drone", "the army", "gunmen"
    (an actor of an armed sector that is not a person)."""
    actor = actor_of(noun)
    return armed(noun, words) or noun.lemma_.lower() in words.weapon_nouns or (
        actor is not None and actor.kind != "person" and actor.sector in words.armed_sectors)


def readies_no_force(words: EventWords, done: list[Token], doers: list[Token]) -> bool:
    """Whether a mobilization readies no force: what is mobilized is no armed party, and whoever mobilizes is neither a
    state nor an armed party ("the party mobilized voters", "the union's mobilization of workers"); one that names
    neither stays a mobilization ("a general mobilization"). The verb (§579) and the noun (§601) read it alike."""
    if any(armed_party(counted(d, words), words) for d in done) or states_among(words, doers) \
            or any(armed_party(d, words) for d in doers):
        return False
    return bool(done or doers)


def done_in(verb: Token, feelings: frozenset[str], words: EventWords) -> bool:
    """Whether the verb is done in one of ``feelings`` or in a show of it: "marched in anger", "paraded
    its missiles in a show of strength", "in an act of defiance" (conventions §130, §131)."""
    for noun in prepositional_objects(verb, ("in",)):
        if any(c.dep_ == "poss" for c in noun.children):
            continue  # "unsparing in their criticism": how they spoke, not an act done in it
        if noun.lemma_.lower() in feelings or shows(noun, feelings, words):
            return True
    return False


def shows(noun: Token, feelings: frozenset[str], words: EventWords) -> bool:
    """Whether ``noun`` is a show of one of ``feelings``: "a display of defiance", "a show of force"."""
    return noun.lemma_.lower() in words.showing_nouns and any(
        g.lemma_.lower() in feelings for g in prepositional_objects(noun, ("of",)))


def participle_host(verb: Token) -> Token:
    """The clause whose subject a subjectless participle shares: "protesters marched, hurling stones",
    "protesters responded by throwing rocks"; a participle joined to another shares that one's: "a cyclone hit the
    coast, killing 16 and cutting off towns" (§197)."""
    first = verb
    while first.dep_ == "conj" and first.head.tag_ == "VBG" and not _own_subject(first):
        first = first.head
    if first.tag_ != "VBG" or verb.tag_ != "VBG" or _own_subject(first) or _own_subject(verb):
        return verb
    if first.dep_ == "advcl":
        return first.head
    if first.dep_ == "pcomp" and first.head.dep_ == "prep" and first.head.head.pos_ in VERB_POS:
        return first.head.head
    return verb


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
