"""Event nouns: which nouns report an event ("invasion", "prisoner exchange", "Russia's mobilization")
and what the nouns around a trigger say about it — a pact left, forces, an abstraction, a campaign."""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from spacy.tokens import Token

from ..knowledge import load_csv
from .actor_descriptions import names_a_party as political_party
from .event_crowds import protesters, with_protesters
from .event_lexicon import (SPECIFICITY, Code, RuleWords, TriggerLexicon, WordRule, WordRules, conveyance_nouns,
                            deed_nouns, goods_nouns, held_nouns, materiel_nouns, nonevent_compounds, party_noun_kinds,
                            party_nouns, prospect_nouns, provision_nouns, uninflected, thing_noun_kinds,
                            work_noun_kinds)
from .event_modes import conditional, elicitor, negates, own_modes, whoever
from .event_participants import noun_phrase
from .event_reading import Candidate
from .event_syntax import (a_member_body, a_person, actor_in, actor_of, an_envoy, another_party, armed, armed_men,
                           armed_party, counted, described_holders, has_own_actor, modified_name, names_what_is_asked,
                           particles, phrase_actors, prepositional_objects, indicative, readies_no_force, states_among,
                           subjects, to_infinitive, with_a_party)
from .labels import ACTOR_LABELS, NAME_LABELS, NOUN_POS, OBJECT_DEPS, PLACE_LABELS, PRESENT_TAGS, VERB_POS
from .lexicon import EventWords


# What a stance is about follows one of these: "support for", "solidarity with", "anger at", "confidence in".
STANCE_PREPOSITIONS = ("for", "with", "at", "in", "over", "about", "to", "toward", "towards", "of")
# Those the parser may hang on the verb carrying the stance instead ("expressed his appreciation on Saturday
# for the veto"); "of" there belongs to the verb ("spoke of").
CARRIER_STANCE_PREPOSITIONS = tuple(p for p in STANCE_PREPOSITIONS if p != "of")

# Verbal acts a text or a plan is said to do only in a figure of speech: "the accord calls for", "the plan
# promises" (conventions §105).
ACTS_OF_PARTIES = frozenset({"REQUEST", "AGREE"})
# Entity labels of a proper noun that is no exercise's own name: a place, a people, a date (conventions §394).
UNNAMING_LABELS = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME"})


def match_noun(lex: RuleWords, token: Token) -> Candidate | None:
    """The event a noun reports (``_read_noun``), or the threat of it where it is what a threat is of (conventions
    §106), or said not to go unpunished (§368); a noun with no event of its own may name the consequence a threat
    holds out (§367)."""
    return not_left_unpunished(lex, token) or as_prospect(lex, token, _read_noun(lex, token)) \
        or consequence_held_out(lex, token)


CONSEQUENCE_WORDS_FILE = "plover_consequence_words.csv"
# The classes of plover_consequence_words.csv, read here and by event_verbs (§390) and event_folding (§389).
PENALTY, RESPONSE, UNDERGO, CAUSE, UNPUNISHED = "penalty", "response", "undergo", "cause", "unpunished"
_UNDERGONE_WITH = "with"  # "will be met with a crushing response"


@lru_cache(maxsize=1)
def consequence_words() -> dict[str, str]:
    """Each word of a threat made by naming its consequence and its class: penalty, response, undergo, cause,
    unpunished (plover_consequence_words.csv, scripts/build_consequence_words.py, conventions §367, §368)."""
    return {row["word"]: row["class"] for row in load_csv(CONSEQUENCE_WORDS_FILE)}


def consequence_held_out(lex: RuleWords, noun: Token) -> Candidate | None:
    """A penalty announced for a party, or drawn by an act held out, is a threat (the manual's THREATEN: "coercive or
    forceful warnings with serious potential repercussions"; CAMEO 13's warnings of consequences): "those who back
    the coup will face punishment", "the regime will suffer the consequences if …", "any attack on our ships will
    prompt a strong response". The noun (or §16's noun after its verb: "pay a price") is the object of a verb of
    undergoing or of causing, in a clause announced (will, would, must, an "if"/"unless" condition, or a present said
    of whoever does something: "anyone who crosses faces punishment") and not negated. Whoever undergoes it is its
    target; who reports it makes it, and a warning that reports it ("Iran warned that …") is made one threat with it
    by event_folding (§385). Not said of the past ("paid a heavy price in the war"), nor of a reaction to what is no
    act held out ("the response to the flood was slow"). A verb of meeting is then no event of its own ("would meet a
    crushing response": ``elicited``)."""
    words, classes = lex.words, consequence_words()
    verb = _verb_of_object(noun)
    if verb is None:
        return None
    kind, verb_kind = classes.get(noun.lemma_.lower()), classes.get(verb.lemma_.lower())
    said_so = f"{verb.lemma_.lower()} {noun.lemma_.lower()}" in words.consequences  # §16's "pay a price"
    if said_so and verb_kind is None:
        verb_kind = CAUSE  # §16's "have consequences": a deed held out has them, brings them on its doers (§612)
    if kind not in (PENALTY, RESPONSE) and not said_so or verb_kind not in (UNDERGO, CAUSE):
        return None
    clause = verb.head if verb.dep_ == "xcomp" else verb  # "will have to face"
    subject = _clause_subject(clause)
    if subject is None or any(negates(c, words) for c in (*verb.children, *clause.children)):
        return None
    announced = any(c.dep_ in ("aux", "auxpass") and c.lower_ in words.announcing_auxiliaries for c in clause.children) \
        or conditional(verb, words) or clause.tag_ in PRESENT_TAGS and whoever(subject, words)
    party = verb_kind == UNDERGO and _warned_party(lex, subject, strictly=kind != PENALTY) \
        and not of_another_cause(noun)
    if not announced or not party and not _act_held_out(lex, subject, verb):
        return None
    reporter = clause.head if clause.dep_ == "ccomp" else None
    # a verb of meeting reads its subject's side as the target, its object's "from" as who strikes (§282's frame);
    # with another verb the clause's subject, read as the noun's doer, is the one struck
    return Candidate(noun, Code("THREATEN"), SPECIFICITY["verb_object"], subject_targeted=elicitor(noun, words) is None,
                     governor=reporter, reported=reporter is not None)


def _clause_subject(verb: Token) -> Token | None:
    """The subject of the verb's clause, or of the verb it is joined to ("is unacceptable and will prompt …")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head


def not_left_unpunished(lex: RuleWords, act: Token) -> Candidate | None:
    """An act said not to go unpunished or unanswered is a threat against its doers, by who says so (the manual's
    THREATEN; CAMEO 13's warnings; §368): "such attacks will not go unpunished", "any violation will not go
    unanswered, Kenya said". The act is a deed or event noun, the subject of a verb with a future auxiliary, negated,
    whose complement is an adjective of an act no penalty has met (plover_consequence_words.csv); a threat already
    made by the reporting verb ("warned that …") is that one. Not so: "the crimes went unpunished" (a fact), "those
    criticisms go unanswered" (not negated)."""
    words = lex.words
    verb = act.head
    if act.dep_ != "nsubj" or verb.pos_ not in VERB_POS or not any(
            c.dep_ in ("acomp", "oprd") and consequence_words().get(c.lemma_.lower()) == UNPUNISHED
            for c in verb.children):
        return None
    future = any(c.dep_ == "aux" and c.lower_ in words.future_auxiliaries for c in verb.children)
    if not future or not any(negates(c, words) for c in verb.children) or not (
            act.lemma_.lower() in deed_nouns() or noun_code(lex, act) is not None):
        return None
    reporter = verb.head if verb.dep_ == "ccomp" else None
    if reporter is not None and _warns(lex, reporter):
        return None
    return Candidate(act, Code("THREATEN"), SPECIFICITY["verb_object"], subject_targeted=True, governor=reporter,
                     reported=reporter is not None)


def _warns(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb codes a threat itself, alone or with the clause it governs: "warned", "threatened"."""
    lemma = lex.triggers.verb_lemma(verb.lemma_.lower(), verb.lower_)
    return any(code is not None and code.type == "THREATEN"
               for code in (lex.triggers.verbs.get(lemma), lex.triggers.governors.get(lemma)))


def _verb_of_object(noun: Token) -> Token | None:
    """The verb whose object ``noun`` is, or whose "with" it follows ("will be met with a response")."""
    if noun.dep_ == "dobj" and noun.head.pos_ in VERB_POS:
        return noun.head
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.lower_ == _UNDERGONE_WITH and preposition.head.pos_ in VERB_POS:
        return preposition.head
    return None


def _act_held_out(lex: RuleWords, subject: Token, verb: Token) -> bool:
    """Whether the subject is a deed not done, whose doers a consequence would strike: one whichever may come ("any
    attack", "any misuse of our networks"), an act of conflict named indefinitely ("such attacks"), or one under a
    condition; not one done, which the definite article or an owner points to ("the attack", "Russia's invasion"),
    nor a deed of no conflict ("a decision would have consequences for farmers")."""
    words = lex.words
    if subject.lemma_.lower() not in deed_nouns():
        return False
    if conditional(verb, words) or any(c.dep_ == "det" and c.lower_ in words.hypothetical_determiners
                                       for c in subject.children):
        return True
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and ("Def" in c.morph.get("Definite")
                                                            or "Dem" in c.morph.get("PronType"))
                   for c in subject.children)
    code = noun_code(lex, subject)
    return not definite and code is not None and code[0].type in lex.plover.promised_threats


def _warned_party(lex: RuleWords, subject: Token, strictly: bool) -> bool:
    """A party one may warn: an actor, "we" or "you", whoever does something ("those who back the coup", "anyone
    who joins"), and unless ``strictly`` (for a price, which commerce pays too) any person or group ("the regime")."""
    words = lex.words
    return whoever(subject, words) or subject.lower_ in words.first_person | {"you"} or actor_in([subject], words) \
        or not strictly and names_a_party(lex, subject)


def of_another_cause(penalty: Token) -> bool:
    """Whether the penalty is said to be of something other than its sufferer's own doing: "will suffer the
    consequences of the drought"; "of its aggression", "of their actions" name one's own."""
    return any(not any(c.dep_ == "poss" for c in cause.children) for cause in prepositional_objects(penalty, ("of",)))


def as_prospect(lex: RuleWords, word: Token, candidate: Candidate | None) -> Candidate | None:
    """A candidate whose word is what a danger, a possibility, a hope or a fear is of (``prospect_of``) has not
    happened: under a threat made by the event's own actor it is that threat ("the threat of NATO air strikes":
    THREATEN), otherwise no event ("the risk of war", "the prospect of an invasion", "in the hope of questioning
    him"). Other candidates are returned as they are."""
    if candidate is None:
        return None
    prospect = prospect_of(word)
    if prospect is None:
        return candidate
    if prospect.lemma_.lower() in lex.words.danger_nouns and has_own_actor(word):
        candidate.code = Code("THREATEN")
        return candidate
    return None


def prospect_of(word: Token) -> Token | None:
    """The noun of what may come (plover_prospect_nouns.csv: a danger, a possibility, an expectation, a hope, a
    fear) whose "of" object ``word`` is, or one of whose conjuncts it is: "the threat of air strikes and
    sanctions", "for fear of being prosecuted"; None otherwise."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    preposition = word.head
    if word.dep_ not in ("pobj", "pcomp") or preposition.dep_ != "prep" or preposition.lower_ != "of":
        return None
    noun = preposition.head
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in prospect_nouns() else None


def _read_noun(lex: RuleWords, token: Token) -> Candidate | None:
    """The event a noun reports, unless an anaphoric determiner points back to one ("the talks"). Most nouns report
    none, so what rules a reading out is asked only of a noun that has one."""
    candidate = _noun_event(lex, token)
    if candidate is None:
        return None
    if _names_a_kind(lex, token) or in_a_thing_compound(token) or asked_by_a_text(lex, token) or _talk_not_held(token):
        return None  # "the accord calls for the release of prisoners": no one asks, nothing is done (§105)
    if token.lemma_.lower() in lex.words.meeting_nouns and own_sitting_dates_an_act(token):
        return None  # "will cut rates at its meeting next week": when the body acts, no one consulted (§204)
    return candidate


def _noun_event(lex: RuleWords, token: Token) -> Candidate | None:
    """``_read_noun``'s reading before what rules it out: a noun's own rules, then its code in the lexicon."""
    words = lex.words
    if (left := _NOUN_RULES.first(lex, (token.lemma_.lower(), token.lower_), token)) is not None:
        return left
    carried = refused_or_requested(lex, token) or elicited(lex, token) or _in_the_cause_of(lex, token)
    code = noun_code(lex, token, carried=carried) or _forces_exercise(lex, token) or _weapon_test(lex, token)
    if code and not any(c.dep_ == "det" and c.lower_ in words.anaphoric_determiners for c in token.children):
        if code[0].type in words.riot_types and with_protesters(token, words):
            return Candidate(token, Code("PROTEST", "riot"), code[1])  # "clashes between protesters and police"
        # A charge or request rejected was made all the same, and who rejects it is its target: "China
        # rejected accusations of abuses", "Kenya turned down Chad's request for asylum" (conventions §51, §67).
        denier = _verb_code(lex, token.head)
        rejected = code[0].type in ("ACCUSE", "REQUEST") and token.dep_ in OBJECT_DEPS \
            and denier is not None and denier.type == "REJECT" and (
                states_its_content(lex, token, code[0].type) or a_charge_denied(lex, token))
        if code[0].type in ACTS_OF_PARTIES and said_by_a_text(lex, token):
            return None  # "the accord calls for …" parsed with "calls" as a noun (§105)
        # "the imposing of a curfew": the curfew is what is imposed, this event's, as a verb's object is (§299)
        acted_on = _object_of_its_verb(lex, token)
        absorbed = [acted_on[1], counted(acted_on[1], words)] if acted_on is not None and acted_on[0] == code[0] \
            else [t for o in _acted_on_events(lex, token) for t in (o, counted(o, words))]
        return Candidate(token, code[0], code[1], absorbed=absorbed,
                         subject_targeted=rejected and not has_own_actor(token), rejected=rejected)
    return None


def names_a_party(lex: RuleWords, token: Token) -> bool:
    """Whether a word names a party: an actor, a person or a group (a WordNet person or group noun,
    plover_party_nouns.csv) or a personal pronoun ("its ally", "the organization", "them")."""
    words = lex.words
    if actor_in([token], words) or token.ent_type_ in ACTOR_LABELS:
        return True
    if token.pos_ == "PRON":
        return token.lower_ not in words.not_an_object_pronouns
    return counted(token, words).lemma_.lower() in party_nouns()


def said_by_a_text(lex: RuleWords, word: Token) -> bool:
    """Whether every subject of a word of asking or promising — or the noun its relative clause describes — is a text or a plan of terms (plover_provision_nouns.csv: a plan, a written agreement, a legal
    document) and no actor: "the accord calls for new elections", "the strategy calls for a narrow focus", "a
    law that requires cuts" (conventions §105). "Kenya called for talks", "it calls for", "the statement urges"
    and "the resolution calls on" (a message stands for its author) keep their reading."""
    doers = subjects(word)
    if word.dep_ == "relcl" and doers and all(d.tag_ in ("WP", "WDT") for d in doers):
        doers = [word.head]  # "an accord that calls for": not "the accord reached", "a plan to press Chad"
    return bool(doers) and all(
        d.pos_ in NOUN_POS and not actor_in([d], lex.words) and d.ent_type_ not in ACTOR_LABELS
        and counted(d, lex.words).lemma_.lower() in provision_nouns() for d in doers)


def asked_by_a_text(lex: RuleWords, word: Token) -> bool:
    """Whether a word names what a text or a plan asks for or promises: the clause, the object or the "for"
    object of a word of asking or promising (the curated lexicon's REQUEST and AGREE verbs, governors and phrasal
    verbs) whose subject is a text (``said_by_a_text``): "the accord calls for Chad to withdraw its troops", "the
    plan demands the release of prisoners" (conventions §105)."""
    head = word.head
    if word.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
        preposition, asker = head.lower_, head.head
    elif word.dep_ in ("ccomp", "xcomp", "advcl", "dobj"):
        preposition, asker = None, head
    else:
        return False
    if asker.i == word.i:
        return False
    triggers, lemma = lex.triggers, asker.lemma_.lower()
    rule, code = triggers.governors.get(lemma), triggers.verbs.get(lemma)
    with_preposition = triggers.phrasal.get((lemma, preposition or next(
        (c.lower_ for c in word.children if c.dep_ == "mark"), "")))
    asks = any(c is not None and c.type in ACTS_OF_PARTIES for c in (rule, code, with_preposition))
    return asks and said_by_a_text(lex, asker)


# How the word before a noun hangs on it in a compound: a noun ("heart attack") or an adjective ("cardiac arrest").
_COMPOUND_MODIFIERS = frozenset({"compound", "amod"})


def in_a_thing_compound(noun: Token) -> bool:
    """Whether a noun forms with its neighbour a compound that names a thing: "attack" in "attack dogs",
    "attack" in "a heart attack" (conventions §100), "arrest" in "a cardiac arrest" (§160)."""
    lemma, things = noun.lemma_.lower(), nonevent_compounds()
    if noun.dep_ in _COMPOUND_MODIFIERS and noun.head.i == noun.i + 1 and (lemma, noun.head.lemma_.lower()) in things:
        return True
    return any(c.dep_ in _COMPOUND_MODIFIERS and c.i == noun.i - 1 and (c.lemma_.lower(), lemma) in things
               for c in noun.lefts)


# The singular of "talks": WordNet 3.0's senses of "talk" are speech, a discussion of a subject ("talk about"), a
# lecture and idle gossip or rumour — none a meeting, which is the plural's "talks" (conventions §108).
_TALK = "talk"
_TALK_SUBJECT_PREPOSITIONS = frozenset({"of", "about"})
# One body's own meeting, not several parties' ("their meeting"), and the parties it may be held with (§203, §204).
_ONE_BODY_POSSESSIVE, _ONE_BODY_PRONOUN = "its", "it"
PARTNER_PREPOSITIONS = frozenset({"with", "between", "among"})


def _talk_not_held(noun: Token) -> bool:
    """Whether a singular "talk" names no meeting: a modifier of another noun ("talk radio", "a talk show
    host") or talk of a subject, a rumour or a discussion ("there was talk of a split", "talk about
    sanctions"), or the object of talking ("talk the talk"). "Talks", "a long talk with the minister" and "talk between the two" stay (§108)."""
    if noun.lemma_.lower() != _TALK or noun.tag_ != "NN":
        return False
    if noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i:
        return True
    if noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() == _TALK:
        return True  # "talking the talk": the verb's own noun as its object, an idiom of words without deeds
    return any(c.dep_ == "prep" and c.lower_ in _TALK_SUBJECT_PREPOSITIONS for c in noun.children)


def own_sitting_dates_an_act(sitting: Token) -> bool:
    """Whether one body's own meeting only says when it does something else (conventions §204): a meeting noun
    that "its" owns, after a preposition of a verb ("is expected to hold its benchmark rate at its meeting this
    week"), or a verb of meeting in a clause of that verb with "it" as its only subject ("will hold rates when it
    meets on Thursday"). A meeting with another party, of several ("after their meeting"), or one that is held,
    called or attended ("will hold its first session") stays."""
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPOSITIONS for c in sitting.children):
        return False
    if sitting.pos_ in VERB_POS:
        doers = subjects(sitting)
        return sitting.dep_ == "advcl" and sitting.head.pos_ in VERB_POS and bool(doers) \
            and all(d.lower_ == _ONE_BODY_PRONOUN for d in doers) \
            and not any(c.dep_ == "dobj" for c in sitting.children)
    preposition = sitting.head
    return sitting.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.head.pos_ in VERB_POS \
        and any(c.dep_ == "poss" and c.lower_ == _ONE_BODY_POSSESSIVE for c in sitting.children)


def _names_a_kind(lex: RuleWords, noun: Token) -> bool:
    """Whether a noun modifies a weapon or armed forces and names their kind: "attack helicopters", "assault
    weapons" (conventions §59)."""
    if noun.dep_ not in ("compound", "nmod", "amod"):
        return False
    words, head = lex.words, noun.head
    if head.i == noun.i or head.i < noun.i:
        return False
    return head.lemma_.lower() in words.kind_heads or head.lemma_.lower() in words.weapon_nouns or armed(head, words) \
        or wordnet_weapon(lex, head)


# What an event noun that modifies a noun names the kind of, by the kind of the noun's most frequent WordNet sense: a
# work or a measure ("protest songs", "strike rates"), a thing made, a place or a time ("the meeting room", "the
# curfew hours", "the aid convoy route"). A group of things is none of these ("an aid convoy", "an aid package"), nor
# an act, which may be the event itself ("a protest march").
THING_KINDS = frozenset({"work", "measure", "artifact", "carrier", "place", "time"})
# Aid is itself a resource: what holds or carries it and a sum of it are the aid ("aid trucks", "aid money"); the
# people and organizations it names ply a trade ("aid agencies", "relief workers").
AID_NAMED_KINDS = (THING_KINDS - {"carrier", "measure"}) | {"person", "organization"}
_MODIFIER_DEPS = frozenset({"compound", "nmod"})


def _noun_it_modifies(lex: RuleWords, noun: Token) -> Token | None:
    """The common noun a compound that ``noun`` begins ends in, through the nouns between them ("route" in "the aid
    convoy route", "worker" in "aid worker Peter Kassig"); None where ``noun`` modifies no noun after it or one of
    those nouns is an event noun of the lexicon, whose kind the modifier names ("the protest march")."""
    head = noun
    while head.dep_ in _MODIFIER_DEPS and head.head.i > head.i and head.head.pos_ == "NOUN":
        head = head.head
        if head.lemma_.lower() in lex.triggers.nouns:
            return None
    return head if head.i != noun.i else None


def _names_a_thing(lex: RuleWords, noun: Token, plover_type: str) -> bool:
    """Whether an event noun modifies a noun that is no event and names its kind: "protest songs", "the meeting
    room", "the aid convoy route", "aid workers" (conventions §156, §161, §200)."""
    head = _noun_it_modifies(lex, noun)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    kind = party_noun_kinds().get(lemma) or work_noun_kinds().get(lemma) or thing_noun_kinds().get(lemma)
    return kind in (AID_NAMED_KINDS if plover_type == "AID" else THING_KINDS)


def _verb_code(lex: RuleWords, verb: Token) -> Code | None:
    """A verb's code in the curated lexicon, with its particle if it has one: "turned down" is a refusal."""
    triggers, lemma = lex.triggers, verb.lemma_.lower()
    with_particle = (triggers.phrasal.get((lemma, c.lemma_.lower())) for c in particles(verb, lemma, triggers.phrasal))
    return next((code for code in with_particle if code is not None), None) or triggers.verbs.get(lemma)


def noun_code(lex: RuleWords, token: Token, carried: bool = False) -> tuple[Code, float] | None:
    """The event type of an event noun ("invasion", "prisoner exchange"), with its specificity. A noun
    of a verbal act ("support", "criticism") counts where a verb ``carried`` it ("expressed support"), and
    one of accusation or request also where it says who or what ("Kenya's criticism of", "a request for
    asylum")."""
    if (token.ent_type_ in NAME_LABELS and not _misread_name(token)) or (token.pos_ == "PROPN" and not token.is_title) \
            or token.pos_ == "ADJ":
        return None  # an adjective is no event noun: "called the statement offensive"
    triggers, words = lex.triggers, lex.words
    lemma = token.lemma_.lower()
    if lemma in words.attraction_words and not names_what_is_asked(token):
        return None  # "holds obvious appeal", "his appeal to working-class men": attractiveness (conventions §532)
    if lemma in words.economic_demand_nouns and _demand_for_goods(lex, token):
        return None  # "demand for the fuel", "oil demand": a market's wish to buy, no one's request (§152)
    if lemma in words.pricing_verbs and _a_sum_charged(token):
        return None  # "a one-off charge of $150 million": a cost booked, no accusation (§163)
    verbs = _gerund_verbs(lex, token)
    # (Only a noun that heads a compound entry or begins a verb-object one has its modifiers read.)
    for child in token.children if lemma in triggers.compound_heads or lemma in triggers.object_verbs or verbs else ():
        if child.dep_ in ("compound", "amod", "nmod"):
            # "prisoner exchange"; a verb's object pattern read as a noun: "missile test" (test missile)
            code = triggers.compounds.get((child.lemma_.lower(), lemma)) \
                or (triggers.carried_compounds.get((child.lemma_.lower(), lemma)) if carried else None) \
                or (_verb_object(triggers, (lemma, *verbs), child) if child.dep_ == "compound" else None)
            if code:
                return code, SPECIFICITY["compound"]
    if carried and _approval_of_phrase(lex, token):
        return Code("SUPPORT"), SPECIFICITY["compound"]  # "gave the cabinet a vote of confidence" (conventions §575)
    acted_on = _object_of_its_verb(lex, token)
    if acted_on is not None:
        return acted_on[0], SPECIFICITY["compound"]
    if (token.pos_ == "PROPN" and token.ent_type_) or (lemma in words.mass_event_nouns and token.tag_ == "NNS"):
        return None
    if lemma in words.work_stoppages and (token.dep_ == "pobj" and token.head.lower_ == "on" or _by_workers(lex, token)
                                          or _stops_work(lex, token)):
        return Code("PROTEST", "strike"), SPECIFICITY["compound"]  # "teachers have been on strike"
    code = triggers.nouns.get(lemma)
    if code and code.type == "ASSAULT" and lemma in words.criticism_verbs and (
            _attack_in_politics(lex, token) or _attack_on_an_idea(lex, token)):
        # "her attacks on Senator Lund" (conventions §92), "an attack on the plan" (§93)
        return Code("ACCUSE", "disapprove"), SPECIFICITY["noun"]
    if code and code.type == "ASSAULT" and _attack_in_words(lex, token):
        return Code("ACCUSE", "disapprove"), SPECIFICITY["noun"]  # "personal attacks", "her verbal assault" (§499)
    if code and code.type == "ASSAULT" and lemma in words.raid_words and _raid_by_the_police(lex, token):
        return Code("COERCE", "seize"), SPECIFICITY["noun"]  # "the police raid on the newspaper" searches (§632)
    if code and lemma in words.offensive_nouns and _offensive_without_force(lex, token):
        # "went on the offensive against the governor" criticizes; "a charm offensive" wages nothing (conventions §603)
        return (Code("ACCUSE", "disapprove"), SPECIFICITY["noun"]) \
            if criticism_in_politics(lex, token, *_offensive_parties(lex, token)) else None
    if code and lemma in words.danger_nouns and not _made(token):
        return None  # "the terrorist threat" is a danger; "a threat from the group" is someone's act
    if code and lemma in words.restriction_nouns and token.dep_ == "nsubj" and token.head.pos_ in VERB_POS \
            and token.head.lemma_.lower() in words.ending_verbs | words.easing_verbs:
        return None  # "the lockdown ended", "the curfew eased": a restriction over, none imposed (§170)
    if code and code in triggers.publishing_codes and not _releases_people(lex, token):
        return None  # "the release of the report", "a press release"
    if code and lemma in words.mobilizing_nouns and _mobilization_readies_no_force(lex, token):
        return None  # "the party's mobilization of voters": people rallied, no force readied (conventions §601)
    if code and lemma in words.campaign_gatherings and campaign_event(token, words):
        return None  # "Trump's rally", "a rally for the senator": a campaign event, not a protest
    if code and _names_a_thing(lex, token, code.type):
        return None  # "aid agencies say", "protest songs", "the meeting room": a thing's kind (§156, §161, §200)
    if code:
        return code, SPECIFICITY["noun"]
    # A nominalization of a trigger verb counts when it names who acted: "Russia's mobilization".
    code = lex.fallback.nouns.get(lemma)
    if code and has_own_actor(token) and not _a_contest_of_persons(lex, token):
        return code, SPECIFICITY["derived_noun"]
    code = _gerund_code(lex, token)
    if code:
        return code, SPECIFICITY["derived_noun"]
    if carried and lemma in words.intent_nouns and any(
            c.dep_ in ("acl", "prep") and (with_a_party(c) or any(t.lemma_.lower() in triggers.nouns for t in c.subtree))
            for c in token.children):
        # "expressed a desire to return to the talks", "signaled its readiness to work with Kenya"; not
        # "voiced the desire to run for public office"
        return Code("AGREE"), SPECIFICITY["derived_noun"]
    code = lex.fallback.verbal_nouns.get(lemma)
    if code and (carried or states_its_content(lex, token, code.type) or a_charge_denied(lex, token)):
        return code, SPECIFICITY["derived_noun"]
    code = lex.stance_nouns.get(lemma)
    if code and carried and (_has_a_target(token) or code.type == "CONCEDE"):
        # "expressed confidence in the army", "voiced dissatisfaction with the ruling" (conventions §70); regret
        # voiced is a concession whatever it is for: "issued an apology", "expressed deep remorse" (§568)
        return code, SPECIFICITY["derived_noun"]
    if carried and lemma in words.backing_weights and _has_a_target(token, ("behind",)):
        # "threw its weight behind the plan": one's influence put behind a party or a plan backs it (conventions §506)
        return Code("SUPPORT"), SPECIFICITY["derived_noun"]
    code = lex.triggers.verbs.get(lemma) if carried and token.tag_ in ("NN", "NNS") else None
    if code and code.type in lex.plover.material:
        return code, SPECIFICITY["derived_noun"]  # "announced a ban on", "extended its ban" (conventions §81)
    # a call made for something asks for it: "calls for a ceasefire", "appeals for calm"
    return (Code("REQUEST"), SPECIFICITY["derived_noun"]) if lemma in words.calling_nouns \
        and prepositional_objects(token, ("for",)) and states_its_content(lex, token, "REQUEST") else None


def _mobilization_readies_no_force(lex: RuleWords, noun: Token) -> bool:
    """Whether a mobilization readies no force, read as the verb is (§579, §601): what is mobilized is its "of"
    object or a noun before it ("the mobilization of voters", "voter mobilization"); who mobilizes, its owner, its
    "by" phrase, the subject of the verb it is the object of ("Russia announced a mobilization", `attack_parties`) or
    an actor before it ("a Russian mobilization"). "A general mobilization" names neither and stays one."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    done = [*prepositional_objects(noun, ("of",)),
            *(m for m in modifiers if m.pos_ == "NOUN" and m.dep_ != "amod" and actor_of(m) is None)]
    doers = [*attack_parties(lex, noun)[0], *(m for m in modifiers if actor_of(m) is not None)]
    return readies_no_force(lex.words, done, doers)


def _a_contest_of_persons(lex: RuleWords, noun: Token) -> bool:
    """Whether a noun spelled as its trigger verb ("fight", "battle", "tour") is a person's or a politician's, and so
    names a contest or a campaign, not the act (conventions §315): "Clinton's battle with Sanders", "his fight for
    equality", "Cruz's bus tour"; an armed doer's stays the act (§92), and so does a state's or a group's: "Iraq's
    fight against the Islamic State group", "Russia's retreat from Izium". (Only an armed doer: "with" names a
    contest's other side here, no weapon.)"""
    if noun.lemma_.lower() not in lex.triggers.verbs:
        return False
    doers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod") and c._.actor] \
        + prepositional_objects(noun, ("by",))
    # (a country named by its capital is no person, however the recognizer tags it: "Kyiv's fight")
    return any(a_person_or_in_politics(d, lex.words) and getattr(actor_of(d), "kind", None) != "country" for d in doers) \
        and not any(armed_party(d, lex.words) for d in doers)


def _gerund_verbs(lex: RuleWords, noun: Token) -> list[str]:
    """A gerund reads as its verb too: "intelligence sharing" (share intelligence), "the pooling of data" (§219);
    one that modifies a noun names its kind, and the head decides ("an intelligence-sharing pact", §200). The verbs
    of the lexicon's verb-object patterns the gerund may be a form of; with its particle, the phrasal verb only ("the
    calling off of the strike" calls off the strike, and calls no strike, §311)."""
    lemma = noun.lemma_.lower()
    if not lemma.endswith("ing") or noun.dep_ in ("compound", "amod", "nmod"):
        return []
    particle = _gerund_particle(noun)
    verbs = [f"{v} {particle.lower_}" for v in uninflected(lemma)] if particle is not None else uninflected(lemma)
    return [v for v in verbs if v in lex.triggers.object_verbs]


def _gerund_particle(noun: Token) -> Token | None:
    """The particle of a gerund's phrasal verb: its own, or the word right after it that the parser hangs on the
    clause's verb, as a particle or a preposition, with the gerund's "of" phrase ("cheered the calling off of the
    strike")."""
    own = next((c for c in noun.children if c.dep_ == "prt"), None)
    if own is not None or noun.i + 1 == len(noun.doc):
        return own
    following = noun.doc[noun.i + 1]
    return following if following.dep_ in ("prt", "prep") and prepositional_objects(following, ("of",)) else None


def _of_objects(noun: Token) -> list[Token]:
    """The "of" objects of a noun, and of a gerund's particle, which the parser gives the phrase to: "the calling off
    of the strike"."""
    particle = _gerund_particle(noun) if noun.lower_.endswith(("ing", "ings")) else None
    return prepositional_objects(noun, ("of",)) + (prepositional_objects(particle, ("of",)) if particle else [])


def _object_of_its_verb(lex: RuleWords, noun: Token) -> tuple[Code, Token] | None:
    """The code of a verb's object pattern read as its noun with "of", with the "of" object: "the exchange of
    intelligence" (exchange intelligence), "the imposing of a curfew" (impose curfew). The object is the act's as a
    verb's is ("imposed a curfew" is one COERCE), so an event noun there is no event of its own (conventions §299)."""
    verbs = _gerund_verbs(lex, noun)
    if noun.lemma_.lower() not in lex.triggers.compound_heads and not verbs:
        return None
    for child in _of_objects(noun):
        code = _verb_object(lex.triggers, (noun.lemma_.lower(), *verbs), counted(child, lex.words))
        if code:
            return code, child
    return None


def _verb_object(triggers: TriggerLexicon, verbs: tuple[str, ...], noun: Token) -> Code | None:
    """The code of the first verb-object pattern one of ``verbs`` makes with the noun."""
    return next((code for verb in verbs if (code := triggers.verb_objects.get((verb, noun.lemma_.lower())))), None)


def _demand_for_goods(lex: RuleWords, demand: Token) -> bool:
    """Whether a demand is WordNet's demand.n.02, "the ability and desire to purchase goods and services": what it
    is for, or the noun that names its kind, is a good ("demand for the fuel", "oil demand", "demand for cars and
    trucks"), and no one makes it — "Kenya's demand for weapons" and "demands by the rebels for fuel" are requests,
    and so is a demand for an act ("demand for the release of …") (conventions §152)."""
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in demand.children):
        return False
    words, goods = lex.words, goods_nouns()
    kinds = [c for c in demand.children if c.dep_ in ("compound", "nmod")]
    wanted = kinds + [g for o in prepositional_objects(demand, ("for",)) for g in (counted(o, words), *o.conjuncts)]
    return any(w.pos_ == "NOUN" and not w._.actor and any(
        name in goods and name not in lex.triggers.nouns for name in (w.lemma_.lower(), *_compound_names(w)))
        for w in wanted)


def _a_sum_charged(charge: Token) -> bool:
    """Whether a charge is WordNet 3.0's charge.n.03 "the price charged", charge.n.08 "financial liabilities" or
    charge.n.11 "request for payment": it is "of" a sum ("a charge of $5", "a one-off charge of about 80 billion won");
    "a charge of fraud" accuses (conventions §163)."""
    return any(t.ent_type_ == "MONEY" for o in prepositional_objects(charge, ("of",)) for t in o.subtree)


def _compound_names(noun: Token) -> list[str]:
    """The WordNet lemmas a noun forms with a noun before it: "air conditioning" → air_conditioning."""
    return [f"{c.lower_}_{noun.lemma_.lower()}" for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]


def _attack_in_politics(lex: RuleWords, noun: Token) -> bool:
    """Whether an attack noun is one person's or party's words against another in politics: "Clinton's attacks on
    Trump", "unleashed withering attacks against Rubio" (conventions §92); "the attack on the mayor" names no
    attacker and stays an assault."""
    doers, targets = attack_parties(lex, noun)
    return criticism_in_politics(lex, noun, doers, targets)


def attack_parties(lex: RuleWords, noun: Token, carriers: Collection[str] | None = None
                   ) -> tuple[list[Token], list[Token]]:
    """Who makes an attack named by a noun and whom or what it is on: its owner ("Clinton's attacks"), "by" or
    "from", or the subject of the verb it is the object of ("Christie unleashed attacks against Rubio",
    "supporters who level attacks") — with ``carriers``, only of a verb among them, as the subject of "prevent"
    or "recall" is no attacker ("to prevent terrorist attacks"); its objects of "on", "against" or "at". A time is
    no one's: "attacks on his record from the 1990s" date the attacks (conventions §500)."""
    words = lex.words
    targets = prepositional_objects(noun, words.attack_target_prepositions)
    doers = [c for c in noun.children if c.dep_ == "poss"] + [
        g for g in prepositional_objects(noun, ("by", "from")) if not lex.names_a_time(g)]
    if not doers and noun.dep_ in OBJECT_DEPS and noun.head.pos_ in VERB_POS \
            and (carriers is None or noun.head.lemma_.lower() in carriers):
        doers = described_holders(noun.head, subjects(noun.head))  # "Christie unleashed attacks against Rubio"
    return doers, targets


def _raid_by_the_police(lex: RuleWords, raid: Token) -> bool:
    """Whether a raid is made by bodies of the state that police — its owner, "by", the subject of the verb that
    carries it, or a compound that names a body: "the police raid", "government raids", "the security service
    conducted a raid" (conventions §632); not "the army's raid", "Israeli troops carried out a raid", "the raid"."""
    doers = attack_parties(lex, raid)[0] + [c for c in raid.children if c.dep_ == "compound" and c.i < raid.i and (
        c._.actor or counted(c, lex.words).lower_ in lex.sector_nouns)]
    return bool(doers) and all(_a_policing_body(lex, d) for d in doers) and not _raid_kills(lex, raid)


def _raid_kills(lex: RuleWords, raid: Token) -> bool:
    """Whether people are killed or hurt in a raid, which makes it violence, whoever made it: "the raid that killed
    Osama bin Laden", "eight people were killed during a police raid", "the police raid left two dead"."""
    hosts = [c for c in raid.children if c.dep_ in ("relcl", "acl")]
    if raid.dep_ == "pobj":
        hosts.append(raid.head.head)
    elif raid.dep_ in ("nsubj", "nsubjpass"):
        hosts.append(raid.head)
    return any(t.lemma_.lower() in lex.words.casualty_words for h in hosts for t in (h, *h.children))


def _a_policing_body(lex: RuleWords, doer: Token) -> bool:
    """Whether ``doer`` names a body of `policing_sectors`, as an actor or by its common noun with its compounds
    ("police", "the security services", "Ukraine's security service"); a country named alone is none."""
    actor = actor_of(doer)
    if actor is not None:
        return actor.kind not in ("country", "person") and actor.sector in lex.words.policing_sectors
    head = counted(doer, lex.words).lower_
    name = " ".join([c.lower_ for c in doer.children if c.dep_ == "compound" and c.i < doer.i] + [head])
    # the agents dictionary writes most bodies in the plural: "security services"
    sectors = {lex.sector_nouns.get(n) for n in (head, name, f"{name}s")}
    return bool(sectors & lex.words.policing_sectors)


def _attack_on_an_idea(lex: RuleWords, noun: Token) -> bool:
    """Whether an attack noun is on an idea, a text, a quality or a state — WordNet's attack.n.03 "intense
    adverse criticism" ("the government has come under attack") — as §10 reads the verb: "an attack on the plan", "attacks on
    reproductive health" (conventions §93), or on a view, a text or a quality a person holds: "an attack on her
    record" (§494). A target that holds a place's name ("an attack on the capital,
    Kyiv"), an attack by anyone but a person, one in politics or a text ("the rebels' attack on the compound",
    "Russia's attack") and anything physical (§92: an armed doer, someone hurt, a weapon, a scene) stay an
    assault."""
    words = lex.words
    doers, targets = attack_parties(lex, noun)
    if not targets or not all((abstract(lex, counted(t, words)) or a_persons_view(lex, t))
                              and not any(w.ent_type_ in PLACE_LABELS for w in t.subtree) for t in targets):
        return False
    return all(a_person_or_in_politics(d, words) or abstract(lex, d) for d in doers) and not by_force(lex, noun, doers)


def _attack_in_words(lex: RuleWords, noun: Token) -> bool:
    """Whether an attack noun is named words by its adjective — of speech, of the person rather than the matter, or of
    party politics: "personal attacks", "the partisan attacks on the judge", "her verbal assault on the referee"
    (conventions §499). Anything physical (§92's `by_force`: an armed doer, someone hurt, a weapon, a scene) and an
    armed side or a place attacked keep the assault: "partisan attacks on Russian troops", "a personal attack with a
    knife left the teacher wounded"."""
    words = lex.words
    if noun.lemma_.lower() not in words.speech_attack_nouns or not any(
            c.dep_ == "amod" and c.lemma_.lower() in words.speech_attack_adjectives for c in noun.children):
        return False
    doers, targets = attack_parties(lex, noun)
    targets = [t for g in targets for t in (g, *g.conjuncts)]
    if any(armed_party(t, words) or any(w.ent_type_ in PLACE_LABELS for w in t.subtree)
           or _a_scene(lex, t) and t.lemma_.lower() not in party_noun_kinds() for t in targets):
        return False  # "partisan attacks on a rail depot", "on the capital": a thing or a place struck
    return not by_force(lex, noun, doers, targets)


def _offensive_parties(lex: RuleWords, noun: Token) -> tuple[list[Token], list[Token]]:
    """Who wages an offensive and against whom, as for an attack (`attack_parties`), and in "go on the offensive" the
    subject of the verb and its "against" phrase: "Senator Lund went on the offensive against the governor"."""
    doers, targets = attack_parties(lex, noun)
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "on" else None
    if holder is not None and holder.pos_ in VERB_POS:
        doers = doers or described_holders(holder, subjects(holder))
        targets = targets + [t for t in prepositional_objects(holder, lex.words.attack_target_prepositions) if t != noun]
    return doers, targets


def _offensive_without_force(lex: RuleWords, noun: Token) -> bool:
    """Whether an offensive uses no force (conventions §603): WordNet 3.0's one sense, offensive.n.01 "the action of
    attacking an enemy", said of one that a person or one in politics wages with nothing physical ("the candidate
    went on the offensive", "the Democrats' offensive against the nominee") or named by the idea it is for, wherever
    it is waged ("the governor's charm offensive in the suburbs", "her gun-control offensive"), with no armed side.
    "Russia's offensive", "the rebels went on the offensive", "the spring offensive" (a time, no idea), an offensive
    on a place and one no one wages ("needed for a large-scale offensive") stay assaults."""
    words = lex.words
    doers, targets = _offensive_parties(lex, noun)
    if any(armed_party(d, words) for d in doers) or any(
            armed_party(t, words) or any(w.ent_type_ in PLACE_LABELS for w in t.subtree) for t in targets):
        return False
    doers = doers + [c for c in noun.children if c.dep_ == "compound" and actor_of(c) is not None]  # "a Clinton offensive"
    if not doers or not all(a_person_or_in_politics(d, words) or _an_office_in_politics(lex, d) for d in doers):
        return False
    # an idea's campaign strikes no scene: "the governor's charm offensive in the suburbs"
    return any(c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and abstract(lex, c) and not lex.names_a_time(c)
               for c in noun.children) or not by_force(lex, noun, doers)


def _an_office_in_politics(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` names an office in politics by its common noun: "the senator", "the governor"."""
    return noun.pos_ == "NOUN" and lex.sector_nouns.get(counted(noun, lex.words).lower_) in lex.words.politics_sectors


def criticism_in_politics(lex: RuleWords, act: Token, doers: list[Token], targets: list[Token]) -> bool:
    """Whether an attack by ``doers`` on ``targets`` is criticism between people in politics (conventions §92):
    each side a person or one in politics — an actor of `events.politics_sectors` or a contestant ("his rival")
    — and at least one side in politics, with no armed doer, no weapon, no place struck and no one hurt.
    "Senator Lund attacked the governor" criticizes; "gunmen attacked the mayor", "a man attacked his
    neighbour with a knife", "attacked the senator outside his home, wounding him" assault."""
    words = lex.words
    if not doers or not targets:
        return False
    if not all(a_person_or_in_politics(t, words) for t in doers + targets) \
            or not any(in_politics(t, words) for t in doers + targets):
        return False
    return not by_force(lex, act, doers)


def by_force(lex: RuleWords, act: Token, doers: list[Token], people: Collection[Token] = ()) -> bool:
    """Whether an attack names something physical (conventions §92): an armed doer, someone hurt, a thing it
    is made with or a place struck — "troops attacked the governor", "attacked the senator, wounding him",
    "with a knife", "outside his home". ``people``: targets read as people already, no place ("on the judge")."""
    words = lex.words
    if any(armed_party(d, words) for d in doers):
        return True  # "troops attacked the governor", "the army attacked the opposition party"
    near = [act, *act.conjuncts, *(act.head.conjuncts if act.dep_ in OBJECT_DEPS else ())]
    if any(t.lemma_.lower() in words.casualty_words for a in near for c in a.children for t in (c, *c.children)) \
            or act.dep_ in ("nsubj", "nsubjpass") and act.head.lemma_.lower() in words.casualty_words:
        return True  # "attacked the senator, wounding him", "an attack on the mayor killed two guards"
    if any(armed(g, words) or not (abstract(lex, g) or a_person_or_in_politics(g, words) or g._.actor)
           for a in near for g in prepositional_objects(a, words.weapon_prepositions)):
        return True  # "attacked him with a knife" (a thing, not WordNet-abstract like "with a new ad")
    return any(_a_scene(lex, g) for a in near for g in prepositional_objects(a, words.location_prepositions)
               if g not in people)


def _a_scene(lex: RuleWords, place: Token) -> bool:
    """Whether where an attack happens is a place one is struck in: a building or a location ("outside his home",
    "at a checkpoint"), not a state or a city where one speaks ("in Ohio"), a gathering ("at a rally", "at the
    conference"), a text or an idea ("in a speech", "on the budget", "on her record") or a time."""
    words = lex.words
    if place.ent_type_ in ("FAC", "LOC"):
        return True
    return place.pos_ == "NOUN" and not place.ent_type_ and not place._.actor and not abstract(lex, place) \
        and not a_persons_view(lex, place) and place.lemma_.lower() not in words.campaign_gatherings | words.meeting_nouns


def in_politics(token: Token, words: EventWords) -> bool:
    """One in politics: a person of `events.politics_sectors` ("Senator Lund"), a party ("the Democratic Party")
    or a contestant named so ("his rival", "the candidate"); not "the mayor's guards", nor a country ("Russia"
    is GOV too)."""
    actor = actor_of(token)
    if actor is not None and (actor.sector in words.politics_sectors if actor.kind == "person"
                              else actor.kind != "country" and actor.sector in words.party_sectors):
        return True
    return token.pos_ != "PRON" and token.lemma_.lower() in words.contest_doers  # not the relative "who"


def a_person_or_in_politics(token: Token, words: EventWords) -> bool:
    """A person named or pointed to ("Trump", "her"), or one in politics."""
    return a_person(token, words.person_pronouns) or (token.pos_ != "PRON" and in_politics(token, words))


def _misread_name(noun: Token) -> bool:
    """Whether the entity recognizer put a lower-case common noun into the name of a place, a people or a
    person ("faced boycotts" as a GPE): such names hold no lower-case noun (conventions §80)."""
    return noun.pos_ == "NOUN" and noun.is_lower and noun.ent_type_ in ("GPE", "NORP", "PERSON")


def _has_a_target(noun: Token, prepositions: tuple[str, ...] | None = None) -> bool:
    """Whether a stance noun says whom or what it is about: "solidarity with Kyiv", "outrage at the killings",
    "their confidence in the army"; "expressed confidence that he would win" states a belief. With ``prepositions``,
    by those only, on the noun or its carrier ("threw its weight behind the plan"). A stance given "to" is given to
    its target however the parser hangs the "to" ("gave its imprimatur to the plan", as a dative, §505), and so is a
    deed or a plan the carrier names first ("gave the deal his blessing", §520); a person or a crowd so named is
    blessed ("gave the crowd his blessing")."""
    carrier = noun.head if noun.dep_ in OBJECT_DEPS else noun
    given_to = prepositions is None and any(p.dep_ == "dative" and (p.lower_ == "to" and any(
        g.dep_ == "pobj" for g in p.children) or _a_deed_or_a_plan(p)) for p in carrier.children)
    return bool(prepositional_objects(noun, prepositions or STANCE_PREPOSITIONS)
                or prepositional_objects(carrier, prepositions or CARRIER_STANCE_PREPOSITIONS) or given_to)


def _approval_of_phrase(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` heads a noun of approval WordNet writes "N of N" (english.yaml `approval_of_phrases`): "a vote
    of confidence"; "a vote of no confidence" withdraws it (§575)."""
    return any(f"{noun.lemma_.lower()} of {g.lemma_.lower()}" in lex.words.approval_of_phrases
               and not any(d.lower_ == "no" for d in g.children)
               for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")


def _a_deed_or_a_plan(noun: Token) -> bool:
    """Whether ``noun`` is most often an act or a communication, or often a thought or a text — "the deal", "the
    project", "the plan" — and no party (plover_deed_nouns.csv, plover_held_nouns.csv)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not noun._.actor and (lemma in deed_nouns() or lemma in held_nouns())


def _gerund_code(lex: RuleWords, noun: Token) -> Code | None:
    """A trigger verb's -ing form used as a noun reports the verb's act where it says who acted or what was
    acted on: "the jailing of 50 journalists", "Putin's massing of troops", "China's sentencing of the scholar"
    (conventions §59). Only material acts: "the hosting of the Olympics" or "the funding of research" names no
    visit or aid. WordNet lists few such nouns; "the beginning of August" has no trigger verb. Nor an act done to an
    idea; an event acted on is none ("the crushing of the protests" as "crushed the protests", §310)."""
    code = _gerund_verb_code(lex, noun)
    if code is None or code.type not in lex.plover.material:
        return None  # "the hosting of the Olympics"
    acted_on = [counted(g, lex.words) for g in _of_objects(noun)]
    if not (acted_on or has_own_actor(noun)) or any(abstract(lex, n) and not noun_code(lex, n) for n in acted_on):
        return None
    return code


def _gerund_verb_code(lex: RuleWords, noun: Token) -> Code | None:
    """The code of the trigger verb an -ing noun is a form of ("the shipping of", "the jamming of": its forms as the
    lexicon reads an inflected verb's), with its particle the phrasal verb's only ("the breaking up of", §311)."""
    word = noun.lower_
    if noun.tag_ not in ("NN", "NNS") or not word.endswith(("ing", "ings")):
        return None
    particle = _gerund_particle(noun)
    forms = uninflected(word.removesuffix("s"))
    if particle is not None:
        return next((code for verb in forms if (code := lex.triggers.phrasal.get((verb, particle.lower_)))), None)
    return next((code for verb in forms if (code := lex.triggers.verbs.get(verb))), None)


def _acted_on_events(lex: RuleWords, noun: Token) -> list[Token]:
    """The events a gerund of a trigger verb acts on, as its verb acts on its object: its "of" objects that are event
    nouns with no doer of their own ("the crushing of the protests" is one COERCE, as "crushed the protests" is;
    §310). A noun that is no verb's form keeps its object's event ("the suppression of the protests")."""
    if _gerund_verb_code(lex, noun) is None:
        return []
    return [o for o in _of_objects(noun) if not has_own_actor(o) and noun_code(lex, counted(o, lex.words))]


def rejected_act(candidate: Candidate) -> bool:
    """Whether a candidate is a charge or request someone rejects (``match_noun``): it stands beside the
    rejection as its makers' act, "rejected accusations of abuses" being an ACCUSE and a REJECT."""
    return candidate.rejected and candidate.anchor.pos_ in NOUN_POS


def states_its_content(lex: RuleWords, noun: Token, plover_type: str) -> bool:
    """Whether a noun of accusation says who makes it or what it charges, one of request what it asks, or one of
    refusal who makes it and which act or proposal it refuses: "Kenya's criticism of the plan", "accusations that he
    took bribes", "accusations of human rights abuses", "a request for asylum", "demands for the troops to leave",
    "Hamas's rejection of the ceasefire proposal" — an act reported, not the word discussed ("criticism is healthy",
    "the request", "a request for comment", "the rejection of the proposal", §378)."""
    words = lex.words
    clause = any(c.dep_ in ("acl", "ccomp") and c.pos_ in VERB_POS or c.dep_ == "relcl" and to_infinitive(c)
                 for c in noun.children)  # the small parser often takes "calls to lift the curbs" for a relative clause
    if plover_type == "ACCUSE":
        return has_own_actor(noun) or clause or any(
            counted(g, words).lemma_.lower() in words.wrongdoing_nouns for g in prepositional_objects(noun, ("of",)))
    if plover_type == "REQUEST":  # what is asked, not whose ("Trump's signature proposals"), nor a reporter's ask
        return (clause or bool(prepositional_objects(noun, ("for",)))) and noun.lemma_.lower() not in words.proposal_nouns \
            and not any(t.lemma_.lower() in words.press_requests for t in noun.subtree)
    if plover_type == "REJECT":  # a refusal to act is its governed act's already ("Iran's refusal to negotiate")
        return has_own_actor(noun) and any(_an_act_or_proposal(lex, g) for g in prepositional_objects(noun, ("of",)))
    return False  # "Trump's support among evangelicals" is a standing, not an act


def a_charge_denied(lex: RuleWords, noun: Token) -> bool:
    """Whether a word of accusation that a verb of rejection takes was made against the one who rejects it, though it
    says no content of its own: "the ministry denied the allegations", "dismissed the accusations as propaganda",
    "rejected criticism of its media law", "denies all the charges against him" (conventions §564). Only WordNet's
    accusation and criticism nouns (`accusation_nouns`): a complaint or a claim is made to or about others. Not a
    judging body's dismissal, which ends a case against someone else ("the court dismissed the charges"), nor
    charges against a party named."""
    words = lex.words
    if noun.lemma_.lower() not in words.accusation_nouns or noun.dep_ not in OBJECT_DEPS:
        return False
    denier = _verb_code(lex, noun.head)
    if denier is None or denier.type != "REJECT":
        return False
    if any(g.pos_ != "PRON" for g in prepositional_objects(noun, ("against",))):
        return False
    return not any(counted(s, words).lemma_.lower() in words.judging_bodies for s in subjects(noun.head))


def _an_act_or_proposal(lex: RuleWords, noun: Token) -> bool:
    """Whether what a refusal is of is an act, a proposal, a request or a pact (§28: a rejection "for … policy,
    action"): "the president's rejection of a French request", not a view ("his rejection of the idea that …"; §378).
    "Talks" are a meeting only in the plural: the singular "talk" is speech ("a repudiation of his talk"; §108, §380)."""
    refused = counted(noun, lex.words)
    lemma = refused.lemma_.lower()
    if lemma == _TALK and refused.tag_ == "NN":
        return False
    return lemma in lex.triggers.nouns or lemma in lex.triggers.pacts or lemma in lex.words.proposal_nouns \
        or lex.fallback.verbal_nouns.get(lemma) is not None


def a_pact_of_ties(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` is a pact whose end ends ties, a sanction: "the accord", "the trade deal"; not a truce, whose
    end resumes fighting (conventions §12, §44)."""
    lemma = noun.lemma_.lower()
    return lemma in lex.triggers.pacts and lemma not in lex.words.truce_nouns


def leaves_pact(lex: RuleWords, token: Token) -> Candidate | None:
    """Leaving a pact or a negotiation ends cooperation, a SANCTION (conventions §12): "withdrew from
    the treaty", "pulled out of the deal", "quit the accord", "walked out of the talks", "pulled the
    country out of the treaty"; so does ending a pact ("scrapped the agreement", "is ending the accord")."""
    words = lex.words
    lemma = token.lemma_.lower()
    ended = lemma in words.ending_verbs or lemma in words.ending_heads and any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in words.ending_verbs for c in token.children)  # "tore up"
    if ended and token.pos_ in VERB_POS:
        for child in (c for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
            noun = counted(child, words)
            if a_pact_of_ties(lex, noun) or _part_in_a_pact(lex, token, noun):
                return Candidate(token, Code("SANCTION", "discontinue"), SPECIFICITY["verb_object"], absorbed=[child, noun])
        return None
    if token.pos_ == "NOUN" and lemma in words.ending_nouns:
        return _ending_named(lex, token, words.ending_nouns[lemma])
    if lemma not in words.leaving_words and lemma not in words.leaving_heads:
        return None  # no leaving word or phrase begins with it
    # The small parser reads "out" in "pulled out of" as a particle or as a preposition, right after the verb
    # or after what it pulls out ("pulled the country out of the treaty").
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    particle = next((c for c in token.children if c.dep_ == "prt" or c.dep_ == "prep"
                     and (c.i == token.i + 1 or any(c.i == o.right_edge.i + 1 for o in objects))
                     and f"{lemma} {c.lower_}" in words.leaving_words), None)
    if f"{lemma} {particle.lower_}" not in words.leaving_words if particle is not None else lemma not in words.leaving_words:
        return None
    heads = [token] if particle is None else [token, particle]
    objects += [g for head in heads for g in prepositional_objects(head, words.leaving_prepositions)]
    for child in objects:
        noun = counted(child, words)
        meeting = lex.triggers.nouns.get(noun.lemma_.lower())
        if noun.lemma_.lower() in lex.triggers.pacts or meeting is not None and meeting.type == "CONSULT" \
                or _leaves_a_body(lex, token, noun):
            return Candidate(token, Code("SANCTION", "discontinue"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _ending_named(lex: RuleWords, ending: Token, verb: str) -> Candidate | None:
    """An ending named by a noun, with what it ends after "of", is the sanction its verb would be with that object
    (conventions §186): "the cancellation of the minister's trip" (cancel trip), "the suspension of the talks", "the
    termination of the accord" (a pact ended, §44). "The cancellation of the concert" ends no tie."""
    words = lex.words
    for child in prepositional_objects(ending, ("of",)):
        noun = counted(child, words)
        name = noun.lemma_.lower()
        code = lex.triggers.verb_objects.get((verb, name))
        if code is None and (a_pact_of_ties(lex, noun) or _part_in_a_pact(lex, ending, noun)):
            code = Code("SANCTION", "discontinue")
        if code is not None and code.type == "SANCTION":
            return Candidate(ending, code, SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _part_in_a_pact(lex: RuleWords, ending: Token, part: Token) -> bool:
    """Whether ``part`` is a party's part in a pact or a body, which ending ends as leaving it would: "suspended its
    participation in the grain deal", "the termination of its membership of the bloc" (conventions §468). The parser
    may hang the "in" on the verb ("ended [its participation] [in the deal]")."""
    wholes = prepositional_objects(part, ("in", "of")) + (
        prepositional_objects(ending, ("in",)) if ending.pos_ in VERB_POS else [])
    return part.lemma_.lower() in lex.words.membership_nouns and any(
        a_pact_of_ties(lex, noun) or _leaves_a_body(lex, part, noun) for noun in (counted(g, lex.words) for g in wholes))


def _leaves_a_body(lex: RuleWords, leaving: Token, noun: Token) -> bool:
    """Whether a state leaves a body of states: "Mali pulled out of the regional bloc", "Britain left the EU"
    (conventions §135), "Mali's withdrawal from the bloc" (§468); a state that abandons a party, or troops that leave
    a council's building, end no tie of states. A political party that leaves a coalition or a bloc by its common
    noun ends its tie with the others as a state does ("the Freedom Party left the coalition"; §599)."""
    words = lex.words
    actor = actor_of(noun)
    named_body = noun.lemma_.lower() in words.state_bodies
    member = named_body or actor is not None and actor.sector == "IGO"
    leavers = _leavers(leaving, noun)
    return member and (states_among(words, leavers) or named_body and _parties_among(words, leavers)) \
        and not any(armed(counted(s, words), words) for s in leavers)


def _parties_among(words: EventWords, tokens: list[Token]) -> bool:
    """Whether one of ``tokens`` names a political party: an actor of `party_sectors` that is no person, or a name or
    noun of a party ("the Green Party", "his party"; actor_descriptions.names_a_party)."""
    return any(political_party(t) or (actor := actor_of(t)) is not None and actor.kind != "person"
               and actor.sector in words.party_sectors for t in tokens)


def _leavers(leaving: Token, left: Token) -> list[Token]:
    """Who does the ``leaving`` of what is ``left``: a verb's subjects; a noun's owner ("Mali's withdrawal", "the
    withdrawal by Mali", "the withdrawal of Mali from"); with none but a pronoun, the owner of the noun it is the "of"
    of ("the termination of its membership") or the subjects of the verb that carries it ("Mali announced its
    withdrawal") (conventions §468)."""
    if leaving.pos_ in VERB_POS:
        return subjects(leaving)
    owners = [o for o in [c for c in leaving.children if c.dep_ == "poss"] + prepositional_objects(leaving, ("by", "of"))
              if o != left and (o.pos_ != "PRON" or o._.actor)]
    if owners:
        return owners
    if leaving.dep_ == "pobj" and leaving.head.lower_ == "of" and leaving.head.head.pos_ in NOUN_POS:
        return _leavers(leaving.head.head, leaving)
    return subjects(leaving.head) if leaving.dep_ in OBJECT_DEPS and leaving.head.pos_ in VERB_POS else []


def eases_restriction(lex: RuleWords, token: Token) -> Candidate | None:
    """A restriction eased, named by a noun, is a concession (conventions §19, §35): "the lifting of the
    curfew", "the easing of travel restrictions", "a suspension of the sanctions", "the suspension of martial law"
    (§624). Its end named is its lifting (§623)."""
    words = lex.words
    if token.pos_ == "NOUN" and token.lemma_.lower() in words.restriction_ending_nouns:
        return _lifted_by_its_end(lex, token)
    if token.lemma_.lower() not in words.easing_nouns and token.lower_ not in words.easing_nouns:
        return None
    for child in prepositional_objects(token, ("of",)):
        noun = counted(child, words)
        if a_restriction(noun, words):
            return Candidate(token, Code("CONCEDE"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def a_restriction(noun: Token, words: EventWords) -> bool:
    """Whether ``noun`` names a restriction: a restriction noun ("the curfew", "travel bans") or one of several words
    (`emergency_rules`, §624): "martial law", "the state of emergency"."""
    lemma = noun.lemma_.lower()
    if lemma in words.restriction_nouns:
        return True
    names = {modified_name(noun), *(f"{lemma} of {o.lemma_.lower()}" for o in prepositional_objects(noun, ("of",)))}
    return not names.isdisjoint(words.emergency_rules)


def a_siege_named(siege: Token) -> bool:
    """Whether a siege names what it surrounds ("of") or a holder (a possessive), as a military blockade does; a
    bare "the siege" is as often a hostage siege the police stormed (conventions §586)."""
    return bool(prepositional_objects(siege, ("of",))) or any(c.dep_ == "poss" for c in siege.children)


def _lifted_by_its_end(lex: RuleWords, end: Token) -> Candidate | None:
    """The end of a restriction, or an end to it, names it lifted (conventions §623): "the end of the curfew", "an end
    to the ban", "put an end to martial law" (CONCEDE), "the end of its blockade of the port" (RETREAT/access, as the
    lexicon's "lift blockade"), "the end of its siege of the town" (RETREAT/withdraw, a siege named as §586 asks).
    Not "the end of March", nor "the end of colonial rule" (power lost, `held_power_nouns`)."""
    words = lex.words
    ended, head = prepositional_objects(end, ("of", "to")), end
    if not ended and end.dep_ == "dobj":
        # the parser hangs "to" of "put an end to" on the verb, which then says the lifting with its doer
        ended, head = prepositional_objects(end.head, ("to",)), end.head
    for child in ended:
        noun = counted(child, words)
        name = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or name in words.held_power_nouns:
            continue
        if name in words.siege_nouns:
            code = Code("RETREAT", "withdraw") if a_siege_named(noun) else None
        else:
            code = lex.triggers.verb_objects.get(("lift", name))
            if code is None and a_restriction(noun, words):
                code = Code("CONCEDE")
        if code is not None:
            absorbed = [child, noun] if head is end else [end, child, noun]
            return Candidate(head, code, SPECIFICITY["verb_object"], absorbed=absorbed)
    return None


def restricts_freedoms(lex: RuleWords, rule: Token) -> list[Token] | None:
    """The words that make a law, a rule or a restriction one on political freedoms or movement (the manual's
    COERCE: "impose restrictions on political freedoms or movement"; conventions §419): a repressive modifier
    ("a repressive media law"), a freedom it is against ("anti-protest laws"), a clause of restricting over a
    freedom ("a law criminalizing free speech", "a decree that restricts freedom of assembly"), or, for a
    restriction noun, the freedom it is on, of or for ("restrictions on movement", "regulations for NGOs").
    None when it restricts no freedom: "restrictive gun laws", "a law that bans smoking"."""
    words = lex.words
    for modifier in (c for c in rule.children if c.dep_ in ("amod", "compound", "nmod")):
        if modifier.lemma_.lower() in words.repressive_modifiers or _against_a_freedom(lex, modifier):
            return [modifier]
    for clause in (c for c in rule.children if c.dep_ in ("relcl", "acl")
                   and c.lemma_.lower() in words.restricting_verbs):
        restricted = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")] \
            + prepositional_objects(clause, ("on",))
        if any(_a_freedom(lex, f) for r in restricted for f in (r, *r.conjuncts)):
            return [clause, *restricted]
    if rule.lemma_.lower() in words.restriction_nouns:
        # the object itself, not its conjuncts: "the rule of law and political freedom" restricts nothing
        restricted = prepositional_objects(rule, ("on", "of", "for"))
        if any(_a_freedom(lex, r) for r in restricted):
            return restricted
    return None


def _a_freedom(lex: RuleWords, noun: Token) -> bool:
    """"free speech", "freedom of assembly", "religious gatherings", "movement", "protests", "NGOs": a political
    freedom, or what one is exercised in (english.yaml `freedom_nouns`, the lexicon's PROTEST nouns)."""
    return _freedom_word(lex, counted(noun, lex.words).lemma_.lower()) or noun.lower_ in lex.words.freedom_nouns


def _freedom_word(lex: RuleWords, word: str) -> bool:
    code = lex.triggers.nouns.get(word)
    return word in lex.words.freedom_nouns or code is not None and code.type == "PROTEST"


def _against_a_freedom(lex: RuleWords, modifier: Token) -> bool:
    """"anti-protest", as one word or as "anti", "-", "protest": a modifier against a freedom."""
    doc = modifier.doc
    if modifier.lower_.startswith("anti-"):
        return _freedom_word(lex, modifier.lower_[len("anti-"):])
    return modifier.i >= 2 and doc[modifier.i - 1].text == "-" and doc[modifier.i - 2].lower_ == "anti" \
        and _a_freedom(lex, modifier)


def restriction_of_freedoms(lex: RuleWords, token: Token) -> Candidate | None:
    """A restriction noun of no event of its own that restricts a political freedom or movement imposes it
    (conventions §419): "restrictions of movement", "curbs on protests" (COERCE/restrict). A ban or a curfew
    is read by its own noun."""
    words = lex.words
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lemma not in words.restriction_nouns or lemma in lex.triggers.nouns:
        return None
    restricted = restricts_freedoms(lex, token)
    if restricted is None:
        return None
    return Candidate(token, Code("COERCE", "restrict"), SPECIFICITY["verb_object"],
                     absorbed=[t for r in restricted for t in (r, counted(r, words))])


def trade_with_another_country(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` names trade with another country (conventions §556): imports or exports by their name, or a
    sale, trade or shipment to, with or from a country or of another country's goods ("arms sales to Venezuela",
    "the sale of Georgian wine"); not "sales of sugary drinks", trade at home."""
    words = lex.words
    noun = counted(noun, words)
    lemma = noun.lemma_.lower()
    if lemma in words.border_trade_nouns:
        return True
    if lemma not in words.trade_nouns and noun.lower_ not in words.trade_nouns:
        return False
    # the parser hangs the partner on the verb as often as on its object: "banned arms sales to Venezuela"
    partners = prepositional_objects(noun, ("to", "with", "from")) + (
        prepositional_objects(noun.head, ("to", "with", "from")) if noun.dep_ in OBJECT_DEPS else [])
    marks = [c for t in (noun, *prepositional_objects(noun, ("of",))) for c in t.children
             if c.dep_ in ("amod", "compound", "nmod")]
    return any(t.ent_type_ in ("GPE", "NORP") for t in (*partners, *marks))


def trade_banned(lex: RuleWords, token: Token) -> Candidate | None:
    """A ban on trade with another country stops an exchange as a measure (the manual's SANCTION: "stop or restrict
    commercial or other material exchange"; conventions §556): "a ban on imports of Japanese seafood"
    (SANCTION/discontinue), read where a light verb imposes it. A ban on rallies restricts (§419)."""
    words = lex.words
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words.trade_ban_nouns:
        return None
    trade = [t for t in prepositional_objects(token, ("on",)) if trade_with_another_country(lex, t)]
    return Candidate(token, Code("SANCTION", "discontinue"), SPECIFICITY["verb_object"],
                     absorbed=[w for t in trade for w in (t, counted(t, words))]) if trade else None


def person_expelled(lex: RuleWords, token: Token) -> Candidate | None:
    """The expulsion of a person who is no envoy, from no body, is a deportation (the manual's SANCTION exception:
    "expulsions or deportations of individuals … are coded as COERCE"; conventions §557): "Rwanda's expulsion of a
    Congolese journalist" (COERCE/deport), as the verb reads it. "The expulsion of the ambassador" and "his expulsion
    from the party" stay the lexicon's SANCTION/expel."""
    words = lex.words
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words.expulsion_nouns or any(
            a_member_body(body, words) for body in prepositional_objects(token, ("from",))):
        return None
    people = [t for t in prepositional_objects(token, ("of",)) if not an_envoy(noun := counted(t, words), words)
              and (a_person(noun, frozenset()) or party_noun_kinds().get(noun.lemma_.lower()) == "person")]
    return Candidate(token, Code("COERCE", "deport"), SPECIFICITY["verb_object"],
                     absorbed=[w for t in people for w in (t, counted(t, words))]) if people else None


def transmission_stopped(lex: RuleWords, token: Token) -> Candidate | None:
    """A shutdown or a blackout named by the outlet or the means of communication it stops is censorship (the
    manual's COERCE: "censor, ban or restrict access to publications"; conventions §485): "an internet shutdown",
    "a communications blackout", "a media blackout". A power blackout or a government shutdown stops no
    transmission."""
    words = lex.words
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lemma not in words.shutdown_nouns | words.blackout_nouns:
        return None
    means = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and {c.lemma_.lower(), c.lower_}
             & (words.outlet_nouns | words.outlet_products | words.communication_means)]
    return Candidate(token, Code("COERCE", "censor"), SPECIFICITY["verb_object"], absorbed=means) if means else None


def relief(lex: RuleWords, noun: Token) -> bool:
    """"food", "tents", "medical supplies", "humanitarian goods", "emergency medicines": relief goods."""
    words = lex.words
    # A modifier's conjuncts modify too: "search and rescue teams" (§114).
    return noun.lemma_.lower() in words.relief_nouns or any(
        m.lemma_.lower() in words.relief_nouns | words.relief_modifiers
        for c in noun.children if c.dep_ in ("compound", "amod", "nmod") for m in (c, *c.conjuncts))


def arms(lex: RuleWords, noun: Token) -> bool:
    """"tanks", "rockets", "armored vehicles", "military equipment", "fighter jets": arms, by WordNet's weapons
    (plover_relief_goods.csv), english.yaml's weapon nouns, or a modifier that names armed forces on a piece of
    equipment (plover_materiel_nouns.csv), not on people or acts ("military personnel", "naval cooperation"; §114).
    A craft named by the armed forces it belongs to or is one of is a military craft: "fighter jets", "bomber
    aircraft", "army trucks"; not other equipment, where such a noun names a part or a use ("jet engines"). So are
    the arms a noun and the words before it name in WordNet: "armored personnel carriers", "attack aircraft" (§379)."""
    words, lemma = lex.words, noun.lemma_.lower()
    return wordnet_weapon(lex, noun) or lemma in words.weapon_nouns or lemma in materiel_nouns() and any(
        c.dep_ in ("compound", "amod") and c.lower_ in words.force_modifiers for c in noun.children) \
        or lemma in conveyance_nouns() and any(
            c.dep_ == "compound" and c.lemma_.lower() in words.force_nouns for c in noun.children) \
        or any(lex.relief_goods.get(" ".join([*(t.lower_ for t in noun.doc[start:noun.i]), lemma])) == "arms"
               for start in range(noun.left_edge.i, noun.i)) \
        or _arms_system(lex, noun)


def wordnet_weapon(lex: RuleWords, noun: Token) -> bool:
    """Whether WordNet 3.0 files ``noun`` among weapons (plover_relief_goods.csv, kind arms), by its lemma or by the
    plural it is written in: "arms" is weaponry.n.01 {weaponry, arms, implements of war, weapons system, munition},
    which the parser lemmatizes as "arm", a limb ("decommissioned its arms", "sent arms to Syria"; conventions §590)."""
    return lex.relief_goods.get(noun.lemma_.lower()) == "arms" or noun.tag_ == "NNS" \
        and lex.relief_goods.get(noun.lower_) == "arms"


def _arms_system(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` is a system that arms or military defense name by a compound, its own or one of that
    compound's: "Patriot missile systems", "air defense systems" (§513); not "a tax system", "water purification
    systems"."""
    words = lex.words
    if noun.lemma_.lower() not in words.arms_system_heads:
        return False
    modifiers = [c for c in noun.children if c.dep_ == "compound"]
    for modifier in modifiers:  # grows as it goes: "air" on "defense" on "systems"
        modifiers += [c for c in modifier.children if c.dep_ == "compound"]
    return any(m.lemma_.lower() in words.arms_system_modifiers or arms(lex, m) for m in modifiers)


def aid_party(heads: list[Token], words: EventWords) -> bool:
    """Whether one of ``heads`` names a country, or an organization or group of an aid sector
    (government, IGO, NGO): money given to a person, a party or a campaign is no aid (conventions §23)."""
    for head in heads:
        for token in (head, *noun_phrase(head, words)):
            actor = actor_of(token)
            if actor is not None and (actor.kind == "country" or (
                    actor.kind != "person" and actor.sector in words.aid_recipient_sectors)):
                return True
    return False


def _givers_named_beside(noun: Token) -> list[Token]:
    """Who a noun of handing over names as its giver (§528): after "from" or "by" ("deliveries from U.S. stocks",
    "the provision of tanks by Britain"), its possessor ("Germany's shipments") or a country named before it ("U.S.
    deliveries", "German shipments"; not "federal" or "army", which name no state)."""
    return [g for g in prepositional_objects(noun, ("from", "by")) for g in (g, *g.conjuncts)] \
        + [c for c in noun.children if c.dep_ == "poss"
           or c.dep_ in ("amod", "compound") and c.i < noun.i and c.ent_type_ in ("GPE", "NORP")]


def _relief_delivered(lex: RuleWords, token: Token) -> Candidate | None:
    """A delivery of relief is aid (conventions §40): "the shipment of wheat", "a consignment of medicine";
    "donations" to a campaign name no relief. So is any noun of handing over with relief after "of" or before
    it ("the distribution of tents", "food distributions"), and arms handed "to" someone ("the provision of
    tanks to Kyiv"; conventions §114) or by a state or an aid body named beside the noun, as a verb's (§411, §528):
    "U.S. deliveries of artillery shells", "the provision of armored vehicles by Britain"."""
    words = lex.words
    lemma = token.lemma_.lower()
    if lemma not in words.delivery_nouns and lemma not in words.handing_nouns:
        return None
    received = any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
                   for c in token.children)
    given = aid_party(_givers_named_beside(token), words)
    for child in prepositional_objects(token, ("of",)):
        noun = counted(child, words)
        goods = (noun, *noun.conjuncts)
        # (the giver may hang on the goods: "a consignment of rifles from the Polish government")
        if any(relief(lex, t) or lex.relief_goods.get(t.lemma_.lower()) == "relief" for t in goods) \
                or (received or given or aid_party(prepositional_objects(noun, ("from",)), words)) \
                and any(arms(lex, t) for t in goods):
            return Candidate(token, Code("AID"), SPECIFICITY["compound"], absorbed=[child, noun])
    # "a $22 million donation from Japan", "a contribution of $5 million to UNICEF": money to or from an aid party
    amounts = [t for c in token.children if c.dep_ in ("compound", "nmod", "amod", "nummod", "quantmod") and c.i < token.i
               for t in c.subtree] + prepositional_objects(token, ("of",))
    parties = prepositional_objects(token, ("from", "to", "by")) + [c for c in token.children if c.dep_ == "poss"]
    if any(t.ent_type_ == "MONEY" for t in amounts) and aid_party(parties, words):
        return Candidate(token, Code("AID"), SPECIFICITY["compound"])
    named = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    # "food distributions", not "a water distribution system" (a thing's name)
    if lemma in words.handing_nouns and token.dep_ != "compound" and any(
            relief(lex, c) or c.lemma_.lower() in words.relief_nouns for c in named):
        return Candidate(token, Code("AID"), SPECIFICITY["compound"], absorbed=named)
    return None


def _aid_money_from_donor(lex: RuleWords, token: Token) -> Candidate | None:
    """A grant, a donation, a loan, credit or debt relief (english.yaml `aid_money_nouns`) that comes from a country
    or an aid body is monetary aid (PLOVER AID: "grants, gifts and credit"; conventions §421): "grants from
    development organizations", "a loan package from the IMF", "Chinese creditors provided most of the debt relief".
    A person, a firm or a campaign as a party makes it none (§60): "a loan from the bank", "donations to the PAC";
    "student loans" name no giver."""
    words = lex.words
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i == token.i - 1]
    names = {token.lemma_.lower(), *(f"{m.lower_} {token.lemma_.lower()}" for m in modifiers)}
    if not names & words.aid_money_nouns:
        return None
    # "a loan package from the IMF": a lot of it carries the giver; "the bank's loan book" is no loan given
    head = token.head if token.dep_ == "compound" else token
    if head != token and head.lemma_.lower() not in words.goods_lots:
        return None
    # "most of the debt relief": what is counted is handed over
    counter = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    givers = [g for g in prepositional_objects(head, ("from", "by")) for g in (g, *g.conjuncts)] \
        + [c for c in head.children if c.dep_ == "poss"]
    # who hands it over: "Chinese creditors provided …"; a receiver of it is no giver
    verb = counter.head
    if counter.dep_ == "dobj" and verb.lemma_.lower() in words.transfer_verbs and verb.lemma_.lower() != "receive":
        givers += [s for s in verb.children if s.dep_ == "nsubj"]
    receivers = prepositional_objects(head, ("to", "for"))
    political = any(counted(p, words).lemma_.lower() in words.campaign_funds | words.donor_nouns
                    for p in givers + receivers)
    people = any(a_person(p, words.person_pointers) for p in givers + receivers)
    if aid_party(givers, words) and not political and not people:
        return Candidate(head, Code("AID"), SPECIFICITY["compound"], absorbed=[token] if head != token else [])
    return None


def _forces_trained(lex: RuleWords, token: Token) -> Candidate | None:
    """Another party's forces trained, named by a noun, are military assistance as the verb's are (§173): "U.S.
    training of Syrian rebels", "the training of Afghan forces by NATO"; "the training of its recruits" names no
    other party, and "the training of the national team" no forces."""
    if token.lemma_.lower() not in lex.words.training_nouns:
        return None
    trainers = [c for c in token.children if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < token.i] \
        + prepositional_objects(token, ("by",))
    givers = [actor for actor in map(actor_of, trainers) if actor is not None]
    for child in prepositional_objects(token, ("of",)):
        noun = counted(child, lex.words)
        if another_partys_forces(lex, noun, givers):
            return Candidate(token, Code("AID"), SPECIFICITY["compound"], absorbed=[child, noun])
    return None


def another_partys_forces(lex: RuleWords, noun: Token, givers: list) -> bool:
    """Whether ``noun`` names armed forces, or fighters the actor knowledge base files under an armed sector
    ("rebels", "militias"), of an actor other than each of ``givers`` (by identity and by country), who are
    named: "Nigerian troops", "Houthi fighters" trained by another, not "its recruits" by the army (§34, §173)."""
    words = lex.words
    forces = armed_men(lex, noun)
    receivers = phrase_actors(noun, words)
    return bool(givers) and forces and bool(receivers) and another_party(receivers[0], givers)


def _cooperation_signed(lex: RuleWords, pact: Token) -> Candidate | None:
    """A pact of cooperation or trade that is signed begins that cooperation (conventions §36): "signed a
    trade pact"; the signing itself stays SUPPORT, and an unsigned pact is only talked about."""
    verb, words = pact.head, lex.words
    if pact.dep_ not in OBJECT_DEPS or pact.lemma_.lower() not in lex.triggers.pacts:
        return None
    if not _told_as_done(lex, verb):
        return None
    # "worked out an agreement" with its particle; "approved a defense cooperation agreement" as a law is
    verbs = [verb.lemma_.lower()] + [f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "prt"]
    if verb.pos_ in VERB_POS \
            and any(v in words.finalizing_verbs | words.enacting_verbs or (v, pact.lemma_.lower()) in lex.triggers.verb_objects
                    for v in verbs) \
            and names_cooperation(pact, words):
        return Candidate(pact, Code("COOPERATE"), SPECIFICITY["compound"])
    return None


def _told_as_done(lex: RuleWords, verb: Token) -> bool:
    """Whether a pact's signing is told as done (conventions §489): not governed by a verb of refusing, intending or
    failing ("refused to sign", "hope to sign", "stopped short of signing"), not proposed ("demanded that Chad
    sign"), and without modes of its own ("will sign", "did not sign"); "used the visit to sign", "after reaching a
    deal" and "said they signed" tell it."""
    words = lex.words
    if verb.dep_ in ("xcomp", "ccomp", "pcomp"):
        # the verb the clause hangs on, past a preposition and what it modifies ("stopped short of signing")
        governing = next((t for t in verb.ancestors if t.pos_ in VERB_POS), None)
        if governing is not None and governing.lemma_.lower() in lex.triggers.governors:
            return False
    return not (verb.dep_ == "ccomp" and not indicative(verb, words) or own_modes(verb, words))


def names_cooperation(pact: Token, words: EventWords) -> bool:
    """Whether a pact begins cooperation or exchange between its parties: "a trade pact", "an agreement on
    economic cooperation", and any other deal, accord or memorandum ("signed 14 deals", "an agreement to
    establish a council") but a truce or a peace ("a cease-fire agreement", "a peace deal") and a
    declaration, which is said (conventions §36, §54)."""
    named = [c for c in pact.children if c.dep_ in ("compound", "amod", "nmod")] + prepositional_objects(pact, ("on", "for"))
    if any(t.lemma_.lower() in words.cooperation_nouns for t in named):
        return True
    return pact.lemma_.lower() not in words.unexchanged_pacts and not any(
        t.lemma_.lower() in words.unexchanged_pacts for t in named)


def elicited(lex: RuleWords, noun: Token) -> bool:
    """Whether a noun names an act its verb's subject meets, done by others (``elicitor``): a penalty or a response
    (§367: "will meet a crushing response", "faces punishment"), a verbal noun as the object ("drew criticism", "faces
    charges"), or a noun of an act met "with" ("was met with criticism", "met with protests", "met with resistance":
    §282) — an event noun of any tier or a deed noun (plover_deed_nouns.csv, most often an act or a communication) that
    is no party's name nor a noun of one (plover_party_nouns.csv: "a meeting", "a delegation"): "met with the
    minister", "met with protesters" gather."""
    if elicitor(noun, lex.words) is None:
        return False
    lemma = noun.lemma_.lower()
    if consequence_words().get(lemma) in (PENALTY, RESPONSE):
        return True
    if noun.dep_ == "dobj":
        return lemma in lex.fallback.verbal_nouns
    named = (lex.triggers.nouns, lex.fallback.nouns, lex.fallback.verbal_nouns, lex.stance_nouns, deed_nouns())
    return any(lemma in nouns for nouns in named) and lemma not in party_nouns() and not noun._.actor \
        and noun.ent_type_ not in ACTOR_LABELS


def _in_the_cause_of(lex: RuleWords, noun: Token) -> bool:
    """Whether a verbal noun names whom an act is done for: "marched in support of the president", "a
    statement in support of the jailed activist" — the act expresses it; "fired in support of the
    advance" supports no one."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and any(
        g._.actor or g.ent_type_ in ACTOR_LABELS or counted(g, lex.words).lower_ in lex.sector_nouns
        for g in prepositional_objects(noun, ("of", "with")))


def refused_or_requested(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` is the object of a verb that turns it into a request, refusal or promise of its
    own ("declined the request", "rejected the proposal"): such a verb carries a verbal noun."""
    rule = lex.triggers.governors.get(noun.head.lemma_.lower())
    return noun.dep_ in OBJECT_DEPS and noun.head.pos_ in VERB_POS and rule is not None and rule.type is not None


def abstract(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` names an idea, a text, a quality or a state, not an actor or a thing."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.abstract_nouns and not noun._.actor \
        and not noun.ent_type_


def a_persons_view(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` is what a person holds, says or is — a view, a text, a quality (plover_held_nouns.csv) owned
    by a person or one in politics, named or by office: "the governor's record", "her positions", "his rival's
    character" (§494); "the governor's home", "the senator's convoy" and "the army's positions" are struck."""
    words = lex.words
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in held_nouns() and not noun._.actor and not noun.ent_type_ \
        and any(c.dep_ == "poss" and (a_person_or_in_politics(c, words) or c.pos_ == "NOUN" and lex.sector_nouns.get(
            counted(c, words).lower_) in words.politics_sectors) for c in noun.children)


def _by_workers(lex: RuleWords, strike: Token) -> bool:
    """Whether a strike is held by people at work, not by a state or armed forces: "the teachers'
    strike", "a strike by dockworkers", "workers launched a strike", "the union's strike"."""
    owners = [c for c in strike.children if c.dep_ in ("poss", "compound")] + [
        g for c in strike.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
        for g in c.children if g.dep_ == "pobj"]
    if strike.dep_ in OBJECT_DEPS and strike.head.pos_ in VERB_POS:
        owners += subjects(strike.head)  # "workers launched a strike"
    for owner in owners:
        actor = actor_of(owner)
        sector = actor.sector if actor is not None else lex.sector_nouns.get(owner.lower_)
        if sector in lex.words.working_sectors:
            return True
    return False


def campaign_event(noun: Token, words: EventWords) -> bool:
    """"Trump's rally", "his rallies", "a rally for the senator", "campaign rallies", "a victory rally": one
    person's gathering; so is a rally a person speaks at that names no cause ("spoke at a rally in Miami",
    not "at a rally against the war"). A person is an actor of kind person whatever the tagger calls the name
    ("a Trump rally": an organization to the small model)."""
    if names_cause(noun, words):
        return False
    people = words.person_pointers
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in VERB_POS and any(
            a_person(s, people) for s in _doers(noun.head.head)):
        return True
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.lemma_.lower() in words.contest_nouns:
            return True
        if child.dep_ in ("poss", "compound") and (a_person(child, people) or child.lower_ == "his"):
            # "his rallies", "her rally", "a Clinton rally"
            return True
        if child.dep_ in ("compound", "amod") and child.lemma_.lower() == "campaign":
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                a_person(g, people) for g in child.children if g.dep_ == "pobj"):
            return True
    return False


def names_cause(gathering: Token, words: EventWords) -> bool:
    """Whether a gathering says what it is for or against: "a rally against the war", "a rally over the
    shooting", "a rally to demand justice", "a rally in support of the claim"."""
    return any(cause_phrase(c, words) for c in gathering.children)


def cause_phrase(child: Token, words: EventWords) -> bool:
    """Whether a gathering's dependent says what it is for or against (``names_cause``)."""
    if child.dep_ in ("acl", "relcl"):
        return True
    return child.dep_ == "prep" and (child.lower_ in ("against", "over") or child.lower_ == "in" and any(
        g.lemma_.lower() in words.cause_nouns for g in child.children))


def campaign_rallies(lex: RuleWords, found: list[Candidate]) -> None:
    """In election news a rally is a candidate's unless it names a cause or protesters hold it: "a rally in
    Miami", "Trump's rally crowds", "rallying around Ted Cruz" (conventions §61); "protesters rallied outside
    the convention" and "a rally against the ban" stay PROTEST."""
    words = lex.words
    for candidate in found:
        if candidate.dropped or candidate.code.type != "PROTEST":
            continue
        gathering = candidate.own_word(words.campaign_gatherings)
        doers = _doers(candidate.anchor) if candidate.anchor.pos_ in VERB_POS else []
        if gathering is not None and not (names_cause(gathering, words) or with_protesters(gathering, words)
                                          or protesters(doers, words)):
            candidate.dropped = True


def _doers(verb: Token) -> list[Token]:
    """Who does ``verb``: its subjects, or for a participle ("Rubio, speaking at …") what it describes."""
    if verb.dep_ == "acl":
        return [verb.head]
    return subjects(verb) or (subjects(verb.head) if verb.dep_ == "advcl" else [])


def _weapon_test(lex: RuleWords, noun: Token) -> tuple[Code, float] | None:
    """A test whose modifiers name a weapon shows it, as "tested a missile" does (§177), whoever held it: "the nuclear
    test", "Pyongyang's third atomic test", "a rocket-engine test" (conventions §615); "a blood test" shows nothing."""
    words = lex.words
    if noun.lemma_.lower() not in words.testing_nouns:
        return None
    modifiers = [m for c in noun.children if c.dep_ in ("compound", "amod", "nmod") for m in c.subtree]
    if any(m.lemma_.lower() in words.weapon_nouns | words.weapon_adjectives or wordnet_weapon(lex, m)
           for m in modifiers):
        return Code("MOBILIZE", "weapons"), SPECIFICITY["noun"]
    return None


def _forces_exercise(lex: RuleWords, noun: Token) -> tuple[Code, float] | None:
    """An exercise held by armed forces, or that involves them, is a mobilization: "5,000 troops began the
    exercises", "soldiers took part in drills", "exercises by U.S. land, sea and air forces", "an exercise
    involving U.S. and South Korean forces", "the exercise involved 36 warships", "took part in the exercise
    alongside Indonesian forces" (conventions §17); so is one its own words make military (§394)."""
    words = lex.words
    if noun.lemma_.lower() not in words.exercise_nouns:
        return None
    if _military_exercise(lex, noun):
        return Code("MOBILIZE"), SPECIFICITY["noun"]
    verb = noun.head
    while verb.pos_ not in VERB_POS and verb.head.i != verb.i:
        verb = verb.head
    heads = [counted(s, words) for s in subjects(verb)]
    heads += [counted(g, words) for g in prepositional_objects(noun, ("by", "of", "with", "alongside"))]
    heads += [counted(g, words) for g in prepositional_objects(verb, ("with", "alongside"))]
    heads += [counted(o, words) for c in noun.children if c.dep_ in ("acl", "relcl") for o in c.children
              if o.dep_ == "dobj"]  # "an exercise involving U.S. forces"
    if noun.dep_ == "nsubj":  # "the exercise involved 36 warships"
        heads += [counted(o, words) for o in noun.head.children if o.dep_ == "dobj"]
    forces = any(armed(t, words) or t.lemma_.lower() in words.weapon_nouns
                 for s in heads for t in (s, *s.conjuncts))
    return (Code("MOBILIZE"), SPECIFICITY["noun"]) if forces else None


def _military_exercise(lex: RuleWords, noun: Token) -> bool:
    """Whether an exercise noun names a military exercise by its own words (conventions §394): a modifier or owner
    that is armed ("a naval exercise", "military drills", "the navy's exercise"), a weapon ("missile drills") or
    fighting ("a live-fire exercise", `events.combat_modifiers`), or a name ("the Cobra Gold exercise",
    "Exercise Southern Shield"). The noun alone does not say it: WordNet's first sense of "exercise" is physical
    exercise, of "drill" a tool, and "such a maneuver" in politics is a tactic; nor does "training" ("a
    training exercise for teachers"), "fire" ("a fire drill"), a place or an unarmed party ("the Baltic exercise")."""
    words = lex.words
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < noun.i]
    if armed(noun, words, modified_only=True) or any(
            armed_party(c, words) or c.doc[c.left_edge.i:c.i + 1].text.lower().replace(" ", "") in words.combat_modifiers
            for c in modifiers):
        return True
    if noun.pos_ == "PROPN" and noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.i < noun.head.i:
        return _an_exercise_name(noun.head)  # "Exercise Southern Shield"
    return any(c.dep_ in ("compound", "nmod") and _an_exercise_name(c) for c in modifiers)  # "the Cobra Gold exercise"


def _an_exercise_name(name: Token) -> bool:
    """Whether a proper noun can be an exercise's own name: no party ("the NATO exercise" names who holds it), and
    no place or date ("the Baltic exercise", "the Monday drill")."""
    return name.pos_ == "PROPN" and not any(t._.actor or t.ent_type_ in UNNAMING_LABELS
                                            for t in name.subtree if t.pos_ == "PROPN")


def _releases_people(lex: RuleWords, noun: Token) -> bool:
    """Whether a release noun frees someone: "the release of 80 detainees", "his release from jail"; a
    "press release" or "news release" is a text (conventions §58)."""
    if any(c.dep_ == "compound" and c.lemma_.lower() in lex.words.release_texts for c in noun.children):
        return False
    released = [counted(g, lex.words) for g in prepositional_objects(noun, ("of",))]
    if released:
        return not any(n.lemma_.lower() in lex.triggers.publications or abstract(lex, n) for n in released)
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)


def _stops_work(lex: RuleWords, strike: Token) -> bool:
    """Whether a strike that names no target or weapon stops work: it lasts ("a five-week strike", "a
    weeklong strike"), has a cause ("a strike over pay", "a strike in protest of the tax"), or is held as a
    protest is held ("held a strike"). WordNet's first sense of the noun is the work stoppage ("the strike
    lasted more than a month"); its attack, strike.n.02, hits something (conventions §89)."""
    words = lex.words
    if armed(strike, words, modified_only=True) or any(
            not (abstract(lex, noun) or lex.names_a_time(noun))
            for noun in (counted(g, words) for g in prepositional_objects(strike, ("on", "against")))):
        return False  # "a military strike", "strikes on the camp"; not "a strike on Monday"
    modifiers = [t for c in strike.children if c.dep_ in ("compound", "amod", "nummod") and c.i < strike.i
                 for t in c.subtree]
    lasts = any(t.lemma_.lower() in lex.calendar_units
                or t.lower_.removesuffix("long").rstrip("-") in lex.calendar_units for t in modifiers)
    cause = any(abstract(lex, noun) and not lex.names_a_time(noun)  # not "over the weekend"
                for noun in (counted(g, words) for g in prepositional_objects(strike, ("over",)))) or any(
        g.lemma_.lower() in words.cause_nouns for g in prepositional_objects(strike, ("in",)))
    held = strike.dep_ in OBJECT_DEPS and strike.head.pos_ in VERB_POS and (
        code := lex.triggers.verb_objects.get((strike.head.lemma_.lower(), "protest"))) is not None \
        and code.type == "PROTEST"
    return lasts or cause or held


def _made(threat: Token) -> bool:
    """Whether a threat is someone's act: it names who makes it ("Iran's threat", "threats from the group"),
    what it threatens ("a threat to kill", "threats on his life"), or its kind ("bomb threats")."""
    return any(c.dep_ in ("poss", "compound", "acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("from", "by", "on", "against"))
               for c in threat.children)


# _noun_event's rules of a noun with what it names, in the order they are tried: the first that reads the noun wins.
# Each with the word lists it needs the noun's lemma or form in (``WordRule``); here, after the rules it names.
_NOUN_RULES = WordRules(
    WordRule(leaves_pact, ("words.ending_verbs", "words.ending_heads", "words.ending_nouns", "words.leaving_words",
                           "words.leaving_heads")),
    WordRule(eases_restriction, ("words.easing_nouns", "words.restriction_ending_nouns")),
    WordRule(person_expelled, ("words.expulsion_nouns",)),
    WordRule(restriction_of_freedoms, ("words.restriction_nouns",)),
    WordRule(transmission_stopped, ("words.shutdown_nouns", "words.blackout_nouns")),
    WordRule(_cooperation_signed, ("triggers.pacts",)),
    WordRule(_relief_delivered, ("words.delivery_nouns", "words.handing_nouns")),
    WordRule(_aid_money_from_donor, ("words.aid_money_nouns",)),  # "debt relief": the noun is its last word
    WordRule(_forces_trained, ("words.training_nouns",)),
)
