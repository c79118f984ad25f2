"""How an event is reported: its auxiliary modes (negated, future, hypothetical, historical) and
the recodings they imply ("will not accept" is a refusal, "will expel … unless" a threat)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from spacy.tokens import Span, Token

from .event_lexicon import Code, FallbackTriggers, a_party
from .event_reading import Candidate, EventReading
from .event_when import period_bounds
from .labels import NOUN_POS, OBJECT_DEPS, PRESENT_TAGS, SUBJECT_DEPS, VERB_POS
from .lexicon import EventWords, PloverTypes

_DEFINITE_ARTICLE = "the"  # "met with the opposition": a party met, not a reaction (§282)
_MISREAD_SUBJECT_DEPS = frozenset({"nsubj", "acomp", "attr"})  # what the parser makes the subject after "were"


@dataclass(frozen=True)
class Coding:
    """An event's PLOVER type and mode once its auxiliary modes are read, with those modes, and a second
    event the same words report with its own modes: a joint exercise is also a show of force, a promise of
    aid also the aid, promised."""

    type: str
    mode: str | None
    aux: frozenset[str]
    also: Code | None = None
    also_aux: frozenset[str] = frozenset()


def coding(reading: EventReading, candidate: Candidate, own_aux: set[str]) -> Coding:
    """The candidate's code, recoded by its modes; ``own_aux`` are the modes of its own clause."""
    anchor = candidate.anchor
    aux = set(candidate.aux) | own_aux
    type_, mode = candidate.code.type, candidate.code.mode
    plover = reading.plover
    promised = candidate.promised
    if type_ in plover.material and (conditional(anchor, reading.words) or type_ not in plover.announced_threats
                                     and "future" in own_aux and "negated" not in aux
                                     and held_over_whoever(anchor, reading.words)):
        type_, mode = "THREATEN", plover.threat_mode(candidate.code)  # "will expel … unless" → expel
        aux -= {"hypothetical"}
    elif type_ in plover.held_refusals and "future" in own_aux and "negated" not in aux \
            and conditional(anchor, reading.words) and held_over_a_party(anchor, reading.words):
        # "would veto Turkey's funding if Ankara went ahead": a refusal announced, held over another's conduct (§598)
        type_, mode = "THREATEN", plover.threat_mode(candidate.code)
        aux -= {"hypothetical"}
    elif type_ in plover.announced_threats and "future" in own_aux and not aux & {"negated", "hypothetical"}:
        type_, mode = "THREATEN", _announced_threat_mode(plover, candidate.code)  # an announced attack is a threat
    elif type_ in plover.promised_threats and "hypothetical" in own_aux and "negated" not in aux \
            and not _counterfactual(anchor) and _own_warning(reading, candidate):
        # "Erdogan said Turkey could launch a ground operation", "Beijing said it could halt imports": a side
        # that says it may strike or punish warns, as one that vows it does (conventions §234)
        type_, mode = "THREATEN", plover.threat_mode(candidate.code)
        aux -= {"hypothetical"}
    elif type_ in plover.planned_threats and "negated" not in aux and _own_intention(reading, candidate):
        # "Russia plans to attack the city", "Trump is considering a blockade": an attack its own side plans
        # or weighs is announced, a threat (CAMEO "plan attack" 138; conventions §113)
        type_, mode = "THREATEN", plover.threat_mode(candidate.code)
        aux -= {"hypothetical"}
    elif _punishment_held_out(candidate, aux, reading.words):
        # "police plan to arrest them", "could be prosecuted": imprisonment announced or held out threatens
        type_, mode = "THREATEN", "arrest"
        aux -= {"hypothetical"}
    elif type_ == "AGREE" and "negated" not in aux and (punishment := _punishment_vowed(reading, candidate)) is not None:
        # "vowed to hunt down the militants", "pledged to avenge the killings": punishment promised threatens (§350)
        type_, mode = "THREATEN", plover.threat_mode(punishment)
    elif type_ in plover.cooperative and "future" in aux and "hypothetical" not in aux \
            and carrying_verb(reading.words, anchor) is None:
        # cooperation carried on ("will continue to support them") is given now as well: no mere promise (§328)
        # "will pull back" declares a retreat: a concession; other cooperation announced is AGREE;
        # "will not pull back" refuses what it would promise (conventions §4)
        told_by_verb = anchor.pos_ in VERB_POS or _participation_verb(anchor, reading.words) is not None
        if type_ in plover.promised_acts and told_by_verb:
            # "will send aid", "will take part in the talks": the act itself, announced (conventions §45, §333)
            promised = candidate.code
        type_ = "CONCEDE" if plover.conceded(candidate.code) else "AGREE"
        mode = None
        if "negated" in aux:
            type_, mode = "REJECT", plover.refusals[type_] or _refused_meeting_mode(plover, candidate.code)
            aux -= {"negated"}
    elif type_ == "CONSULT" and "negated" in aux and _chosen_not_to(_meeting_verb(anchor, reading.words), reading.words):
        # "decided not to take part in the talks", "chose not to attend": a meeting refused (conventions §333)
        type_, mode = "REJECT", _refused_meeting_mode(plover, candidate.code)
        aux -= {"negated"}
    elif type_ == "MOBILIZE" and _joint(candidate, reading.words):
        type_, mode = "COOPERATE", None  # "joint military exercises": PLOVER's military exchange
    elif anchor.lemma_.lower() in reading.words.permission_verbs and "negated" in aux \
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in anchor.children):
        type_, mode = "COERCE", "restrict"  # "residents are not allowed to leave": a restriction on them
        aux -= {"negated"}
    elif type_ in plover.refusals and "negated" in aux:
        # A negated agreement or concession is a refusal: "will not accept", "did not give in".
        type_, mode = "REJECT", plover.refusals[type_]
        aux -= {"negated"}
    if type_ == "COOPERATE" and _exercise(candidate, reading.words):
        # A joint exercise is a show of force all the same: MOBILIZE as well (conventions §9)
        return Coding(type_, mode, frozenset(aux), Code("MOBILIZE"), frozenset(aux))
    if candidate.also is not None and type_ == candidate.code.type:
        return Coding(type_, mode, frozenset(aux), candidate.also, frozenset(aux))  # "sent troops to help Mali"
    if type_ in ("AGREE", "CONCEDE") and promised is not None and not aux & {"negated", "hypothetical"}:
        return Coding(type_, mode, frozenset(aux), promised, frozenset(aux | {"future"}))
    return Coding(type_, mode, frozenset(aux))


# The threat modes an announced act gives as its own, as a conditional one does: arrests and expulsions announced
# ("will be arrested", "will deport") threaten imprisonment or expulsion. Not seize's territory: an announced seizure
# is mostly of property ("police would seize any vehicle"; conventions §346, §351).
_ANNOUNCED_OWN_MODES = frozenset({"arrest", "expel"})


def _announced_threat_mode(plover: PloverTypes, act: Code) -> str | None:
    """THREATEN's mode for an act announced: the act's own where it is an arrest or an expulsion, else its type's."""
    own = plover.threat_mode(act)
    return own if own in _ANNOUNCED_OWN_MODES else plover.threat_mode(Code(act.type))


def _refused_meeting_mode(plover: PloverTypes, code: Code) -> str | None:
    """The mode of a refusal of ``code``'s act: a meeting refused refuses to meet (the manual's REJECT: "refuse to
    meet, discuss, or negotiate"; conventions §333), as "refused to attend" does; other acts refused have none."""
    return plover.request_modes.get(code.type) if code.type == "CONSULT" else None


def _meeting_verb(anchor: Token, words: EventWords) -> Token | None:
    """The verb that tells a meeting is held or attended: the meeting's own verb ("attend the talks"), or the verb of
    taking part whose "in" object the meeting is ("take part in the talks", "participate in the negotiations")."""
    return anchor if anchor.pos_ in VERB_POS else _participation_verb(anchor, words)


def _participation_verb(noun: Token, words: EventWords) -> Token | None:
    """The verb of taking part (english.yaml `participating_verbs`) whose "in" object ``noun`` is: "will take part in
    the talks", "did not participate in the negotiations"; its modes are the noun's (conventions §333)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    if verb.lower_ == "part" and verb.dep_ == "dobj":
        verb = verb.head  # "in" hung on "part"
    part = " part" if any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children) else ""
    return verb if verb.pos_ in VERB_POS and f"{verb.lemma_.lower()}{part}" in words.participating_verbs else None


def _chosen_not_to(verb: Token | None, words: EventWords) -> bool:
    """Whether ``verb`` is negated in the complement of a verb of deciding or choosing: "decided not to take part",
    "chose not to attend" refuse; a plain "did not attend" only tells an absence (conventions §333)."""
    return verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words.deciding_verbs \
        and any(negates(c, words) for c in verb.children)


def _punishment_held_out(candidate: Candidate, aux: set[str], words: EventWords) -> bool:
    """Whether a verb of arrest or prosecution is announced or held out, not done: "the police plan to arrest
    opposition supporters", "anyone displaying the symbols can be arrested", "could be prosecuted under the
    Official Secrets Act" (the manual's THREATEN: "threatened with imprisonment"; conventions §54)."""
    anchor, governor = candidate.anchor, candidate.governor
    if anchor.pos_ not in VERB_POS or anchor.lemma_.lower() not in words.punishing_verbs or "negated" in aux:
        return False
    if governor is not None and governor.lemma_.lower() in words.attempt_verbs:
        return False  # "police trying to arrest activists" act already
    if permitted(anchor, words) or _allowed_by_verb(anchor, words):
        return False  # "authorized the police to arrest them": an arrest allowed warns no one (conventions §539)
    # "if parents are jailed, …" supposes an arrest, and holds none out; "anyone who does so can be arrested"
    # holds one out as "could" does (conventions §113)
    held_out = "hypothetical" in aux or any(c.dep_ == "aux" and c.lower_ in words.capability_auxiliaries for c in anchor.children) \
        and any(c.dep_ == "auxpass" for c in anchor.children) and _whoever(anchor, words)
    return "future" in aux or (held_out and not in_condition(anchor, words))


# WordNet 3.0 punish.v.01 {punish, penalize}'s troponyms whose most frequent sense is among them and which the curated
# lexicon does not know, each with the word that codes it there: its synonym in that sense (revenge.v.01 {revenge,
# avenge, retaliate}), else the class's head, punish (conventions §350).
_PUNISHING_VERBS = {"avenge": "retaliate", "revenge": "retaliate", "crucify": "punish", "amerce": "punish",
                    "scourge": "punish", "gibbet": "punish", "halter": "punish"}


def _punishment_vowed(reading: EventReading, candidate: Candidate) -> Code | None:
    """The act of punishing that a promise or vow with nothing folded in commits to, by a verb the curated lexicon does
    not know: one of WordNet's verbs of punishing ("vowed to avenge the killings"), or one the CAMEO tier codes as
    force or repression with its particle, object or prepositional phrase ("vowed to hunt down the militants", 173).
    The tier reads only sentences the curated lexicon finds nothing in, so a vow's complement is looked up here."""
    words = reading.words
    anchor = candidate.anchor
    if anchor.lemma_.lower() not in words.promise_verbs or candidate.complements:
        return None
    acts = (c for c in anchor.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS
            and c.lemma_.lower() not in reading.triggers.known_verbs and not any(negates(g, words) for g in c.children))
    return next((code for act in acts if (code := _punishing_code(reading, act)) is not None), None)


def _punishing_code(reading: EventReading, act: Token) -> Code | None:
    """The code of an act of punishing or of force, by ``_PUNISHING_VERBS`` or by the CAMEO tier."""
    lemma = act.lemma_.lower()
    if lemma in _PUNISHING_VERBS:
        return reading.triggers.verbs.get(_PUNISHING_VERBS[lemma])
    tier = FallbackTriggers.load()
    lemma = tier.verb_lemma(lemma, act.lower_)
    particle = next((c.lemma_.lower() for c in act.children if c.dep_ == "prt"), None)
    verb = f"{lemma} {particle}" if particle else lemma
    codes = [tier.phrasal.get((lemma, particle)),
             *(tier.verb_objects.get((verb, o.lemma_.lower())) for o in act.children if o.dep_ == "dobj"),
             *(tier.prep_objects.get((lemma, p.lower_, o.lemma_.lower()))
               for p in act.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    # force or repression only (CAMEO 17x, 18x–20x): a sanction or a protest promised may be a policy ("curb the
    # influence of money", CAMEO 16x)
    return next((code for code in codes if code is not None and code.type in reading.plover.planned_threats), None)


def _own_intention(reading: EventReading, candidate: Candidate) -> bool:
    """Whether the act is what a side says it plans or weighs doing itself: the act is the to-clause or object
    of a verb of intention or deliberation in the present, told or reported ("Russia plans to attack", "he
    said he is considering strikes"), or in a clause its own side reports ("police said they planned to disperse the crowd"), or of
    such a noun its holder announces ("Chad announced plans to attack"). A plan others tell of ("Amir's plan
    to kill him", "as if they were planning to fire") is no warning."""
    words, governor = reading.words, candidate.governor
    if governor is None or governor.lemma_.lower() not in words.intention_governors:
        return False
    if governor.pos_ in NOUN_POS:
        said = governor.head
        return governor.dep_ == "dobj" and said.lemma_.lower() in reading.triggers.reporting \
            and any(s._.actor or s.lower_ in words.intending_pronouns for s in said.children if s.dep_ == "nsubj")
    if not any(s._.actor or s.lower_ in words.intending_pronouns for s in governor.children if s.dep_ == "nsubj"):
        return False
    present = governor.tag_ in PRESENT_TAGS or governor.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in PRESENT_TAGS for c in governor.children)
    reported = governor.dep_ == "ccomp" and governor.head.lemma_.lower() in reading.triggers.reporting
    return present and (governor.dep_ == "ROOT" or reported) or _said_by_own_side(reading, governor, words.intending_pronouns)


def _whoever(verb: Token, words: EventWords) -> bool:
    """Whether a passive verb's subject is whoever does something: "anyone who joins", "those found with arms",
    "journalists who lack a permit"; "journalists can be arrested" only tells a danger."""
    return any(whoever(s, words) for s in verb.children if s.dep_ == "nsubjpass")


def whoever(subject: Token, words: EventWords) -> bool:
    """Whether a subject is whoever does something: "anyone", "those", or a noun with a clause ("those who back the
    coup", "journalists who lack a permit")."""
    return subject.lower_ in words.whoever_pronouns or any(c.dep_ in ("relcl", "acl") for c in subject.children)


def _exercise(candidate: Candidate, words: EventWords) -> bool:
    """Whether the event's words name a military exercise: "held joint drills", "a joint naval exercise"."""
    tokens = (candidate.anchor, *candidate.absorbed, *(c for c in candidate.anchor.children if c.dep_ in ("dobj", "nsubjpass")))
    return any(t.lemma_.lower() in words.exercise_nouns for t in tokens)


def _own_warning(reading: EventReading, candidate: Candidate) -> bool:
    """Whether a possible act of conflict is reported by its own side (conventions §39): the speaker and
    the act's subject are one actor or of one country ("Erdogan said Turkey could launch …"), or the subject
    is the speaker's "we" or "it"; "analysts said Israel could strike" only speculates."""
    anchor = candidate.anchor
    if _planned(anchor, reading.words):
        anchor = anchor.head.head  # "it is examining plans for a missile strike": the plan's clause is said (§391)
    clause = anchor.head if anchor.pos_ in NOUN_POS and anchor.dep_ in ("dobj", "nsubjpass") else anchor
    claim = _ability_claimed(clause)
    if claim is not None:
        # "Turkey said it reserves the right to use force": force its own side claims the right or the power to use
        # warns, as force it says it may use; not sanctions, which a state claims the right to as a rule (§553)
        if candidate.code.type not in reading.plover.planned_threats:
            return False
        clause = claim
    return _said_by_own_side(reading, clause, _SPEAKERS_OWN)


def _ability_claimed(act: Token) -> Token | None:
    """The verb that claims the ability, power or right ``act`` completes (``only_possible``, §327): "it reserves the
    right to use force" → reserves, "it has the power to strike" → has, "it is capable of striking" → is."""
    if not only_possible(act):
        return None
    holder = act.head.head if act.head.dep_ == "prep" else act.head  # "capable of striking"
    return holder.head if holder.dep_ in ("dobj", "acomp", "attr") else None


_SPEAKERS_OWN = frozenset({"we", "it"})  # "Russia said it may attack": the pronouns of §39


def _said_by_own_side(reading: EventReading, clause: Token, pronouns: frozenset[str]) -> bool:
    """Whether ``clause`` is what a speaker says of its own side: the speaker and the clause's subject are one
    actor or of one country, or the subject is one of ``pronouns``, standing for the speaker. A verb joined to the
    reported clause without a subject of its own shares its report and subject ("Chad said it was reviewing its
    ties and could impose visa bans"; conventions §235)."""
    if clause.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        clause = clause.head
    said = clause.head
    # said or hinted: "Putin has suggested he could use nuclear weapons" warns as "said" does (conventions §331)
    if clause.dep_ != "ccomp" or said.lemma_.lower() not in reading.triggers.reporting | reading.words.intimating_verbs:
        return False
    actors = {actor.id: actor for actor in reading.doc._.actors or []}
    speakers = [actors[t._.actor] for t in said.children if t.dep_ == "nsubj" and t._.actor in actors]
    for subject in (c for c in clause.children if c.dep_ == "nsubj"):
        if speakers and subject.lower_ in pronouns:
            return True
        actor = actors.get(subject._.actor)
        if actor is not None and any(s.id == actor.id or (s.country and s.country == actor.country) for s in speakers):
            return True
    return False


def elicitor(noun: Token, words: EventWords) -> Token | None:
    """The verb whose subject meets what ``noun`` names, done by others: the verb of `events.elicit_verbs` whose object
    it is ("the plan drew criticism", "faces charges") or the verb of `events.reaction_verbs` with no object whose
    indefinite "with" object it is ("the plan was met with criticism", "the president met with protests", "is faced
    with sanctions"; §282). "Met with the opposition" meets a party; whether a "with" object names an act is the
    event rules' to say."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "with":
        verb = verb.head
        definite = any(c.dep_ == "poss" or c.dep_ == "det" and (
            c.lower_ == _DEFINITE_ARTICLE or c.lower_ in words.anaphoric_determiners) for c in noun.children)
        met = verb.pos_ in VERB_POS and verb.lemma_.lower() in words.reaction_verbs
        return verb if met and not definite and not any(c.dep_ == "dobj" for c in verb.children) else None
    # (an object's head is its verb, even one the tagger calls a noun: "or face expulsion")
    return verb if noun.dep_ == "dobj" and verb.lemma_.lower() in words.elicit_verbs else None


def aux_modes(candidate: Candidate, words: EventWords) -> set[str]:
    """The auxiliary modes of the trigger's own clause: "did not", "will", "could", "if"."""
    anchor = candidate.anchor
    aux = set()
    # a noun's clause is its verb's: "will hold talks", "would be met with arrests" (§282)
    clause = elicitor(anchor, words) or (anchor.head if anchor.dep_ in ("dobj", "nsubjpass", "attr") else None) \
        or _participation_verb(anchor, words)  # "will not take part in the talks" (§333)
    # an act carried on is as its carrier is said: "would keep fighting", "will continue to fight" (§328)
    carrier = carrying_verb(words, anchor)
    heads = [anchor] + ([clause] if clause is not None else []) + ([carrier] if carrier is not None else [])
    for head in heads:
        aux |= own_modes(head, words)
    stopper = _stopping_verb(anchor)
    if stopper is not None:
        # "will not stop fighting": its negation is the governor rule's to read (fold_into_governor), its modal the act's
        aux |= own_modes(stopper, words) - {"negated"}
    for shared in shared_modal_verb(heads[-1], words):  # "will hold talks and sign", "would not beat them or retaliate"
        aux |= aux_modes(Candidate(shared, candidate.code, candidate.specificity), words)
    if only_possible(anchor):
        aux.add("hypothetical")
    if anchor.pos_ in NOUN_POS and _negated_by_phrase(anchor, words):
        aux.add("negated")
    if any(word.dep_ == "dobj" and word.head.i == anchor.i and any(negates(c, words) for c in word.children)
           for word in candidate.absorbed):
        aux.add("negated")  # the light verb's or carrier's object is the event's word: "launched no attack" (§569)
    if in_condition(anchor, words) or _planned(anchor, words) or permitted(anchor, words) \
            or _allowed_by_verb(anchor, words):
        aux.add("hypothetical")
    return aux


def permitted(act: Token, words: EventWords) -> bool:
    """Whether ``act`` is what a permission given allows, not done: "gave Kenya the go-ahead to strike", "gave Uganda
    permission to bomb the bases" — the infinitive on the noun or, as the parser often hangs it, on the verb that gives
    it (conventions §521)."""
    if act.pos_ not in VERB_POS or act.dep_ not in ("acl", "advcl", "xcomp") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return False
    given = [act.head] if act.head.pos_ in NOUN_POS else [c for c in act.head.children if c.dep_ in OBJECT_DEPS]
    return any(_named_words(noun) in words.permission_nouns for noun in given)


def _allowed_by_verb(act: Token, words: EventWords) -> bool:
    """Whether ``act`` is the infinitive a verb of permission (english.yaml `permission_verbs`) allows, not done:
    "allowed Kyiv to strike inside Russia", "was permitted to fire", "let Ugandan jets bomb the camps" (conventions
    §539). The parser makes it the verb's complement, "to" or bare (tag VB); a finite clause ("allowed that …") is
    none, but "let" takes none, so the bare infinitive the tagger calls present after it ("let jets bomb") is one."""
    permission = act.head
    lemma = permission.lemma_.lower()
    infinitive = act.tag_ == "VB" or act.tag_ == "VBP" and lemma == _BARE_INFINITIVE_PERMISSION
    return act.pos_ in VERB_POS and infinitive and act.dep_ in ("xcomp", "ccomp") and permission.i != act.i \
        and lemma in words.permission_verbs


_BARE_INFINITIVE_PERMISSION = "let"  # WordNet 3.0 let.v.01's frame "Somebody ----s somebody INFINITIVE"


def _named_words(noun: Token) -> str:
    """``noun``'s lemma after the lemmas of its compound and adjective modifiers, names aside: "green light", "go
    ahead"; "Uganda permission" is "permission"."""
    modifiers = [c.lemma_.lower() for c in noun.lefts if c.dep_ in ("compound", "amod") and c.pos_ != "PROPN"]
    return " ".join([*modifiers, noun.lemma_.lower()])


def _planned(noun: Token, words: EventWords) -> bool:
    """Whether ``noun`` is the act a noun of planning is for: "approved plans for a missile strike", "preparations for
    an assault" — planned, not done (conventions §391)."""
    preposition = noun.head
    return noun.pos_ in NOUN_POS and noun.dep_ == "pobj" and preposition.lower_ == "for" \
        and preposition.head.lemma_.lower() in words.planning_nouns


def own_modes(head: Token, words: EventWords) -> set[str]:
    """The modes ``head``'s own dependents give it: "not", "will", "could", "would", "future talks", "any attack"."""
    aux = set()
    for child in head.children:
        word = child.lower_
        if negates(child, words):
            aux.add("negated")
        elif child.dep_ in ("aux", "auxpass") and word in words.future_auxiliaries:
            aux.add("future")
        elif child.dep_ in ("aux", "auxpass") and word in words.possibility_auxiliaries:
            aux.add("hypothetical")
        elif child.dep_ == "aux" and word == "would":
            aux.add("hypothetical" if _counterfactual(head) or in_condition(head, words) else "future")
        elif child.dep_ == "amod" and word in words.future_modifiers and head.pos_ == "NOUN":
            aux.add("future")
        elif child.dep_ == "det" and word in words.hypothetical_determiners and head.pos_ == "NOUN":
            aux.add("hypothetical")
    return aux


def carries_on(words: EventWords, verb: Token) -> bool:
    """Whether ``verb`` is a verb of carrying on (english.yaml `continuing_verbs`), alone or with its "on": "keep",
    "continue", "go on" (WordNet 3.0 continue.v.01 {continue, go on, proceed, go along, keep})."""
    lemma = verb.lemma_.lower()
    return lemma in words.continuing_verbs or f"{lemma} on" in words.continuing_verbs and any(
        c.lower_ == "on" and c.dep_ in ("prt", "prep") for c in verb.children)


def carrying_verb(words: EventWords, act: Token, objects: bool = False) -> Token | None:
    """The verb of carrying on (``carries_on``) whose complement ``act`` is ("keep fighting", "continue to fight") or
    the gerund object of whose "on" ("go on fighting"); not "go on the offensive", which begins it. With ``objects``,
    also one whose direct object or "on" object ``act`` is ("keep up the attacks", "vowed to go on the offensive"),
    which the governor of the verb's clause governs as the act (event_folding, §309)."""
    verb = act.head
    if act.dep_ == "pobj" and (objects or act.tag_ == "VBG") and verb.dep_ == "prep" and verb.lower_ == "on":
        verb = verb.head
    elif act.dep_ != "xcomp" and not (objects and act.dep_ == "dobj"):
        return None
    return verb if verb.i != act.i and verb.pos_ in VERB_POS and carries_on(words, verb) else None


# WordNet 3.0 discontinue.v.01 {discontinue, stop, cease, give up, quit, lay off} "put an end to a state or an
# activity", the one-word verbs that take the act as their complement ("stopped fighting", "ceased firing").
_STOPPING_VERBS = frozenset({"stop", "cease", "quit", "discontinue"})


def _stopping_verb(act: Token) -> Token | None:
    """The verb of stopping whose complement ``act`` is: "will not stop fighting"."""
    verb = act.head
    return verb if act.dep_ == "xcomp" and verb.i != act.i and verb.pos_ in VERB_POS \
        and verb.lemma_.lower() in _STOPPING_VERBS else None


# What one has the ability, capacity, power or right to do, or the readiness for, or is able, capable or entitled
# to do, may be done, and is not yet (PLOVER's hypothetical mode; conventions §327): the nouns of WordNet 3.0
# ability.n.02 {ability, power}, capability.n.01 {capability, capableness}, capacity ("capability to perform"),
# right.n.01 "that which is due to a person", readiness.n.01 {readiness, preparedness}, and the adjectives able.a.01,
# capable.a.01 and entitled. "ready", "willing" and "prepared" are governors of their own (an offer or a threat).
_ABILITY_NOUNS = frozenset({"ability", "power", "capability", "capableness", "capacity", "right", "readiness",
                            "preparedness"})
_ABILITY_ADJECTIVES = frozenset({"able", "capable", "entitled"})
# An ability used is an act done: "used its veto power to block the resolution", "exercised its right to expel".
_USING_VERBS = frozenset({"use", "exercise", "invoke", "employ"})


def only_possible(act: Token) -> bool:
    """Whether ``act`` completes a noun or adjective of ability, right or readiness: "the right to strike Iran",
    "Russia's readiness to attack", "is able to blockade Taiwan", "is capable of striking Israel"."""
    holder = act.head
    if holder.i == act.i:
        return False
    if act.dep_ == "acl" and holder.pos_ in NOUN_POS and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return holder.lemma_.lower() in _ABILITY_NOUNS \
            and not (holder.dep_ == "dobj" and holder.head.lemma_.lower() in _USING_VERBS)
    if act.dep_ == "pcomp" and holder.dep_ == "prep" and holder.lower_ == "of":
        holder = holder.head  # "capable of striking"
    elif act.dep_ != "xcomp":
        return False
    return holder.lemma_.lower() in _ABILITY_ADJECTIVES and not _achieved(holder.head if holder.dep_ == "acomp" else holder)


def _achieved(copula: Token) -> bool:
    """Whether an adjective of ability is told in the past, which says the act was done: "they were able to conduct
    attacks", "he has been able to appeal to them"; not under a modal ("would have been able to kill")."""
    auxiliaries = [c.lower_ for c in copula.children if c.dep_ == "aux"]
    modal = any(a in ("would", "could", "might", "may", "will", "should", "must") for a in auxiliaries)
    return not modal and (copula.tag_ == "VBD" or any(a in ("has", "have", "had") for a in auxiliaries))


def _counterfactual(verb: Token) -> bool:
    """"would have attacked": a perfect under a modal tells what did not happen, where "would attack" tells what
    one says one will do."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)


def shared_modal_verb(verb: Token, words: EventWords) -> list[Token]:
    """The first verb of a coordination whose modal ``verb`` shares, with its "not", when it has no auxiliary nor
    subject of its own: "will defend the city and respond with force", "would not beat them or retaliate"
    (conventions §113), and a participle joined to a passive with a modal, "will be stripped of citizenship and
    jailed" (§611). Only a modal is shared: "have not received a reply and warn" warns."""
    if verb.dep_ != "conj" or verb.head.pos_ not in VERB_POS \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "neg") for c in verb.children):
        return []
    # only a bare verb follows a modal, or a participle its passive "be": "would not be accepted, and called for",
    # joined after a comma, is a past act of its own (the tagger calls such participles past tenses too)
    if verb.tag_ != "VB" and not (verb.tag_ in _PARTICIPLE_TAGS and _passive(verb.head) and not _after_comma(verb)):
        return []
    modals = words.future_auxiliaries | words.possibility_auxiliaries | {"would"}
    return [verb.head] if any(c.dep_ == "aux" and c.lower_ in modals for c in verb.head.children) else []


_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})


def _passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive participle with its "be": "will be arrested"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def _after_comma(conjunct: Token) -> bool:
    """Whether the conjunction before ``conjunct`` follows a comma: ", and called for …"."""
    cc = next((c for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.i), None)
    return cc is not None and cc.i > 0 and conjunct.doc[cc.i - 1].text == ","


def denies_part(token: Token, words: EventWords) -> bool:
    """Whether a word denies a party its part in the act that hangs on it (conventions §263, §272): a negated
    copula ("Chad was not behind the bombing", "was not responsible for the attack"), or a noun of a party's part
    (english.yaml `part_nouns`) negated, by its own "no" or by its verb's "not" ("bore no responsibility for the
    attack"), or denied ("denied any role in the attack", `denying_verbs`), or that noun's verb where the parser
    hangs the act on the verb ("did not play a role in the attack"). The act may have happened; the party did not
    do it."""
    lemma = token.lemma_.lower()
    if lemma == "be":
        return any(negates(c, words) for c in token.children)
    if lemma in words.part_nouns:
        part, verb = token, token.head if token.dep_ == "dobj" else None
    else:
        part, verb = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in words.part_nouns),
                          None), token
        if part is None:
            return False
    return any(negates(c, words) for c in part.children) or verb is not None and (
        verb.lemma_.lower() in words.denying_verbs or any(negates(c, words) for c in verb.children))


def negates(child: Token, words: EventWords) -> bool:
    """Whether a dependent negates the word it hangs on: "not", "no", "no longer", "nobody", a subject a negating
    determiner quantifies ("No one was arrested", "Neither side agreed": conventions §450)."""
    word = child.lower_
    return child.dep_ == "neg" or (child.dep_ == "det" and word == "no") \
        or (child.dep_ == "advmod" and any(g.dep_ == "neg" for g in child.children)) \
        or (child.dep_ in SUBJECT_DEPS and (word in words.negative_subjects or any(
            g.dep_ == "det" and g.lower_ in words.negating_subject_determiners for g in child.children)))


def with_historical(reading: EventReading, aux: set[str], when: str | None) -> set[str]:
    """``aux`` with "historical" when the event ended well before the report was published."""
    end = period_bounds(when)[1]
    if end is not None and reading.published is not None and "future" not in aux:
        if end < reading.published - timedelta(days=reading.historical_days):
            return aux | {"historical"}
    return aux


def historical_words(anchor: Token, words: EventWords) -> set[str]:
    """{"historical"} when an adverb says so ("previously"), else nothing."""
    for child in anchor.children:
        if child.dep_ == "advmod" and child.lower_ in words.historical_adverbs:
            return {"historical"}
    return set()


def _joint(candidate: Candidate, words: EventWords) -> bool:
    """Whether an exercise or deployment is held jointly: "joint drills", "bilateral exercises", "drills
    together", "exercises with the Swedish navy" or "with regional partners", or an exercise several actors hold ("Peruvian and
    Chilean troops began the exercises", "the three countries held drills")."""
    tokens = (candidate.anchor, *candidate.absorbed)
    exercise = any(t.lemma_.lower() in words.exercise_nouns for t in tokens)
    verb = candidate.anchor
    while verb.pos_ not in VERB_POS and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    several = any(c.tag_ == "NNS" and c.lemma_.lower() in words.reciprocal_heads for c in subjects) or any(
        t._.actor and any(c._.actor for c in t.conjuncts) for s in subjects for t in s.subtree) \
        or any(_paired_modifiers(t, words) for t in tokens if t.lemma_.lower() in words.exercise_nouns)
    # A modifier anywhere before the noun counts: the parser hangs "joint" on "military" in "joint military drills";
    # not one in the subject's name ("the Joint Chiefs of Staff deployed two brigades").
    named = {w.i for s in subjects for w in s.subtree}
    # An exercise noun's companions may hang on its verb: "took part in the exercise alongside Indonesian forces"
    # (§394).
    held_with = exercise and candidate.anchor.pos_ in NOUN_POS and bool(companions(verb, words))
    return any(w.i < token.i and w.lower_ in words.joint_modifiers and w.i not in named
               for token in tokens for w in token.subtree) \
        or any(companions(token, words) for token in tokens) or (exercise and several) or held_with


def companions(head: Token, words: EventWords) -> list[Token]:
    """The dependents that say an act is done together with others: a joint adverb ("drills together", "trained
    jointly"), or "with" or "alongside" an actor or a partner ("exercises with the Swedish navy", "with regional
    partners"; conventions §9, §268)."""
    return [c for c in head.children if c.dep_ == "advmod" and c.lower_ in words.joint_modifiers
            or c.dep_ == "prep" and c.lower_ in ("with", "alongside") and any(
                g._.actor or g.lemma_.lower() in words.partner_nouns for g in c.children if g.dep_ == "pobj")] \
        + joint_manners(head, words)


def joint_manners(head: Token, words: EventWords) -> list[Token]:
    """The first words of a manner of acting together that hangs on ``head`` ("patrolled the strait in tandem",
    "trained side by side", "worked hand in hand with the police") or its joint prefix ("co-developed"), when those who
    act, its doers and whom it is done with, name parties of two countries (conventions §477). The manners also say
    where things stand ("two frigates sailed in tandem" is one navy's formation), so one country's parties are no
    two sides."""
    doc = head.doc
    manners = [head] if any(head.lower_.startswith(p) for p in words.joint_prefixes) else []
    for start in head.sent:
        if start.lower_ in words.joint_manner_starts \
                and any(doc[start.i:start.i + n].text.lower() in words.joint_manners for n in range(1, 6)) \
                and _governing(start, head) == head:
            manners.append(start)
    return manners if manners and of_two_countries(head, manners) else []


def _governing(token: Token, head: Token) -> Token:
    """The nearest of ``head`` and the verbs above ``token``: the act an adverbial of the token's says how."""
    while token != head and token.pos_ not in VERB_POS and token.head.i != token.i:
        token = token.head
    return token


def of_two_countries(verb: Token, manners: list[Token]) -> bool:
    """Whether the verb's doers — its subjects, or for a participle the noun or the clause it describes — and whom it
    or its manner is done with or alongside name actors of two countries: "Kenyan and Ugandan troops", "Colombian
    police, working with the DEA"."""
    clause = verb.head if verb.dep_ in ("advcl", "conj", "xcomp") else verb
    doers = [c for c in clause.children if c.dep_ in SUBJECT_DEPS] or ([verb.head] if verb.dep_ == "acl" else [])
    partners = [g for t in (verb, *(w for m in manners for w in m.subtree)) for p in t.children
                if p.dep_ == "prep" and p.lower_ in ("with", "alongside") for g in p.children if g.dep_ == "pobj"]
    return len(countries_named([*doers, *partners])) > 1


def countries_named(heads: list[Token]) -> set[str]:
    """The countries of the actors the phrases of ``heads`` name ("their U.S. counterparts": the United States)."""
    named = {t._.actor for head in heads for t in head.subtree if t._.actor}
    return {a.country for a in heads[0].doc._.actors or [] if a.id in named and a.country} if heads else set()


def _paired_modifiers(noun: Token, words: EventWords) -> bool:
    """Whether a noun's modifiers before it name two actors joined by a hyphen, a slash or "and" (conventions
    §90); two names one inside the other ("the Talisman Saber exercise") are one name."""
    named = sorted((t for c in noun.children if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i
                    for t in c.subtree if t._.actor), key=lambda t: t.i)
    return any(a._.actor != b._.actor and b.i > a.i + 1 and all(t.lower_ in words.pair_joiners for t in noun.doc[a.i + 1:b.i])
               for a, b in zip(named, named[1:]))


def conditional(anchor: Token, words: EventWords) -> bool:
    """Conflict made conditional ("will boycott unless…", "go home or face arrest") is a threat. The condition
    may be on the verb whose act it is ("would paralyse the country with a strike if …", "would begin shelling
    unless …"), or hung by the parser on the verb that reports it ("Chad could cut aid, officials said, if …")."""
    clause = _acting_verb(anchor, words)
    if _counterfactual(clause):
        return False  # "had the talks failed, the army would have attacked": a past that did not happen threatens none
    if _condition_clauses(anchor, words):
        return True
    condition = _misread_opening_condition(anchor.sent, words)
    if condition is not None and anchor.i >= condition.end:
        return True  # "Should Chad attack Kenya, the AU will impose sanctions": the condition the parser missed (§289)
    # "…or face sanctions": the act is the object of "face"/"risk" offered as the alternative
    verb = anchor.head
    return anchor.dep_ == "dobj" and verb.lemma_.lower() in words.ultimatum_verbs and verb.dep_ == "conj" \
        and any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.head.children) \
        or anchor.pos_ in NOUN_POS and alternative_penalty(anchor, words)


def held_over_whoever(anchor: Token, words: EventWords) -> bool:
    """Whether an act announced strikes whoever may do something, a condition in a relative's form (§613): its passive
    subject or object is "anyone", a party noun with "any" ("any company"), or one whose clause tells conduct in the
    present ("companies that trade with Iran", "firms trading with Iran"): "any company that trades with Iran will be
    sanctioned" is "if a company trades with Iran, it will be". Conduct past ("firms that helped Russia") names who is
    struck; a thing ("any vehicle") or a deed ("any deployment") is no one who may act. ASSAULT and COERCE announced are
    threats already (§5), with their own modes."""
    clause = _acting_verb(anchor, words)
    if anchor.pos_ in NOUN_POS and anchor.dep_ in ("dobj", "nsubjpass"):
        clause = anchor.head  # "will impose sanctions on any firm that …"
    struck = [c for c in clause.children if c.dep_ in ("nsubjpass", "dobj")]
    struck += [o for p in clause.children if p.dep_ == "prep" and p.lower_ in _STRUCK_PREPOSITIONS
               for o in p.children if o.dep_ == "pobj"]
    return any(_whoever_may(noun, words) for noun in struck)


_STRUCK_PREPOSITIONS = frozenset({"on", "against"})  # "sanctions on any firm", "measures against anyone who"


def _whoever_may(noun: Token, words: EventWords) -> bool:
    """Whether ``noun`` is whoever may do something: "anyone", "any company", "those who trade", "firms trading"."""
    if noun.lower_ in words.whoever_pronouns and noun.lower_ != "those":
        return True
    if not a_party(noun) and noun.lower_ != "those":
        return False
    return any(c.dep_ == "det" and c.lower_ in words.hypothetical_determiners for c in noun.children) \
        or any(c.dep_ in ("relcl", "acl") and (c.tag_ in PRESENT_TAGS or c.tag_ == "VBG") for c in noun.children)


def _condition_clauses(anchor: Token, words: EventWords) -> list[Token]:
    """The condition clauses an act is said under, parsed as clauses: on the act's word, on the verb whose clause
    states it, or after the reported clause on the verb that reports it."""
    clause = _acting_verb(anchor, words)
    conditions = [c for c in (*anchor.children, *clause.children) if _condition(c, words)]
    if clause.dep_ == "ccomp":
        conditions += [c for c in clause.head.children if _condition(c, words) and c.i > clause.right_edge.i]
    return conditions


def held_over_a_party(anchor: Token, words: EventWords) -> bool:
    """Whether the condition an act is said under is another party's conduct: its subject names a party other than
    the act's doer ("would veto Turkey's funding if Ankara went ahead with drilling"), not the doer itself ("voters
    would reject it if they understood it"), the thing acted on ("will block the package unless it includes …") or a
    state of things ("if the violence continued"); a condition the parser misread as a noun phrase holds another
    party's name (conventions §598)."""
    doers = {s._.actor for s in _acting_verb(anchor, words).children if s.dep_ in SUBJECT_DEPS and s._.actor}
    if any(a_party(s) and s._.actor not in doers
           for c in _condition_clauses(anchor, words) for s in c.children if s.dep_ in SUBJECT_DEPS):
        return True
    condition = _misread_opening_condition(anchor.sent, words)
    return condition is not None and anchor.i >= condition.end and any(
        t._.actor and t._.actor not in doers for t in condition)


def _acting_verb(anchor: Token, words: EventWords) -> Token:
    """The verb whose clause states the act: the act's own, or the verb it is the means of ("paralyse the
    country with a strike", "respond with force") or that begins it ("would begin shelling the town")."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "with" and anchor.head.head.pos_ in VERB_POS:
        return anchor.head.head
    if anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in words.inceptive_verbs:
        return anchor.head
    return anchor


def _condition(clause: Token, words: EventWords) -> bool:
    """Whether a clause is a condition under which a threat holds: an adverbial clause marked "if" or "unless",
    or one with "should", "were" or "had" before its subject ("should the court rule against it"), which the
    parser may read as a second complement of the verb that reports the threat."""
    if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words.threat_condition_marks for m in clause.children):
        return True
    return _inverted_condition(clause, words)


def _inverted_condition(clause: Token, words: EventWords) -> bool:
    """"should the court rule against it", "were Chad to invade": an auxiliary before the subject makes the
    clause a condition, whether the parser hangs it on the clause's verb or heads the clause with it. The parser
    may make such an auxiliary the root of the statement it opens ("Were Niger to invade Mali, the African Union
    would meet", with the main clause hung below), which only a question's would otherwise be (§288)."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if clause.dep_ == "ROOT":
        return subject is not None and clause.lower_ in words.inverted_condition_auxiliaries \
            and clause.i == clause.sent.start < subject.i and clause.sent[-1].text != "?"
    return clause.dep_ in ("advcl", "ccomp") and subject is not None and any(
        c.lower_ in words.inverted_condition_auxiliaries and c.i < subject.i
        for c in (clause, *(c for c in clause.children if c.dep_ == "aux")))


def misread_condition(token: Token, words: EventWords) -> Span | None:
    """The inverted condition that opens ``token``'s statement and holds it, where the parser has not read it as a
    clause, from after its auxiliary to its comma; else None. The parser may read "Should Russia attack Kyiv, NATO
    will respond" as a noun phrase ("Russia attack Kyiv") with "should" hung on the main verb, but only a condition
    opens a statement with "should", "were" or "had", and it runs to the first comma. Its words are no part of
    the main clause, whose subject the parser may make that noun phrase."""
    condition = _misread_opening_condition(token.sent, words)
    return condition if condition is not None and condition.start <= token.i < condition.end else None


def _misread_opening_condition(sentence: Span, words: EventWords) -> Span | None:
    first = next((t for t in sentence if not t.is_punct), None)
    if first is None or first.lower_ not in words.inverted_condition_auxiliaries or sentence[-1].text == "?":
        return None
    comma = next((t for t in sentence if t.i > first.i and t.text == ","), None)
    return sentence.doc[first.i + 1:comma.i] if comma is not None and first.head.i > comma.i else None


def condition_subject(verb: Token, words: EventWords) -> Token | None:
    """The subject of an infinitive in an inverted condition ("Were Chad to invade Kenya, …"), where the
    parser reads it as the auxiliary's complement ("Chad" an acomp of "Were", the infinitive an advcl beside it)
    or heads a relative clause with it ("Were the army to invade": "to invade" a relcl of "army"). The
    auxiliary opens its clause and the subject stands between it and the infinitive."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ == "relcl":
        subject, auxiliary = verb.head, verb.head.head
    else:
        auxiliary = verb.head
        subject = next((c for c in auxiliary.children if c.dep_ in _MISREAD_SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None or auxiliary.lower_ not in words.inverted_condition_auxiliaries \
            or auxiliary.left_edge.i != auxiliary.i or not auxiliary.i < subject.i < verb.i:
        return None
    return subject



def alternative_penalty(anchor: Token, words: EventWords) -> bool:
    """Whether an act is the penalty an ultimatum offers as the other choice, read off the words, which the parser
    often misreads ("comply or risk suspension" with "risk" as a noun): "or" and a verb of facing just before the
    act's phrase ("or face arrest"), or "or be" before a passive act ("surrender or be killed"; conventions §113)."""
    doc = anchor.doc
    if anchor.pos_ not in NOUN_POS:
        return anchor.dep_ == "conj" and anchor.i >= 2 and doc[anchor.i - 1].lower_ == "be" and doc[anchor.i - 2].lower_ == "or"
    j = anchor.i - 1  # back over the noun's own modifiers ("or face immediate arrest")
    while j > 0 and doc[j].head.i == anchor.i and doc[j].dep_ in _NOUN_MODIFIERS \
            and doc[j].lemma_.lower() not in words.ultimatum_verbs:
        j -= 1
    return j >= 1 and doc[j].lemma_.lower() in words.ultimatum_verbs and doc[j - 1].lower_ == "or"


_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod"})


def in_condition(token: Token, words: EventWords) -> bool:
    """Whether the word is said under a condition: in a clause marked "if", "unless" or "whether", in one with
    "should", "were" or "had" before its subject, or in the object of "in the event of" or "in case of"."""
    if misread_condition(token, words) is not None:
        return True
    while True:
        if any(c.dep_ == "mark" and c.lower_ in words.condition_marks for c in token.children) \
                or _inverted_condition(token, words) or _condition_phrase(token, words):
            return True
        if token.head.i == token.i or token.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "pobj", "prep", "dobj"):
            return False
        token = token.head


def _condition_phrase(noun: Token, words: EventWords) -> bool:
    """"in the event of an offensive", "in case of war": the noun of a complex preposition of condition."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    return noun.doc[noun.head.i:noun.i + 1].text.lower() in words.condition_phrases


def _negated_by_phrase(noun: Token, words: EventWords) -> bool:
    """"no movement towards a ceasefire": the noun hangs, by one preposition, on a negated noun. Not where what is
    negated is a party's part in the act ("bore no responsibility for the attack", "was not behind the bombing"):
    the act stands (conventions §272)."""
    token = noun
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        governor = token.head.head
        return not denies_part(governor, words) and any(
            c.dep_ in ("det", "neg") and c.lower_ in words.negative_determiners for c in governor.children)
    return False
