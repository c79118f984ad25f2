"""Who acts and who is acted upon: the actors and recipients of an event, read off the parse."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import Actor
from .event_lexicon import Code, RuleWords, commerce_words, control_verbs, kin_nouns, party_noun_kinds
from .event_modes import aux_modes, condition_subject, denies_part, elicitor, misread_condition, permitted
from .event_reading import Candidate, EventReading
from .event_where import gazetteer_place, place_name
from .labels import (ANY_SUBJECT_DEPS, CLAUSE_DEPS, NOUN_POS, PLACE_LABELS, PREDICATE_POS, PRESENT_TAGS, SUBJECT_DEPS,
                     VERB_POS)
from .lexicon import EventWords

# Conflict (the coercive types, threats), restrictions eased and investigations are acts of authority or
# force, events whoever their parties are (§101).
_CONFLICT_OR_AUTHORITY = frozenset({"THREATEN", "CONCEDE"})
_INVESTIGATION = "investigate"
_ANNOUNCED = frozenset({"future", "hypothetical"})
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative"})
_PHRASE_DEPS = frozenset({"prep", "agent"})
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod"})
_NO_POLITICS = (None, "BUS")  # the sectors of a firm and of an actor the knowledge base does not place
_AGENT = "by"  # the preposition of a noun's agent, as of a passive verb's
_ACCUSATION = "ACCUSE"  # a charge's "of" names the act charged, whose "by" is the accused (§347)
_AGAINST = "against"  # the preposition of an act's target, wherever the parser hangs it (§337)
# Declaring or agreeing to an event (the manual's CONCEDE "declarations … of ceasefires and withdrawals", AGREE "agree
# to … or otherwise indicate … commitment"): what the parties of a noun do when the noun is declared or agreed (§304).
_DECLARING_TYPES = frozenset({"AGREE", "CONCEDE"})
# What one feels, says or asks "about" or "over" is its topic, not one's act ("concern about the arrests", §303).
_TOPIC_PREPOSITIONS = frozenset({"about", "over", "regarding", "concerning"})
_GERUND = "VBG"
_PARTICIPLE = "VBN"  # "were reported injured": a passive participle, its subject done to
_PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})  # a passive clause's subject is done to
_OTHER_PERSON_DEPS = frozenset({"poss", "prep"})  # "Elian's father", "a friend of the minister"
_TITLE_DEPS = frozenset({"compound", "appos"})  # "Labour Party leader Keir Starmer", "Le Pen, leader of the …"
_INFINITIVE = "VB"
_INQUIRY = "investigate"  # CAMEO 09's mode: investigating an act is not doing it (§313)
_INQUIRY_OBJECTS = frozenset({"dobj", "into", "of"})  # what an inquiry looks into: "investigate it", "a probe into it"
# Verbs that tell of an act as a witness does, giving an account of it (WordNet report.v.01, document.v.01,
# confirm.v.01, reveal.v.02): "Amnesty reported the killing" — the teller is no party (§319). Not verbs by which one
# tells of one's own act (CONCEDE's "declarations … of ceasefires and withdrawals", claiming or admitting an attack:
# announce, declare, claim, admit), nor the other verbs of saying, which voice one's own stance ("reiterated",
# "signalled"), or cite or conclude one's own doings ("citing a phone conversation with …", "concluded a visit").
_WITNESS_REPORTS = frozenset({"report", "document", "confirm", "reveal", "disclose", "describe", "record"})
_TOLD_DEPS = frozenset({"dobj", "nsubjpass"})  # what a verb of reporting tells of: its object, its passive subject
# The manual's verbal acts (SUPPORT "is a verbal act", "all demands are verbal acts", threats and concessions
# "typically verbal"), and agreeing, accusing and rejecting: stances one voices (§320). Not a material act ("a court
# extended her sentence").
_VOICED_TYPES = frozenset({"AGREE", "SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "CONCEDE"})
# The carriers that voice or show a stance held (WordNet express.v.01, show.v.04, emphasize.v.01, reaffirm):
# "reiterated the UN's condemnation" is the UN's. Not those that give, lodge or carry on an act, whose object's
# owner may be its target or the stance's ("extends Macky Sall's mandate", "threw her support behind Cruz").
_VOICING_CARRIERS = frozenset({"express", "voice", "reiterate", "repeat", "echo", "signal", "show", "demonstrate",
                               "emphasize", "emphasise", "stress", "underscore", "underline", "highlight", "reaffirm",
                               "convey", "register"})
# Acts of state power (§103): the PLOVER manual's COERCE "arrest, detain, or charge with legal action; expel or
# deport individuals", SANCTION's convictions and expulsions, and investigations — the lexicon's type/mode pairs.
AUTHORITY_ACTS = frozenset({("COERCE", "arrest"), ("COERCE", "deport"), ("SANCTION", "convict"),
                             ("SANCTION", "expel"), ("ACCUSE", "investigate")})
# The PLOVER sectors that arrest, try and question: police, judiciary, intelligence, military. A government's
# officials report arrests abroad as often as their own ("officials said the American was wrongfully detained").
_AUTHORITY_SECTORS = frozenset({"COP", "JUD", "SPY", "MIL"})
# What an act's noun names with its own "of" and "from", by what the PLOVER manual makes the act (§302). A party
# moves its own forces or itself in MOBILIZE's "military or police moves", RETREAT's "military retreat from …
# territory", disarming and "resignations of government officials", and SANCTION's "withdrawals by guest groups" and
# of diplomats: "of" names who moves ("the pullout of Chadian soldiers"). What a party leaves "from" is no party to
# it ("from Mali"), even where the parser hangs it on the one who leaves; forces deployed "from" a country come from
# their own side. An act done to another — ASSAULT's "physical harm", COERCE's "arrest, detain", SANCTION's reduced
# relations, ACCUSE, THREATEN, RETREAT's "release of prisoners and hostages" — is done to whom "of" names ("the
# shelling of Goma") by whom "from" names ("sanctions from the United States"); an expulsion or deportation "from" a
# country is that country's, wherever the parser hangs it. A mode's entry outranks its type's.
_MOVES, _LEAVES, _DONE_TO, _REMOVES = "moves", "leaves", "done to", "removes"
_OWN_MOVES = frozenset({_MOVES, _LEAVES})  # acts whose "of" names their doer, a party moving itself or its own
_ACT_READINGS = {"MOBILIZE": _MOVES, "RETREAT/withdraw": _LEAVES, "RETREAT/disarm": _LEAVES, "RETREAT/resign": _LEAVES,
                 "SANCTION/withdraw": _LEAVES, "ASSAULT": _DONE_TO, "COERCE": _DONE_TO, "SANCTION": _DONE_TO,
                 "ACCUSE": _DONE_TO, "THREATEN": _DONE_TO, "RETREAT/release": _DONE_TO, "SANCTION/expel": _REMOVES,
                 "COERCE/deport": _REMOVES}
# What passes from one party to another, so that a verb of receiving tells it from the receiver's side (§526): the
# manual's AID ("source actor provides aid to target"), its verbal acts (`_VOICED_TYPES`: "received threats from"),
# meetings offered ("got a call from") and penalties imposed ("received a ban from"). Not force: what one wins or
# gains from another in ASSAULT, COERCE or MOBILIZE is taken from it ("gained ground from the rebels").
_GIVEN_TYPES = _VOICED_TYPES | {"AID", "CONSULT", "SANCTION"}


def participants(reading: EventReading, candidate: Candidate) -> tuple[list[str], list[str]]:
    """Actor and recipient ids; when a quote's speaker says "we will…", the speaker acts."""
    anchor = candidate.anchor
    if candidate.stance:
        actors, recipients = stance_participants(reading, anchor)
    elif anchor.pos_ in NOUN_POS and (condition := misread_condition(anchor, reading.words)) is not None:
        # "Should Russia attack Kyiv, …" read as a noun phrase: the condition's words keep its order (§289)
        actors = unique([t._.actor for t in condition if t.i < anchor.i])
        recipients = unique([t._.actor for t in condition if t.i > anchor.i])
    elif anchor.pos_ in NOUN_POS:
        words = reading.words
        occasion = _occasion(anchor, words) and candidate.code.type not in words.shared_event_types
        actors, recipients = noun_participants(reading, anchor, clause_acts=not occasion, code=candidate.code)
    else:
        actors, recipients = verb_participants(reading, anchor)
        for head in candidate.complements + candidate.absorbed:
            if head.pos_ == "VERB":
                recipients += verb_participants(reading, head)[1]
            elif head.pos_ == "AUX":  # "said Moscow was responsible": whom the clause is about
                recipients += verb_participants(reading, head)[0]
            elif head.pos_ in NOUN_POS:
                recipients += noun_participants(reading, head)[1]
        # "sued to nullify a pact between…"; and whatever the type, a noun the verb says its event of as its subject
        # ("a ceasefire between Sudan and Chad took effect", "… was declared"): the event is the noun's, so are its
        # parties (§291, §304)
        shared = candidate.code.type in reading.words.shared_event_types
        parties = [a for head in candidate.absorbed if head.pos_ in NOUN_POS
                   and (shared or _said_of(reading, head, anchor, candidate.code))
                   for a in _parties(reading, head)]
        if actors:
            recipients += parties  # "Turkey hosted talks between Russia and Ukraine": the host and its guests
        else:
            actors = parties  # "talks between Russia and Ukraine were held in Istanbul"
        if not actors and _act_reading(candidate.code) in _OWN_MOVES:
            # "the withdrawal of Kenya's ambassador from Uganda was announced": who leaves, leaves (§322)
            actors = [a for head in candidate.absorbed if head.pos_ in NOUN_POS
                      and _said_of(reading, head, anchor, candidate.code)
                      for a in noun_participants(reading, head, clause_acts=False, code=candidate.code)[0]]
        actors += [a for head in candidate.absorbed if _voiced(head, anchor, candidate.code)
                   for a in noun_participants(reading, head, clause_acts=False, code=candidate.code)[0]]
        # "Kenya ordered patrols by Kenyan police": the agent of a noun whose own event the verb says does it too,
        # beside the subject, and is no recipient; not of one the verb acts upon ("cancelled a visit by …", §347)
        actors += [a for head in candidate.absorbed if _own_event(reading, head, candidate.code)
                   for g in _doer_objects(reading, head, candidate.code) for a in phrase_actors(reading, g)]
    if candidate.subject_targeted:
        # the party a verb's act on its subject comes from does it: "came under fire from Amnesty" (§627)
        sources = [g for head in (anchor, *candidate.absorbed) for p in head.children
                   if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"] \
            if anchor.pos_ in VERB_POS else []
        senders = unique([a for g in sources for a in phrase_actors(reading, g)])
        actors, recipients = senders, [a for a in actors + recipients if a not in senders]
    if not actors and (anchor.pos_ == "ADJ" or _stance_participle(anchor)) and anchor.head.i != anchor.i:
        actors = verb_participants(reading, anchor.head)[0]  # "Syria is willing to …", "Kenya is opposed to …"
    if not actors and candidate.governor is not None and governor_may_act(reading, candidate):
        # "Hungary said it will support…": an unresolved pronoun in a report is usually the speaker.
        actors = verb_participants(reading, candidate.governor)[0]
    elif not actors and candidate.governor is not None:
        actors = authority_reporting_its_act(reading, candidate)
    if (given := _received_from(reading, candidate)) is not None:
        # "Ukraine received 40 tanks from Germany": the giver acts, the receiver is its target (§526)
        actors, recipients = given[0], given[1] + recipients
    actors = unique(actors)
    recipients = [r for r in unique(recipients) if r not in actors]
    quote = reading.quote_of(anchor)
    if quote is not None and not actors and _first_person_subject(anchor, reading.words) and quote.speaker:
        actors = [quote.speaker.actor] if quote.speaker.actor else []
    return actors, recipients


def _received_from(reading: EventReading, candidate: Candidate) -> tuple[list[str], list[str]] | None:
    """The givers and the receivers of an event told from the receiver's side (§526), else None: a verb of receiving
    (`events.getting_verbs`) whose object makes an event that passes between parties (`_GIVEN_TYPES`), the event
    being the object noun's or the verb's with that object, and a "from" naming an actor: "Ukraine received 40 tanks
    from Germany", "Somalia got humanitarian aid from Turkey", "Kenya received threats from Somalia". The verb's own
    reading stays its subject's ("Kenya received a delegation from Chad" hosts), and a noun a verb of meeting takes
    is read so already (`elicitor`: "won backing from France")."""
    anchor, words = candidate.anchor, reading.words
    if candidate.stance or candidate.code.type not in _GIVEN_TYPES:
        return None
    if anchor.pos_ in VERB_POS:
        verb = anchor
        if reading.triggers.verbs.get(verb.lemma_.lower()) == candidate.code:
            return None
        received = [c for c in verb.children if c.dep_ == "dobj"]
    elif anchor.pos_ in NOUN_POS and elicitor(anchor, words) is None and (verb := clause_verb_above(anchor)):
        received = [c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i <= anchor.i <= c.right_edge.i]
        if not received:
            return None
    else:
        return None
    if verb.lemma_.lower() not in words.getting_verbs:
        return None
    # the parser hangs the giver on the verb, on what is received, or on the event's noun
    sources = [g for head in (verb, *received, anchor) for p in head.children if p.dep_ == "prep" and p.lower_ == "from"
               for g in p.children if g.dep_ == "pobj"]
    givers = unique([a for g in sources for a in phrase_actors(reading, g)])
    return (givers, verb_participants(reading, verb)[0]) if givers else None


def governor_may_act(reading: EventReading, candidate: Candidate) -> bool:
    """Whether the subject of the verb that governs the event ("said", "plans") may stand in for its missing
    actor (§102): not when the event's clause is passive, whose subject is done to ("the police said the
    woman was killed"), nor when its subject is a noun that names no actor ("Kenya said the boy's father
    offered to travel"): the speaker neither killed nor travelled. A pronoun, no subject, or an actor the
    act targets may be the speaker ("Hungary said it will support…", "Russia must pay a price, Kenya said"),
    and so may an act announced or held out, which the speaker warns of ("Russia will be punished")."""
    verb = event_clause_verb(candidate.anchor)
    anchor = candidate.anchor
    if verb is not None and anchor.pos_ in NOUN_POS and _witnessed(reading, anchor, verb, candidate.code):
        return False  # "Amnesty reported the killing of three protesters": the teller did not kill (§319)
    if verb is None or candidate.subject_targeted or aux_modes(candidate, reading.words) & _ANNOUNCED:
        return True  # an act announced or held out is the speaker's warning: "Russia will be punished, Kenya said"
    if is_passive(verb) and not stative_passive(verb) and not candidate.stance:
        return False  # "Germany said it was outraged": the one who feels is no one acted upon
    return not any(c.dep_ in ANY_SUBJECT_DEPS and c.pos_ in NOUN_POS and not phrase_actors(reading, c)
                   for c in verb.children)


def authority_reporting_its_act(reading: EventReading, candidate: Candidate) -> list[str]:
    """An authority reporting an act only authorities perform, done to the subject of a past passive with no
    agent, performed it (§103): "427 fugitives were taken into custody, the FBI said", "two men were arrested,
    police said". The speakers of the governing verb if each is an actor of the police, the judiciary,
    intelligence or the military, else none: a person, a firm, a government or a country ("the US said",
    "officials said", perhaps of an arrest abroad) may only be telling of it."""
    code = candidate.code
    if (code.type, code.mode) not in AUTHORITY_ACTS:
        return []
    verb = event_clause_verb(candidate.anchor)
    if verb is None or not is_passive(verb) or stative_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    subjects = [c for c in candidate.governor.children if c.dep_ == "nsubj"]
    if not subjects or not all(_authority(reading, c) for c in subjects):
        return []
    return unique([a for c in subjects for a in phrase_actors(reading, c)])  # "Iran's court": the court and Iran


def _authority(reading: EventReading, head: Token) -> bool:
    actor = reading.actors.get(head._.actor)
    return actor is not None and actor.sector in _AUTHORITY_SECTORS


def subjects(verb: Token) -> list[Token]:
    """The verb's subject, or, for a verb that shares it ("met and signed", "tried to flee"), its head's; an
    infinitive a passive takes shares the passive's subject, who does it ("Kenya is expected to send troops", "Kenya
    was asked by the UN to send troops": Kenya sends; §543)."""
    while not any(c.dep_ in ("nsubj", "agent") for c in verb.children) and verb.dep_ in ("conj", "xcomp") \
            and verb.head.i != verb.i:
        if verb.dep_ == "xcomp" and verb.tag_ != _PARTICIPLE and (
                raised := [c for c in verb.head.children if c.dep_ == "nsubjpass"]):
            return raised
        verb = verb.head
    return [c for c in verb.children if c.dep_ in ("nsubj", "agent")]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in _PASSIVE_DEPS for c in verb.children)


def stative_passive(verb: Token) -> bool:
    """A present-tense passive with no agent states where its subject stands ("Vietnam is committed to…",
    "Chad is opposed to…"): the subject holds the stance. A past one reports an act done to it."""
    return not any(c.dep_ == "agent" for c in verb.children) and any(
        c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in verb.children)


def event_clause_verb(anchor: Token) -> Token | None:
    """The verb whose clause reports the event: the anchor itself, or the verb an event noun hangs from."""
    if anchor.pos_ in VERB_POS:
        return anchor
    if anchor.pos_ == "ADJ":
        return anchor.head if anchor.head.pos_ in PREDICATE_POS else None
    verb = clause_verb_above(anchor)
    return verb if verb is not None and verb.i != anchor.i else None


def clause_verb_above(word: Token) -> Token | None:
    """The verb or auxiliary of the clause ``word`` hangs in, climbing its heads within the clause: "held"
    for "talks" in "held talks in Doha"; None if the climb ends on no verb."""
    verb = word.head
    while verb.pos_ not in PREDICATE_POS and verb.head.i != verb.i and verb.dep_ not in CLAUSE_DEPS:
        verb = verb.head
    return verb if verb.pos_ in PREDICATE_POS else None


def feelers(feeling: Token) -> list[Token]:
    """Who holds a stance said with an adjective of feeling (§253): a passive's subject ("Germany was outraged by the
    arrests"), else the subject of the verb the adjective completes ("Kenya is critical of", "Beijing remains opposed
    to"), or of the verb that verb is joined to ("welcomed the deal and was pleased with it"). No one where the
    feeling describes whom a relative clause is about ("a voter who is critical of the plan": who the voter is, §32)."""
    passive = is_passive(feeling)
    clause = feeling if passive else feeling.head
    if clause.dep_ == "relcl" or not (passive or feeling.dep_ in ("acomp", "oprd")):
        return []
    return [c for c in clause.children if c.dep_ == "nsubjpass"] if passive else subjects(clause)


def stance_participants(reading: EventReading, feeling: Token) -> tuple[list[str], list[str]]:
    """The one who feels takes the stance, even as a passive's subject; the parties of what it is about receive it
    (§253): "Germany was outraged by Russia's arrests of its diplomats" is Germany's, toward Russia; "Kenya has been
    critical of Chad's crackdown" toward Chad."""
    actors = [a for c in feelers(feeling) for a in phrase_actors(reading, c, place_names_side=True)]
    recipients = []
    for about in (g for c in feeling.children if c.dep_ in _PHRASE_DEPS for g in c.children if g.dep_ == "pobj"):
        recipients += phrase_actors(reading, about)
        if about.pos_ in NOUN_POS:  # "the arrests by Russia": the doer of what is felt about
            recipients += noun_participants(reading, about, clause_acts=False)[0]
    for clause in (c for c in feeling.children if c.dep_ == "ccomp"):
        recipients += verb_participants(reading, clause)[0]  # "concerned that Uganda had detained them": Uganda
    return actors, recipients


def _stance_participle(word: Token) -> bool:
    """Whether a participle the copula takes is a stance of its subject toward what "to" names ("Kenya is opposed
    to the plan", "committed to the talks", "prepared to send troops"); the parser tags it a verb, and reads
    passives the same way ("Trump was assailed for …"), whose subject is done to."""
    return word.dep_ == "acomp" and word.tag_ == "VBN" and any(
        c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "to" for c in word.children)


def verb_participants(reading: EventReading, verb: Token) -> tuple[list[str], list[str]]:
    actors, recipients = [], []
    passive = is_passive(verb)
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and misread_condition(child, reading.words) is None:
            actors += _doers_named(reading, child, place_names_side=True)
        elif child.dep_ == "agent":
            agents = [g for g in child.children if g.dep_ == "pobj"]
            actors += [a for g in agents for a in _doers_named(reading, g)]
            recipients += _targets_hung_on(reading, agents)
        elif child.dep_ == "nsubjpass" or (child.dep_ in ("dobj", "dative") and not passive):
            # "condemned the detention of activists by the police": the act's doer is its target too (§278)
            recipients += phrase_actors(reading, child)
            recipients += [a for g in _agent_objects(reading, child) for a in phrase_actors(reading, g)]
        elif child.dep_ == "prep" and child.lower_ in reading.words.recipient_prepositions:
            recipients += [a for g in _party_objects(child) if not destination(reading, child, g)
                           for a in phrase_actors(reading, g)]
        elif child.dep_ == "prep" and child.lower_ == "between":
            actors += [a for g in child.children if g.dep_ == "pobj" for a in phrase_actors(reading, g)]
    if not actors and (subject := condition_subject(verb, reading.words)) is not None:
        actors = phrase_actors(reading, subject, place_names_side=True)  # "Were Chad to invade Kenya" (§288)
    elif not actors and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i and passive \
            and verb.head.pos_ in PREDICATE_POS and not is_passive(verb.head):
        recipients += verb_participants(reading, verb.head)[0]  # "fled and was captured": who fled is captured (§102)
    elif not actors and permitted(verb, reading.words) and (allowed := _permitted_parties(reading, verb)):
        actors = allowed  # "France gave Kenya the go-ahead to strike": Kenya would strike (§534)
    elif not actors and verb.dep_ == "xcomp" and verb.tag_ == _INFINITIVE \
            and (controllers := _object_controllers(reading, verb.head)):
        actors = controllers  # "the EU pressured Kenya to open an investigation": Kenya opens it (§340)
    elif not actors and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        actors = verb_participants(reading, verb.head)[0] if verb.head.pos_ in ("VERB", "AUX") else actors
        if not actors and verb.head.pos_ == "ADJ":
            actors = verb_participants(reading, verb.head.head)[0]
    if not actors and verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        actors = [a for s in _predicate_subjects(verb) for a in phrase_actors(reading, s)]
    if not actors and verb.dep_ == "acl" and verb.tag_ == "VBN":
        recipients += phrase_actors(reading, verb.head)
    elif not actors and verb.dep_ == "acl" and verb.head.i != verb.i:
        # "issued a declaration demanding…": whoever issued the declaration demands
        actors = noun_participants(reading, verb.head)[0]
    return actors, recipients


def _permitted_parties(reading: EventReading, act: Token) -> list[str]:
    """Who a permission allows to do ``act`` (§534): the party it is given to ("gave Kenya the go-ahead to strike")
    or the one it is "for" ("granted permission for Uganda to bomb"), as the parser hangs the infinitive on the
    permission or on the verb that gives it."""
    giving = act.head if act.head.pos_ in VERB_POS else act.head.head
    permissions = [act.head] if act.head.pos_ in NOUN_POS else [c for c in giving.children if c.dep_ == "dobj"]
    allowed = [c for c in giving.children if c.dep_ == "dative"] + [
        g for head, preposition in ((giving, "to"), *((noun, "for") for noun in permissions))
        for p in head.children if p.dep_ == "prep" and p.lower_ == preposition for g in _party_objects(p)]
    return [a for party in allowed for a in phrase_actors(reading, party)]


def _object_controllers(reading: EventReading, governor: Token) -> list[str]:
    """The actors of the object that does the act of an infinitive ``governor`` takes beside it (§340): a passive's
    subject ("Kenya was pressured to open …", "Blinken is set to meet …"), or the direct object of a verb whose
    object does it (`control_verbs`: "pressured Kenya to open an investigation", "persuaded Israel to accept a
    ceasefire"). Not another verb's object, where the infinitive says why the subject acts ("summoned the ambassador
    to complain", "toured the two countries to show support"), and none where the object names no actor ("used its
    veto to block the resolution"): the subject acts as before."""
    if governor.pos_ not in VERB_POS:
        return []
    if is_passive(governor):
        return [a for c in governor.children if c.dep_ == "nsubjpass" for a in phrase_actors(reading, c)]
    if governor.lemma_.lower() not in control_verbs():
        return []
    return [a for c in governor.children if c.dep_ == "dobj" for a in phrase_actors(reading, c)]


def _predicate_subjects(gerund: Token) -> list[Token]:
    """The subject of the predicate whose preposition ``gerund`` completes, who does the gerund's act (§330): an
    adjective's ("Iran is capable of striking Israel", "Kenya is responsible for attacking the tanker") or a passive
    participle's ("Kenya was accused of attacking Uganda"). Not an active verb's: its object may be the doer ("Uganda
    accused Kenya of attacking", "thanked Kenya for attacking the rebels")."""
    predicate = gerund.head.head
    if gerund.head.dep_ != "prep" or any(c.dep_ in ("nsubj", "poss") for c in gerund.children):
        return []
    if predicate.tag_ == "JJ" and predicate.dep_ == "acomp":
        return [c for c in predicate.head.children if c.dep_ == "nsubj"]
    return [c for c in predicate.children if c.dep_ == "nsubjpass"] if predicate.tag_ == "VBN" else []


def _doers_named(reading: EventReading, head: Token, place_names_side: bool = False) -> list[str]:
    """The actors of a verb's subject or agent phrase: an act's noun there names no doer with the phrases its act
    makes no doer's ("the shelling of Goma killed ten": Goma was shelled, §302)."""
    act = _act_reading(reading.triggers.nouns.get(head.lemma_.lower()) if head.pos_ in NOUN_POS else None)
    not_doers = _not_doers(*_own_phrases(head, act))
    return [a for a in phrase_actors(reading, head, place_names_side) if a not in not_doers]


def _act_reading(code: Code | None) -> str | None:
    """How an act's noun reads its own "of" and "from" (`_ACT_READINGS`), None for acts they tell nothing of."""
    return (_ACT_READINGS.get(f"{code.type}/{code.mode}") or _ACT_READINGS.get(code.type)) if code else None


def _own_phrases(noun: Token, act: str | None) -> tuple[list[Token], list[Token]]:
    """The noun's own "of" and "from" phrases that name the doer of its act read as ``act``, and those that name
    no doer: a "from" the parser hangs on the object of "of" counts as the noun's for leaving and removing."""
    if act is None:
        return [], []
    own = {preposition: [p for p in noun.children if p.dep_ == "prep" and p.lower_ == preposition]
           for preposition in ("of", "from")}
    hung = [p for o in own["of"] for g in _party_objects(o) for p in g.children if p.dep_ == "prep" and p.lower_ == "from"]
    doing = {_MOVES: own["of"], _LEAVES: own["of"], _DONE_TO: own["from"], _REMOVES: own["from"] + hung}[act]
    other = {_MOVES: [], _LEAVES: own["from"] + hung, _DONE_TO: own["of"], _REMOVES: own["of"]}[act]
    return doing, other


def _not_doers(doing: list[Token], other: list[Token]) -> list[str]:
    """The actors named in phrases that name no doer, the innermost phrase deciding ("the pullout of soldiers from
    Mali": Mali is left; "the expulsion of traders from Niger": Niger expels)."""
    roles = {}
    for phrase, doer in sorted([(p, True) for p in doing] + [(p, False) for p in other],
                               key=lambda pair: -len(list(pair[0].subtree))):
        roles.update({t.i: (doer, t._.actor) for t in phrase.subtree})
    return unique([actor for _, (doer, actor) in sorted(roles.items()) if not doer])


def noun_participants(reading: EventReading, noun: Token, clause_acts: bool = True,
                      code: Code | None = None) -> tuple[list[str], list[str]]:
    """Who acts in a noun's event and on whom: its own phrase's actors, else (``clause_acts``) its clause's
    subject's. The noun's "of" and "from" name doers or not as its act ``code`` makes them (§302)."""
    actors, recipients = [], []
    words = reading.words
    doing, other = _own_phrases(noun, _act_reading(code))
    not_doers = _not_doers(doing, other)
    charged = _charged(reading, noun, code)
    verb = noun.head
    if (meeting := elicitor(noun, words)) is not None:
        # "the plan drew criticism from France", "the president was met with protests": France criticizes, the
        # plan's side is criticized; the protests are against the president (§282)
        sources = [g for t in (noun, meeting) for p in t.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                   or p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
        met = [a for c in meeting.children if c.dep_ == "nsubjpass" for a in phrase_actors(reading, c)] \
            if is_passive(meeting) else verb_participants(reading, meeting)[0]
        return [a for g in sources for a in phrase_actors(reading, g)], met
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child._.actor:
            actors += phrase_actors(reading, child)
        elif child.dep_ == "prep" and child.lower_ in words.noun_actor_prepositions:
            actors += [a for g in child.children if g.dep_ == "pobj" and g not in charged
                       for a in phrase_actors(reading, g)]
            recipients += _targets_hung_on(reading, [g for g in child.children if g.dep_ == "pobj"]) \
                if child.lower_ == _AGENT else []
        elif child.dep_ == "prep" and child in doing:  # "the withdrawal of Kenyan police", "sanctions from the US"
            actors += [a for g in _party_objects(child) for a in phrase_actors(reading, g) if a not in not_doers]
        elif child.dep_ == "prep" and child.lower_ in words.noun_recipient_prepositions:
            recipients += [a for g in _party_objects(child) if not destination(reading, child, g)
                           for a in phrase_actors(reading, g)]
    # "the detention of journalists by the police": the parser hangs the agent on the detained (§338); "charges of
    # abuses by the police": on the act charged, or on the charge, and names the act's doer, the accused (§347)
    hung_away = [g for g in _agents_hung_away(reading, noun) if g not in charged]
    actors += [a for g in hung_away for a in phrase_actors(reading, g)]
    recipients += [a for g in charged for a in phrase_actors(reading, g)]
    # "the expulsion of traders from Niger": the parser hangs the expeller on the expelled
    actors += [a for p in doing if p.head.i != noun.i for g in _party_objects(p) for a in phrase_actors(reading, g)]
    # "the imposition of sanctions on Iran by the EU": the agent of the noun that carries the act out does it (§321)
    carrying = _carrying_noun(reading, noun)
    carried_out_by = _agent_objects(reading, carrying) if carrying is not None else []
    actors += [a for g in carried_out_by for a in phrase_actors(reading, g)]
    # An agent the noun names itself, even one no actor stands for ("the detention of activists by security
    # forces"), is the doer: not the subject of its clause ("… was condemned by Amnesty", §278).
    own_agents = [g for g in _own_agent_objects(noun) if g not in charged]
    if not actors and clause_acts and not own_agents and not hung_away and not carried_out_by \
            and (verb := clause_verb_above(noun)) is not None \
            and not _part_denied(noun, verb, words) and not _topic(noun, verb) \
            and not _inquired_into(reading, noun, verb) and not _witnessed(reading, noun, verb, code) \
            and not _escaped(noun, verb, words):
        actors = [a for a in verb_participants(reading, verb)[0] if a not in not_doers]
    return actors, recipients


def _carrying_noun(reading: EventReading, noun: Token) -> Token | None:
    """The noun whose "of" object the event noun is, where that noun carries the act out and names no event or
    party of its own ("the imposition of sanctions", "the launch of airstrikes"), else None: its "by" agent does the
    act (§321). A noun of an event of its own is about the act ("the condemnation of the attack by the UN": the UN
    condemns, §278), and a party's ("the leader of the protests") is no carrying out."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN":
        return None
    carrying = noun.head.head
    lemma = carrying.lemma_.lower()
    if carrying._.actor or lemma in reading.triggers.nouns or lemma in party_noun_kinds():
        return None
    return carrying


def _witnessed(reading: EventReading, noun: Token, verb: Token, code: Code | None) -> bool:
    """Whether the noun's event is what its clause's verb of reporting tells of, as a witness: its object or passive
    subject ("Amnesty reported the killing of three protesters", "the torture of detainees was confirmed by HRW"). The
    teller did no act (§319, compare §313's inquiry), unless an authority tells of an act only authorities do
    ("police reported the arrest of twelve men", §103). A verb by which one tells of one's own act is no witness's
    ("Kenya announced the withdrawal of its troops", "Hamas claimed the bombing")."""
    told = noun
    while told.dep_ == "conj" and told.head.i != verb.i:  # "reported the killing and the torture of …"
        told = told.head
    if verb.lemma_.lower() not in _WITNESS_REPORTS or told.head.i != verb.i or told.dep_ not in _TOLD_DEPS:
        return False
    code = code or reading.triggers.nouns.get(noun.lemma_.lower())
    tellers = [c for c in verb.children if c.dep_ == "nsubj"] + \
        [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    authority = code is not None and (code.type, code.mode) in AUTHORITY_ACTS and tellers \
        and all(_authority(reading, t) for t in tellers)
    return not authority


def _voiced(noun: Token, verb: Token, code: Code) -> bool:
    """Whether ``noun`` is the object of a carrier ``verb`` that voices or shows (`_VOICING_CARRIERS`) the stance
    (`_VOICED_TYPES`) the noun names ("stressed Germany's support for Ukraine", "expressed Japan's concern"): the
    noun's owner holds it (§320), as the subject holds its own ("expressed support"). A verb reacting to another's
    act ("welcomed Germany's support") is no carrier: its owner is whom the reaction is toward."""
    return code.type in _VOICED_TYPES and noun.dep_ == "dobj" and noun.head.i == verb.i and noun.pos_ in NOUN_POS \
        and verb.lemma_.lower() in _VOICING_CARRIERS


def _agent_objects(reading: EventReading, noun: Token) -> list[Token]:
    """The objects of a "by" phrase that may name a noun's doer: its own, and those the parser hangs away from it."""
    return _own_agent_objects(noun) + _agents_hung_away(reading, noun)


def _doer_objects(reading: EventReading, noun: Token, code: Code | None) -> list[Token]:
    """The objects of the "by" phrases that name the doer of a noun's act: its own and those hung away from it, but
    not the accused an accusation's act names (`_charged`)."""
    charged = _charged(reading, noun, code)
    return [g for g in _agent_objects(reading, noun) if g not in charged]


def _charged(reading: EventReading, noun: Token, code: Code | None) -> list[Token]:
    """The objects of the "by" of an accusation that names what it charges with an "of" object that is no party:
    "charges of abuses by Serbian forces", "condemnation of the killing by police". The "by" names the doer of the act
    charged, whom the accusation is against (§347; the manual's ACCUSE is directed at the accused), not the accuser:
    where the parser hangs it on that object, or on the accusation when it names an armed force, which does acts
    of force more than it voices charges ("charges of violations against Albanians by Serbian forces"). A "by" on
    the accusation names its voice otherwise ("the condemnation of the attack by the UN", "accusations of fraud by
    the opposition"), and one hung on an "of" object that is a party the noun's doer ("the condemnation of Russia by
    the UN", §338)."""
    code = code or reading.triggers.nouns.get(noun.lemma_.lower())
    if code is None or code.type != _ACCUSATION:
        return []
    acts = [held for o in noun.children if o.dep_ == "prep" and o.lower_ == "of" for held in _party_objects(o)
            if not held._.actor]
    if not acts:
        return []
    armed = [g for g in _own_agent_objects(noun) if _armed(reading, g)]
    return armed + [g for act in acts for p in act.children if p.dep_ == "prep" and p.lower_ == _AGENT
                    for g in _party_objects(p) if any(t._.actor for t in g.subtree)]


def _armed(reading: EventReading, head: Token) -> bool:
    """Whether the phrase's head names an actor of an armed sector: an army, rebels, a militia ("Serbian forces",
    "Milosevic's forces")."""
    actor = reading.actors.get(head._.actor)
    return actor is not None and actor.sector in reading.words.armed_sectors


def _own_agent_objects(noun: Token) -> list[Token]:
    """The objects of a noun's own "by" phrase: "the arrest of journalists by the police"."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == _AGENT for g in _party_objects(p)]


def _agents_hung_away(reading: EventReading, noun: Token) -> list[Token]:
    """The objects of a "by" phrase the parser hangs away from the noun that name an actor (§338): on the object of
    the noun's own "of" ("the detention of two journalists by the police"), or on the active verb whose object the
    noun is, if the noun names an event ("Chad denounced the shelling of its villages by Sudanese troops"), where a
    "by" names no agent of the verb's own. One that names no actor is a time, a measure or a means ("by the end of
    May", "by ten percent"); a noun of no event may be the verb's own ("a Swede held hostage by al-Qaida")."""
    hosts = [held for o in noun.children if o.dep_ == "prep" and o.lower_ == "of" for held in _party_objects(o)]
    if noun.dep_ == "dobj" and noun.head.pos_ in VERB_POS and not is_passive(noun.head) \
            and not _reduced_passive(noun.head) and noun.lemma_.lower() in reading.triggers.nouns:
        hosts.append(noun.head)
    return [g for host in hosts for p in host.children if p.dep_ == "prep" and p.lower_ == _AGENT
            for g in _party_objects(p) if any(t._.actor for t in g.subtree)]


def _reduced_passive(verb: Token) -> bool:
    """A past participle with no "have" is a passive whatever its auxiliaries ("a Swede held hostage by al-Qaida"): its
    "by" is its own agent."""
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _targets_hung_on(reading: EventReading, agents: list[Token]) -> list[str]:
    """The actors an "against" phrase the parser hangs on an agent names: whom the act is aimed at ("tear gas was
    fired by police against the migrants"; §337). Not another preposition, which may say where the agent serves
    ("by Kenya's envoy to the UN", "by officials at the UN")."""
    return [a for g in agents for p in g.children if p.dep_ == "prep" and p.lower_ == _AGAINST
            for h in _party_objects(p) for a in phrase_actors(reading, h)]


def _party_objects(preposition: Token) -> list[Token]:
    """The objects of a preposition that may name a party: not a gerund, which names an act whose own phrases
    are its own ("charged the men with spying for Chad": Chad is no party to the charge, §279), or a means ("free
    tuition by funneling money to states": no agent)."""
    return [g for g in preposition.children if g.dep_ == "pobj" and g.tag_ != _GERUND]


def _part_denied(noun: Token, verb: Token, words: EventWords) -> bool:
    """Whether the clause denies its subject a part in the event ``noun`` names: a word between them denies it
    (`denies_part`: "Chad was not responsible for the attack", "bore no responsibility for it", "denied any role in
    the attack"; conventions §263, §272). The event may have happened; Chad did not do it. A noun in the subject
    ("Chad's attack was not …") keeps its own phrase's actors."""
    token = noun
    while token.i != verb.i:
        if token.dep_ in ANY_SUBJECT_DEPS:
            return False
        token = token.head
        if denies_part(token, words):
            return True
    return False


def _topic(noun: Token, verb: Token) -> bool:
    """Whether the noun's event is what its clause feels, says or asks something about: a topic preposition stands
    between them ("Kenya expressed concern about the arrests", "Kenya is worried about the arrests", "raised
    questions over the killing"). The worried one did not arrest (§303), as a critic does not do the act condemned."""
    token = noun
    while token.i != verb.i:
        if token.dep_ == "prep" and token.lower_ in _TOPIC_PREPOSITIONS:
            return True
        token = token.head
    return False


def _escaped(noun: Token, verb: Token, words: EventWords) -> bool:
    """Whether the noun's event is what its clause's subject flees, escapes, survives or evades, as its object or
    its "from" ("villagers fled the fighting", "fled from the shelling", "survived the attack"): the act is
    another's (§467)."""
    escaped = noun.dep_ == "dobj" and noun.head.i == verb.i \
        or noun.dep_ == "pobj" and noun.head.lower_ == "from" and noun.head.head.i == verb.i
    return escaped and verb.lemma_.lower() in words.escaping_verbs


def _inquired_into(reading: EventReading, noun: Token, verb: Token) -> bool:
    """Whether the noun's event is what an inquiry between it and its clause's verb, or that verb, investigates
    ("launched an investigation into the killing", "are investigating the killing"): the investigator did not kill
    (§313; CAMEO 09, investigate). The inquiry is a noun or verb the lexicon codes with the mode investigate, and the
    event its object, not a means of it ("an investigation in consultation with the UN" is consulted in)."""
    triggers = reading.triggers
    token = noun
    while token.i != verb.i:
        below, token = token, token.head
        code = triggers.nouns.get(token.lemma_.lower()) if token.pos_ in NOUN_POS else \
            triggers.verbs.get(token.lemma_.lower()) if token.pos_ in VERB_POS else None
        if code is not None and code.mode == _INQUIRY and (below.dep_ if below.dep_ == "dobj" else below.lower_) \
                in _INQUIRY_OBJECTS:
            return True
    return False


def _said_of(reading: EventReading, noun: Token, verb: Token, code: Code) -> bool:
    """Whether the verb says the noun's event of it as its subject ("a ceasefire … took effect"), or as its passive
    subject, declaring or agreeing to it or reporting it done ("a ceasefire … was declared", §304: an agent, if the
    passive names one, declares it and the noun's parties are its recipients). Not an act against the noun's event
    ("a ceasefire … was violated" is an attack by one side)."""
    if noun.head.i != verb.i:
        return False
    own = reading.triggers.nouns.get(noun.lemma_.lower())
    return noun.dep_ == "nsubj" or noun.dep_ == "nsubjpass" and (
        code.type in _DECLARING_TYPES or own is not None and own.type == code.type)


def _own_event(reading: EventReading, noun: Token, code: Code) -> bool:
    """Whether the noun names an event of the type the verb that absorbs it says ("ordered patrols": MOBILIZE), not
    one the verb does something else to ("cancelled a visit", "allowing access")."""
    own = reading.triggers.nouns.get(noun.lemma_.lower()) if noun.pos_ in NOUN_POS else None
    return own is not None and own.type == code.type


def _parties(reading: EventReading, noun: Token) -> list[str]:
    """The actors an event noun names as its parties, "between" or "among" whom it happens."""
    return [a for p in noun.children if p.dep_ == "prep" and p.lower_ in reading.words.party_prepositions
            for g in p.children if g.dep_ == "pobj" for a in phrase_actors(reading, g)]


def _occasion(noun: Token, words: EventWords) -> bool:
    """Whether the event is the occasion of its clause's act, not that act's subject's doing: "police arrested
    twelve men after the bombing", "civilians fled amid heavy fighting". Not one with a counterpart ("retook
    the village after fierce fighting with the rebels"): the subject was the other side (§115)."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return False
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in words.occasion_prepositions


def destination(reading: EventReading, preposition: Token, noun: Token) -> bool:
    """Whether ``noun`` names a town a movement or a route goes to ("advanced toward Goma", "the road to
    Goma"): no recipient. A place is one only as a government, a country or a capital standing for its state
    ("sent an envoy to Kenya"): an actor the actors component made a country. The town is a place the NER
    labelled one, or a name the gazetteer knows that it labelled another way (event_where.gazetteer_place)."""
    if preposition.lower_ not in reading.words.goal_prepositions or not noun._.actor:
        return False
    actor = reading.actors.get(noun._.actor)
    if actor is None or actor.kind == "country":
        return False
    name = place_name(noun)
    return name is not None and (name.label_ in PLACE_LABELS or gazetteer_place(name))


def phrase_actors(reading: EventReading, head: Token, place_names_side: bool = False) -> list[str]:
    """Actor ids in the noun phrase headed by ``head`` (and its conjuncts), the head's own first."""
    words = reading.words
    if head.lower_ in words.first_person and not head._.actor:
        quote = reading.quote_of(head)
        if quote and quote.speaker and quote.speaker.actor:
            return [quote.speaker.actor]
    if head.lemma_.lower() in words.reciprocal_heads and any(c.lower_ in words.reciprocal_counts for c in head.children):
        return named_pair(reading, head) or recent_countries(reading, head)
    ids = [head._.actor] if head._.actor else []
    sponsors = reading.triggers.sponsor_verbs
    others = another_person(reading, head) | sponsor_words(head, sponsors) | own_title(reading, head)
    for token in noun_phrase(head, words):
        if token._.actor and token.i not in others:
            ids.append(token._.actor)
    for conj in head.conjuncts:
        if conj.i > head.i:
            others = another_person(reading, conj) | sponsor_words(conj, sponsors) | own_title(reading, conj)
            ids += [t._.actor for t in (conj, *noun_phrase(conj, words)) if t._.actor and t.i not in others]
    if not ids and place_names_side:  # subject "opposition groups in Zimbabwe": the place names the side
        ids = [t._.actor for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "in"
               for t in prep.subtree if t._.actor]
    return unique(ids)


def hyphenated_participle(word: Token) -> bool:
    """Whether ``word`` is a participle written after another word and a hyphen, before the noun it modifies:
    "Russian-backed separatists", "the rebel-held town", "a climate-fighting fund" (conventions §107). The
    tokenizer splits the hyphen; the parser hangs the first word on the participle and the participle on the noun."""
    doc = word.doc
    return word.dep_ == "amod" and word.tag_ in ("VBN", "VBG") and 1 < word.i < word.head.i \
        and doc[word.i - 1].tag_ == "HYPH" and doc[word.i - 2].head.i == word.i


def sponsor_words(head: Token, sponsor_verbs: frozenset[str]) -> set[int]:
    """The tokens that name who backs, funds or aids what ``head`` names — "Russian" in "Russian-backed
    separatists", "foreign" in "foreign-funded groups": a sponsor, no party to the group's acts (§107). A
    leader stays ("the Saudi-led coalition"): what a coalition does is done under its command."""
    return {t.i for c in head.children if hyphenated_participle(c) and c.lemma_.lower() in sponsor_verbs
            for t in c.subtree if t.i < c.i}


def another_person(reading: EventReading, head: Token) -> set[int]:
    """The tokens that name someone else than a relation noun does: "Elian's father", "relatives of the
    victim", "a friend of the minister's killer" (plover_kin_nouns.csv, §102), and the person followers are
    named by ("Sanders supporters", "Trump voters"; §116). Empty for any other noun."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN":
        return set()
    if lemma in reading.words.follower_nouns:
        return {t.i for c in head.children if c.dep_ == "compound" and _person(reading, c) for t in c.subtree}
    if lemma not in kin_nouns():
        return set()
    return {t.i for c in head.children if c.dep_ in _OTHER_PERSON_DEPS and (c.dep_ == "poss" or c.lower_ == "of")
            for t in c.subtree}


def own_title(reading: EventReading, head: Token) -> set[int]:
    """The tokens of a named person's own title, compound or appositive, that name the body or the country he
    serves: "Labour Party" in "Labour Party leader Keir Starmer", "the National Rally" in "Marine Le Pen, leader of
    the National Rally" (§312). The title describes him; he acts, not the body ("Starmer and the Labour Party"
    names both). A title is a noun whose most frequent WordNet sense is a person (plover_party_nouns.csv)."""
    if not _person(reading, head):
        return set()
    kinds = party_noun_kinds()
    titles = [c for c in head.children if c.dep_ in _TITLE_DEPS and kinds.get(c.lemma_.lower()) == "person"]
    # a coordination is no title: "Trump and North Korean leader Kim Jong Un", which the parser may hang on "leader"
    return {t.i for c in titles if not any(t.dep_ in ("cc", "conj") for t in c.subtree) for t in c.subtree}


def _person(reading: EventReading, token: Token) -> bool:
    actor = reading.actors.get(token._.actor)
    return actor is not None and actor.kind == "person"


def named_pair(reading: EventReading, token: Token) -> list[str]:
    """"The two sides" as the actors component read it: the two parties last named together, which
    may be an armed group and never the mediator ("talks between Israel and Hamas, hosted by Qatar")."""
    return [a.id for a in reading.actors.values()
            if any(m.span[0] <= token.idx < m.span[1] for m in a.mentions)]


def recent_countries(reading: EventReading, token: Token) -> list[str]:
    """"Both sides": the two countries named last before ``token`` (PLOVER's reciprocal actor list)."""
    seen: dict[str, str] = {}  # country → first actor id, so "Moscow" and "Russia" count once
    for previous in reversed(reading.doc[max(0, token.i - 400):token.i]):
        actor = reading.actors.get(previous._.actor)
        place = previous.dep_ == "pobj" and previous.head.lower_ in reading.words.location_prepositions
        if actor is not None and actor.country and actor.kind == "country" and not place:
            seen.setdefault(actor.country, actor.id)
            if len(seen) == 2:
                break
    return list(seen.values())


def noun_phrase(head: Token, words: EventWords):
    """The tokens of a noun phrase without its clauses ("officials who met" → "officials")."""
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct"):
            continue
        if child.dep_ == "prep" and child.lower_ not in words.phrase_prepositions:
            continue
        yield from child.subtree


def unique(items: list) -> list:
    return list(dict.fromkeys(i for i in items if i))


def _first_person_subject(anchor: Token, words: EventWords) -> bool:
    token = anchor
    while True:
        if any(c.dep_ in SUBJECT_DEPS and c.lower_ in words.first_person for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "conj", "ccomp") or token.head.i == token.i:
            return False
        token = token.head


def commerce_between_firms(lex: RuleWords, found: list[Candidate]) -> None:
    """Commerce with no political party in its sentence is no PLOVER event (conventions §101): "the company
    agreed to sell two plants", "shareholders approved the merger", "dealers urged investors to buy" are
    dropped; "Japan agreed to sell rice to Korea" stays, and so do conflict (coercive types, threats), a
    restriction eased and an investigation whoever their parties: "the trader was arrested", "the company was
    threatened", "eased the limits on foreign investment"."""
    words, coercive = commerce_words(), lex.plover.coercive
    actors: dict[str, Actor] | None = None  # read from the Doc once, and only if some candidate trades
    for candidate in found:
        code = candidate.code
        if candidate.dropped or code.type in coercive or code.type in _CONFLICT_OR_AUTHORITY or code.mode == _INVESTIGATION:
            continue
        if _trades(candidate, words):
            if actors is None:
                actors = {a.id: a for a in candidate.anchor.doc._.actors or []}
            if not _political_party(candidate.anchor.sent, actors, lex.sector_nouns):
                candidate.dropped = True


def _trades(candidate: Candidate, words: dict[str, frozenset[str]]) -> bool:
    """The event's verb or the act it governs ("agreed to sell"), or a party or thing of either, is a word of
    commerce."""
    anchor = candidate.anchor
    contents = [c for c in anchor.children if c.dep_ == "xcomp" and c.pos_ in VERB_POS]  # "agreed to sell"
    for head in (anchor, *candidate.complements, *candidate.absorbed, *contents):
        if head.pos_ in VERB_POS and head.lemma_.lower() in words["verb"]:
            return True
        if any(_commerce_noun(argument, words["noun"]) for argument in _arguments(head)):
            return True
    return False


def _arguments(head: Token) -> list[Token]:
    """The parties and things of a verb (subject, object, the objects of its prepositions) or of a noun
    (its modifiers and prepositional objects, and the subject of the verb it is the object of)."""
    found = []
    for child in head.children:
        if child.dep_ in _PARTY_DEPS or (head.pos_ in NOUN_POS and child.dep_ in _MODIFIER_DEPS):
            found.append(child)
        elif child.dep_ in _PHRASE_DEPS:
            found += [g for g in child.children if g.dep_ == "pobj"]
    if head.pos_ in NOUN_POS and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in VERB_POS:
        found += [c for c in head.head.children if c.dep_ == "nsubj"]
    return found


def _commerce_noun(noun: Token, nouns: frozenset[str]) -> bool:
    return noun.lemma_.lower() in nouns or noun.lower_ in nouns


def _political_party(sentence: Span, actors: dict[str, Actor], sector_nouns: dict[str, str]) -> bool:
    """A country, or an actor or a noun of a political sector (a government, an army, a party, a crowd, a court,
    "ministers", "legislators" …), is named in the sentence; ``actors`` are the Doc's, by id."""
    for token in sentence:
        actor = actors.get(token._.actor) if token._.actor else None
        if actor is not None and (actor.kind == "country" or actor.sector not in _NO_POLITICS):
            return True
        if sector_nouns.get(token.lower_) not in _NO_POLITICS:
            return True
    return False
