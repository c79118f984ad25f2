"""Event verbs: the curated lexicon's reading of a verb with its object, particle or preposition, the
rules where the object or the clause decides the type (a verdict, custody, forces sent, relief handed
over, a truce in effect, consequences announced …), and the CAMEO tier for verbs the lexicon lacks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from ..knowledge.actor_kb import place_country
from .event_lexicon import (SPECIFICITY, Code, FallbackTriggers, RuleWords, TriggerLexicon, WordRule, WordRules,
                            a_party, act_noun_kinds, blow_verbs, commerce_words, conveyance_nouns, deed_nouns, firm_operations,
                            fought_ideas, goods_nouns, materiel_nouns, nonagent_nouns, party_noun_kinds, party_nouns,
                            provision_nouns, refusal_verbs, relief_personnel, sport_nouns, stative_verbs,
                            thing_noun_kinds, uninflected, work_noun_kinds)
from .event_modes import (alternative_penalty, companions, conditional, countries_named, denies_part, joint_manners,
                          negates, of_two_countries, shared_modal_verb)
from .event_nouns import (ACTS_OF_PARTIES, CAUSE, PARTNER_PREPOSITIONS, a_pact_of_ties, a_person_or_in_politics,
                          a_persons_view, a_restriction, a_siege_named, abstract, aid_party, another_partys_forces,
                          arms, as_prospect, asked_by_a_text, attack_parties, by_force, campaign_event,
                          consequence_held_out, consequence_words, criticism_in_politics, eases_restriction, elicited,
                          in_politics, leaves_pact, match_noun, names_a_party, names_cooperation, noun_code,
                          of_another_cause, own_sitting_dates_an_act, relief, restricts_freedoms, said_by_a_text,
                          trade_banned, trade_with_another_country, wordnet_weapon)
from .event_participants import feelers, is_passive
from .event_reading import Candidate
from .event_syntax import (a_member_body, a_person, acted_on, actor_in, actor_of, agents, an_envoy,
                           another_party, armed, armed_men, armed_party, as_doer, by_the_state, counted,
                           counted_with_conjuncts, described_holders, doers_of, has_own_actor, indicative, infinitives,
                           modified_name, names_what_is_asked, objects, participle_host, particles, phrase_actors,
                           prepositional_objects, readies_no_force, states_among, subject_actors, subjects,
                           to_infinitive, with_a_party)
from .event_where import clause_tokens
from .labels import (ACTOR_LABELS, ADVERBIAL_DEPS, CLAUSE_DEPS, COMPLEMENT_DEPS, NAME_LABELS, NOUN_CLAUSE_DEPS,
                     NOUN_POS, OBJECT_DEPS, PLACE_LABELS, PRESENT_TAGS, TIME_LABELS, VERB_POS)
from .lexicon import EventWords

_QUOTE_TAGS = frozenset({"``", "''"})  # the tags of opening and closing quotation marks
# Asking someone if they can or could act asks them to (§381), so no question's content is dropped (§374)
ABILITY_MODALS = frozenset({"can", "could"})
_ONE_BODY_TAGS = frozenset({"NN", "NNP"})  # "the assembly", "Congress"; not "the ministers"
_RECURRING = "SET"  # the TIMEX3 type of a time that recurs: "weekly", "every Tuesday", "twice a year"
# A score: two numbers of at most three digits joined by a hyphen or a dash, as one token ("5–1") or three.
_SHORT_NUMBER = re.compile(r"\d{1,3}")
_DASHES = ("-", "–", "—")
_SCORE = re.compile(r"\d{1,3}[-–—]\d{1,3}")
_CLAIM_DEPS = frozenset({"ccomp", "parataxis"})  # what an accuser says: "charged that …", '"…," he charged'
# The relations of a noun to the verb whose clause tells of it (sport_play).
_SUBJECT_OR_OBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
# Tags of the words that open a noun phrase before its modifiers: a number, a determiner, a possessive, an adjective.
NOUN_PHRASE_OPENERS = frozenset({"CD", "DT", "PRP$", "POS", "JJ", "JJR", "JJS"})
# The lexicon's noun for anyone a participle describes as one ("hand over suspect": conventions §120).
SUSPECT = "suspect"
WEAPON = "weapon"  # the head of CAMEO's class &WEAPON in the verb-object patterns ("sell weapon")
_VISIT = Code("CONSULT", "visit")
_MEETING = Code("CONSULT")
_CALL = Code("CONSULT", "phone")
_SUED = Code("ACCUSE", "allege")  # a lawsuit's code in the lexicon (CAMEO 115 "bring lawsuit against")
_CENSURED = Code("ACCUSE", "disapprove")  # CAMEO 111 "criticize or denounce"
# A time's value that is a year or a decade ("2019", "199"), and the prepositions that start a span back to one.
_YEARS = re.compile(r"\d{3,4}")
_SPAN_STARTS = ("from", "since")
# The kinds of thing forces are put in or on (plover_thing_nouns.csv): not a time.
_PLACE_KINDS = ("place", "natural", "artifact", "carrier")
# Ground itself, as troops cross, approach or search it: not a built thing ("crossed the street", "searched the car").
_GROUND_KINDS = ("place", "natural")
# A site forces surround or guard: ground or a building, not a carrier ("secured the release": release.n is a record).
_SITE_KINDS = ("place", "natural", "artifact")


def match_verb(lex: RuleWords, token: Token, lemma: str) -> Candidate | None:
    """The curated lexicon's reading of a verb (``_read_verb``), unless it asks or promises and its subject is a
    text or a plan, or names what such a text asks for or promises (conventions §105), or names what a danger,
    a hope or a fear is of (§106)."""
    candidate = _read_verb(lex, token, lemma)
    if candidate is not None and (candidate.code.type in ACTS_OF_PARTIES and said_by_a_text(lex, token)
                                  or asked_by_a_text(lex, token)):
        return None
    if candidate is not None and candidate.code.type == "ASSAULT" and (
            _introduces_a_quote(token) or _another_particle_verb(lex, token, lemma)):
        # '"Not so," Senator Lund shot back': a reply; "kicked off her campaign" began it (conventions §112)
        return None
    return as_prospect(lex, token, candidate)  # "for fear of being prosecuted" (§106)


def causes_consequence(lex: RuleWords, verb: Token) -> bool:
    """Whether ``verb`` is a verb of causing (plover_consequence_words.csv, WordNet's trigger.v.01, invite.v.01 …) whose
    object is a consequence held out (``consequence_held_out``, §367): "any strike would invite retaliation" warns of
    the retaliation; the verb is no event of its own, nor a governor whose rule ("invite: AGREE") recodes the threat
    (conventions §390). "invited Putin to the summit" has no consequence for its object."""
    return consequence_words().get(verb.lemma_.lower()) == CAUSE \
        and any(consequence_held_out(lex, o) for o in objects(verb, lex.words))


def _read_verb(lex: RuleWords, token: Token, lemma: str) -> Candidate | None:
    """The curated lexicon's reading of a verb: its rules first, then verb and object, phrasal verb,
    light verb with an event noun, and the bare verb where its object does not decide otherwise."""
    triggers, words = lex.triggers, lex.words
    if _describes_its_noun(token):
        return None  # "roughly 270 pledged delegates": a participle the parser tags as a past tense (conventions §95)
    if lemma in words.answering_back_verbs and _answers_in_words(lex, token):
        return None  # "hit back, saying the charges were false", "fought back with a lawsuit" (conventions §410)
    own_particles = particles(token, lemma, triggers.phrasal)
    particle = own_particles[0].lemma_.lower() if own_particles else None
    verbs = [f"{lemma} {particle}"] if particle else []
    # "called off the strike" is not "called a strike"
    if not any((lemma, c.lemma_.lower()) in triggers.phrasal for c in own_particles):
        verbs.append(lemma)
    if lemma in words.preference_verbs and (_electoral_choice(lex, token, lemma) or _stance(token, lex.abstract_nouns)):
        # "most voters backed Sanders", "voted for Kennedy": a ballot; "a voter who supports Trump": who
        # someone is (conventions §28, §32)
        return None
    if (lemma in words.hosting_verbs | words.seat_verbs or triggers.verbs.get(lemma) == _MEETING) \
            and _a_standing_state(lex, token, lemma):
        # "Turkey hosts 3.2 million refugees", "the ministry occupies a former palace", "the committee meets
        # weekly": where people or a body are, or how a body sits, no act (conventions §203)
        return None
    if triggers.verbs.get(lemma) == _MEETING and own_sitting_dates_an_act(token):
        return None  # "will hold rates when it meets on Thursday": when the body acts, no one consulted (§204)
    if lemma in words.address_verbs and _addresses_audience(lex, token):
        return None  # "spoke to reporters": a statement, not a consultation (conventions §29)
    if lemma in words.interview_verbs and _by_the_press(token, words):
        return None  # "reporters questioned the press secretary", "when pressed by the moderators": an interview
    if lemma in words.interview_verbs and _asked_to_answer(lex, token):
        return None  # "was asked to name a decision", "asked to respond, he said": an interview (conventions §75)
    if lemma in words.topic_verbs and not to_infinitive(token) and not _with_a_partner(lex, token):
        return None  # "discussed the plan on Fox News": one party talks about a topic, with no one (conventions §62)
    if lemma in words.courtesy_verbs and _courtesy(lex, token):
        return None  # "thanked his supporters", "Thank you": courtesy to an audience (conventions §29)
    if lemma in words.elicit_verbs and any(elicited(lex, o) for o in objects(token, words)):
        return None  # "drew criticism": the noun is the event, and its actors are others
    if causes_consequence(lex, token):
        return None  # "any strike would invite retaliation": the threat is the noun's, nobody is invited (§390)
    prefix = _hyphen_prefix(token)
    verbs = prefix + verbs  # "test-fired a missile" tests a missile
    candidate = _VERB_RULES.first(lex, (lemma, token.lemma_.lower(), *prefix, "-".join([*prefix, lemma])),
                                  token, lemma, verbs)
    if candidate and candidate.code == Code("COERCE", "martial-law") and _emergency_of_a_domain(lex, token):
        return None  # "the WHO declared a global public health emergency": a status named (§196)
    if candidate and candidate.code == Code("PROTEST", "obstruct") and by_the_state(lex.words, token):
        candidate.code = Code("COERCE", "restrict")  # "Russia blocked access to Instagram": no protest
    if candidate and candidate.code == Code("MOBILIZE", "troops") and _sent_to_help(lex, token):
        candidate.also = Code("AID")  # "sent troops to Mali to assist the Malian army": military assistance (§174)
    if candidate:
        return candidate
    if lemma in words.fulfil_verbs and _fulfils(lex, token):
        return None  # "met the deadline", "was met with skepticism": no one gathers (conventions §72)
    # A phrasal verb is its own word and beats its light verb: "called off the talks" is no meeting.
    # A preposition makes one only right after the verb or its adverbials ("spoke by phone with"): not
    # "take in refugees over two years".
    # (Only a verb that begins a phrasal entry has its particles and prepositions read.)
    for child in [*token.children, *_clause_prepositions(token)] if lemma in triggers.phrasal_verbs else ():
        if child in own_particles or child.dep_ == "mark" or (child.dep_ == "prep" and _right_after(token, child)
                                             and not _passive_with_object(token, child)):
            code = triggers.phrasal.get((lemma, child.lemma_.lower()))
            if code and f"{lemma} {child.lemma_.lower()}" in words.anticipation_phrasals and _awaits_no_act(child):
                return None  # "he's looking forward to it": a mood, no act named
            if code and (_publishes(lex, token, code, ideas=False) or _succession(lex, token, code)):
                return None  # "turned over his tax returns" hands over a text; "took over as speaker" succeeds
            if code and f"{lemma} {child.lemma_.lower()}" in words.loyalty_phrasals and not any(
                    names_a_party(lex, g) for g in child.children if g.dep_ == "pobj"):
                return None  # "stood by his comments", "standing by her side": loyal to no party (conventions §96)
            if code and f"{lemma} {child.lemma_.lower()}" in words.force_retreat_phrasals and _no_force_retreats(lex, token):
                return None  # "prices fell back", "fell back on an old argument": no armed men withdraw (§507)
            if code:  # a clause after the preposition is what is asked for: "called for the talks to resume"
                return Candidate(token, code, SPECIFICITY["phrasal"],
                                 complements=[child.head] if child.dep_ == "mark" else [])
    if lemma in words.mood_verbs and not asks_for_something(lex, token):
        return None
    if lemma in words.attraction_words and not _appeal_made(lex, token):
        return None  # "hopes to appeal to younger voters": attractive to them, asking nothing (conventions §532)
    if lemma in words.permission_verbs and _allowed_by_no_party(lex, token):
        return None  # "a deal that allowed Ukraine to export grain", "the move could allow": no one concedes (§58)
    if lemma in words.ending_verbs and any(counted(o, words).lemma_.lower() in words.campaign_gatherings
                                           and campaign_event(counted(o, words), words) for o in objects(token, words)):
        return None  # "suspended his campaign": a candidate quits a race, conceding nothing (conventions §58)
    if lemma in words.object_sense_verbs and not _acts_on_something(lex, token):
        return None
    if lemma in words.thing_approval_verbs and _approves_a_thing(lex, token):
        return None  # "welcomed the rain", "hailed a taxi": no act and no party approved (conventions §595)
    if lemma in words.frozen_object_verbs and not _freezes_something(token):
        return None  # "the river froze", "wages froze": the cold or a standstill, no measure (conventions §604)
    if lemma in words.act_approval_verbs and _approves_acts(lex, token):
        # "sanctioned the use of force": an act approved, read as the verb of approval is (conventions §621)
        return Candidate(token, lex.triggers.verbs[words.act_approval_verbs[lemma]], SPECIFICITY["verb"])
    if lemma in words.concurring_verbs and _concurs(token, words):
        return None  # "agrees with Viguerie that Cruz is the best candidate": an opinion shared, no commitment
    if lemma in words.self_support_verbs and _on_own(lex, token):
        return None  # "defended her decision", "defended himself": a justification, not support of another
    if lemma in words.pricing_verbs and (_asks_a_price(lex, token) or _charges_no_party(lex, token)):
        # "charging students more than $30,000", "charged a fee": a price, no charge (conventions §78); "can
        # charge a phone", "the cells charge in 18 minutes": a battery filled, no one accused (§163)
        return None
    if lemma in words.pricing_verbs and _assigns_a_task(lex, token):
        return None  # "the committee was charged with drafting a budget": a duty given, no one accused (§620)
    if lemma in words.quoted_verbs and _quoted_at_a_price(lex, token):
        return None  # "the cedi traded at 15.5 per dollar", "shares trade above the offer": a price (§164)
    if lemma in words.receiving_verbs and _receives_money(lex, token):
        return None  # "accepted $200,000 in donations": money taken, no agreement (conventions §77)
    if lemma in words.certainty_verbs and _makes_certain(lex, token):
        return None  # "is assured of winning", "the rules guaranteed that …": no party promises (conventions §74)
    if lemma in words.certainty_verbs | words.promise_verbs and assures_what_is(lex, token):
        return None  # "assured the crowd that he had won": a fact affirmed, nothing promised (conventions §361)
    if lemma in words.self_support_verbs and _defends_no_party(lex, token):
        return None  # "defended the Constitution", "defending his record": no party supported (conventions §73)
    if lemma in words.hosting_verbs and _hosts_no_guest(lex, token):
        return None  # "hosts a talk show", "set to host the contest": no one is received (conventions §86)
    if lemma in words.disregard_verbs and _disregards_no_party(lex, token):
        return None  # "ignored the evidence", "the issues were ignored": nothing asked is refused (conventions §85)
    if lemma in words.force_object_verbs and any(
            not armed(noun := counted(o, words), words) and noun.lemma_.lower() not in words.held_places
            for o in objects(token, words)):
        return None  # "reinforced the president's plan": no forces or positions (conventions §46)
    if lemma in words.deploying_verbs and _deploys_no_force(lex, token):
        return None  # "the company deployed new software": no party in arms, nothing of war (§194)
    if lemma in words.perpetrating_verbs and any(
            counted(o, words).lemma_.lower() in words.wrongdoing_nouns for o in _with_their_wholes(objects(token, words))):
        # "committed war crimes" is no promise, nor "82 percent of murders were committed by …" (conventions §87);
        # an infinitive's wrong is not done yet, and goes where the verb governing it takes it: "vowed to commit more
        # killings" is one threat, as "vowed to commit more attacks" is (§271, §287)
        return committed_act(lex, token) if to_infinitive(token) else None
    if lemma in words.perpetrating_verbs and (act := committed_act(lex, token)):
        return act
    if lemma in words.perpetrating_verbs and _pledges_nothing(lex, token):
        return None  # "committed a gaffe", "is committed to transparency": no pledge to cooperate (conventions §409)
    light = triggers.light_verbs.get(lemma) or triggers.carriers.get(lemma)
    if light:
        for child in objects(token, words):
            noun = counted(child, words)
            left = leaves_pact(lex, noun) or eases_restriction(lex, noun)
            code = (left.code, left.specificity) if left else noun_code(lex, noun, carried=True)
            if code:
                return Candidate(token, code[0], light, absorbed=[child, noun])
    if (lemma in words.showing_verbs or lemma in words.campaign_gatherings) and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
        return None  # "demonstrated his resolve" shows, "rallied voters" campaigns: neither protests
    if lemma in words.denying_verbs and any(denies_part(o, words) for o in objects(token, words)):
        # "denied any role in the attack": a part in an act said untrue, nothing asked is refused; CAMEO 016 "deny
        # responsibility" has no PLOVER code (conventions §272)
        return None
    refusal = _refused_act(lex, token, lemma)
    if refusal is not None:
        # "refused to comment" is a reporter's formula; "declined to annul the law" refuses an act that is no
        # event of its own (an event refused is folded into the verb as its governor)
        return Candidate(token, Code("REJECT"), SPECIFICITY["verb"]) if refusal.lemma_.lower() not in words.press_refusals \
            else None
    if lemma in triggers.verbs and _publishes(lex, token, triggers.verbs[lemma]):
        return None  # "released a statement" publishes; "released prisoners" gives way
    if lemma in triggers.verbs and triggers.verbs[lemma].type == "ASSAULT" and _figurative(lex, token):
        # "attacked the senator's plan" criticizes; "fighting poverty" reports no event (conventions §10)
        return Candidate(token, Code("ACCUSE", "disapprove"), SPECIFICITY["verb"]) \
            if lemma in words.criticism_verbs else None
    if lemma in words.mobilizing_verbs and _readies_no_force(lex, token):
        return None  # "the campaign mobilized voters": people rallied, no force readied (conventions §579)
    if _filmed_or_flopped(lex, token, lemma):
        return None  # "the video, shot in Lisbon", "the film bombed at the box office" (conventions §162)
    if lemma in words.promise_verbs and any(counted(o, words).lemma_.lower() in words.expression_nouns
                                           for o in objects(token, words)):
        return None  # "offered his condolences": said, not promised (conventions §33)
    if lemma in words.offering_verbs and _offers_no_act(lex, token):
        return None  # "offered fewer caveats", "was offered a scholarship": a thing, no commitment (conventions §84)
    if lemma in words.thing_offering_verbs and _offered_by_a_thing(lex, token):
        return None  # "the campaign stop offered a glimpse", "costs promise to swell": no party commits (§428)
    if lemma in words.binding_verbs and _bound_person(lex, token):
        return None  # "her lead in pledged delegates": the delegates are bound, no one pledges (conventions §427)
    if lemma in words.promise_verbs and vowed_to_compete(lex, token):
        return None  # "vowed to press on to the next primary": a candidate goes on competing, no one cooperates (§434)
    if triggers.verbs.get(lemma) == _VISIT and _on_holiday(token, words):
        return None  # "two million tourists visited Croatia": no one consults (conventions §124)
    if lemma in words.guest_verbs and (not _acts_on_something(lex, token) or _receives_no_guest(lex, token)):
        # "received 38 percent" (conventions §28), "received hundreds of emails", "received the blessing of
        # Congress": no one is received (§94)
        return None
    if lemma in triggers.verbs and triggers.verbs[lemma] == Code("PROTEST", "boycott") and by_the_state(lex.words, token):
        # A state that boycotts a summit or a country cuts relations, no protest (conventions §38).
        return Candidate(token, Code("SANCTION", "withdraw"), SPECIFICITY["verb"])
    if lemma in words.raid_words and _by_fighters_of_no_state(lex, token):
        return Candidate(token, Code("ASSAULT"), SPECIFICITY["verb"])  # "gunmen raided three villages" (§633)
    if lemma in triggers.verbs:
        candidate = Candidate(token, triggers.verbs[lemma], SPECIFICITY["verb"])
        rule = triggers.governors.get(lemma)
        if rule and rule.aux and any(c.dep_ in COMPLEMENT_DEPS for c in token.children):
            candidate.aux.add(rule.aux)  # "proposed that the talks take place"
        return candidate
    if _asks_someone_to_act(lex, token, lemma):
        # "encouraged Congress to renew the act": the act asked is no event of its own, so the request is the verb's
        return Candidate(token, Code("REQUEST"), SPECIFICITY["verb"])
    if token.dep_ != "amod" and any(c.dep_ == "advmod" and c.lower_ in words.jointly for c in token.children):
        # "jointly inaugurated a power line" cooperates (§26); before its noun, "jointly owned drones" describes them
        return Candidate(token, Code("COOPERATE"), SPECIFICITY["verb"])
    if token.dep_ != "amod" and lemma not in stative_verbs() and lemma not in words.placed_verbs and _done_together(lex, token):
        # "patrolled in tandem", "co-developed a tank", "mounted a coordinated operation": two countries' parties act
        # together, as "jointly" (§477); "lived side by side" is no act
        return Candidate(token, Code("COOPERATE"), SPECIFICITY["verb"])
    return None


def _done_together(lex: RuleWords, verb: Token) -> bool:
    """Whether parties of two countries do the verb's act together: in a manner of togetherness or with a joint
    prefix ("patrolled in tandem", "co-produced a frigate"), or as an act a joint modifier marks ("mounted a
    coordinated operation", "carried out combined training"; conventions §477, §478). An object that names an event
    of its own keeps it: "joint patrols" are §9's exercise, "coordinated attacks" §123's violence; and a meeting,
    co-chaired or joint, is a meeting (§479)."""
    words = lex.words
    acts = [counted(c, words) for c in objects(verb, words)]
    kinds = act_noun_kinds()
    if any(noun_code(lex, act) or kinds.get(act.lemma_.lower()) == "meeting" for act in acts):
        return False
    joint_acts = [a for a in acts if kinds.get(a.lemma_.lower()) == "act" and _joint_modified(a, words)]
    return bool(joint_manners(verb, words)) or bool(joint_acts) and of_two_countries(verb, joint_acts)


# _read_verb's rules where the object, the particle or the clause decides the type, in the order they are tried: the
# first that reads the verb wins. Each with the word lists it needs the verb's lemma, spaCy's lemma or a hyphenated
# verb's parts in (``WordRule``).
_VERB_RULES = WordRules(
    WordRule(lambda lex, verb, lemma, verbs: leaves_pact(lex, verb),
             ("words.ending_verbs", "words.ending_heads", "words.ending_nouns", "words.leaving_words",
              "words.leaving_heads")),
    WordRule(lambda lex, verb, lemma, verbs: _proposal_refused(lex, verb, lemma), (refusal_verbs,)),
    WordRule(lambda lex, verb, lemma, verbs: _expelled_from_body(lex, verb, lemma), ("words.expelling_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _ordered_out(lex, verb, lemma), ("words.order_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _bound_by_order(lex, verb, lemma), ("words.order_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _shutdown_ordered(lex, verb, lemma), ("words.order_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _given_time_to_leave(lex, verb, lemma), ("words.deadline_verbs",)),
    # after diplomats given hours to leave, expelled by the deadline (§187)
    WordRule(lambda lex, verb, lemma, verbs: _deadline_given(lex, verb, lemma), ("words.deadline_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _envoy_recalled_or_expelled(lex, verb, lemma),
             ("words.envoy_recalling_verbs", "words.envoy_expelling_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _declared_unwelcome(lex, verb, lemma), ("words.declaring_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _come_to_defence(lex, verb, lemma), ("words.defence_coming_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _envoy_sent_back(lex, verb, lemma),
             ("words.envoy_restoring_verbs", "words.envoy_returning_verbs", "words.mission_opening_verbs",
              "words.reopening_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _dismissal(lex, verb, lemma), ("words.dismissing_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _captives_rescued(lex, verb, lemma), ("words.rescue_verbs",)),
    # before things handed back and captives released: a person handed over to be tried is extradited (§608)
    WordRule(lambda lex, verb, lemma, verbs: _sent_for_trial(lex, verb, lemma), ("words.extraditing_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _seized_returned(lex, verb, lemma),
             ("words.returning_verbs", "words.transfer_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _verdict(lex, verb, lemma), ("words.verdict_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _restraint(lex, verb, lemma), ("words.restraint_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _custody(lex, verb, lemma), ("words.custody_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _taken_as_suspect(lex, verb, lemma),
             ("words.interrogating_verbs", "words.capturing_verbs", "words.custody_taking_verbs",
              "words.body_search_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _trade_banned(lex, verb, lemma),
             ("words.trade_banning_verbs", "words.trade_halting_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _aid_stopped(lex, verb, lemma), ("words.aid_halting_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _trade_ban_imposed(lex, verb, lemma), ("triggers.light_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _organization_expelled(lex, verb, lemma),
             ("words.presence_ending_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _banned(lex, verb, verbs), ("words.banning_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _left_custody(lex, verb, lemma), ("words.custody_exits", "return")),
    WordRule(lambda lex, verb, lemma, verbs: _set_free(lex, verb), ("words.freeing_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _taken_away(lex, verb, lemma), ("words.removal_phrasals",)),
    # before the verb-object table, whose "send tank" places the sender's own arms, and before arms given up, as
    # "handed over an air defence system to Ukraine" is not (§517)
    WordRule(lambda lex, verb, lemma, verbs: _arms_sent_to_a_state(lex, verb, lemma), ("words.transfer_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _arms_given_up(lex, verb, lemma),
             ("words.relinquishing_verbs", "words.scrapping_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _names_a_judgement(lex, verb, lemma), ("words.naming_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _cooperation_pact(lex, verb, verbs), ("triggers.pact_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _entry_allowed(lex, verb, lemma), ("words.entry_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _blocked(lex, verb, lemma), ("words.blocking_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _halted_at_a_passage(lex, verb, lemma), ("words.halting_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _kept_out(lex, verb, lemma), ("words.restraint_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _told_to_stay_home(lex, verb, lemma), ("words.telling_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _weapon_tested(lex, verb, verbs), ("words.testing_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _made_ready(lex, verb, lemma), ("words.readying_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _legal_action_brought(lex, verb, lemma), ("words.suing_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _taken_to_court(lex, verb, lemma), ("words.court_going_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _censure_met(lex, verb), ("come",)),
    WordRule(lambda lex, verb, lemma, verbs: _computer_broken_into(lex, verb, lemma),
             ("words.break_in_verbs", "words.break_into_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: verb_object(lex, verb, verbs, lex.triggers, SPECIFICITY["verb_object"]),
             ("triggers.object_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _records_passed(lex, verb, verbs), ("words.record_passing_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _forces_home(lex, verb)),
    WordRule(lambda lex, verb, lemma, verbs: _forces_cut(lex, verb, verbs), ("words.drawdown_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _forces_raised(lex, verb, verbs),
             ("words.founding_verbs", "words.fortifying_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _enlisted(lex, verb, lemma), ("words.enlisting_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _forces_grow(lex, verb, lemma), ("words.growth_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _forces_leave(lex, verb, lemma), ("words.leaving_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _armed_men_leave_ground(lex, verb, lemma),
             ("words.leaving_verbs", "words.movement_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _forces_evacuated(lex, verb, lemma), ("words.evacuating_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _pulled_from(lex, verb, lemma), ("words.pulling_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _control_ceded(lex, verb, lemma), ("words.ceding_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _dispatch(lex, verb, lemma)),  # also verbs the lexicon lacks
    WordRule(lambda lex, verb, lemma, verbs: _security_operation(lex, verb),
             ("words.searching_verbs", "words.securing_verbs", "words.spreading_verbs", "words.post_taking_verbs",
              "words.stationing_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _provision(lex, verb, lemma),
             ("words.approval_verbs", "words.carrying_verbs", "words.transfer_verbs", "words.funding_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _money_given_by_donor(lex, verb, lemma),
             ("words.transfer_verbs", "words.money_pouring_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _care_given(lex, verb, lemma), ("words.transfer_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _needy_helped(lex, verb, lemma),
             ("words.helping_verbs", "words.treating_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _refuge_standing_granted(lex, verb, lemma),
             ("words.standing_granting_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _fled_people_sheltered(lex, verb, lemma), ("words.sheltering_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _training(lex, verb, lemma), ("words.training_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _trip(lex, verb, lemma), ("words.travel_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _call_by_a_medium(lex, verb, lemma), ("words.address_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _weapon_strikes(lex, verb, lemma), ("words.impact_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _accusation_traded(lex, verb, lemma),
             ("words.exchanging_verbs", "words.throwing_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _thrown_at(lex, verb, lemma), ("words.throwing_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _fired(lex, verb, lemma), ("words.firing_verbs", "words.using_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _hanged(lex, verb)),  # reads the verb's form, not its lemma
    WordRule(lambda lex, verb, lemma, verbs: _maltreated(lex, verb, lemma), ("words.maltreating_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _blow_dealt(lex, verb, lemma), (blow_verbs,)),
    WordRule(lambda lex, verb, lemma, verbs: _set_ablaze(lex, verb), ("set",)),
    WordRule(lambda lex, verb, lemma, verbs: _enacted(lex, verb, lemma),
             ("words.enacting_verbs", "words.tightening_verbs", "words.finalizing_verbs", "words.favoring_verbs",
              "sign")),
    WordRule(lambda lex, verb, lemma, verbs: _sought_from(lex, verb, lemma), ("words.seeking_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _demands_met(lex, verb, lemma), ("words.yielding_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _consequence(lex, verb, lemma),
             ("words.regarding_verbs", "words.consequences")),
    WordRule(lambda lex, verb, lemma, verbs: _held_liable(lex, verb, lemma), ("words.liability_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _truce_in_effect(lex, verb, lemma)),  # read by its subject
    WordRule(lambda lex, verb, lemma, verbs: _hostilities_halted(lex, verb, lemma),
             ("words.hostility_ending_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _driven_out(lex, verb, lemma), ("words.driving_out_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _armed_flight(lex, verb, lemma), ("words.fleeing_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _easing(lex, verb, lemma), ("words.easing_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _exchange_resumed(lex, verb, lemma),
             ("words.resuming_verbs", "words.flowing_verbs", "words.grid_joining_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _goods_exchanged(lex, verb, lemma), ("words.exchanging_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _barrier_lifted(lex, verb, lemma, verbs),
             ("words.reopening_verbs", "words.unblocking_verbs", "words.barrier_removing_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _siege_ended(lex, verb, verbs), ("words.siege_ending_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _measure_abandoned(lex, verb, lemma, verbs),
             ("words.abandoning_verbs", "words.placing_verbs", "words.retreating_verbs", "words.course_reversing_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _cooperation(lex, verb, verbs),
             ("words.expanding_verbs", "words.founding_verbs", "words.rising_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _coordination(lex, verb, lemma), ("words.coordinating_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _joint_work_intended(lex, verb, lemma), ("words.joint_work_verbs",)),
    WordRule(lambda lex, verb, lemma, verbs: _closure(lex, verb, verbs),
             ("words.closing_verbs", "words.interrupting_verbs")),
    WordRule(lambda lex, verb, lemma, verbs: _walkout(lex, verb, lemma), ("words.work_stoppages",)),
)


def advised(lex: RuleWords, clause: Token) -> bool:
    """Whether a reported obligation is advice, not a demand: its only auxiliary of obligation is one of advice
    ("said the region should improve its defences", "ought to"), not "must" (conventions §97)."""
    words = lex.words
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"} & words.obligation_auxiliaries
    return bool(modals) and modals <= words.advice_auxiliaries


def _introduces_a_quote(verb: Token) -> bool:
    """Whether the quotes component read an active verb as what introduces someone's words (a reporting cue of
    reporting_cues.csv: "shot back that …", '"…," she shot back'); a passive's subject is no speaker ("three people
    were shot")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    return any(q.cue is not None and q.cue.span[0] <= verb.idx < q.cue.span[1] for q in verb.doc._.quotes or ())


def _another_particle_verb(lex: RuleWords, verb: Token, lemma: str) -> bool:
    """Whether the verb's particle makes a verb of another sense, of no blow (english.yaml `other_particle_verbs`):
    "kicked off her campaign", "prices shot up"; armed forces that "shot up the village" still attack it, but
    not an event they begin: "the navies kicked off their exercises" (conventions §125)."""
    words = lex.words
    return any(f"{lemma} {p.lower_}" in words.other_particle_verbs for p in particles(verb, lemma, {})) \
        and (not _armed_subject(verb, words)
             or any(match_noun(lex, counted(o, words)) for o in objects(verb, words)))


def _describes_its_noun(verb: Token) -> bool:
    """Whether a past form before its noun stands inside the noun's phrase, after a number, a determiner, a
    possessive or an adjective, and so describes the noun however it is tagged (conventions §95): "roughly 270
    pledged delegates" (tagged VBD), "758 pledged delegates" (the number hung on the verb before). A bare one
    ("voiced support for the plan", "and blocked roads") is a verb (§79), and so is one hung on a time ("32 were
    killed and around 60 injured Friday")."""
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or not verb.i < noun.i or verb.i == verb.sent.start \
            or noun.ent_type_ in TIME_LABELS:
        return False  # "around 60 injured Friday": a time is no noun a participle describes, the parse is wrong
    return verb.doc[verb.i - 1].tag_ in NOUN_PHRASE_OPENERS


def match_fallback(lex: RuleWords, token: Token) -> Candidate | None:
    """The CAMEO tier, for a verb the curated lexicon does not know: its patterns with an object,
    particle or preposition. CAMEO codes a source actor acting on a target, so the verb needs an
    actor as its subject, and where only a bare preposition follows it ("rushed to"), an actor
    as that preposition's object."""
    fallback, words = lex.fallback, lex.words
    if not actor_in(subjects(token), words):
        return None
    lemma = fallback.verb_lemma(token.lemma_.lower(), token.lower_)
    fallback_particles = particles(token, lemma, fallback.phrasal)
    particle = fallback_particles[0].lemma_.lower() if fallback_particles else None
    verbs = [f"{lemma} {particle}"] if particle else []
    if not (particle and (lemma, particle) in fallback.phrasal):
        verbs.append(lemma)
    candidate = verb_object(lex, token, verbs, fallback, SPECIFICITY["fallback_pattern"])
    if candidate:
        return candidate
    for child in token.children:
        for noun in (g for g in child.children if g.dep_ == "pobj") if child.dep_ == "prep" else ():
            named = counted(noun, words)
            code = fallback.prep_objects.get((lemma, child.lower_, modified_name(named))) \
                or fallback.prep_objects.get((lemma, child.lower_, named.lemma_.lower()))
            if code:
                return Candidate(token, code, SPECIFICITY["fallback_pattern"], absorbed=[noun])
    for child in token.children:
        if child in fallback_particles or (child.dep_ == "prep" and child.i == token.i + 1 and _targets(lex, child)):
            code = fallback.phrasal.get((lemma, child.lemma_.lower()))
            if code:
                return Candidate(token, code, SPECIFICITY["fallback_pattern"])
    return None


def verb_object(lex: RuleWords, token: Token, verbs: list[str], tier: TriggerLexicon | FallbackTriggers,
                specificity: float) -> Candidate | None:
    """The first object of `token` that makes an entry of the tier's verb-object patterns with one of its verb forms."""
    words, table = lex.words, tier.verb_objects
    if tier.object_verbs.isdisjoint(verbs):
        return None  # no pattern has one of these verbs
    for child in objects(token, words):
        noun = counted(child, words)
        if noun.lemma_.lower() in words.campaign_gatherings and campaign_event(noun, words):
            continue  # "held a campaign rally" (conventions §14)
        if noun.lemma_.lower() in words.obligation_sense_nouns and _an_obligation(token, noun):
            continue  # "imposed a duty of care on the council" taxes nothing (conventions §212)
        names = (noun.lemma_.lower(), SUSPECT) if _described_as_suspect(lex, token, noun) else (noun.lemma_.lower(),)
        if lex.relief_goods.get(noun.lemma_.lower()) != "arms" and wordnet_weapon(lex, noun):
            # "arms", lemmatized as the limb, is weaponry.n.01: CAMEO's &WEAPON, whose patterns say "weapon" (§609)
            names += (WEAPON,)
        phrase = modified_name(noun)  # a phrase before its head: "breached the cease fire" (conventions §602)
        code = next((c for verb in verbs for name in (phrase, *names) if name and (c := table.get((verb, name)))), None)
        if code:
            return Candidate(token, code, specificity, absorbed=[child, noun])
    return None


def _an_obligation(verb: Token, noun: Token) -> bool:
    """Whether the noun names something owed, not a tax: an infinitive follows it ("a duty on employers to report",
    which the parser may hang on the verb; a tax's purpose, "to shield its mills", is read as owed too) or "of" names
    what is owed ("a duty of care"; "duties of 38 percent" tax)."""
    infinitive = any(c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.i > noun.i and to_infinitive(c)
                     for c in (*verb.children, *noun.children))
    owed = any(o.pos_ == "NOUN" and not any(q.like_num or q.dep_ == "nummod" for q in o.subtree)
               for o in prepositional_objects(noun, ("of",)))
    return infinitive or owed


def _described_as_suspect(lex: RuleWords, verb: Token, noun: Token) -> bool:
    """Whether the object is one wanted or accused: a participle after the noun makes it a suspect ("a Belgian
    national suspected of fraud", "three men wanted over the bombing"; conventions §120), or a modifier does ("three
    suspected arms dealers", "a fugitive banker"), or the verb hands the person to a court, whose defendant they are
    ("surrendered a former general to the tribunal"; §471)."""
    words = lex.words
    if any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.lemma_.lower() in words.suspect_participles
           for c in noun.children):
        return True
    if not _people(lex, noun):
        return False
    return _suspected(noun, words) or any(
        counted(court, words).lemma_.lower() in words.trying_courts for court in prepositional_objects(verb, ("to",)))


def _sent_for_trial(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A person sent or handed over to be tried is extradited, the manual's "cooperation on judicial matters, such as
    extraditions" (CAMEO 063; conventions §608): the act's purpose names the trial ("sent a former colonel to Miami to
    stand trial", "sent him back to Tanzania to face charges", "for trial"), or a prosecutor receives the person
    ("turned over a politician to Croatian prosecutors"). "Sent the team to Spain to face Barcelona" tries no one."""
    words = lex.words
    if lemma not in words.extraditing_verbs:
        return None
    people = [o for o in objects(verb, words) if _people(lex, o)]
    if not people:
        return None
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)
                and c.lemma_.lower() in words.trial_facing_verbs]
    tried = any(counted(o, words).lemma_.lower() in words.trial_nouns for p in purposes for o in objects(p, words)) \
        or any(g.lemma_.lower() in words.trial_nouns for g in prepositional_objects(verb, ("for",))) \
        or any(counted(g, words).lemma_.lower() in words.prosecuting_nouns  # "to" may hang on the person handed
               for head in (verb, *people) for g in prepositional_objects(head, ("to",)))
    return Candidate(verb, Code("COOPERATE"), SPECIFICITY["verb_object"], absorbed=people) if tried else None


def _by_the_press(verb: Token, words: EventWords) -> bool:
    """Whether reporters or moderators do the asking: their subject, or the agent of a passive."""
    return any(counted(d, words).lemma_.lower() in words.press_nouns for d in doers_of(verb))


def private_money(lex: RuleWords, found: list[Candidate]) -> None:
    """Money that people or bodies of no aid sector give or receive is no aid unless a country or an aid body
    is the other party, or it pays for relief (conventions §23, §60): "Japan gave $5 million to the flood
    victims" is AID, "donated to her", "funded by Paul Singer" and "the oil that funds the group" are not.
    Money given to a campaign or by donors is political finance whoever the other party is (§53)."""
    words = lex.words
    for candidate in found:
        verb = candidate.anchor
        if candidate.dropped or candidate.code.type != "AID" or verb.pos_ not in VERB_POS:
            continue
        lemma = verb.lemma_.lower()
        if not _moves_money(lex, verb, lemma):
            continue
        if aid_party(_donor_named_by_a_clause(verb), words):
            continue  # "Britain is the biggest donor, giving $600 million": a state gives, no political donor (§421)
        parties = _money_parties(verb, lemma)
        if lemma in words.money_verbs:  # "funds the group": what is funded receives the money
            parties += [c for c in verb.children if c.dep_ == "dobj"]
        if lemma in words.paying_for_verbs:  # "Sanders raised $33 million to underwrite his bid": his clause's payer
            parties += _payers(verb)
        campaign = any(counted(p, words).lower_ in words.campaign_funds for p in parties) \
            or any(counted(p, words).lemma_.lower() in words.donor_nouns for p in parties)
        if campaign or (_nonaid_party(parties, words) and not (aid_party(parties, words) or _for_relief(lex, verb))):
            candidate.dropped = True


def _moves_money(lex: RuleWords, verb: Token, lemma: str) -> bool:
    """Whether what the verb hands over is money and no relief: "gave $500", "the money you give", "donated to
    a PAC", "funds the group"; not "donated food" or "$5 million in aid"."""
    words = lex.words
    goods = [counted(o, words) for o in objects(verb, words)]
    if verb.dep_ in ("relcl", "acl") and not goods and verb.head.pos_ in NOUN_POS:
        goods = [counted(verb.head, words)]  # "the money you give"
    if any(relief(lex, g) or lex.relief_goods.get(g.lemma_.lower()) for g in goods):
        return False
    return lemma in words.money_verbs or any(
        g.ent_type_ == "MONEY" or g.lemma_.lower() in words.money_nouns for g in goods)


def funding_with_no_recipient(lex: RuleWords, found: list[Candidate]) -> None:
    """What a verb of paying for (`paying_for_verbs`: WordNet fund.v.01 "furnish money for", finance.v.01) pays for
    is aid only when a recipient benefits (PLOVER AID: "material aid whose material benefits primarily accrue to the
    recipient"; conventions §580): another party named in what is funded ("funds the rebels", "a plant in Egypt",
    "Turkey's care of refugees", "their effort"), people in need or relief ("shelters for flood victims", "the relief
    operation"), or an intergovernmental body paying, whose money goes to others ("funded by the World Bank").
    A payer's own or domestic thing has no recipient: "The city will finance the new stadium", "to fund public
    transit", "financed its deficit"; announced with "will", the candidate goes whole, as no aid is promised; a
    promise folded into its governor ("agreed to fund the new stadium") stays AGREE, without the act beside it."""
    words = lex.words
    for candidate in found:
        if candidate.dropped:
            continue
        if candidate.code.type == "AID" and _pays_no_recipient(lex, candidate.anchor):
            candidate.dropped = True
        elif candidate.promised is not None and candidate.promised.type == "AID" and any(
                c.lemma_.lower() in words.paying_for_verbs and _pays_no_recipient(lex, c)
                for c in candidate.complements):
            candidate.promised = None


def _pays_no_recipient(lex: RuleWords, verb: Token) -> bool:
    """Whether ``verb``, a verb of paying for, pays for something no recipient benefits from (§580)."""
    words = lex.words
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in words.paying_for_verbs:
        return False
    payers = [a for p in _payers(verb) for a in phrase_actors(p, words)]
    if any(a.kind != "country" and a.sector == "IGO" for a in payers) or _for_relief(lex, verb):
        return False
    funded = [counted(n, words) for n in (*_funded(verb), *prepositional_objects(verb, ("for", "to", "in")))]
    return not any(_has_a_recipient(lex, noun, payers, verb) for noun in funded) and not any(
        counted(m, words).lemma_.lower() in words.aid_money_nouns and aid_party([m], words)
        for m in prepositional_objects(verb, ("through", "with")))  # "financed through a Chinese grant": aid itself


def _payers(verb: Token) -> list[Token]:
    """Who pays: the verb's subjects or a passive's agent, or, for an infinitive or a participle with none of its
    own, its governing clause's ("the government is allocating $25 million to fund their effort")."""
    while True:
        payers = subjects(verb) + agents(verb)
        if payers or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return payers
        verb = verb.head


def _funded(verb: Token) -> list[Token]:
    """What the verb pays for: its object or a passive's subject, or the noun a participle describes
    ("a road financed by China", "taxpayer financed abortion"), with their conjuncts; a clause with none pays for
    what its governing clause hands over and to whom ("handed over two vessels to the Philippine coast guard,
    funded through a loan")."""
    funded = acted_on(verb) or ([verb.head] if verb.dep_ == "amod" and verb.head.pos_ in NOUN_POS else [])
    if not funded and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in VERB_POS:
        funded = acted_on(verb.head) + _money_receivers(verb.head)
    return funded + [c for f in funded for c in f.conjuncts]


def _has_a_recipient(lex: RuleWords, noun: Token, payers: list, verb: Token) -> bool:
    """Whether what is paid for names one who benefits: relief, people in need, a possessor other than the payer
    ("their effort"), a party in it that is no person and is another than the payers, a government body only
    when a payer is named (a budget's "the Defense Department" is the state's own), or a place in another country
    than the payers' ("the bridge in Mosul" Japan rebuilds). The clause of paying that describes the noun is no part
    of what is paid for ("a venture, subsidized by taxpayers and backed by the island's bank"; §605)."""
    words = lex.words
    paying = {t.i for t in verb.subtree} if verb.head.i == noun.i else set()
    named = [t for t in noun.subtree if t.i not in paying]
    abroad = [e for e in noun.doc.ents if e.label_ in PLACE_LABELS and e.start not in paying
              and noun.left_edge.i <= e.start <= noun.right_edge.i]
    if payers and any((country := place_country(e.text)) is not None and all(p.country != country for p in payers)
                      for e in abroad):
        return True
    if relief(lex, noun):
        return True
    possessors = [c for c in noun.children if c.dep_ == "poss"]
    if any(p.pos_ == "PRON" for p in possessors) and not any(
            t.lower_ in words.own_possessives for c in noun.children for t in (c, *c.children)):
        return True
    for token in named:
        if token.lemma_.lower() in words.needy_nouns or token.lower_ in words.needy_modifiers:
            return True
        actor = actor_of(token)
        if actor is not None and actor.kind != "person" and another_party(actor, payers) \
                and (payers or _benefits_with_no_payer(token, actor, words)):
            return True
    return False


def _benefits_with_no_payer(token: Token, actor, words: EventWords) -> bool:
    """With no payer named, whether an actor named in what is paid for is one who benefits (§580, §605): a country,
    or a body of no government; not a pronoun, which may point back to the unnamed payer ("delivery fees in Vietnam,
    where it holds half the market"), nor a country a preposition names as the place ("fees in Indonesia and
    Vietnam"), which only the place test, against a payer's country, tells abroad."""
    if token.pos_ == "PRON":
        return False
    if actor.kind != "country":
        return actor.sector != "GOV"
    while token.dep_ == "conj" and token.head.i != token.i:  # "in Indonesia and Vietnam": the first conjunct's place
        token = token.head
    return not (token.dep_ == "pobj" and token.head.lower_ in words.location_prepositions)


def contest_wins(lex: RuleWords, found: list[Candidate], contest_news: bool = False) -> None:
    """In election news, a person who beats, captures or sweeps a person or a place wins a contest: "Cruz
    captured Texas", "he is the best person to beat Clinton" (conventions §30). Only a person's win is
    read so: "the army captured the town" stays an assault. In any article, a rival beaten — a contestant
    named so, or a person in a political office — by a person is a contest won: "only Cruz can beat Trump",
    "will beat his Republican opponent" (§83)."""
    words, plover = lex.words, lex.plover
    for candidate in found:
        verb = candidate.anchor
        lemma = verb.lemma_.lower()
        if candidate.dropped or verb.pos_ not in VERB_POS or lemma not in words.contest_verbs | words.contest_win_verbs \
                or candidate.code.type not in plover.coercive | {"THREATEN"} \
                or any((lemma, p.lemma_.lower()) in lex.triggers.phrasal for p in particles(verb, lemma, {})):
            continue  # "beat up" is a beating; "beat out" is beat.v.01
        doers = subjects(verb) or (subjects(verb.head) if verb.dep_ == "advcl" else [])
        if not all(_a_contestant(d, words) or d.lower_ in words.group_pronouns for d in doers) \
                or _armed_subject(verb, words):
            continue
        won = _won(verb, words, contest_news)
        # "who crushed the establishment candidate": a candidate beaten is a person beaten
        # "captured the support of voters": what an electorate gives is won too
        if won and contest_news and all(
                _a_contestant(w, words) or w.ent_type_ in PLACE_LABELS or w.lemma_.lower() in words.contest_places
                or any(_electorate(g, words) for g in prepositional_objects(w, ("of",))) for w in won):
            candidate.dropped = True
        elif won and doers and lemma in words.contest_win_verbs and all(_a_rival(w, words) for w in won):
            candidate.dropped = True


def quarrels_in_politics(lex: RuleWords, found: list[Candidate], contest_news: bool = False) -> None:
    """A clash of people in politics, or of ideas, is a quarrel, no fight: "Senator Lund clashed with Governor Ortiz
    over the budget", "the speaker's clashes with the finance minister", "the new rules clash with the party's
    traditions" (WordNet clash.v.03 "disagree violently", clash.n.01 "a state of conflict between persons";
    conventions §417). Every side named is a person, one in politics or an idea, and one is in politics or an
    idea; in election news persons are enough ("the candidate clashed with a television host"). Crowds, forces,
    countries, a clash with no side named and anything physical (§92: an armed side, someone hurt, a scene, a
    sentence of war) stay a fight."""
    words = lex.words
    for candidate, act in _assaults_told_by(found, words.quarrel_words):
        sides = [counted(s, words) for s in _quarrel_sides(act)]
        if not sides or by_force(lex, act, sides) or _of_war(act, words):
            continue
        if _sides_in_politics(lex, sides, contest_news):
            candidate.dropped = True


def contests_fought_in_politics(lex: RuleWords, found: list[Candidate], contest_news: bool = False) -> None:
    """A fight or battle named by a noun between people in politics, or for what a contest gives, is a contest, no
    assault: "Senator Lund is in a three-way battle with Governor Ortiz and Mayor Reyes", "the two senators carried on
    a fierce fight for the nomination" (WordNet 3.0 battle.n.02 {struggle, battle} "an energetic attempt to achieve
    something", battle.n.03 "an open clash between two opposing groups (or individuals)", fight.n.04 "an intense
    verbal dispute"; conventions §530). Its sides are read as a clash's (§417), with the subjects of the verb that
    carries it; an armed side, anything physical (§92) or a sentence of war keeps the assault: "the battle between
    government troops and rebels killed 40 people", "the guards fought a battle with the gunmen outside his home"."""
    words = lex.words
    for candidate, act in _assaults_told_by(found, words.contest_fight_nouns):
        if act.pos_ not in NOUN_POS:
            continue  # the verb is §362's
        carried = act.dep_ in OBJECT_DEPS and act.head.pos_ in VERB_POS
        sides = [counted(s, words) for s in _quarrel_sides(act)]
        sides += [s for d in (subjects(act.head) if carried else []) for s in (d, *d.conjuncts)]
        if by_force(lex, act, sides) or _of_war(act, words):
            continue
        for_a_prize = _names_contest(act, words) and all(
            a_person_or_in_politics(s, words) or s.lower_ in words.group_pronouns for s in sides)
        if for_a_prize or sides and _sides_in_politics(lex, sides, contest_news):
            candidate.dropped = True


def _sides_in_politics(lex: RuleWords, sides: list[Token], contest_news: bool) -> bool:
    """Whether every side is a person, one in politics or an idea, and one is in politics or an idea; in election
    news persons are enough (§417)."""
    words = lex.words
    return all(any(a_person_or_in_politics(n, words) for n in _named(s)) or abstract(lex, s) for s in sides) and (
        contest_news or any(in_politics(n, words) or abstract(lex, n) for s in sides for n in _named(s)))


def _assaults_told_by(found: list[Candidate], lemmas: frozenset[str]) -> Iterator[tuple[Candidate, Token]]:
    """Each assault still standing that one of ``lemmas`` tells, with that word."""
    for candidate in found:
        if not candidate.dropped and candidate.code.type == "ASSAULT":
            act = candidate.own_word(lemmas)
            if act is not None:
                yield candidate, act


def _named(side: Token) -> list[Token]:
    """A side and the names in apposition to it: "a billionaire populist, Donald Trump"."""
    return [side, *(c for c in side.children if c.dep_ == "appos")]


def _quarrel_sides(act: Token) -> list[Token]:
    """The sides of a clash, with their conjuncts: a verb's subjects (a relative pronoun's antecedent: "rules that
    clash with") and its "with" objects; a noun's possessor, its compound modifiers ("a rules clash") and its
    "with", "between" or "of" objects."""
    if act.pos_ in VERB_POS:
        sides = [act.head if s.tag_ == "WDT" and act.dep_ == "relcl" else s for s in subjects(act)]
        sides += prepositional_objects(act, ("with",))
    else:
        sides = [c for c in act.children if c.dep_ in ("poss", "compound")]
        sides += prepositional_objects(act, ("with", "between", "of"))
    return [t for s in sides for t in (s, *s.conjuncts)]


def attacks_naming_a_texts_kind(lex: RuleWords, found: list[Candidate], contest_news: bool = False) -> None:
    """In election news, an attack noun that modifies the name of a text or an idea names its kind, no attack:
    "is facing attack ads", "laughed off the attack ad" (as "protest songs" name no protest, §156; conventions
    §418). A text or an idea is a WordNet abstract noun (plover_abstract_nouns.csv); elsewhere "the attack plan"
    may be an army's."""
    if not contest_news:
        return
    words = lex.words
    for candidate, act in _assaults_told_by(found, words.criticism_verbs):
        if act.pos_ in NOUN_POS and act.dep_ == "compound" and abstract(lex, act.head):
            candidate.dropped = True


def captures_of_ideas(lex: RuleWords, found: list[Candidate]) -> None:
    """A capture of a text, an idea or a clause, or one an idea makes, seizes no one: "her emails were captured
    in the system", "a screen image captured by the website", "a moment that captured what would carry her",
    "sees him as captured by a hard-line philosophy" (WordNet capture.v.01 "succeed in representing or expressing
    something intangible", capture.v.06 "record in permanent form"; conventions §418). §10 reads the active
    verb's object so ("captured the essence"); this reads what is captured where the parse puts it elsewhere —
    the passive's subject, the noun a participle describes — and the passive's agent. A person, a place or
    ground captured stays."""
    words = lex.words
    for candidate in found:
        verb = candidate.anchor
        if candidate.dropped or verb.pos_ not in VERB_POS or verb.lemma_.lower() not in words.capturing_verbs \
                or candidate.code.type not in lex.plover.coercive:
            continue
        sharer = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in verb.children) else verb
        captured = [verb.head if c.tag_ == "WDT" and verb.dep_ == "relcl" else c  # "copied and captured"
                    for c in {*verb.children, *sharer.children} if c.dep_ in ("dobj", "nsubjpass")]
        if not captured and verb.dep_ == "acl":
            captured = [verb.head]  # "a screen image captured by the website"
        ideas = [*captured, *agents(verb)]
        if any(abstract(lex, counted(t, words)) for t in ideas) \
                or not captured and any(c.dep_ == "ccomp" for c in verb.children):
            candidate.dropped = True


def ideas_seized_on(lex: RuleWords, found: list[Candidate]) -> None:
    """An idea seized on is adopted, not seized (§476): "seized on the governor's remarks", "the video was seized
    upon by his rivals"; what is seized on stays the verb's words, no event of its own."""
    for candidate in found:
        verb = candidate.anchor
        if not candidate.dropped and verb.pos_ in VERB_POS and _adopts_an_idea(verb, verb.lemma_.lower(), lex.words):
            candidate.dropped = True


def sentences_to_prison(lex: RuleWords, found: list[Candidate]) -> None:
    """A conviction that sends its party to prison is a custody as well: the manual's SANCTION ambiguity
    "Convictions that result in imprisonment should also be coded as COERCE 'arrest'" ("sentenced the blogger to
    five years in prison", "the sentencing of the scholar to life imprisonment"; conventions §592). A sentence to
    death, to probation, suspended or passed in absentia puts no one in custody and stays a conviction."""
    for candidate in found:
        if candidate.dropped or candidate.code != Code("SANCTION", "convict") or candidate.also is not None:
            continue
        if _to_prison(lex.words, candidate.anchor):
            candidate.also = Code("COERCE", "arrest")


def _to_prison(words: EventWords, anchor: Token) -> bool:
    """Whether what ``anchor`` sentences to is a spell in prison: a term or a prison as the object of its "to"
    ("to life imprisonment", "to 20 years"), or a prison the term or the sentence is served "in" ("to eleven years
    in a penal colony", where the parser may hang "in" on the verb); no word of its "to" or "in" says the term is
    served out of custody."""
    terms = prepositional_objects(anchor, ("to",))
    phrases = [t for p in anchor.children if p.dep_ == "prep" and p.lower_ in ("to", "in") for t in p.subtree]
    if not terms or any(t.lemma_.lower() in words.noncustodial_words for t in phrases):
        return False
    return any(_names_of(t) & words.prison_terms for t in terms) \
        or any(_names_of(t) & words.prison_places for t in phrases)


def _names_of(noun: Token) -> set[str]:
    """A noun's lemma, and the name it forms with the modifier right before it: "penal colony", "life imprisonment"."""
    lemma = noun.lemma_.lower()
    return {lemma} | {f"{c.lower_} {lemma}" for c in noun.children if c.dep_ in ("amod", "compound") and c.i == noun.i - 1}


def sport_play(lex: RuleWords, found: list[Candidate]) -> None:
    """Sport's words of conflict are figurative where sport is named: a team or a player that attacks, concedes or
    meets ("the hockey team attacked from the opening whistle", "the goalkeeper conceded twice"), and an attack, a
    siege or a meeting whose clause names a sport, a contest or a score ("a late assault from France in the
    quarter-final", "their attack has scored 31 goals"). Armed forces still attack; fans, a team's bus and a
    stadium name no play (conventions §144)."""
    words, sport = lex.words, sport_nouns()
    for candidate in found:
        anchor = candidate.anchor
        if candidate.dropped or candidate.code.type not in words.sport_figurative_types:
            continue
        doers = _players(anchor)
        weapon = any(c.dep_ == "compound" and arms(lex, c) for c in anchor.children)
        if weapon or any(armed(d, words) or arms(lex, d) for d in doers) \
                or anchor.pos_ in VERB_POS and _armed_subject(anchor, words):
            continue  # "gunmen", "a bomb blast": force is used, whatever it strikes
        if doers and all(_a_sport_party(d, sport) for d in doers) \
                or _names_sport(_clause_of(anchor), anchor, words, sport) or _scoreline(_clause_of(anchor)):
            candidate.dropped = True


def _players(anchor: Token) -> list[Token]:
    """Who does what the word says: a verb's subjects (or the noun a participle describes), a noun's possessor or
    the one it is "from" or "by" ("Argentina's attack", "an assault from France")."""
    if anchor.pos_ in VERB_POS:
        return [anchor.head] if anchor.dep_ == "acl" else subjects(anchor)
    return [c for c in anchor.children if c.dep_ == "poss"] + prepositional_objects(anchor, ("from", "by"))


def _scoreline(head: Token) -> bool:
    """Whether the clause ``head`` heads gives a result as two short numbers joined by a dash ("beat South Africa
    24-17", "crushed Chelsea 5–1", §166): a match's or a vote's score. A range of something counted ("24-48 hours",
    "killed 10-15 people") has its noun after it, days ("on June 11-12") are a date, and years ("2014-2015") are
    longer."""
    doc = head.doc
    dates = [time.span for time in doc._.times or ()]  # the first day of "September 18-20" is a time the times read
    # a score in one token is often parsed as a clause of its own ("5–1" a verb): the verb's children are read too
    for token in {*clause_tokens(head), *head.children}:
        if any(start <= token.idx < end for start, end in dates):
            continue
        if _SCORE.fullmatch(token.text):
            end = token.i + 1
        elif token.i + 2 < len(doc) and _SHORT_NUMBER.fullmatch(token.text) and doc[token.i + 1].text in _DASHES \
                and _SHORT_NUMBER.fullmatch(doc[token.i + 2].text):
            end = token.i + 3
        else:
            continue
        if end >= len(doc) or doc[end].pos_ not in NOUN_POS:
            return True
    return False


def _a_sport_party(token: Token, sport: dict[str, frozenset[str]]) -> bool:
    """An athlete or a player, or one a sport names ("the cricket team", "the rugby side"); not "the inspection
    team", nor "the Brazilian striker", since a striker may stop work."""
    return token.lemma_.lower() in sport["party"] or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in sport["play"] for c in token.children)


def _clause_of(anchor: Token) -> Token:
    """The verb whose clause tells of the word: the verb itself, or the verb a noun is the subject or object of
    ("Argentina's attack … has scored 11 goals": scored), also through a participle that describes it ("the
    attack, led by Messi, …"); a noun anywhere else is its own scene."""
    if anchor.dep_ == "acl" and anchor.head.pos_ in NOUN_POS:
        anchor = anchor.head
    if anchor.pos_ in VERB_POS or anchor.dep_ not in _SUBJECT_OR_OBJECT_DEPS or anchor.head.pos_ not in VERB_POS:
        return anchor
    return anchor.head


def _names_sport(head: Token, anchor: Token, words: EventWords, sport: dict[str, frozenset[str]]) -> bool:
    """Whether the clause ``head`` heads names a sport or a contest of one as a head noun that is not acted on ("a
    bomb blast shocked the Olympic games" strikes them), or as a modifier of the event word or of another sport
    noun ("a rugby attack", "a hockey match"), or a score counted that the event word or a verb of scoring has as
    its object ("conceded 22 goals", "scored 31 goals"), through the same prepositions as a contest (§14: "in the
    semifinal", not "on the team bus" or "after the match"); its own clauses are not read."""
    stack = list(head.children)
    while stack:
        token = stack.pop()
        if token.dep_ in CLAUSE_DEPS or (token.dep_ == "prep" and token.lower_ not in words.contest_prepositions):
            continue
        lemma = token.lemma_.lower()
        if (token.pos_ == "NOUN" or token.dep_ == "pobj") and lemma in sport["play"] and (  # "a quarter-final" as ADJ
                token.dep_ not in ("compound", "amod", "poss", "nmod", "dobj", "nsubjpass", "dative")
                or token.head.i == anchor.i and token.dep_ in ("compound", "amod")
                or token.head.lemma_.lower() in sport["play"] | sport["party"]):
            return True
        if lemma in sport["score"] and token.dep_ == "dobj" and any(c.dep_ == "nummod" for c in token.children) and (
                token.head.i == anchor.i or token.head.lemma_.lower() in words.scoring_verbs):
            return True  # "conceded only 22 league goals", "their attack has scored 31 goals"; "had two goals" aims
        stack += token.children
    return False


def _won(verb: Token, words: EventWords, contest_news: bool) -> list[Token]:
    """What a verb of winning wins or beats: its object or passive subject ("beat Clinton"), a place or a person
    the parse hangs as an adverbial ("captured Virginia, Georgia …", "“can beat” Trump"), a shared object ("has beaten and can beat Trump"),
    and in election news the place a person wins "in" ("crushed in Michigan")."""
    won = _beaten(verb)
    if not won:  # "has beaten and can beat Trump": the verb of winning it is joined to has the object
        won = [w for v in verb.conjuncts if v.lemma_.lower() in words.contest_win_verbs for w in _beaten(v)]
    if not won and contest_news and not any(c.dep_ in OBJECT_DEPS for c in verb.children):
        won = [p for p in prepositional_objects(verb, ("in",)) if p.ent_type_ in PLACE_LABELS]
    return won


def _beaten(verb: Token) -> list[Token]:
    """The verb's own object or passive subject, or a place or a person the parse hangs on it as an adverbial,
    with their conjuncts; not a rule of underscores ("___")."""
    won = [c for c in verb.children if (c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "npadvmod" and c.i > verb.i
                                        and c.ent_type_ in PLACE_LABELS | {"PERSON"}) and c.is_alpha]
    return won + [c for w in won for c in w.conjuncts if c.i > w.i and c.is_alpha]


def _a_contestant(token: Token, words: EventWords) -> bool:
    """A person, or one named as a contestant: "Cruz", "he", "who", "the establishment candidate", "his
    rival, Hillary Clinton"."""
    return a_person(token, words.person_pointers) or token.lemma_.lower() in words.contest_doers or any(
        c.dep_ == "appos" and a_person(c, words.person_pointers) for c in token.children)


def _a_rival(token: Token, words: EventWords) -> bool:
    """One beaten in a contest in any article (§83): a contestant named so ("his Republican opponent", "the
    incumbent") or a person in a political office ("Trump", "Senator Smith"); not "his wife", "the protesters"."""
    actor = actor_of(token)
    return token.lemma_.lower() in words.contest_doers or any(
        c.dep_ == "appos" and c.lemma_.lower() in words.contest_doers for c in token.children) or (
        actor is not None and actor.kind == "person" and actor.sector in words.contest_office_sectors)


def with_theme_mode(lex: RuleWords, token: Token, candidate: Candidate | None) -> Candidate | None:
    """A request, refusal or threat takes its mode from what it is about: "urged a ceasefire" → yield."""
    plover = lex.plover
    if candidate is None or candidate.code.mode or candidate.code.type not in plover.mode_takers:
        return candidate
    heads = [token] + [c for c in token.children if c.dep_ == "xcomp"]
    for head in heads:
        for child in objects(head, lex.words) + [head] * (head is not token):
            mode = lex.triggers.themes.get(child.lemma_.lower())
            if mode and (candidate.code.type == "THREATEN") == (mode in plover.threat_mode_names):
                candidate.code = Code(candidate.code.type, mode)
                return candidate
    return candidate


def _refused_act(lex: RuleWords, verb: Token, lemma: str) -> Token | None:
    """The act a verb of refusal refuses in an infinitive: "declined to stop construction" → stop."""
    rule = lex.triggers.governors.get(lemma)
    if rule is None or rule.type != "REJECT":
        return None
    return next(iter(infinitives(verb)), None)


def _asks_someone_to_act(lex: RuleWords, verb: Token, lemma: str) -> bool:
    """Whether a verb of asking or ordering asks someone named to do something: an object and an infinitive
    ("ordered the troops to hold their positions", "encouraged Congress to renew the act")."""
    if lemma not in lex.words.asking_verbs:
        return False  # "wants Trump to lose" wishes, "told Megyn not to worry" soothes, "called her to say" phones
    # the parser hangs "urged X to act" as object and infinitive, or as a clause with its own subject
    asked = [c for c in verb.children if c.dep_ == "dobj"] if infinitives(verb) else []
    asked += [g for c in verb.children if c.dep_ == "ccomp" and to_infinitive(c) for g in c.children if g.dep_ == "nsubj"]
    return any(t.lower_ not in ("it", "this", "that") for t in asked)  # "urged it to be clear" asks no one


def asks_for_something(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb of asking or suggesting requests something (english.yaml `events.mood_verbs`):
    an act ("asked them to leave", "asked Chad if it could send troops": §381), a thing ("asked permission",
    "suggested talks") or a proposal ("suggested that he resign"); not a question or an opinion ("asked where he
    is", "asked the question", "when asked about it", "suggested that the talks had failed"), nor a question in the
    speaker's words or people asked with nothing asked of them ('"Mistake?" he asked', "asked reporters"; §363)."""
    words = lex.words
    for child in verb.children:
        if child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ == "for"):
            return True
        if child.dep_ in ("ccomp", "dobj") and _a_direct_question(child):
            continue
        if (child.dep_ == "ccomp" and not indicative(child, words)) or _asks_if_able(verb, child):
            return True
        if child.dep_ == "dobj" and child.pos_ in NOUN_POS - {"PRON"} and child.lemma_.lower() not in words.question_nouns \
                and not child._.actor and child.ent_type_ not in NAME_LABELS and not _questioned(lex, verb, child):
            return True
    return False


def _appeal_made(lex: RuleWords, verb: Token) -> bool:
    """Whether "appeal" asks for something (WordNet 3.0 appeal.v.01): a thing or an act ("appealed for calm",
    "appealed to the rebels to lay down their arms"), or takes a case to a higher court (appeal.v.03: "will appeal
    the ruling", "the verdict was appealed", "appealed to the Supreme Court"). Otherwise it is appeal.v.02 "be
    attractive to" (conventions §532)."""
    return asks_for_something(lex, verb) or names_what_is_asked(verb) \
        or any(c.dep_ == "nsubjpass" for c in verb.children) \
        or any(o.lower_ in lex.words.trying_courts for o in prepositional_objects(verb, ("to",)))


def _asks_if_able(verb: Token, clause: Token) -> bool:
    """Whether a verb asks a party it names if someone can act, which asks for the act (CAMEO 02 "ask"; PLOVER
    REQUEST; conventions §381): "asked Chad if it could send troops", "asked the rebels whether they can free the
    hostages". Not what is or was ("asked Chad if it had sent troops", §374), nor a question put to no one named
    ("asked whether Chad could send troops"). The parser hangs the clause as a complement or an adverbial."""
    if clause.dep_ not in ("ccomp", "advcl"):
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    able = any(c.dep_ == "aux" and c.lower_ in ABILITY_MODALS for c in clause.children)
    asked = any(c.dep_ == "dobj" and a_party(c) for c in verb.children)
    return bool(marks & {"if", "whether"}) and able and asked


def _questioned(lex: RuleWords, verb: Token, noun: Token) -> bool:
    """Whether a verb of interviewing's object is the people it questions, with nothing asked of them: "asked
    reporters", "asked our followers which candidate won" (conventions §363); an infinitive anywhere after it, which the
    parser may hang on a clause of the object, is what they are asked to do ("asked people who own weapons to hand
    them over")."""
    return verb.lemma_.lower() in lex.words.interview_verbs and a_party(noun) \
        and not any(to_infinitive(t) for t in verb.subtree if t.i > noun.i)


def _a_direct_question(said: Token) -> bool:
    """Whether a clause or a phrase a verb of asking takes is a question in the speaker's words, its question mark
    closing it: '"Mistake?" he asked', 'asked, "You think he would like to indict her?"' (conventions §363)."""
    doc, end = said.doc, said.right_edge.i
    while end > said.i and doc[end].tag_ in _QUOTE_TAGS:
        end -= 1  # the closing quotation mark the parser hangs on the phrase
    return doc[end].text == "?" or (end + 1 < len(doc) and doc[end + 1].text == "?")


def _verdict(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A verdict of guilt convicts: "found the commander guilty", "was found guilty on three charges"; "found him
    not guilty" acquits him, as "acquitted" codes it."""
    words = lex.words
    if lemma not in words.verdict_verbs:
        return None
    verdict = next((c for c in verb.children if c.lemma_.lower() in words.verdict_words and c.pos_ == "ADJ"), None)
    if verdict is None:
        return None
    acquitted = any(c.dep_ == "neg" for c in verdict.children)
    code = lex.triggers.verbs["acquit"] if acquitted else Code("SANCTION", "convict")
    return Candidate(verb, code, SPECIFICITY["verb_object"], absorbed=[verdict])


def _legal_action_brought(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A lawsuit or proceedings brought, filed or launched against a party accuse it: "brought a suit against the
    commission", "launched impeachment proceedings against the president" (PLOVER ACCUSE "sue, file civil or
    criminal lawsuit"; conventions §460). The party sued is needed: "filed for bankruptcy" and "opened a case into
    reports of torture" sue no one; "made the case against him" argues (no verb of suing)."""
    words = lex.words
    if lemma not in words.suing_verbs:
        return None
    for child in objects(verb, words):
        noun = counted(child, words)
        if noun.lemma_.lower() in words.legal_action_nouns and any(
                a_party(g) for head in (verb, noun) for g in prepositional_objects(head, ("against",))):
            return Candidate(verb, _SUED, SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _taken_to_court(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A party taken or dragged to a court, or a court gone to against it, is sued: "took Syria to the
    International Court of Justice", "went to court against the government" (conventions §461); "took the matter
    to the United Nations" takes no party to a court."""
    words = lex.words
    if lemma not in words.court_going_verbs or not any(
            counted(g, words).lemma_.lower() in words.judging_bodies for g in prepositional_objects(verb, ("to",))):
        return None
    sued = [c for c in verb.children if c.dep_ == "dobj"] + prepositional_objects(verb, ("against",))
    return Candidate(verb, _SUED, SPECIFICITY["verb_object"]) if any(a_party(s) for s in sued) else None


def _censure_met(lex: RuleWords, verb: Token) -> Candidate | None:
    """A party that comes under fire or under censure from critics, or for what it did, is criticized: "the minister
    came under fire from lawmakers over the shortage", "has come under fire for cutting pensions" (CAMEO COME (UNDER
    FIRE) [:111], the subject the target; conventions §627). Fire from armed men ("came under fire from rebels"), or
    with neither an actor it comes from nor a reason ("a patrol came under fire near the border", "from unknown
    assailants", "for three hours"), is shooting."""
    words = lex.words
    met = [g for g in prepositional_objects(verb, ("under",)) if g.lemma_.lower() in words.censure_met_nouns]
    if not met:
        return None
    heads = (verb, *met)
    sources = [g for head in heads for g in prepositional_objects(head, ("from",))]
    if any(armed_men(lex, s) or armed_party(s, words) for s in sources):
        return None
    # "for three hours", "for the first time" say how long or which occasion, not what for
    # (the parser may hang the reason on the critic: "from lawmakers over the shortage")
    reasons = [g for head in (*heads, *sources) for p in head.children
               if p.dep_ == "prep" and p.lower_ in ("for", "over")
               for g in p.children if g.dep_ == "pcomp" or g.dep_ == "pobj" and not lex.names_a_time(g)
               and not any(c.ent_type_ == "ORDINAL" for c in g.children)]
    if not reasons and not actor_in(sources, words):
        return None
    return Candidate(verb, _CENSURED, SPECIFICITY["verb_object"], absorbed=met, subject_targeted=True)


def _held_liable(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A party found or held liable or responsible is blamed: "the court found the state liable for the deaths",
    "the government held the rebels responsible for the attack" (PLOVER ACCUSE "find guilty or liable"; CAMEO 116
    ACCUSE/disapprove, as "blame"; conventions §462). The parser makes the adjective a small clause of the verb
    with the party its subject, or a modifier after the party as the verb's object; the party is no idea or text
    ("held the policy responsible") and not the holder itself ("I hold myself accountable" owns up). "Found not
    liable" blames no one; a guilty verdict convicts (``_verdict``). Announced or wanted ("will hold them
    accountable", "would have held Assad responsible", "vowed to hold"), it is held out, not done (§16)."""
    words = lex.words
    if lemma not in words.liability_verbs or to_infinitive(verb) or conditional(verb, words) or any(
            c.dep_ == "aux" and c.lower_ in words.announcing_auxiliaries for c in verb.children):
        return None
    held = [(c, subjects(c)) for c in verb.children if c.dep_ in COMPLEMENT_DEPS] + [
        (a, [o]) for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "amod" and a.i > o.i]
    liability = next((adjective for adjective, parties in held if adjective.lemma_.lower() in words.liability_words
                      and not any(n.dep_ == "neg" for n in adjective.children)
                      and any(not abstract(lex, p) and "Yes" not in p.morph.get("Reflex") for p in parties)), None)
    return None if liability is None else Candidate(verb, Code("ACCUSE", "disapprove"), SPECIFICITY["verb_object"],
                                                    absorbed=[liability])


def _expelled_from_body(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Expelling someone from a party, a church or another body ends their membership: "was expelled from the
    ruling party", "kicked out of the Communist Party" (SANCTION/expel, conventions §43); from a country
    they are deported, as the lexicon says."""
    words = lex.words
    outs = [c for c in verb.children if c.dep_ in ("prt", "prep") and f"{lemma} {c.lower_}" in words.expelling_verbs]
    if lemma not in words.expelling_verbs and not outs:
        return None
    for body in (g for head in (verb, *outs) for g in prepositional_objects(head, ("from", "of"))):
        if a_member_body(body, words):
            return Candidate(verb, Code("SANCTION", "expel"), SPECIFICITY["verb_object"], absorbed=[body])
    return None


def _ordered_out(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Ordering diplomats, observers or a mission out of a country expels them: "two diplomats were ordered out
    of Germany", "ordered the UN mission to leave the country" (SANCTION/expel, conventions §6, §134). Only whom
    the lexicon says is expelled ("expel diplomat") and a mission: residents ordered to leave are evacuated."""
    words = lex.words
    if lemma not in words.order_verbs:
        return None
    leaving = [c for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"] or [
        c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in words.leaving_verbs and to_infinitive(c)]
    if not leaving:
        return None
    return _expelled(lex, verb, objects(verb, words) + [c for c in verb.children if c.dep_ == "nsubjpass"], leaving)


def _bound_by_order(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """An authority's order that binds people or firms under it to stay, close, disband or stop restricts them, as
    a curfew or a closure does: "the Taliban ordered women to stay at home", "authorities ordered shops to close"
    (COERCE/restrict, conventions §334); people the lexicon deports when expelled are deported when ordered to leave
    ("ordered the foreign journalists to leave the country"), where residents ordered to leave are evacuated (§134).
    An order to a state or its officers is a demand ("ordered Russia to withdraw"), and an act ordered that is
    coercive on its own is the order's code when it folds in ("ordered Moscow to close its consulate")."""
    words = lex.words
    if lemma not in words.order_verbs or not _by_an_authority(lex, verb):
        return None
    # the parser hangs "ordered X to act" as object and infinitive, or as a clause with its own subject
    bound_acts = [(act, objects(verb, words) + [c for c in verb.children if c.dep_ == "nsubjpass"])
                  for act in infinitives(verb)]
    bound_acts += [(act, [c for c in act.children if c.dep_ == "nsubj"])
                   for act in verb.children if act.dep_ == "ccomp" and to_infinitive(act)]
    for act, bound in bound_acts:
        act_lemma = lex.triggers.verb_lemma(act.lemma_.lower(), act.lower_)
        leaving = act_lemma in words.leaving_verbs
        if not leaving and act_lemma not in words.restricted_acts:
            continue
        own = _read_verb(lex, act, act_lemma)
        if own is not None and own.code.type in lex.plover.coercive:
            continue
        for child in bound:
            noun = counted(child, words)
            deported = lex.triggers.verb_objects.get(("expel", noun.lemma_.lower())) == Code("COERCE", "deport")
            if (deported or not leaving) and _under_authority(lex, noun):
                code = Code("COERCE", "deport") if leaving else Code("COERCE", "restrict")
                return Candidate(verb, code, SPECIFICITY["verb_object"], absorbed=[act])
    return None


def _shutdown_ordered(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A shutdown an authority orders is what closing its object would be (conventions §335): "ordered the closure
    of the newspaper" censors, "ordered the closure of the border crossing" restricts, "ordered the closure of the
    consulate" withdraws a mission (§44), and "ordered the suspension of the party", "the closure of all markets"
    restrict the people or firms under it (§334). "Ordered the suspension of aid" is the ending §186 reads."""
    words = lex.words
    # an order asks ("ordered the closure"); "forced the closure of the airports" may be an attack's effect
    if lemma not in words.order_verbs & words.asking_verbs or not _by_an_authority(lex, verb):
        return None
    for child in objects(verb, words):
        shutdown = counted(child, words)
        if shutdown.lemma_.lower() not in words.shutdown_nouns:
            continue
        for shut in prepositional_objects(shutdown, ("of",)):
            noun = counted(shut, words)
            code = _closed(noun, words) or (Code("COERCE", "restrict") if _under_authority(lex, noun) else None)
            if code:
                return Candidate(verb, code, SPECIFICITY["verb_object"], absorbed=[child, shutdown, shut, noun])
    return None


def _by_an_authority(lex: RuleWords, verb: Token) -> bool:
    """Whether a state, one of its bodies or an armed party gives the order, or no one named does (a passive): "the
    Taliban", "authorities", "police"; not "the company". A clause with no subject of its own is done by whom
    `_doers_found` finds ("used tear gas to keep them out", "were told to stop their rally"; conventions §415)."""
    doers = _doers_found(lex, verb)
    return all(_armed_or_state(lex, d) for d in doers) if doers else _passive_clause(verb)


def _under_authority(lex: RuleWords, noun: Token) -> bool:
    """Whether an order can bind ``noun`` as people or firms under the authority that gives it: a person or people
    ("women", "residents", a person named), a group or an organization ("the opposition party", "schools"), a firm or
    a shop (plover_firm_operations.csv) or an outlet, named by a common noun; not a state, its bodies or officers, nor
    armed forces ("Russia", "officials", "troops"), nor an organization parley names, which may be the state's or
    another country's ("forced the Fed to stop worrying", "forced the British Council to cease its operations")."""
    words = lex.words
    actor = actor_of(noun)
    if _armed_or_state(lex, noun) or actor is not None and actor.kind == "organization":
        return False
    lemma = noun.lemma_.lower()
    return lemma in party_noun_kinds() or lemma in firm_operations() or _outlet(noun, words) \
        or a_person(noun, frozenset())


def _blocked(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """What a party blocks beyond the lexicon's own objects is refused (REJECT, conventions §188): a pact ("blocked
    the trade deal"), someone's attempt ("blocked Skopje's efforts to join the alliance") or the enacting of what
    the lexicon says is refused when blocked ("blocked adoption of the resolution"). A truck that blocks the
    entrance, or rubble that blocks rescue efforts, refuses nothing."""
    words, triggers = lex.words, lex.triggers
    if lemma not in words.blocking_verbs or not all(names_a_party(lex, s) for s in verb.children if s.dep_ == "nsubj"):
        return None
    for child in objects(verb, words):
        noun = counted(child, words)
        name = noun.lemma_.lower()
        enacted = [counted(o, words) for o in prepositional_objects(noun, ("of",))] if name in words.enacting_nouns else []
        blocked = any(triggers.verb_objects.get((lemma, e.lemma_.lower())) == Code("REJECT") or a_pact_of_ties(lex, e)
                      for e in [noun, *enacted])
        attempt = name in words.attempt_nouns and (has_own_actor(noun) or any(
            c.dep_ == "acl" and to_infinitive(c) for c in noun.children))
        if blocked or attempt:
            return Candidate(verb, Code("REJECT"), SPECIFICITY["verb_object"], absorbed=[child, noun, *enacted])
    return None


def _halted_at_a_passage(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """People an authority halts or turns back where they would pass are restricted in their movement
    (COERCE/restrict, manual: "restrictions on political freedoms or movement"; conventions §412): "migrants were
    stopped at the border", "border guards turned the refugees back at the checkpoint". A bus that stops at the
    border, or a car stopped at a checkpoint, restricts no one."""
    words = lex.words
    # "turned the refugees back at the border": the parser hangs the particle as an adverb, and "at" under it
    backs = [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"]
    if lemma not in words.halting_verbs and not any(f"{lemma} {b.lower_}" in words.halting_verbs for b in backs):
        return None
    passages = [o for head in (verb, *backs) for o in prepositional_objects(head, ("at",))
                if o.lemma_.lower() in words.passage_nouns]
    if not passages or not _by_an_authority(lex, verb):
        return None
    # "were mistreated or stopped at the border": a conjunct shares its head's passive subject
    for child in acted_on(verb) or (acted_on(verb.head) if verb.dep_ == "conj" else []):
        halted = verb.head if child.tag_ in ("WP", "WDT") else child  # "the car, which was stopped": the car
        if _people(lex, halted) and not _armed_or_state(lex, counted(halted, words)):
            return Candidate(verb, Code("COERCE", "restrict"), SPECIFICITY["verb_object"],
                             absorbed=[child, *backs, *passages])
    return None


def _doers_found(lex: RuleWords, verb: Token) -> list[Token]:
    """Who does a verb, found for a clause with no subject of its own by climbing to the clause that lends it one
    (conventions §415): the party a verb of telling or ordering names ("told the organizers to stop" → the
    organizers), a passive's subject ("were told to stop" → they), a noun's owner ("its bid to keep" → its), a
    noun a participle describes ("protesters failing to halt"), else the governing verb's doers ("used tear gas to
    keep them out" → whoever used it). Empty when the climb ends on a passive or on no verb."""
    for _ in range(8):  # a clause nests a few deep at most; parses can be circular in effect
        own = [as_doer(c) for c in verb.children if c.dep_ in ("nsubj", "agent")]
        if own:
            return own
        head = verb.head
        if _passive_clause(verb) or head.i == verb.i:
            return []
        if verb.dep_ == "xcomp":
            controllers = [c for c in head.children if c.dep_ == "nsubjpass"
                           or c.dep_ == "dobj" and (a_party(c) or _people(lex, c))]
            if controllers:
                return controllers
        if head.pos_ in NOUN_POS:  # an infinitive or a participle of a noun
            owners = [c for c in head.children if c.dep_ == "poss"]
            if owners or verb.tag_ == "VBG" or head.dep_ in ("nsubj", "nsubjpass"):
                return owners or [head]
            head = head.head
        if head.pos_ == "ADP":  # "by keeping them out", "after failing to halt"
            head = head.head
        verb = head
    return []


def _passive_clause(verb: Token) -> bool:
    """A passive, its conjuncts ("were beaten or stopped") and a past participle of a noun ("migrants stopped at
    the border") say who is done to, not who does."""
    return is_passive(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN" \
        or verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "agent") for c in verb.children) and is_passive(verb.head)


def _kept_out(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """People an authority keeps out are restricted in their movement (COERCE/restrict; conventions §415): "built a
    fence to keep the migrants out", "police kept the protesters out of the square". The rain that keeps fans out,
    or a campaign's money to keep a candidate out of Congress, restricts no one."""
    words = lex.words
    outs = [c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"]
    if lemma not in words.restraint_verbs or not outs or not _by_an_authority(lex, verb):
        return None
    for child in objects(verb, words):
        if _people(lex, child) and not _armed_or_state(lex, counted(child, words)):
            return Candidate(verb, Code("COERCE", "restrict"), SPECIFICITY["verb_object"], absorbed=[child, *outs])
    return None


def _told_to_stay_home(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """People an authority tells to stay at home or indoors are confined as by a curfew (COERCE/restrict, manual:
    "restrictions on … movement"; conventions §416): "authorities told residents to stay at home", "police told
    people to stay indoors". Telling is speech elsewhere: "told reporters to stay tuned"; a father who tells his
    kids to stay home, or advice in a condition ("to stay home if they are sick"), restricts no one."""
    words = lex.words
    if lemma not in words.telling_verbs or not _by_an_authority(lex, verb):
        return None
    for stay in infinitives(verb):
        places = [c for c in stay.children if c.i > stay.i]  # "home", "indoors", "at home": parsed many ways
        places += [g for p in places if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        at_home = any({p.lower_, p.lemma_.lower()} & words.home_places for p in places)  # "indoors" as a noun
        conditioned = any(c.dep_ == "advcl" and m.dep_ == "mark" and m.lower_ in words.threat_condition_marks
                          for c in stay.children for m in c.children)  # "if sick": advice, not "until the storm passes"
        if stay.lemma_.lower() not in words.staying_verbs or not at_home or conditioned:
            continue
        for child in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):  # "residents were told to"
            if _under_authority(lex, counted(child, words)):
                return Candidate(verb, Code("COERCE", "restrict"), SPECIFICITY["verb_object"], absorbed=[stay])
    return None


def _given_time_to_leave(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Diplomats or a mission given hours or days to leave are expelled by a deadline: "gave Iranian diplomats 48
    hours to leave the country" (SANCTION/expel, conventions §187); tenants given a week to leave are not, and "to
    leave or face expulsion" is an ultimatum, the threat §5 reads off its penalty."""
    words = lex.words
    if lemma not in words.deadline_verbs or not any(
            c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in lex.calendar_units for c in verb.children):
        return None
    leaving = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")
               and c.lemma_.lower() in words.leaving_verbs and to_infinitive(c)]
    if not leaving or any(_penalty_after_or(c, words) for left in leaving for c in left.children):
        return None
    return _expelled(lex, verb, [c for c in verb.children if c.dep_ in ("dative", "nsubjpass")], leaving)


def _penalty_after_or(conjunct: Token, words: EventWords) -> bool:
    """Whether a word joined by "or" to a demanded act holds out a penalty as its other choice: "to leave or face
    expulsion", "or risk arrest" (a verb of facing, or its noun when the parser takes the verb for a modifier, §113's
    `alternative_penalty`), "or be forcibly removed" (a passive, with or without its adverb; an ultimatum, §113)."""
    if conjunct.dep_ != "conj" or not any(c.dep_ == "cc" and c.lower_ == "or" for c in conjunct.head.children):
        return False
    passive = any(c.dep_ == "auxpass" and c.lower_ == "be" for c in conjunct.children)
    return conjunct.lemma_.lower() in words.ultimatum_verbs or passive or alternative_penalty(conjunct, words)


# CAMEO 139 "Give ultimatum", which CAMEO2PLOVER-2021 codes THREATEN, relations
_ULTIMATUM = Code("THREATEN", "relations")
# "until Friday", "by the end of the month": the period a deadline runs to
_DEADLINE_PREPOSITIONS = frozenset({"until", "till", "by"})


def _deadline_given(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A party a state, one of its bodies, an armed party or an actor gives a period to do something is given an
    ultimatum (the manual's THREATEN: "give a final warning, ultimate demand or order"; CAMEO 139 "GIVE * HOURS",
    "GIVE * {TWO WEEKS}", "GIVE * DEADLINE"; conventions §552): "gave the junta one week to restore civilian rule",
    "gave the parties until Friday to register", "the strikers were given 24 hours to return", "gave the envoy 48
    hours to leave or be removed". The act demanded is not done: it is folded in. A deadline one gives oneself ("has
    given itself until June") threatens no one; time given for nothing to do ("two weeks of leave") is none; a deadline
    to leave with no penalty is an order to go, and one in a participle the term of the act it is hung on."""
    words = lex.words
    if lemma not in words.deadline_verbs:
        return None
    # a period measuring a clause marked "before" or "after" says when, not how long one is given: "one day before he
    # was allowed to speak"
    measured = any(c.dep_ == "mark" for c in verb.children)
    periods = [c for c in verb.children if (c.dep_ == "dobj" or c.dep_ == "npadvmod" and not measured)
               and c.lemma_.lower() in lex.calendar_units]
    periods += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _DEADLINE_PREPOSITIONS
                for o in p.children if o.dep_ == "pobj" and lex.names_a_time(o)]
    given = [c for c in verb.children if c.dep_ in ("dative", "nsubjpass")
             or c.dep_ == "dobj" and c.lemma_.lower() not in lex.calendar_units]
    if not periods or not given or any(g.lower_.endswith(("self", "selves")) for g in given) \
            or not (_by_an_authority(lex, verb) or actor_in(_doers_found(lex, verb), words)):
        return None
    # the act: a to-infinitive on the verb, or one the parser hangs inside the period ("24 hours to return", "until
    # the end of the month to submit")
    acts = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "ccomp") and to_infinitive(c)]
    acts += [t for p in periods for t in p.subtree if t.dep_ in NOUN_CLAUSE_DEPS and to_infinitive(t)]
    if not acts:
        return None
    penalties = [c for a in acts for c in a.children if _penalty_after_or(c, words)]  # "or be closed"
    if any(p.lemma_.lower() in words.ultimatum_verbs or p.pos_ in NOUN_POS for p in penalties):
        return None  # "or face a strike": §113 reads the threat off its penalty, with the penalty's mode
    if not penalties and any(a.lemma_.lower() in words.leaving_verbs for a in acts):
        return None  # "gave him 48 hours to leave": an order to go, the expulsion's term (§187), no choice held out
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return None  # "revoked their licences, giving them until March to pack up": the term of the act it tells
    return Candidate(verb, _ultimatum(lex, penalties), SPECIFICITY["verb_object"], absorbed=[*given, *acts, *penalties])


def _ultimatum(lex: RuleWords, penalties: list[Token]) -> Code:
    """An ultimatum's code: THREATEN with the mode of the act a passive penalty names ("or be killed" → violence), as
    §113's ultimatums take it, else CAMEO 139's."""
    codes = [lex.triggers.verbs.get(p.lemma_.lower()) for p in penalties]
    mode = next((m for code in codes if code is not None and (m := lex.plover.threat_mode(code))), None)
    return Code("THREATEN", mode) if mode else _ULTIMATUM


def _expelled(lex: RuleWords, verb: Token, parties: list[Token], leaving: list[Token]) -> Candidate | None:
    """SANCTION/expel, if one of the ``parties`` told to leave is a mission, an envoy ("the chargé d'affaires", §457)
    or one the lexicon says is expelled ("expel diplomat")."""
    for child in parties:
        noun = counted(child, lex.words)  # "the peacekeeping mission" counts peacekeeping
        code = lex.triggers.verb_objects.get(("expel", noun.lemma_.lower()))
        if child.lemma_.lower() in lex.words.mission_nouns or code == Code("SANCTION", "expel") \
                or an_envoy(noun, lex.words):
            return Candidate(verb, Code("SANCTION", "expel"), SPECIFICITY["verb_object"],
                             absorbed=[child, noun, *leaving])
    return None


def _envoy_recalled_or_expelled(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """An envoy recalled is withdrawn and one expelled is expelled, whatever the title: "recalled its high
    commissioner", "the chargé d'affaires was expelled" (SANCTION, the manual's "withdrawal, or expulsion of
    diplomats"; conventions §457). What is recalled decides: "recalled that he had met", "the ambassador recalled
    the talks" remember, and an expelled student is deported as before."""
    words = lex.words
    if lemma not in words.envoy_recalling_verbs and lemma not in words.envoy_expelling_verbs:
        return None
    envoy = _envoy_acted_on(verb, words)
    if envoy is None:
        return None
    mode = "withdraw" if lemma in words.envoy_recalling_verbs else "expel"
    return Candidate(verb, Code("SANCTION", mode), SPECIFICITY["verb_object"], absorbed=list(envoy))


def _envoy_acted_on(verb: Token, words: EventWords) -> tuple[Token, Token] | None:
    """The first phrase the verb acts on that names an envoy, with its counted noun ("two of its diplomats")."""
    return next(((child, noun) for child in acted_on(verb) if an_envoy(noun := counted(child, words), words)), None)


def _declared_unwelcome(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A party declared persona non grata is expelled: "declared Germany's ambassador persona non grata", "the envoy
    was declared persona non grata" (SANCTION/expel, conventions §458). The parser hangs the Latin name as a
    predicate, a clause or an object, so it is read off the words of the verb's complements."""
    words = lex.words
    if lemma not in words.declaring_verbs:
        return None
    for child in verb.children:
        if child.dep_ not in ("oprd", "ccomp", "xcomp", "dobj"):
            continue
        said = " ".join(t.lower_ for t in child.subtree)
        if any(name in said for name in words.unwelcome_envoys):
            return Candidate(verb, Code("SANCTION", "expel"), SPECIFICITY["verb_object"], absorbed=list(child.subtree))
    return _declared_outlawed(lex, verb)


def _come_to_defence(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A party one comes, rushes or rallies to the defence of is supported: "Germany came to the defense of Poland",
    "Arab states rallied to the defense of Qatar", "came out in defence of the president" (SUPPORT, conventions §596;
    CAMEO 053 "RALLY * (TO &DEFENSE)"). As §73 reads "defend", what is defended names a party: "came to the defence
    of free speech" and "of the city" support no one, and the verb is read as it was."""
    words = lex.words
    if lemma not in words.defence_coming_verbs:
        return None
    for way in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in")):
        for defence in (g for g in way.children if g.dep_ == "pobj" and g.lemma_.lower() in words.defence_nouns):
            defended = prepositional_objects(defence, ("of",))
            if defended and all(names_a_party(lex, d) for d in defended):
                return Candidate(verb, Code("SUPPORT"), SPECIFICITY["verb_object"], absorbed=[way, defence])
    return None


def _declared_outlawed(lex: RuleWords, verb: Token) -> Candidate | None:
    """A party an authority declares or designates unlawful, undesirable, extremist or a foreign agent is banned
    (the manual's COERCE: "ban individuals or organizations"; conventions §483): "designated the news site an
    undesirable organisation", "declared the pressure group an unlawful society", "the charity was declared an
    extremist organization". The parser hangs the mark as a second object, a predicate, an apposition to the party
    or a clause whose subject is the party. A film or an election declared illegal is no party; a critic or a coach
    is no authority."""
    words = lex.words
    if not _by_an_authority(lex, verb):
        return None
    declared = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    marks = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "dobj", "acomp", "attr")]
    pairs = [(party, mark) for mark in marks for party in (*declared, *(c for c in mark.children if c.dep_ == "nsubj"))
             if party is not mark] + [(party, a) for party in declared for a in party.children if a.dep_ == "appos"]
    for party, mark in pairs:
        modifiers = [m for m in mark.children if m.dep_ in ("amod", "compound")]
        marked = {mark.lemma_.lower(), *(m.lemma_.lower() for m in modifiers),
                  *(f"{m.lemma_.lower()} {mark.lemma_.lower()}" for m in modifiers)}
        if marked & words.outlawing_marks and _a_party_to_ban(lex, counted(party, words)):
            return Candidate(verb, Code("COERCE", "ban"), SPECIFICITY["verb_object"], absorbed=[mark, *modifiers])
    return None


def _a_party_to_ban(lex: RuleWords, noun: Token) -> bool:
    """A person, a group or an organization, or an outlet, that is none of the state's or of an armed party's: what
    an authority can ban (conventions §483)."""
    if _armed_or_state(lex, noun):
        return False
    lemma = noun.lemma_.lower()
    return lemma in party_noun_kinds() or lemma in lex.words.group_nouns or _outlet(noun, lex.words) \
        or actor_of(noun) is not None or a_person(noun, frozenset())


def _envoy_sent_back(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """An envoy put back at a post or given credentials, or a mission opened, resumes relations: "returned its
    ambassador to Cairo", "will send an ambassador back to Quito", "reinstated its envoy", "accredited an ambassador",
    "reopened its consulate" (SUPPORT, the manual's "initiate, resume, improve, or expand diplomatic ...
    cooperation"; conventions §459). Returned or sent back it needs a post to go to: "sent its ambassador home"
    withdraws it (§407), and "the ambassador returned to Kabul" travels. A mission is opened as a direct object:
    "opened fire on the embassy" opens none."""
    words = lex.words
    if lemma in words.mission_opening_verbs or lemma in words.reopening_verbs:
        missions = [c for c in acted_on(verb) if _a_post(counted(c, words), words)]
        return Candidate(verb, Code("SUPPORT"), SPECIFICITY["verb_object"], absorbed=missions[:1]) if missions else None
    if lemma not in words.envoy_restoring_verbs and lemma not in words.envoy_returning_verbs:
        return None
    if lemma in words.envoy_returning_verbs:
        backs = _return_adverbs((verb,), words)
        if any(b.lower_ != "back" for b in backs) or (lemma != "return" and not backs) \
                or not any(_names_a_goal(head, words) for head in (verb, *backs)):
            return None  # sent "home"; sent without "back" is a new posting or a visit
    envoy = _envoy_acted_on(verb, words)
    return Candidate(verb, Code("SUPPORT"), SPECIFICITY["verb_object"], absorbed=list(envoy)) if envoy else None


def _a_post(noun: Token, words: EventWords) -> bool:
    """Whether the noun is a diplomatic post: an embassy or a consulate, or a mission called diplomatic ("opened a
    diplomatic mission in Juba", not "a fence-mending mission")."""
    lemma = noun.lemma_.lower()
    return lemma in words.mission_nouns and (lemma not in words.errand_missions or any(
        c.dep_ == "amod" and c.lower_ in words.diplomatic_modifiers for c in noun.children))


def _dismissal(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """An office holder dismissed loses the office: "Sall dismissed the health minister", "fired FBI Director
    James Comey", "removed five officials from their posts" (SANCTION/expel, as a member expelled; conventions
    §55). A claim dismissed is rejected and a weapon fired attacks, as the lexicon says; "dismissed him as a
    liar" names him."""
    words = lex.words
    if lemma not in words.dismissing_verbs or prepositional_objects(verb, ("as",)):
        return None
    from_office = any(counted(o, words).lemma_.lower() in words.offices | words.member_bodies
                      for o in prepositional_objects(verb, ("from",)))
    for child in objects(verb, words):
        noun = counted(child, words)
        holder = noun.lemma_.lower() in words.office_holders or noun.ent_type_ == "PERSON" or any(
            a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in noun.children)
        if holder or from_office:  # "removed him from office"
            return Candidate(verb, Code("SANCTION", "expel"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _captives_rescued(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Captives rescued are freed: "rescued five of the abductees", "rescued two girls who were abducted"
    (RETREAT/release, the manual's "release of prisoners and hostages"; conventions §47). Anyone else
    rescued is helped, as the lexicon says ("rescued the flood victims" is AID)."""
    words, triggers = lex.words, lex.triggers
    if lemma not in words.rescue_verbs:
        return None
    for child in objects(verb, words):
        noun = counted(child, words)
        taken = any(c.dep_ in ("relcl", "acl") and triggers.verbs.get(c.lemma_.lower()) == Code("ASSAULT", "abduct")
                    for c in noun.children)  # "girls who were abducted", "students kidnapped in May"
        if noun.lemma_.lower() in words.captive_nouns or taken:
            return Candidate(verb, Code("RETREAT", "release"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _seized_returned(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """What was seized and is given back is released: "returned the seized headquarters to its owners", "restored
    the land confiscated in 2020" (RETREAT/release, the manual's "the return of confiscated property"; conventions
    §136). Seized is what a verb the lexicon codes COERCE/seize or ASSAULT/abduct says, as a participle of the thing
    returned or of what it measures; a passport or permit given back had been held from its holder ("returned the
    passports of the opposition leaders"), and a verb of handing over with "back" gives back as well ("handed back the
    laptops seized from the protesters", "handed back the women it abducted"; §481)."""
    words, triggers = lex.words, lex.triggers
    hands_back = lemma in words.transfer_verbs and any(b.lower_ == "back" for b in _return_adverbs((verb,), words))
    if lemma not in words.returning_verbs and not hands_back:
        return None
    taken = (Code("COERCE", "seize"), Code("ASSAULT", "abduct"))
    for child in objects(verb, words):
        noun = counted(child, words)
        # "1,200 hectares of land occupied by the army": the measure's "of" names what was seized
        held = (noun, *prepositional_objects(noun, ("of",)))
        if noun.lemma_.lower() in words.permit_documents or any(
                c.dep_ in ("amod", "acl", "relcl") and triggers.verbs.get(c.lemma_.lower()) in taken
                for n in held for c in n.children):
            return Candidate(verb, Code("RETREAT", "release"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _closure(lex: RuleWords, verb: Token, verbs: list[str]) -> Candidate | None:
    """What a party closes or blocks: a passage is restricted ("Israel closed a crossing"), an outlet
    censored ("the Taliban closed a radio station", "it blocks social media sites") — COERCE — and a mission
    withdrawn ("ordered China to close its consulate": SANCTION; conventions §44). A thing that closes a
    road ("the storm closed the road") restricts no one."""
    words = lex.words
    closes = any(v in words.closing_verbs for v in verbs)
    if not closes and not any(v in words.interrupting_verbs for v in verbs):
        return None
    if not _closed_by_a_party(lex, verb):
        return None
    for child in objects(verb, words):
        noun = counted(child, words)
        code = _closed(noun, words) if closes else Code("COERCE", "censor") if _outlet(noun, words) else None
        if code:
            return Candidate(verb, code, SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _closed_by_a_party(lex: RuleWords, verb: Token) -> bool:
    """Whether the subjects of a verb that closes or opens a way, if it has any, are a party: "officials", "the police"
    close as an actor does (conventions §121); a storm, a firm do not."""
    closers = subjects(verb)
    return not closers or actor_in(closers, lex.words) or any(c.pos_ == "PRON" for c in closers) \
        or any(lex.sector_nouns.get(c.lower_) not in (None, "BUS") for c in closers)


def _barrier_lifted(lex: RuleWords, verb: Token, lemma: str, verbs: list[str]) -> Candidate | None:
    """A barrier a party takes away, or a passage it reopens or unblocks, eases the blockade: "police dismantled the
    barricades", "troops cleared their roadblock", "Georgia reopened the checkpoint", "the rebels unblocked the road"
    (RETREAT/withdraw, CAMEO 0872 "ease military blockade"; the undoing of §44's closing; conventions §480). Not a
    passage taken away ("removed the bridge"), what no party opens ("the shop reopened", a storm's road cleared), a
    reopening a noun only plans ("a plan to reopen the roads"), nor exchange reopened between two sides (§451's
    COOPERATE, read first)."""
    words = lex.words
    opens = lemma in words.reopening_verbs or lemma in words.unblocking_verbs
    if not opens and not any(v in words.barrier_removing_verbs for v in verbs) or not _closed_by_a_party(lex, verb):
        return None
    if verb.dep_ == "acl" and to_infinitive(verb):
        return None  # "a UN plan to reopen roads", "efforts to reopen the roads": no immediate act (manual's RETREAT)
    for child in objects(verb, words):
        noun = counted(child, words)
        kinds = {noun.lemma_.lower(), noun.lower_}  # the parser lemmatizes "the Adre crossing" as "cross"
        if (kinds & words.barrier_nouns or opens and kinds & words.passage_nouns) \
                and not _put_up_by_another_side(lex, verb, noun):
            return Candidate(verb, Code("RETREAT", "withdraw"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _put_up_by_another_side(lex: RuleWords, verb: Token, barrier: Token) -> bool:
    """Whether a barrier was put up by another side than the one taking it away, so that taking it away breaks
    through it rather than easing a blockade (conventions §511): "police dismantled the barricades protesters had
    put up", "removed the protesters' barricades", "cleared roadblocks erected by truckers"; and people who are no
    state and no armed side tear down a barrier not their own ("protesters tore down the barriers"). A possessive or
    relative pronoun ("their roadblocks", "the checkpoints it had set up") tells the doer's own."""
    doers = agents(verb) if is_passive(verb) else subjects(verb)
    builders = [c for c in barrier.children if c.dep_ == "poss"]
    for clause in barrier.children:
        if clause.dep_ in ("relcl", "acl"):
            builders += [s for s in clause.children if s.dep_ == "nsubj" and s.tag_ not in ("WP", "WDT")]
            builders += agents(clause)
    if any(b.pos_ == "PRON" for b in builders):
        return False
    if builders:
        own = {d.lemma_.lower() for d in doers} | {d._.actor for d in doers if d._.actor is not None}
        return not any(b.lemma_.lower() in own or b._.actor in own for b in builders)
    # with no builder named, barriers are the state's or an armed side's: people of neither break through them
    return bool(doers) and not any(d.pos_ == "PRON" or _armed_or_state(lex, d) for d in doers)


def _siege_ended(lex: RuleWords, verb: Token, verbs: list[str]) -> Candidate | None:
    """A siege its holder ends, lifts or abandons eases the blockade: "the army ended the siege of the city", "ended
    their siege of the town", "raised the siege of Vienna" (WordNet 3.0 siege.n.01 is a military blockade; CAMEO 0872
    → RETREAT/withdraw; conventions §586). The siege must name what it surrounds ("of") or a holder (a possessive): a
    bare "ended the siege" is as often a hostage siege the police stormed. A siege another side laid ("ended the
    rebels' siege") is broken, not eased (§511's test of a barrier's builder)."""
    words = lex.words
    if not any(v in words.siege_ending_verbs for v in verbs):
        return None
    for child in objects(verb, words):
        siege = counted(child, words)
        if siege.lemma_.lower() not in words.siege_nouns:
            continue
        if a_siege_named(siege) and not _put_up_by_another_side(lex, verb, siege):
            return Candidate(verb, Code("RETREAT", "withdraw"), SPECIFICITY["verb_object"], absorbed=[child, siege])
    return None


def _trade_banned(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Trade with another country that a party bans, bars, prohibits or stops is stopped as a measure (the manual's
    SANCTION: "stop or restrict commercial or other material exchange"; conventions §556, §622): "banned arms sales
    to Venezuela", "barred exports of wheat", "stopped imports of Australian coal" (SANCTION/discontinue). "Tried to
    ban sales of sugary drinks", trade at home, stays the ban's restriction."""
    words = lex.words
    if lemma not in words.trade_banning_verbs | words.trade_halting_verbs:
        return None
    for child in objects(verb, words):
        if trade_with_another_country(lex, child):
            return Candidate(verb, Code("SANCTION", "discontinue"), SPECIFICITY["verb_object"],
                             absorbed=[child, counted(child, words)])
    return None


def _aid_stopped(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Aid, a grant or a loan to another party that a party stops is stopped as a measure (CAMEO 162 "reduce or stop
    aid" → SANCTION/discontinue; conventions §629): "stopped all funding to the agency", "ceased development
    assistance to Tanzania", "slashed its aid budget to Uganda", "discontinued its funding of a Palestinian youth
    programme". The receiver must be named by "to", "for" or "of" on the aid or the verb: a country, a body by its name
    or a group ("the junta"), or what such a name marks ("Albanian rebels"); "the storm stopped aid deliveries" and
    "reduced funding for local schools", a budget at home, are no measure."""
    words = lex.words
    if lemma not in words.aid_halting_verbs:
        return None
    for child in objects(verb, words):
        aid = counted(child, words)
        # "its aid budget": the aid names what the budget is for
        if not {aid.lemma_.lower(), *(c.lemma_.lower() for c in aid.children if c.dep_ == "compound")} & words.aid_nouns:
            continue
        receivers = prepositional_objects(aid, ("to", "for", "of")) + (
            prepositional_objects(verb, ("to", "for")) if aid.dep_ in OBJECT_DEPS else [])
        marks = [c for r in receivers for c in r.children if c.dep_ in ("amod", "compound", "nmod")]
        if any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in (*receivers, *marks)) \
                or any(party_noun_kinds().get(r.lemma_.lower()) == "group" for r in receivers):
            named_aid = [c for c in aid.children if c.dep_ == "compound" and c.lemma_.lower() in words.aid_nouns]
            return Candidate(verb, Code("SANCTION", "discontinue"), SPECIFICITY["verb_object"],
                             absorbed=[child, aid, *named_aid])
    return None


def _an_organization_named(token: Token) -> bool:
    """An organization's name: a name an actor of that kind reads ("the UN"), or one spaCy tags so that no actor
    reads ("Google"). Not a common noun the actor of its phrase is lent to: "the correspondents of Le Monde" are
    people, deported (§557)."""
    if token.pos_ != "PROPN":
        return False
    actor = actor_of(token)
    return actor.kind == "organization" if actor is not None else token.ent_type_ == "ORG"


def _trade_ban_imposed(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A ban on trade with another country that a light verb imposes or announces is that ban's sanction, not the
    lexicon's "impose ban" restriction (conventions §556): "imposed a ban on imports of Japanese seafood". A ban only
    supported or proposed is no event of its own ("voters support a ban on imports")."""
    if lemma not in lex.triggers.light_verbs:
        return None
    for child in objects(verb, lex.words):
        if (ban := trade_banned(lex, counted(child, lex.words))) is not None:
            return Candidate(verb, ban.code, ban.specificity, absorbed=[child, *ban.absorbed])
    return None


def _organization_expelled(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """An organization a host state puts out ends its presence (the manual's SANCTION: "terminate the presence of
    groups or organizations: … expulsions by host authorities", "terminate the presence of aid agencies";
    conventions §557): "expelled the Red Cross delegation", "kicked out the aid agency", "expelled seven senior UN
    officials" (SANCTION/expel). A person expelled is deported, as the lexicon says ("expelled the Italian priest");
    armed forces driven out and the doer's own members are no organization's presence."""
    words = lex.words
    outs = [c for c in verb.children if c.dep_ in ("prt", "prep") and f"{lemma} {c.lower_}" in words.presence_ending_verbs]
    if lemma not in words.presence_ending_verbs and not outs:
        return None
    for child in acted_on(verb):
        noun = counted(child, words)
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) or armed_party(noun, words):
            continue
        # "the UN human rights office", "UN officials": people or an office an organization's name modifies; not
        # "DRC nationals", whose modifier is a country's
        of_an_organization = any(c.dep_ in ("compound", "nmod") and _an_organization_named(c)
                                 for c in noun.children)
        if party_noun_kinds().get(noun.lemma_.lower()) == "organization" or of_an_organization \
                or _an_organization_named(noun):
            return Candidate(verb, Code("SANCTION", "expel"), SPECIFICITY["verb_object"],
                             absorbed=[child, noun, *outs])
    return None


def _banned(lex: RuleWords, verb: Token, verbs: list[str]) -> Candidate | None:
    """An organization an authority closes, dissolves, suspends or outlaws is banned, and a licence, passport or
    registration it revokes or suspends restricts its holder (the manual's COERCE: "ban individuals or
    organizations", "impose restrictions on political freedoms or movement"; conventions §406): "the court dissolved
    the opposition party", "authorities shut down the charity", "revoked the station's licence". Not a body of the
    state ("dissolved parliament"), schools (§386), a firm's own board ("the company dissolved its board"), nor what
    is no organization ("suspended the talks", "closed the meeting")."""
    words = lex.words
    if not any(v in words.banning_verbs for v in verbs) or not _by_an_authority(lex, verb):
        return None
    for child in objects(verb, words):
        noun = counted(child, words)
        lemma = noun.lemma_.lower()
        if {lemma, child.lemma_.lower()} & words.permit_documents:  # "the registration of the party"
            return Candidate(verb, Code("COERCE", "restrict"), SPECIFICITY["verb_object"], absorbed=[child, noun])
        own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        # a body dissolved with no one named may have wound itself up ("the team was disbanded")
        if party_noun_kinds().get(lemma) == "organization" and lemma not in words.school_nouns and not own \
                and _own_doers(verb) and not _armed_or_state(lex, noun):
            return Candidate(verb, Code("COERCE", "ban"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _closed(noun: Token, words: EventWords) -> Code | None:
    """What closing ``noun`` is (conventions §44): an outlet censored, a passage or a permit (§406) restricted, a
    mission withdrawn."""
    lemma = noun.lemma_.lower()
    return Code("COERCE", "censor") if _outlet(noun, words) \
        else Code("COERCE", "restrict") if lemma in words.passage_nouns | words.permit_documents \
        else Code("SANCTION", "withdraw") if lemma in words.mission_nouns else None


def _outlet(noun: Token, words: EventWords) -> bool:
    """An outlet ("a radio station", "the internet"), what one carries ("broadcasts"), or a thing an outlet's
    name modifies ("mobile internet services", "radio transmissions"; conventions §121), that is not the closer's
    own: "the broadcaster suspended its programmes" censors no one."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    return lemma in words.outlet_nouns or lemma in words.outlet_products or any(
        c.dep_ == "compound" and c.lemma_.lower() in words.outlet_nouns for c in noun.children)


def _restraint(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Keeping someone from an act restricts them: "blocked girls from attending school"."""
    if lemma not in lex.words.restraint_verbs or not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    if not actor_in(subjects(verb), lex.words) and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "the rain kept fans from attending": only an actor restricts
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "from" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
            return Candidate(verb, Code("COERCE", "restrict"), SPECIFICITY["verb_object"])
    return None


def _custody(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Putting or holding people in custody arrests them: "was taken into custody", "held in prison", and so does
    holding them as suspects: "was held by Kurdish forces as a suspected militant" (conventions §405), "held the
    mayor on suspicion of smuggling" (§617)."""
    words = lex.words
    if lemma not in words.custody_verbs or any(noun_code(lex, o) for o in objects(verb, words)):
        return None  # "held talks in the prison" is a meeting
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in words.custody_prepositions:
            for noun in (g for g in child.children if g.dep_ == "pobj"):
                if noun.lemma_.lower() in words.custody_nouns:
                    return Candidate(verb, Code("COERCE", "arrest"), SPECIFICITY["verb_object"], absorbed=[noun])
        if child.dep_ == "prep" and child.lower_ in ("as", "on"):
            for noun in (g for g in child.children if g.dep_ == "pobj"):
                if _suspected(noun, words):
                    return Candidate(verb, Code("COERCE", "arrest"), SPECIFICITY["verb_object"], absorbed=[noun])
    return None


def _taken_as_suspect(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A person the state's forces capture, interrogate or search is in their hands (the manual's COERCE: "arrest,
    detain"; conventions §405): "police captured two suspects" (not ASSAULT/abduct, which rebels who capture a
    commander still do), "police interrogated the activist" (not ACCUSE/investigate), "soldiers searched the
    journalists" (COERCE/seize, as a raid). A passive that names no one counts when the person is a suspect: "two
    suspects were captured". "Captured the mood" is none of these, and "questioned" is left to the lexicon's
    ACCUSE/investigate, as it also interviews ("the FBI questioned Clinton"). The words of arrest.v.01 and
    handcuff.v.01 take people as capture does: "police collared a nurse", "officers picked up the spokesman" (§617)."""
    words = lex.words
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    policing = lemma in words.interrogating_verbs or bool(
        {lemma, f"{lemma} {particle}"} & words.custody_taking_verbs)
    if not policing and lemma not in words.capturing_verbs | words.body_search_verbs:
        return None
    # interrogating and taking into custody are for police and soldiers, capturing and searching for any arm of a state
    sectors = words.security_sectors if policing else words.restricting_sectors
    doers = _own_doers(verb)
    for child in objects(verb, words):
        if child.dep_ == "pobj":
            continue  # "searched the hills for the kidnappers" seeks them (search.v.01), it holds no one
        person = counted(child, words)
        if not _a_person(person, words):
            continue
        if doers and all(_of_the_state(lex, d, sectors) for d in doers) or not doers and _suspected(person, words):
            mode = "seize" if lemma in words.body_search_verbs else "arrest"
            return Candidate(verb, Code("COERCE", mode), SPECIFICITY["verb_object"], absorbed=[child])
    return None


def _a_person(noun: Token, words: EventWords) -> bool:
    """A person named or pointed to ("Kennedy", "him"), or a noun whose most frequent sense is one ("the inmate")."""
    return a_person(noun, words.person_pronouns) or party_noun_kinds().get(noun.lemma_.lower()) == "person"


def _own_doers(verb: Token) -> list[Token]:
    """Who does the verb; a passive's are its own agents, not a subject lent by the clause it is joined to:
    "protesters marched and hundreds were arrested" names no one who arrested."""
    return agents(verb) if is_passive(verb) else doers_of(verb)


def _of_the_state(lex: RuleWords, doer: Token, sectors: frozenset[str]) -> bool:
    """Whether ``doer`` is a state or one of its bodies in ``sectors``: "Russia", "the police", "coalition forces"."""
    actor = actor_of(doer)
    if actor is None:
        return lex.sector_nouns.get(counted(doer, lex.words).lower_) in sectors
    return actor.kind == "country" or actor.kind != "person" and actor.sector in sectors


def _suspected(noun: Token, words: EventWords) -> bool:
    """Whether ``noun`` names one suspected of a crime: "a suspect", "a suspected militant", "the man, suspected of
    the bombing", "an alleged smuggler"."""
    return noun.lemma_.lower() in words.suspect_words or any(
        c.dep_ in ("amod", "acl", "compound") and {c.lower_, c.lemma_.lower()} & words.suspect_words
        for c in noun.children)


def _left_custody(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """People who leave custody, or come back after being held, have been released: "left jail", "walked out of
    prison", "emerged from detention", "walked free", "returned home after being detained for two weeks" (PLOVER
    RETREAT: "the release of prisoners and hostages"; conventions §181). "Broke out of prison" escapes."""
    words = lex.words
    if lemma in words.custody_exits:
        places = [o for o in verb.children if o.dep_ == "dobj" and lemma in words.leaving_verbs]
        for preposition in (c for c in verb.children if c.dep_ in ("prep", "prt", "advmod")):
            if preposition.lower_ == "from":
                places += [g for g in preposition.children if g.dep_ == "pobj"]
            elif preposition.lower_ == "out":  # "walked out of prison": "of" hangs on "out"
                places += prepositional_objects(preposition, ("of",))
        if any(_custody_named(counted(p, words), words) for p in places):
            return Candidate(verb, Code("RETREAT", "release"), SPECIFICITY["verb_object"], absorbed=places[:1])
        if lemma == "walk" and any(c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ == "free" for c in verb.children):
            return Candidate(verb, Code("RETREAT", "release"), SPECIFICITY["verb_object"])
    if lemma == "return" and _after_being_held(verb, words):
        return Candidate(verb, Code("RETREAT", "release"), SPECIFICITY["verb_object"])
    return None


def match_freedom(lex: RuleWords, adjective: Token) -> Candidate | None:
    """A person who is free after being held has been released: "the dissident is free after two years in detention",
    "is now free after being jailed" (PLOVER RETREAT: "the release of prisoners"; conventions §447). Free with no
    custody before is no release: "the country is free after decades of colonial rule", "he is free to leave"."""
    words = lex.words
    being = adjective.head  # "walked free" is the verb's own (``_left_custody``)
    if adjective.lower_ != "free" or adjective.dep_ not in ("acomp", "oprd") or being.lemma_.lower() != "be":
        return None
    if not any(_a_person(counted(s, words), words) for s in subjects(being)):
        return None
    if _after_being_held(adjective, words) or _after_being_held(being, words):
        # the one who is free was released, by someone the sentence does not name: told on the copula, whose
        # subject the act targets (an adjective's subject would be its actor)
        return Candidate(being, Code("RETREAT", "release"), SPECIFICITY["verb_object"], absorbed=[adjective],
                         subject_targeted=True)
    return None


def _after_being_held(head: Token, words: EventWords) -> bool:
    """Whether ``head`` has an "after" that names custody: "after being detained" (a passive of holding), "after two
    years in detention", "after a month in prison" (custody as ``_custody_named`` reads it)."""
    return any(
        g.dep_ == "pcomp" and g.lemma_.lower() in words.holding_verbs and any(a.dep_ == "auxpass" for a in g.children)
        or any(t.pos_ == "NOUN" and _custody_named(t, words) for t in g.subtree)
        for p in head.children if p.dep_ == "prep" and p.lower_ == "after" for g in p.children)


def _set_free(lex: RuleWords, verb: Token) -> Candidate | None:
    """People set free, turned or let loose are released (the lexicon's "set free", WordNet 3.0 set_free.v.01 "grant
    freedom to", let_loose.v.02 "turn loose or free from restraint"; conventions §447, §508), wherever the parser hangs
    the adjective: on the object, right after the verb ("set free 300 inmates", "turned loose 40 prisoners") or right
    after the object ("set the hostages free"), or on the verb. Things are not captives: "set free exchange rates",
    "let loose a barrage". Captives let go are released too (``_captives_let_go``)."""
    words = lex.words
    if verb.lemma_.lower() not in words.freeing_verbs:
        return None  # "beseeched the rebel group to free a soldier's father" asks; the verb of release is "free"
    freed = objects(verb, words)
    free = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl", "acomp", "oprd", "advmod")
            and c.lower_ in words.freedom_adjectives]
    # "free" before the object is only the phrase's when right after the verb: not "set up a free trade zone"
    free += [c for o in freed for c in o.children
             if c.dep_ == "amod" and c.lower_ in words.freedom_adjectives and c.i in (verb.i + 1, o.i + 1)]
    if free and any(_a_person(p, words) or party_noun_kinds().get(p.lemma_.lower()) == "group"
                    for p in (counted(o, words) for o in freed)):
        return Candidate(verb, Code("RETREAT", "release"), SPECIFICITY["phrasal"], absorbed=free)
    return _captives_let_go(lex, verb)


def _captives_let_go(lex: RuleWords, verb: Token) -> Candidate | None:
    """Captives let go are released: "let go of 50 protesters detained during the march", "let go the remaining
    hostages" (WordNet 3.0 let_go.v.01 {let go of, let go, release, relinquish}; conventions §508). "Let go" is said
    of staff and players as well, so only people held are freed: a captive, or one a verb of holding describes."""
    words = lex.words
    if verb.lemma_.lower() != "let":
        return None
    go = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() == "go"]
    let_go = [p for g in go for p in (*objects(g, words), *subjects(g), *prepositional_objects(g, ("of",)))]
    if any(_held(counted(p, words), words) for p in let_go):
        return Candidate(verb, Code("RETREAT", "release"), SPECIFICITY["phrasal"], absorbed=go)
    return None


def _held(person: Token, words: EventWords) -> bool:
    """Whether ``person`` is held: a captive ("hostages") or described by a verb of holding ("protesters detained")."""
    return person.lemma_.lower() in words.captive_nouns or any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in words.holding_verbs for c in person.children)


def _no_force_retreats(lex: RuleWords, verb: Token) -> bool:
    """Whether a phrasal verb of moving back (``force_retreat_phrasals``) tells no retreat: its doer is no armed men
    ("oil prices fell back", "fell back to third place in the poll"), or a recourse follows it ("fell back on their
    training", WordNet 3.0 fall_back.v.05 "have recourse to"; conventions §507), not a time ("on Sunday")."""
    words = lex.words
    return not any(_armed_group(lex, counted(s, words)) for s in subjects(verb)) or any(
        c.dep_ == "prep" and c.lower_ in words.recourse_prepositions and _after_verb_or_particle(verb, c)
        for c in verb.children)


def _after_verb_or_particle(verb: Token, word: Token) -> bool:
    """Whether ``word`` comes right after the verb or its particle: "fell back on", not "drew back from … on Sunday"."""
    before = word.nbor(-1)
    return before == verb or before.head == verb and before.dep_ in ("prt", "advmod")


def _emergency_of_a_domain(lex: RuleWords, verb: Token) -> bool:
    """Whether the emergency declared is one of a domain, not the state's: "a public health emergency", "an mpox
    emergency" (§196); "a national emergency", "a state of emergency" are the state's."""
    words = lex.words
    return any(counted(o, words).lemma_.lower() == "emergency" and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() not in words.emergency_scopes
        for c in counted(o, words).children) for o in objects(verb, words))


def _deploys_no_force(lex: RuleWords, verb: Token) -> bool:
    """Whether what is deployed is neither armed forces nor arms, and no armed or state party deploys it:
    "the company deployed new software", "the campaign deployed a new line of attack" (§194)."""
    words = lex.words
    deployed = [counted(o, words) for o in objects(verb, words)]
    doers = doers_of(verb)
    if not deployed or not doers or any(armed_party(noun, words) or arms(lex, noun) for noun in deployed):
        return False  # "18,000 Guardsmen have been deployed": no one named who might deploy something else
    return all(_neither_armed_nor_state(lex, d) for d in doers)


def _neither_armed_nor_state(lex: RuleWords, doer: Token) -> bool:
    """A firm, a campaign, a side in politics or a person outside government and arms: "the bank", "each side",
    "Sanders"; not a pronoun that points to no one known ("we"), nor "the Bush administration"."""
    return not (doer.pos_ == "PRON" and actor_of(doer) is None) and not _armed_or_state(lex, doer)


def _by_fighters_of_no_state(lex: RuleWords, verb: Token) -> bool:
    """Whether every doer of the verb is an armed party of no state — of `armed_sectors` that are no
    `security_sectors`, as an actor or by its common noun: "gunmen", "al-Shabaab fighters", "rebels" (§633)."""
    words = lex.words
    sectors = words.armed_sectors - words.security_sectors
    doers = _own_doers(verb)
    return bool(doers) and all(
        (actor.sector if (actor := actor_of(d)) is not None else lex.sector_nouns.get(counted(d, words).lower_))
        in sectors for d in doers)


def _armed_or_state(lex: RuleWords, doer: Token) -> bool:
    """An armed party, or a state, one of its bodies or a person of one: "the army", "Russia", "the police",
    "the Bush administration", "Putin"."""
    words, actor = lex.words, actor_of(doer)
    sectors = words.restricting_sectors | words.armed_sectors
    if armed_party(doer, words):
        return True
    if actor is None:
        return lex.sector_nouns.get(counted(doer, words).lower_) in sectors
    return actor.kind == "country" or actor.sector in sectors


def _custody_named(noun: Token, words: EventWords) -> bool:
    """"prison", "custody", "the detention": being held, not a building one may visit ("the prison")."""
    lemma = noun.lemma_.lower()
    return lemma in words.custody_states or lemma in words.custody_institutions and not any(
        c.dep_ == "det" for c in noun.children)


def _arms_given_up(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Arms given up, or destroyed by those who hold them, are a disarmament: "the militia gave up its weapons",
    "Syria is dismantling its chemical weapons arsenal" (PLOVER RETREAT: "disarming"; conventions §182). Arms
    destroyed with no owner named, or someone else's ("destroyed the rebels' rockets"), are an attack."""
    words = lex.words
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    phrase = f"{lemma} {particle}" if particle else lemma
    own = lemma in words.scrapping_verbs
    if phrase not in words.relinquishing_verbs and not own:
        return None
    # the parser may take a particle for a preposition and hang the object on it: "turned in their weapons" (§572)
    given_up = objects(verb, words) + [g for c in verb.children if c.dep_ == "prt" for g in c.children
                                       if g.dep_ == "pobj"]
    for held in given_up:
        noun = counted(held, words)
        holding = noun.lemma_.lower() in words.arms_holdings
        named = [noun] if not holding else [c for c in noun.children if c.dep_ == "compound"] \
            + prepositional_objects(noun, ("of",))
        if not any(arms(lex, n) for n in named) and not (holding and not named):
            continue
        if own and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            continue  # "destroyed weapons", "destroyed the rebels' rockets": no owner of its own
        return Candidate(verb, Code("RETREAT", "disarm"), SPECIFICITY["verb_object"], absorbed=[held])
    return None


def _taken_away(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """People a state or its bodies take away are arrested: "two protesters were taken away by police", "soldiers
    whisked him away" (WordNet take_away.v.01; conventions §171). Things taken away ("took away their phones") and
    people a relative takes away are none."""
    words = lex.words
    if not any(c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in words.removal_phrasals for c in verb.children):
        return None
    by_a_state_body = by_the_state(words, verb) or any(  # "police", "soldiers" name no actor of their own
        lex.sector_nouns.get(counted(d, words).lower_) in words.restricting_sectors for d in doers_of(verb))
    if not by_a_state_body or not any(_people(lex, o) for o in objects(verb, words)):
        return None
    return Candidate(verb, Code("COERCE", "arrest"), SPECIFICITY["verb_object"])


def _people(lex: RuleWords, noun: Token) -> bool:
    """Whether a noun phrase's head is a person or people: named, pointed to ("them"), or a noun whose most frequent
    sense is a person ("students", "journalists"); not a thing ("their phones")."""
    head = counted(noun, lex.words)
    if head.pos_ == "PRON":
        return head.lower_ not in lex.words.not_an_object_pronouns  # "they were taken away"; not "it was"
    return _a_person(head, lex.words)


def _forces_home(lex: RuleWords, verb: Token) -> Candidate | None:
    """Armed forces brought or pulled home or back are withdrawn: "bring its troops home", "pulled its
    troops back from the border" (conventions §18, §24); sent back somewhere ("to the front") they are not. Envoys
    brought home are withdrawn too, SANCTION by §46 ("brought home its ambassador", §407)."""
    words = lex.words
    held = objects(verb, words)
    # the parse may hang "home" on the forces: "returning United States troops home"; read before what is armed,
    # which costs more, as most verbs bring nothing home
    if not _return_adverbs((verb, *held), words):
        return None
    forces = [(child, noun) for child in held if armed(noun := counted(child, words), words)
              or an_envoy(noun, words)]
    returns = _return_adverbs((verb, *(child for child, _ in forces)), words)
    if not forces or not returns:
        return None
    # the goal may hang on the verb or on "back": "brought the troops back to Chad"
    if any(_names_a_goal(head, words) for head in (verb, *returns)):
        return None
    return Candidate(verb, _withdrawal(forces[0][1], words, verb), SPECIFICITY["verb_object"], absorbed=list(forces[0]))


def _return_adverbs(heads: Iterable[Token], words: EventWords) -> list[Token]:
    """The "home", "back" that bring something home, hung on any of ``heads``."""
    return [c for head in heads for c in head.children
            if c.dep_ in ("advmod", "prt") and c.lower_ in words.return_adverbs]


def _forces_cut(lex: RuleWords, verb: Token, verbs: list[str]) -> Candidate | None:
    """Armed forces reduced in number are partly withdrawn: "reduced its troop levels to 2,500", "will cut
    its troops in Iraq by half", "to reduce the number of troops" (PLOVER RETREAT: "withdrawal"; the
    manual's MOBILIZE increases what this reduces; conventions §54)."""
    words = lex.words
    if not any(v in words.drawdown_verbs for v in verbs):
        return None
    for child in objects(verb, words):
        noun = counted(child, words)
        presence = noun.lemma_.lower() in words.presence_nouns and armed(noun, words, modified_only=True)
        if presence or armed(noun, words):
            return Candidate(verb, Code("RETREAT", "withdraw"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _forces_raised(lex: RuleWords, verb: Token, verbs: list[str]) -> Candidate | None:
    """Armed forces formed are a mobilization, and so are positions an armed party fortifies: "plans to form
    a National Guard", "have created local militias", "Russian forces are fortifying their positions" (the
    manual's MOBILIZE: "military or police moves that fall short of the actual use of force"; conventions
    §57). A building or a plan strengthened is no force."""
    words = lex.words
    if any(v in words.founding_verbs for v in verbs) and not _founding_described(verb):
        for child in objects(verb, words):
            if armed(noun := counted(child, words), words):
                return Candidate(verb, Code("MOBILIZE", "troops"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    if any(v in words.fortifying_verbs for v in verbs) and any(armed(counted(s, words), words) for s in subjects(verb)):
        return Candidate(verb, Code("MOBILIZE", "troops"), SPECIFICITY["verb_object"])
    return None


def _founding_described(verb: Token) -> bool:
    """Whether a force's founding is a participle after its noun dated by a year, which describes the force
    (conventions §205): "Mexico's National Guard, created in 2019, has about 130,000 members", "the Revolutionary
    Guard Corps, created after the 1979 revolution"; "plans to form a National Guard" and "the militia, formed on
    Monday" stay."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in NOUN_POS and verb.head.i < verb.i \
        and _in_years(verb.doc[verb.left_edge.i:verb.right_edge.i + 1])


def _grown_over_years(verb: Token) -> bool:
    """Whether a verb of growth tells a size over years, from or since a year or a decade (conventions §205):
    "Mali's army has grown from about 7,000 soldiers in 2012 to 40,000 today", "has grown since the 1990s"; "has
    doubled its forces on the border this month" stays. The year may hang on the verb after the "from" phrase."""
    for start in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _SPAN_STARTS):
        end = start.right_edge
        after = end.nbor() if end.i + 1 < len(verb.doc) else None
        if after is not None and after.dep_ == "prep" and after.lower_ == "in" and after.head == verb:
            end = after.right_edge
        if _in_years(verb.doc[start.i:end.i + 1]):
            return True
    return False


def _in_years(phrase: Span) -> bool:
    """Whether a phrase holds a time that is a bare year or decade ("in 2012", "since the 1990s", "after the 1979
    revolution") and no finer one."""
    times = [t for t in phrase.doc._.times or () if phrase.start_char <= t.span[0] < phrase.end_char]
    return bool(times) and all(t.value and _YEARS.fullmatch(t.value) for t in times)


def _weapon_tested(lex: RuleWords, verb: Token, verbs: list[str]) -> Candidate | None:
    """A weapon put to the test is shown, not used: "tested a new rocket launcher", "test-launched a cruise missile"
    (the hyphen's first part names the act; conventions §17, §177)."""
    words = lex.words
    if not any(v in words.testing_verbs for v in verbs):
        return None
    for child in objects(verb, words):
        if arms(lex, noun := counted(child, words)):
            return Candidate(verb, Code("MOBILIZE", "weapons"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _made_ready(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Forces or arms made ready are a mobilization: "readied troops ahead of the vote", "three brigades were readied",
    "readied its missile launchers" (PLOVER MOBILIZE: "military capabilities and readiness"; §561). What is readied is
    the verb's own object, not what it prepares "for": "the city prepared for the soldiers' arrival" readies no one."""
    words = lex.words
    if lemma not in words.readying_verbs:
        return None
    readied = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for child in readied + [k for c in readied for k in c.conjuncts]:
        noun = counted(child, words)
        mode = "troops" if armed_men(lex, noun) else "weapons" if arms(lex, noun) else None
        if mode:
            return Candidate(verb, Code("MOBILIZE", mode), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _computer_broken_into(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A computer system broken into is a cyberattack: "hackers penetrated the networks of the parliament", "the
    ministry's database was compromised", "broke into the email accounts of officials" (the manual's COERCE 'cyber':
    "hacking, security breaches"; WordNet 3.0 penetrate.v.01, infiltrate.v.02, breach.v.02, compromise.v.03,
    break_in.v.01; §514). What is entered is a computer, a network, a database, mail or a website by one of its
    senses (plover_computing_nouns.csv), or is named by one ("email accounts"); a noun that also names a group, with
    people of it named, is the group, infiltrated to spy on it: "a network of drug smugglers". "Broke" breaks in
    only "into" something: "broke the computer screens"."""
    words = lex.words
    entered = prepositional_objects(verb, words.entering_prepositions)
    if lemma in words.break_in_verbs:
        entered += objects(verb, words)
    for noun in (counted(t, words) for head in entered for t in (head, *head.conjuncts)):
        head = noun.lemma_.lower()
        named_by = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
        if head in words.computing_group_nouns and any(
                _a_person(g, words) for g in prepositional_objects(noun, ("of",))):
            continue
        if head in words.computing_nouns or any(m in words.computing_nouns for m in named_by) \
                or " ".join((*named_by, head)) in words.computing_nouns:
            return Candidate(verb, Code("COERCE", "cyber"), SPECIFICITY["verb_object"])
    return None


def _enlisted(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """People taken into armed forces are a call-up: "will enlist 130,000 men for military service", "drafted
    young men into the army" (conventions §178); "recruited volunteers for the campaign" enters no forces."""
    words = lex.words
    if lemma not in words.enlisting_verbs or any(abstract(lex, counted(o, words)) for o in objects(verb, words)):
        return None  # "enlisted the help of the army"
    entered = [counted(g, words) for head in (verb, *objects(verb, words))
               for g in prepositional_objects(head, words.enlistment_prepositions)]
    return Candidate(verb, Code("MOBILIZE", "troops"), SPECIFICITY["verb_object"]) \
        if any(armed(g, words) for g in entered) else None


def _forces_grow(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Armed forces whose presence or number grows are built up: "troop levels in Afghanistan are rising", "the
    number of soldiers on the border has doubled" (conventions §179); soldiers killed or wounded are counted, not
    sent."""
    words = lex.words
    if lemma not in words.growth_verbs or any(c.dep_ in OBJECT_DEPS for c in verb.children) or _grown_over_years(verb):
        return None
    for subject in subjects(verb):
        noun = counted(subject, words)
        presence = noun.lemma_.lower() in words.presence_nouns and armed(noun, words, modified_only=True)
        number = noun is not subject and armed(noun, words) and not any(
            c.dep_ in NOUN_CLAUSE_DEPS for c in noun.children)
        if presence or number:
            return Candidate(verb, Code("MOBILIZE", "troops"), SPECIFICITY["verb"])
    return None


def _weapon_strikes(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A weapon that hits something is an attack: "a drone hit a fuel depot", "a rocket landed near the
    embassy", "tanks pounded the city", "the silos were hit by rebel mortars", and so is hitting something with
    one: "targeted power plants with drones" (conventions §10: something struck; §185)."""
    words = lex.words
    if lemma not in words.impact_verbs:
        return None
    for doer in doers_of(verb):
        noun = counted(doer, words)
        if noun.lemma_.lower() in words.weapon_nouns or armed(noun, words):
            return Candidate(verb, Code("ASSAULT"), SPECIFICITY["verb_object"])
    # the parse may hang "with" on what is hit: "targeted civilian infrastructure with drones". Something must be hit:
    # "cargo planes landed in Chad with arms" carry them (§590).
    struck = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    hit_with = [w for head in (verb, *(c for c in struck if c.dep_ == "dobj"))
                for w in prepositional_objects(head, ("with",))] if struck else []
    if any(arms(lex, counted(w, words)) for w in hit_with):
        return Candidate(verb, Code("ASSAULT"), SPECIFICITY["verb_object"])
    return None


def _hanged(lex: RuleWords, verb: Token) -> Candidate | None:
    """"was hanged", "hanged two prisoners": an execution (the form English keeps for the killing; §185)."""
    return Candidate(verb, Code("ASSAULT", "targeted"), SPECIFICITY["verb"]) \
        if verb.lower_ in lex.words.execution_forms else None


def _walkout(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """People at work who strike with nothing struck stop work: "teachers struck for a second day", "doctors
    have been striking since May", "clashes with striking workers" (WordNet strike.v.07 "strike, walk out: stop
    work in order to press demands", intransitive; conventions §89). A participle before its noun has that
    noun as its doer."""
    words = lex.words
    if lemma not in words.work_stoppages or any(c.dep_ in OBJECT_DEPS for c in verb.children) or any(
            not lex.names_a_time(g) for g in prepositional_objects(verb, ("at", "on", "against"))):
        return None  # "struck the guard", "struck at the convoy"; not "struck on Monday"
    doers = [verb.head] if verb.dep_ == "amod" else described_holders(verb, subjects(verb))
    at_work = any(lex.sector_nouns.get(counted(d, words).lower_) in words.working_sectors for d in doers)
    return Candidate(verb, Code("PROTEST", "strike"), SPECIFICITY["verb"]) if at_work else None


def _accusation_traded(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """An accusation traded or thrown is made: "the two sides traded blame for the raid", "exchanged accusations",
    "hurled insults at the minister" (conventions §206); "traded goods" and "exchanged ambassadors" accuse no one."""
    words = lex.words
    if lemma not in words.exchanging_verbs | words.throwing_verbs:
        return None
    for child in objects(verb, words):
        noun = counted(child, words)
        if noun.lemma_.lower() in words.accusation_nouns:
            code = noun_code(lex, noun, carried=True)
            return Candidate(verb, code[0] if code and code[0].type == "ACCUSE" else Code("ACCUSE", "disapprove"),
                             SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _thrown_at(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Something thrown at a target attacks it: "threw stones at the police", "lobbed petrol bombs at the
    station", "pelted the car with eggs" (conventions §10: something struck); by a crowd it riots (§11)."""
    if lemma not in lex.words.throwing_verbs or not any(c.dep_ == "dobj" and not abstract(lex, c) for c in verb.children):
        return None  # "threw the report at reporters" throws no missile
    at = prepositional_objects(verb, ("at",)) or (prepositional_objects(verb, ("with",)) if lemma == "pelt" else [])
    return Candidate(verb, Code("ASSAULT"), SPECIFICITY["verb_object"]) if at else None


def _fired(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A weapon fired or used is an attack: "fired water cannon at protesters", "fired mortar rounds into the
    town", "used artillery against the villages" (WordNet fire.v.02 "cause to go off", and its synonym
    "discharge"; use.v.01; what is fired is one of `arms`; §167, §184). The listed pairs ("fire tear gas", "fire
    missile", "use force") keep their modes; "fired his chief of staff" fires no weapon. Said of the future or of
    what may be, the mode machinery makes it a threat ("said it could use nuclear weapons")."""
    if lemma not in lex.words.firing_verbs | lex.words.using_verbs or _hyphen_prefix(verb):
        return None  # "test-fired a rocket" tests it
    fired = [o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for o in (c, *c.conjuncts)]
    if lemma in lex.words.using_verbs and not _used_in_conflict(lex, verb):
        return None  # "the museum uses old rifles in its exhibition"
    return Candidate(verb, Code("ASSAULT"), SPECIFICITY["verb_object"]) \
        if any(arms(lex, counted(o, lex.words)) for o in fired) else None


def _used_in_conflict(lex: RuleWords, verb: Token) -> bool:
    """A weapon is used as one against a target ("against the villages", "on protesters") or by an armed or
    state party, or a person of one ("the army", "Russia", "Putin"): a museum or a farmer uses it otherwise."""
    words = lex.words
    if prepositional_objects(verb, ("against", "on", "at")):
        return True
    doers = described_holders(verb, doers_of(verb))
    return by_the_state(words, verb) or any(_armed_or_state(lex, d) for d in doers)


def _maltreated(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Cruel treatment of a bodily kind is an assault: "had been sexually abused by a coach", "guards physically
    mistreated the prisoners" (the manual's ASSAULT: "physically assault, torture, sexual violence"; WordNet
    mistreat.v.01; §169). Of no named kind it may be words or neglect ("accused him of mistreating his son in
    telephone calls"), and "abused his power" misuses a thing."""
    words = lex.words
    if "-".join([*_hyphen_prefix(verb), lemma]) not in words.maltreating_verbs:  # "ill-treated" is split at its hyphen
        return None
    adverbs = [a for c in verb.children if c.dep_ == "advmod" for a in (c, *c.conjuncts)]
    mode = next((words.assault_kinds[a.lower_] for a in adverbs if a.lower_ in words.assault_kinds), None)
    return Candidate(verb, Code("ASSAULT", mode), SPECIFICITY["verb_object"]) if mode else None


# The mode of each kind of harm in plover_blow_verbs.csv: a blow or rough handling "physically assault[s]", a cut is
# made with an edged weapon ("primitive weapons"), a ramming is a vehicular attack, of no mode of its own (§444).
_HARM_MODES = {"blow": "beat", "cut": "primitive", "ram": None}


def _blow_dealt(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A blow dealt to a person is an assault: "a guard punched the inmate", "the teacher was punched by a student"
    (the manual's ASSAULT: "physically assault"; WordNet hit.v.03, strike.v.01; §431), and so is rough handling, a
    cut or a ramming: "shoved the migrant into the river", "slashed two villagers", "a van rammed pedestrians"; a
    ramming strikes a vessel or a vehicle too: "rammed two fishing boats" (§444). A verb the lexicon codes or
    lends to criticism reads as before, a phrasal verb is its own ("booted out the diplomats" expels them), and a
    blow given or taken by someone in politics, or dealt to a person named, with nothing physical about it (§92's
    `by_force`), is words: "Senator Lund bashed the governor", "a joke to bash Janet Yellen". News names the people
    words are aimed at; the people it reports beaten it mostly names by their role ("an inmate", "a protester")."""
    words = lex.words
    kind = blow_verbs().get(lemma)
    if kind is None or lemma in lex.triggers.verbs or lemma in words.criticism_verbs \
            or any(c.dep_ == "prt" for c in verb.children):
        return None
    doers, struck = _attack_parties(verb)
    # a noun the parser gives a preposition as its modifier is that preposition's object: "officers shoving past
    # journalists" make their way past them
    struck = [t for t in struck
              if not any(c.tag_ == "IN" and c.i < n.i for n in (t, *t.conjuncts) for c in n.children)]
    if not any(_a_person(noun := counted(t, words), words)
               or kind == "ram" and noun.lemma_.lower() in conveyance_nouns() for t in struck):
        return None  # "slapped tariffs on steel", "the storm battered the coast", "rammed the bill through"
    if to_infinitive(verb):
        return None  # "said he would like to punch him in the face": a blow wished or meant is none dealt
    # the parser hangs "with" on the verb or on the one struck ("slapped him and his officials with sanctions")
    means = [counted(g, words) for h in (verb, *struck) for g in prepositional_objects(h, words.weapon_prepositions)]
    if any(abstract(lex, noun) or noun.lemma_.lower() in lex.triggers.nouns for noun in means):
        return None  # "slapped him with sanctions", "whacked the firm with a lawsuit": a measure, no hand
    named = any(a_person(t, frozenset()) for t in struck)
    if (named or any(in_politics(t, words) for t in doers + struck)) and not by_force(lex, verb, doers):
        return None
    return Candidate(verb, Code("ASSAULT", _HARM_MODES[kind]), SPECIFICITY["verb_object"])


def _set_ablaze(lex: RuleWords, verb: Token) -> Candidate | None:
    """A person, a building or a vehicle set ablaze is attacked with fire, as one set on fire is: "poured petrol on
    her and set her ablaze", "set the police station alight", "houses were set ablaze" (the manual's ASSAULT:
    "primitive weapons: fire"; WordNet 3.0 set_ablaze.v.01, ablaze.s.02; §444). What is set alight in a figure is
    no made thing: "set the tournament alight", "set social media ablaze", "could set the region ablaze". Told of a
    protest, in a clause of its noun, the fire is the riot's, as rioters' is: "a night of rioting in which shops and
    cars were set ablaze"."""
    words = lex.words
    said = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] \
        or [c for c in verb.children if c.dep_ == "nsubj" and verb.tag_ == "VBN"]  # "and houses set ablaze"
    # the parser hangs the adjective on the verb or on its object ("set several houses ablaze"), or takes it for the
    # object, a noun whose compounds name what burns ("set the police station alight")
    flames = [t for t in (*verb.children, *(c for o in said for c in o.children if c.dep_ == "amod"))
              if t.lower_ in words.ablaze_adjectives]
    if not flames:
        return None
    burnt = [t for t in said if t not in flames]
    burnt += [c for f in flames for c in f.children if c.dep_ in ("nsubj", "poss", "compound")]  # "set her ablaze"
    if not any(_a_person(noun := counted(t, words), words) or thing_noun_kinds().get(noun.lemma_.lower()) in (
            "artifact", "carrier") for t in burnt + [c for t in burnt for c in t.conjuncts]):
        return None
    protest = verb.dep_ == "relcl" and any(
        getattr(lex.triggers.nouns.get(form), "type", None) == "PROTEST"
        for form in (verb.head.lemma_.lower(), *uninflected(verb.head.lemma_.lower())))
    code = Code("PROTEST", "riot") if protest else Code("ASSAULT", "primitive")
    return Candidate(verb, code, SPECIFICITY["verb_object"])


def _proposal_refused(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A proposal, a request or a bill refused by a verb one of whose senses refuses is rejected, whatever the verb's
    first sense: "shot down a US proposal", "threw out the opposition's request", "the motion was defeated", "balked
    at the EU's demands" (the manual's REJECT: "all rejections and refusals"; WordNet's synsets of refusal,
    plover_refusal_verbs.csv; §449). The object selects the sense: "shot down a drone" downs it, "threw out the
    diplomats" expels them. A verb the lexicon codes REJECT, or a pair it lists, reads as before."""
    words, triggers = lex.words, lex.triggers
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    form = f"{lemma} {particles[0]}" if particles else lemma  # "threw out" is its phrasal verb, not "throw"
    if form not in refusal_verbs():
        return None
    coded = triggers.phrasal.get((lemma, particles[0])) if particles else triggers.verbs.get(lemma)
    if coded is not None and coded.type == "REJECT":
        return None
    refused = [counted(o, words) for o in (*objects(verb, words), *prepositional_objects(verb, ("at",)))]
    if any((lemma, noun.lemma_.lower()) in triggers.verb_objects for noun in refused):
        return None  # "declined the invitation": the lexicon's pair reads it, with its theme's mode
    if any(_put_to_a_party(lex, noun) for noun in refused):
        return Candidate(verb, Code("REJECT"), SPECIFICITY["verb_object"])
    return None


def _adopts_an_idea(verb: Token, lemma: str, words: EventWords) -> bool:
    """Whether a verb with no object is a phrasal verb of adopting an idea by its "on" or "upon" (WordNet 3.0
    seize_on.v.01 "adopt"): "seized on the governor's remarks", "the video was seized upon by his rivals" (§476).
    "Seized on Monday a cache of weapons" has its object, and "the town was seized on Monday" its day."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ in ("prep", "prt") and f"{lemma} {c.lower_}" in words.adopting_phrasal_verbs
               and not any(g.ent_type_ in TIME_LABELS for g in c.children) for c in verb.children)


def _put_to_a_party(lex: RuleWords, noun: Token) -> bool:
    """Whether a noun names what one party puts to another to accept: a bill or a motion, a call or an appeal, a
    proposal, or the noun of a verb that asks or offers ("request", "demand", "offer"; the governors of REQUEST and
    AGREE)."""
    words, lemma = lex.words, noun.lemma_.lower()
    if lemma in words.legislation_nouns | words.calling_nouns | words.proposal_nouns:
        return True
    governor = lex.triggers.governors.get(lex.governor_nouns.get(lemma, ""))
    return governor is not None and governor.type in ("REQUEST", "AGREE")


def _enacted(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A law passed, signed into law or voted for is approved, a measure spoken for is supported, and a pact
    sealed is finalized: "the Senate passed the defense bill", "signed the bill into law", "voted in favor of
    the new constitution", "spoke out in favor of gun control", "sealed a trade agreement" (the manual's
    SUPPORT: "approve policy", "ratify, sign, or finalize an agreement"; conventions §49)."""
    words = lex.words
    if (restricting := _restrictive_law_enacted(lex, verb, lemma)) is not None:
        return restricting
    if lemma in words.enacting_verbs or lemma == "sign":
        laws = [o for o in objects(verb, words) if counted(o, words).lemma_.lower() in words.legislation_nouns]
        if lemma != "sign" and laws or lemma == "sign" and "law" in {
                o.lemma_.lower() for o in prepositional_objects(verb, ("into",))}:
            return Candidate(verb, Code("SUPPORT"), SPECIFICITY["verb_object"], absorbed=laws)
    if lemma in words.finalizing_verbs and lemma != "sign":  # "sealed a peace deal", as signed
        pacts = [o for o in objects(verb, words) if counted(o, words).lemma_.lower() in lex.triggers.pacts]
        if pacts:  # a pact of cooperation reports its own COOPERATE, as when signed (§36)
            return Candidate(verb, Code("SUPPORT"), SPECIFICITY["verb_object"],
                             absorbed=[p for p in pacts if not names_cooperation(counted(p, words), words)])
    if lemma in words.favoring_verbs and {o.lemma_.lower() for o in prepositional_objects(verb, ("in",))} & {"favor", "favour"}:
        return Candidate(verb, Code("SUPPORT"), SPECIFICITY["phrasal"])
    return None


def _restrictive_law_enacted(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A law or a rule passed, signed, tightened or expanded that restricts political freedoms or movement imposes
    restrictions, and approves no policy: "passed restrictive anti-protest laws", "signed a decree that restricts
    freedom of assembly", "tightened regulations on religious gatherings" (the manual's COERCE: "impose
    restrictions on political freedoms or movement"; conventions §419, before §49's SUPPORT)."""
    words = lex.words
    if lemma not in words.enacting_verbs and lemma not in words.tightening_verbs and lemma != "sign":
        return None
    for law in objects(verb, words):
        rule = counted(law, words)
        if rule.lemma_.lower() in words.legislation_nouns or rule.lemma_.lower() in words.restriction_nouns:
            restricted = restricts_freedoms(lex, rule)
            if restricted is not None:
                return Candidate(verb, Code("COERCE", "restrict"), SPECIFICITY["verb_object"],
                                 absorbed=[law, rule, *(t for r in restricted for t in (r, counted(r, words)))])
    return None


def _sought_from(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Seeking something from an actor asks it of them: "is seeking air defense systems from its allies",
    "sought a loan from the IMF" (REQUEST, assist for relief; the manual's REQUEST is "all requests")."""
    words = lex.words
    if lemma not in words.seeking_verbs:
        return None
    sought = objects(verb, words)
    # "from" hangs on the verb or on what is sought: "seeking a loan from the IMF"
    if not any(c.dep_ == "prep" and c.lower_ == "from" and actor_in((g for g in c.children if g.dep_ == "pobj"), words)
               for head in (verb, *sought) for c in head.children):
        return None
    assistance = any(relief(lex, counted(o, words)) for o in sought)
    return Candidate(verb, Code("REQUEST", "assist" if assistance else None), SPECIFICITY["verb_object"])


def _trip(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """An official or a government that travels to another country visits it: "Blinken traveled to
    Beijing", "the president arrived in Kenya" (CONSULT/visit; conventions §24); a trip at home, or
    anyone else's, is no visit."""
    words = lex.words
    if lemma not in words.travel_verbs:
        return None
    travellers = [a for a in subject_actors(verb) if a.sector in words.visiting_sectors
                  and (a.kind == "person" or a.sector not in words.armed_sectors)]  # forces that fly in deploy
    if not travellers:
        return None
    for preposition in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in words.travel_prepositions):
        for place in (g for g in preposition.children if g.dep_ == "pobj"):
            name = next((e for e in verb.doc.ents if e.start <= place.i < e.end and e.label_ in PLACE_LABELS), None)
            country = place_country(name.text) if name is not None else None
            if country is not None and all(t.country != country for t in travellers):
                return Candidate(verb, Code("CONSULT", "visit"), SPECIFICITY["verb_object"])
    return None


def _names_a_judgement(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Calling something a wrong criticizes it: "called the election a farce", "described the vote as a
    sham", "branded him a traitor", "called the remarks unacceptable", "a vote governments dismissed as a sham"
    (ACCUSE/disapprove; conventions §14, §209); calling it a good praises it: "described the alliance as
    hugely valuable" (SUPPORT)."""
    words = lex.words
    if lemma not in words.naming_verbs:
        return None
    named = [o for o in verb.children if o.dep_ == "dobj"]
    names = _held_to_be(verb, named)
    named = [o for o in named if o not in names]
    if len(named) == 2 and not names:
        named, names = named[:1], named[1:]  # "branded the vote a fraud", parsed as two direct objects
    relative = _named_by_relative_clause(verb, named, names)
    if relative is not None:
        # "a move his opponents call a coup", "strikes that they branded extrajudicial": the noun the clause
        # modifies is what is named, and a lone object is its name
        names, named = names or named, [relative]
    # what is judged belongs to the judgement: "called the attack a cowardly act" calls for no attack; the noun
    # a relative clause judges is told in its own clause ("in strikes that they branded illegal")
    judged = [] if relative is not None else named
    # "a cowardly act", "brutal and senseless", "an act of piracy"
    names += [a for n in names for a in n.children if a.dep_ == "amod" or a.dep_ == "conj" and a.pos_ == "ADJ"] + [
        g for n in names if n.lemma_.lower() in words.showing_nouns for g in prepositional_objects(n, ("of",))]
    if any(o.pos_ == "PRON" and not o._.actor and o.tag_ != "WP" for o in named):
        return None  # "called it a farce": an opinion
    patterns = (lex.triggers.verb_objects.get((lemma, counted(o, words).lemma_.lower())) for o in named)
    if any(code is not None and code.type == "REJECT" for code in patterns):
        return None  # "dismissed the claims as baseless" denies them (conventions §51)
    # an act or a statement condemned ("called the sanctions illegal") is criticized; an idea called a
    # hoax ("called climate change a hoax") is an opinion of it
    condemned = any(n.lemma_.lower() in lex.blame_adjectives for n in names) or (
        any(counted(n, words).lemma_.lower() in lex.blame_nouns for n in names)
        and not any(abstract(lex, counted(o, words)) for o in named))
    if condemned:
        return Candidate(verb, Code("ACCUSE", "disapprove"), SPECIFICITY["verb_object"], absorbed=judged)
    if any(o.tag_ == "WP" for o in named):
        return None  # "what he called a historic deal" quotes a word of praise; it does not praise
    if any(n.lemma_.lower() in words.laudatory_words for n in names):
        return Candidate(verb, Code("SUPPORT"), SPECIFICITY["verb_object"], absorbed=judged)
    return None


def _held_to_be(verb: Token, named: list[Token]) -> list[Token]:
    """What a verb of naming or regarding holds ``named``, its objects, to be: "called the vote a sham", "regard the
    move as an act of war" ("as" on the verb or on the object), "consider any attack an act of war" (a noun with
    a subject of its own). The small parser hangs "called the remarks unacceptable" on the object, as a modifier
    after it, and "dismissed the vote as illegitimate" on the verb, as an adjective clause with "as" for its adverb."""
    found = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
    found += [g for h in (verb, *named) for p in h.children if p.dep_ == "prep" and p.lower_ == "as"
              for g in p.children if g.dep_ == "pobj" or g.pos_ == "ADJ"]
    found += [a for o in named for a in o.children if a.dep_ == "amod" and a.i > o.i]
    found += [a for a in verb.children if a.dep_ == "advcl" and a.pos_ == "ADJ"
              and any(c.dep_ == "advmod" and c.lower_ == "as" for c in a.children)]
    found += [c for c in verb.children if c.dep_ in ("dobj", "ccomp") and c.pos_ in NOUN_POS
              and any(g.dep_ == "nsubj" for g in c.children)]
    return found or [n for o in named if (n := _name_hung_inside(o)) is not None]


def _name_hung_inside(named: Token) -> Token | None:
    """The name the small parser hangs inside the phrase of what is named when that phrase goes on after its head
    (conventions §566): an indefinite noun that ends the phrase, read as an appositive of one of its nouns ("branded
    the execution of the prisoners a war crime") or as a second object of one of its prepositions ("called the
    attack on the police station a war crime"). A true appositive stands beside what it names and the phrase goes
    on after it ("the arrest of Ivan Petrov, a journalist, in a statement")."""
    end = _last_word(named)
    for noun in named.subtree:
        if noun.i == named.i or noun.pos_ != "NOUN" or _last_word(noun) != end:
            continue
        second_object = noun.dep_ == "pobj" and any(o.dep_ == "pobj" and o.i < noun.i for o in noun.head.children)
        indefinite = any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children)
        if indefinite and (noun.dep_ == "appos" or second_object):
            return noun
    return None


def _last_word(phrase: Token) -> int:
    """The index of the last word, not a punctuation mark, of ``phrase``'s subtree (its own for a lone mark)."""
    return max((t.i for t in phrase.subtree if not t.is_punct), default=phrase.i)


def _named_by_relative_clause(verb: Token, named: list[Token], names: list[Token]) -> Token | None:
    """The noun a relative clause names when its object is the gap: "a vote (that) governments dismissed as a
    sham", "a move his opponents call a coup" (the parser's object is then the name). The clause may be the
    second of two ("a vote its opponents vowed to boycott and governments dismissed as a sham"). None when the
    relative is the subject ("the man who called the police") or the object is there ("a statement calling
    the vote a sham")."""
    clause = verb.head if verb.dep_ == "conj" else verb
    if clause.dep_ not in ("relcl", "acl") or clause.head.pos_ not in NOUN_POS:
        return None
    if not any(s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP") for s in verb.children):
        return None
    objects_left = [o for o in named if o.tag_ not in ("WDT", "WP")]
    return clause.head if not objects_left or not names and len(objects_left) == 1 else None


def _concurs(verb: Token, words: EventWords) -> bool:
    """Whether "agree" shares a view rather than commits to an act (the manual's AGREE is "willingness or
    commitment to cooperate"; WordNet's agree.v.01 "be in accord" against agree.v.02 "consent or assent to a
    condition, or agree to do something"): what it agrees is a statement ("agrees that Cruz is the best
    candidate", "agreed that Trump may struggle"), or it agrees only with someone ("he agrees with me") or with
    nothing at all ("I agree", "others largely agree") — on nothing and to nothing (conventions §491)."""
    children = list(verb.children)
    for clause in (c for c in children if c.dep_ == "ccomp"):
        if indicative(clause, words) and not _plans_an_act(clause, words):
            return True
    if any(c.dep_ in ("xcomp", "ccomp", "dobj") or c.dep_ == "prep" and c.lower_ != "with" for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in children) or _agrees_to_nothing(verb)


def _agrees_to_nothing(verb: Token) -> bool:
    """Whether a present or infinitive "agree" has nothing agreed: "I agree", "others largely agree", "seems to
    agree" hold a view, agree.v.01's state (conventions §491). A past one may consent to what the story named
    before ("he said he had agreed, though no date has been set"), a participle names what was agreed ("as
    agreed by the heads of state"), and a conjunct may share another verb's object ("agree and sign the pact")."""
    # "did not agree" is a past refusal (§4), though the verb after "did" is tagged as the bare form
    return verb.tag_ in ("VB", "VBP", "VBZ") and not any(c.dep_ == "conj" or c.dep_ == "aux" and c.tag_ == "VBD"
                                                         for c in verb.children)


def _plans_an_act(clause: Token, words: EventWords) -> bool:
    """Whether a clause agreed with a modal foretells an act ("that talks would resume", "that they'd support
    him"), a course of action agreed; a modal of possibility ("that Trump may struggle") or a state foretold
    ("that growth will be slow") is a view (conventions §491)."""
    modals = [a.lower_ for a in clause.children if a.dep_ == "aux" and a.tag_ == "MD"]
    return bool(modals) and not any(m in words.possibility_auxiliaries for m in modals) and clause.lemma_ != "be"


def _awaits_no_act(particle: Token) -> bool:
    """Whether what is looked forward to is only a pronoun ("looking forward to it"), not an act or a
    meeting ("to working with", "to a meaningful summit")."""
    awaited = [g for p in (particle, particle.head) for c in p.children if c.dep_ == "prep" and c.lower_ == "to"
               for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return all(a.pos_ == "PRON" for a in awaited)


def match_stance(lex: RuleWords, adjective: Token) -> Candidate | None:
    """An actor's stated stance toward something: "the EU has been critical of the crackdown", "Beijing
    remains opposed to arms sales" (the manual's "express support", "express disapprovals"). The stance
    of someone described ("a voter who is critical of the plan") is who they are (conventions §32)."""
    code = lex.triggers.stances.get(adjective.lower_ if is_passive(adjective) else adjective.lemma_.lower())
    if code is None or not any(_felt_about(lex, adjective)):
        return None  # "the situation is critical": no stance toward anything
    # the one who feels holds the stance, even as a passive's subject (§253)
    return Candidate(adjective, code, SPECIFICITY["verb"], stance=True) if actor_in(feelers(adjective), lex.words) \
        else None


def _felt_about(lex: RuleWords, feeling: Token) -> tuple[list[Token], list[Token]]:
    """What a feeling is about: the nouns after its prepositions ("critical of the crackdown", "outraged by the
    arrests"), with their conjuncts, and the clauses it or they take ("troubled that Uganda had detained two
    journalists", "troubled by Kenya arresting them")."""
    phrases = [c for c in feeling.children
               if c.dep_ in ("prep", "agent") and c.lower_ in lex.words.selected_prepositions | {"by"}]
    nouns = [g for p in phrases for g in p.children if g.dep_ == "pobj"]
    clauses = [c for c in feeling.children if c.dep_ == "ccomp"] + [g for p in phrases for g in p.children
                                                                     if g.dep_ == "pcomp"]
    return nouns + [c for n in nouns for c in n.conjuncts if c.i > n.i], clauses


def stances_about_acts(lex: RuleWords, found: list[Candidate]) -> list[Candidate]:
    """``found`` less the stances felt toward nothing a party did (§262): what the feeling is about must be a party
    ("critical of Uganda"), a party's act — a noun of a deed ("outraged by the arrests", "dismayed by the
    verdict") or a clause holding an event found ("troubled that Uganda had detained them") — or a thing a party
    owns ("China's missile tests") or made ("pleased with the agreement", "troubled by the plan"). A pronoun may point
    back to any of them. Not so "concerned about the weather", "pleased with the turnout", "alarmed by rising
    prices": no party acted."""
    anchors = {c.anchor.i for c in found}
    return [c for c in found if not c.stance or _about_a_partys_act(lex, c.anchor, anchors)]


def _about_a_partys_act(lex: RuleWords, feeling: Token, anchors: set[int]) -> bool:
    words = lex.words
    nouns, clauses = _felt_about(lex, feeling)
    # what a party owns is its own: "Kenya's decision", "China's missile tests"
    nouns += [c for n in nouns for c in n.children if c.dep_ == "poss"]
    if any(t.i in anchors for c in clauses for t in c.subtree):
        return True
    # the noun and what it counts or stands for: "the peace efforts", "the number of arrests"
    for noun in {t for n in nouns for t in (n, counted(n, words))}:
        lemma = noun.lemma_.lower()
        # a group of WordNet's other kinds is no party one feels about: "the turnout", "the economy"
        if noun.pos_ == "PRON" or names_a_party(lex, noun) and party_noun_kinds().get(lemma) != "group" \
                or lemma in deed_nouns() or lemma in provision_nouns() or _a_partys_doing(lex, noun):
            return True
    return False


def match_willingness(lex: RuleWords, adjective: Token) -> Candidate | None:
    """An actor ready, willing or prepared to do something with others offers it, though the act is no
    event: "Iran is ready to work with the United States" (the manual's AGREE, "indicate willingness …
    to cooperate"). An event offered is folded into the adjective as its governor."""
    rule = lex.triggers.governors.get(adjective.lemma_.lower())
    if rule is None or rule.type != "AGREE" or adjective.dep_ not in ("acomp", "oprd"):
        return None
    offered = [c for c in infinitives(adjective) if with_a_party(c)]
    if not offered or not actor_in(subjects(adjective.head), lex.words):
        return None  # "ready to speak", "willing to present himself as a pragmatist": nothing offered to anyone
    # an act offered that is no event is this event's words, and its party receives the offer ("ready to work with
    # Kyiv", §463); an event offered keeps its own and is folded in as before ("ready to hold a summit with")
    unread = [c for c in offered if match_verb(lex, c, lex.triggers.verb_lemma(c.lemma_.lower(), c.lower_)) is None]
    candidate = Candidate(adjective, Code("AGREE"), SPECIFICITY["verb"], absorbed=unread)
    if rule.aux:
        candidate.aux.add(rule.aux)
    return candidate


def _forces_leave(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Armed forces that leave a place withdraw from it: "troops left the town", "soldiers abandoned
    their positions" (PLOVER RETREAT: "withdrawal"; conventions §24); leaving people is no withdrawal."""
    words = lex.words
    if lemma not in words.leaving_verbs or not any(
            armed(counted(s, words), words) for s in subjects(verb)):
        return None
    places = [o for o in verb.children if o.dep_ == "dobj"
              and (o.ent_type_ in PLACE_LABELS or o.lemma_.lower() in words.held_places)]
    return Candidate(verb, Code("RETREAT", "withdraw"), SPECIFICITY["verb_object"], absorbed=places[:1]) \
        if places else None


def _armed_men_leave_ground(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Armed men who leave ground withdraw from it, whatever noun names them and however the ground is named: "the
    militants abandoned the town", "troops departed from the village"; so do forces that move, or are moved, out of
    or away from ground: "soldiers moved out of the border post", "the battalion was redeployed away from the border"
    (WordNet 3.0 withdraw.v.01 "pull back or move away or backward"; §571). A move from one place to another, with
    no "out of" nor "away", redeploys them (§24)."""
    words = lex.words
    leaving = lemma in words.leaving_verbs
    if not leaving and lemma not in words.movement_verbs:
        return None
    # what a verb of moving moves is what leaves: "moved its headquarters away from the capital" withdraws no one;
    # and the one told to leave leaves: "the rebels warned workers to leave the areas" withdraws no rebel
    told = [o for o in verb.head.children if o.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
    movers = told or (subjects(verb) if leaving else objects(verb, words) or subjects(verb))
    if not any(_armed_group(lex, counted(m, words)) for m in movers):
        return None
    left = [o for o in verb.children if o.dep_ == "dobj"] + prepositional_objects(verb, ("from",)) if leaving else []
    ground = [g for g in left + _moved_out_of(verb) if _ground(lex, g, _GROUND_KINDS)]
    if not ground or any(_names_a_goal(h, words) for h in (verb, *ground)):
        return None  # "moved out of Crimea toward Mariupol": a move somewhere else, §24's
    return Candidate(verb, Code("RETREAT", "withdraw"), SPECIFICITY["verb_object"], absorbed=ground[:1])


def _forces_evacuated(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Armed men their side evacuates withdraw: "France evacuated its troops from Mali", "evacuated its soldiers from
    the plant" (CAMEO 0874 "retreat militarily", whose patterns read "EVACUATE POSITIONS"; conventions §587). People
    evacuated, armed men carried to care ("evacuated wounded soldiers", CAMEO 074) and armed men evacuated by no side
    named ("seven peacekeepers were evacuated after gunmen broke into their hotel") stay evacuate's AID."""
    words = lex.words
    if lemma not in words.evacuating_verbs:
        return None
    # the side must be named: men who "were evacuated" with no one named are moved to safety, as other people are
    if not (agents(verb) if is_passive(verb) else subjects(verb)):
        return None
    for child in objects(verb, words):
        noun = counted(child, words)
        # "wounded" is lemmatized "wound": the form tells the modifier
        if _armed_group(lex, noun) and not any(c.lower_ in words.needy_modifiers for c in noun.children):
            return Candidate(verb, Code("RETREAT", "withdraw"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _moved_out_of(verb: Token) -> list[Token]:
    """What a verb moves out of or away from: "out of the post", "away from the boundary" (on the verb or on its
    "away")."""
    aways = [c for c in verb.children if c.lower_ == "away"]
    return _out_of(verb) + [g for h in (aways and [verb, *aways]) for g in prepositional_objects(h, ("from",))]


def _out_of(head: Token) -> list[Token]:
    """What "out of" on ``head`` names: "moved out of the post" (the parser hangs "of" on "out")."""
    return [g for o in head.children if o.lower_ == "out" for of in o.children if of.lower_ == "of"
            for g in of.children if g.dep_ == "pobj"]


def _pulled_from(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Armed forces or envoys pulled from a place are withdrawn: "pulled its troops from Syria", "pulled its
    ambassador out of the country" (§407); "pulled the bill", "pulled his players from the game" withdraw no one."""
    words = lex.words
    if lemma not in words.pulling_verbs or not _names_a_source(lex, verb):
        return None
    for child in objects(verb, words):
        noun = counted(child, words)
        if armed(noun, words) or an_envoy(noun, words):
            return Candidate(verb, _withdrawal(noun, words, verb), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _withdrawal(noun: Token, words: EventWords, verb: Token) -> Code:
    """Forces withdrawn retreat; envoys withdrawn are the manual's SANCTION, "withdrawal … of diplomats" (§46), and
    another country's envoys sent home are expelled: "Beijing sent home the Lithuanian ambassador"."""
    if not an_envoy(noun, words):
        return Code("RETREAT", "withdraw")
    envoy = actor_of(noun)
    foreign = envoy is not None and envoy.country and any(
        actor.country and actor.country != envoy.country for actor in subject_actors(verb))
    return Code("SANCTION", "expel" if foreign else "withdraw")


def _names_a_source(lex: RuleWords, head: Token) -> bool:
    """Whether ground something leaves hangs on ``head`` or its object (where the parse may hang it): "from Syria",
    "out of the country"."""
    heads = (head, *objects(head, lex.words))
    sources = [g for h in heads for g in prepositional_objects(h, ("from",)) + _out_of(h)]
    return any(_ground(lex, g, _GROUND_KINDS) for g in sources)


def _control_ceded(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Control of a place handed to another cedes that place, the manual's RETREAT ("military retreat from, or
    ceding, territory"; §407): "Israel transferred control of Jericho"; not "control of the firm"."""
    words = lex.words
    if lemma not in words.ceding_verbs:
        return None
    for child in objects(verb, words):
        if child.lemma_.lower() == "control" and any(
                _ground(lex, g, _GROUND_KINDS) for g in prepositional_objects(child, ("of", "over"))):
            return Candidate(verb, Code("RETREAT", "withdraw"), SPECIFICITY["verb_object"], absorbed=[child])
    return None


def _names_a_goal(head: Token, words: EventWords) -> bool:
    """Whether a place something goes to hangs on ``head``: "to the border", "into Afghanistan"."""
    return any(c.dep_ == "prep" and c.lower_ in words.goal_prepositions and any(g.dep_ == "pobj" for g in c.children)
               for c in head.children)


def _names_a_place(lex: RuleWords, head: Token) -> bool:
    """Whether what ``head`` puts somewhere is put in a place: the first of its prepositions of place or goal, on it
    or its object, names a place, named or a place, a natural object or an artifact by WordNet (plover_thing_nouns.csv):
    "near the border", "on the islands", "into Gaza"; not "on trial in Cairo", "in charge of the campaign" (§226)."""
    words, kinds = lex.words, thing_noun_kinds()
    goals = sorted((g for h in (head, *objects(head, words))
                    for g in prepositional_objects(h, words.location_prepositions | words.goal_prepositions)
                    if g.ent_type_ not in TIME_LABELS and kinds.get(g.lemma_.lower()) != "time"),
                   key=lambda g: g.i)  # "on Sunday" is when, not where
    return bool(goals) and (goals[0].ent_type_ in PLACE_LABELS or goals[0].lemma_.lower() in words.held_places
                            or kinds.get(goals[0].lemma_.lower()) in _PLACE_KINDS)


def _dispatch(lex: RuleWords, token: Token, lemma: str) -> Candidate | None:
    """Armed forces sent anywhere are a mobilization, whatever the verb of sending: "sent federal
    forces into Portland", "is rushing 4,000 troops to the border"; so are troops a verb the lexicon
    does not code puts somewhere ("injected 30,000 troops into Afghanistan"), and forces that move
    there themselves ("tanks began arriving in Ukraine"; conventions §17, §24), armed forces or arms put in a
    place ("garrisoned troops on the reefs", §226), and armed forces gathered in one ("gathered hundreds of fighters
    outside the town", §614)."""
    words = lex.words
    # What a force crosses or approaches is a place, not a street or a person (§392).
    if lemma in words.movement_verbs and all(
            _ground(lex, c, _GROUND_KINDS) for c in token.children if c.dep_ in OBJECT_DEPS) and any(
            armed(t, words) for s in subjects(token) + _told_of(token) for t in counted_with_conjuncts(s, words)):
        return Candidate(token, Code("MOBILIZE", "troops"), SPECIFICITY["verb"])  # the verb read with its subject
    buildup = lemma in words.buildup_verbs
    # A particle makes another verb: "laid down their weapons" gives them up, "set up a unit" forms it.
    stationing = lemma in words.stationing_verbs and not particles(token, lemma, lex.triggers.phrasal) \
        and _names_a_place(lex, token)
    # Forces called or summoned somewhere are sent there: "the National Guard troops called into Washington".
    summoned = lemma in words.summoning_verbs and _names_a_goal(token, words)
    # Forces gathered in one place are built up there: "concentrated its troops near the border" (§614).
    gathering = lemma in words.gathering_verbs
    sending = lemma in words.dispatch_verbs or buildup or stationing or summoned or gathering
    # A verb of giving a present (gift, donate) hands over what it moves and places no one: "gifted two warships to the
    # Philippines" is aid; a verb of carrying (fly, ship) may place the troops it carries (§354).
    placing = not sending and lemma not in lex.triggers.known_verbs and lemma not in words.gift_verbs \
        and _names_a_goal(token, words)
    if not sending and not placing or lemma not in words.dispatch_verbs and _grown_over_years(token):
        return None  # "has grown from about 7,000 soldiers in 2012 to 40,000 today" puts no troops anywhere (§205)
    # A parse may hang a counted object on a preposition: "sending close to 6,000 troops".
    # So may it hang forces sent "in" on a particle it reads as a preposition: "sent in the army". A verb that only
    # puts things somewhere says where by its prepositions: "put annual production at 3 million rounds" puts no rounds.
    counted_objects = [g for c in token.children if c.dep_ == "prep" for g in c.children
                       if g.dep_ == "pobj" and (any(n.dep_ == "nummod" for n in g.children)
                                                or c.lower_ == "in" and c.i == token.i + 1)] \
        if lemma not in words.stationing_verbs or lemma in words.dispatch_verbs else []
    # What is gathered is the verb's own object, not whom it is gathered "for" (§614).
    moved = objects(token, words) if not gathering else [
        k for c in token.children if c.dep_ in ("dobj", "nsubjpass") for k in (c, *c.conjuncts)]
    for child in moved + counted_objects + _sent_described(token):
        noun = counted(child, words)
        presence = noun.lemma_.lower() in words.presence_nouns and armed(noun, words, modified_only=True)
        # Placing needs troops themselves: "ramped up military aid to Ukraine" places none; nor does a sale (§589).
        forces = armed(noun, words) and (not gathering or _men_gathered(lex, noun)) if sending \
            else noun.lemma_.lower() in words.force_nouns and not _sold_as_goods(lemma, noun)
        if (presence and buildup) or forces:
            return Candidate(token, Code("MOBILIZE", "troops"), SPECIFICITY["verb_object"], absorbed=[child, noun])
        # Arms a party moves or stations, not hands to anyone, are shown: "moved nuclear weapons into Belarus" (§34).
        # Arms gathered are collected, not shown: "police gathered the weapons left at the scene".
        if sending and not gathering and lemma not in words.transfer_verbs and (
                wordnet_weapon(lex, noun) or stationing and arms(lex, noun)):
            return Candidate(token, Code("MOBILIZE", "weapons"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _men_gathered(lex: RuleWords, noun: Token) -> bool:
    """Whether armed ``noun`` names men to gather (§614): forces by their own noun ("fighters", "army units"), or people
    or a group an armed modifier names ("armed men"); not a weapon or a craft (english.yaml `weapon_nouns`, WordNet's
    weapons, an instrumentality by plover_materiel_nouns.csv), which is assembled, not gathered ("assemble naval
    drones"), nor an act a modifier makes military ("mustered joint military efforts")."""
    lemma = noun.lemma_.lower()
    if lemma in lex.words.weapon_nouns or wordnet_weapon(lex, noun) or lemma in materiel_nouns():
        return False
    return not armed(noun, lex.words, modified_only=True) or lemma in party_noun_kinds()


def _sold_as_goods(lemma: str, noun: Token) -> bool:
    """Whether a verb of commerce (plover_commerce_words.csv: WordNet 3.0 verbs whose most frequent sense has the topic
    domain commerce — sell, buy, export, smuggle) moves ``noun`` as goods, a craft or a weapon that is no party: "sold
    fighter jets to Argentina" is a sale, CAMEO 062 (SELL * &AIRCRAFT), no forces placed; "smuggled fighters into
    Syria" moves people, a party (plover_party_nouns.csv), and places them (conventions §589)."""
    return lemma in commerce_words()["verb"] and noun.lemma_.lower() not in party_noun_kinds()


def _sent_described(verb: Token) -> list[Token]:
    """The noun a past participle describes is what the participle does to it: "the National Guard troops called into
    Washington" (the small parser tags such a participle VBD as often as VBN, so ``objects`` misses it)."""
    return [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in NOUN_POS else []


def _told_of(verb: Token) -> list[Token]:
    """The noun a relative clause reports an act of, with a past verb of its own: "bombers that flew over the
    Channel", "tanks which crossed the border" (§408); a clause that describes it does not ("the soldiers who are
    stationed there", "units that are moving", "troops guarding the embassy"), nor one of what is done as a rule
    ("troops that cross the border are shot")."""
    return [verb.head] if verb.dep_ == "relcl" and verb.tag_ == "VBD" \
        and verb.head.pos_ in NOUN_POS and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children) \
        else []


def _ground(lex: RuleWords, noun: Token, kinds: tuple[str, ...]) -> bool:
    """Whether ``noun`` is ground a force moves over or holds: a named place, a held place ("the border"), or a noun
    whose most frequent sense is of one of ``kinds`` (plover_thing_nouns.csv); not a residence ("searched homes") nor
    one of a person or of what a common noun names ("the suspect's house"), whose search or siege is done to its owner
    or dweller."""
    words = lex.words
    if noun.lemma_.lower() in words.residence_nouns or any(
            c.dep_ == "poss" and (c.lower_ in words.person_pronouns or a_person(c, words.person_pronouns)
                                  or c.pos_ == "NOUN") for c in noun.children):
        return False
    return noun.ent_type_ in PLACE_LABELS or noun.lemma_.lower() in words.held_places \
        or thing_noun_kinds().get(noun.lemma_.lower()) in kinds


def _security_operation(lex: RuleWords, verb: Token) -> Candidate | None:
    """Armed forces or police that search or comb an area, hunt for someone, or surround, guard or secure a place are a
    mobilization (PLOVER MOBILIZE: "all military or police moves that fall short of the actual use of force"; §393):
    "soldiers combed the hills", "police hunted for the driver", "troops surrounded the town", "the army secured
    the port"; and so are they when they place themselves (§501): "police fanned out", "troops took up positions along
    the border". A search of someone's home, or of a building, is left to the rules of custody; "hunted down" is an
    arrest (the CAMEO tier)."""
    words = lex.words
    particle = next((c.lemma_.lower() for c in verb.children if c.dep_ == "prt"), None)
    lemma = f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()
    searching, securing = lemma in words.searching_verbs, lemma in words.securing_verbs
    placed = _placed_itself(lex, verb, lemma)
    # Forces ordered to place themselves place themselves: "directed the division to take up positions" (§501).
    doers = _doers_found(lex, verb) if placed else subjects(verb)
    forces = [t for s in doers for t in counted_with_conjuncts(s, words)
              if armed(t, words) or (actor := actor_of(t)) is not None and actor.sector in words.security_sectors]
    if not (searching or securing or placed) or not forces:
        return None  # "police searched the area"; "rescuers searched the rubble" is no force's
    # CAMEO 153 "mobilize or increase police power", 154 "… armed forces" (§516)
    code = Code("MOBILIZE", "police" if all((actor := actor_of(t)) is not None and actor.sector == "COP"
                                            for t in forces) else "troops")
    if placed:
        return Candidate(verb, code, SPECIFICITY["verb_object"], absorbed=placed[1:])
    ground = [o for o in verb.children if o.dep_ == "dobj"
              and _ground(lex, o, _GROUND_KINDS if searching else _SITE_KINDS)]
    sought = [] if any(o.dep_ == "dobj" for o in verb.children) or not searching \
        else prepositional_objects(verb, ("for",))  # "searched for the gunman": a manhunt
    return Candidate(verb, code, SPECIFICITY["verb_object"], absorbed=(ground or sought)[:1]) if ground or sought else None


def _placed_itself(lex: RuleWords, verb: Token, lemma: str) -> list[Token]:
    """The verb, and the post it takes, when its subject places itself (§501): moves outward with no object ("fanned
    out across the district"), takes up a post in a place ("took up positions around the palace"; not "took up the
    position that …", a stance), or is its own object put in a place ("positioned themselves near the border")."""
    words = lex.words
    direct = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in words.spreading_verbs and not direct:
        return [verb]
    if not _names_a_place(lex, verb):
        return []
    posts = [o for o in direct if o.lemma_.lower() in words.taken_posts]
    if lemma in words.post_taking_verbs and posts:
        return [verb, posts[0]]
    if lemma in words.stationing_verbs and any(o.morph.get("Reflex") == ["Yes"] for o in direct):
        return [verb]
    return []


def _sent_to_help(lex: RuleWords, verb: Token) -> bool:
    """Whether armed forces are sent to help a party other than who sends them and whose they are (PLOVER AID:
    "military and police assistance including arms and personnel"; conventions §174): "Chad sent soldiers to
    Mali to assist the Malian army", "is sending 300 military advisers to help Baghdad stop the advance";
    troops deployed at home "to help keep the peace" help no other party."""
    words = lex.words
    helps = [c for c in verb.children
             if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in words.helping_verbs and to_infinitive(c)]
    forces = [noun for c in objects(verb, words) if armed(noun := counted(c, words), words)]
    if not helps or not forces:
        return False
    # The party helped: the help's object ("assist the Malian army"), the subject of what it helps do ("help Baghdad
    # stop the advance"), or where the forces go ("to Somalia").
    helped = [c for h in helps for c in h.children if c.dep_ == "dobj"]
    helped += [s for h in helps for c in h.children if c.dep_ in ("ccomp", "xcomp")
               for s in c.children if s.dep_ == "nsubj"]
    helped += [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into")
               for g in c.children if g.dep_ == "pobj"]
    senders = subject_actors(verb) + [actor for noun in forces for actor in phrase_actors(noun, words)]
    return bool(senders) and any(
        another_party(party, senders) for noun in helped for party in phrase_actors(noun, words))


def _arms_sent_to_a_state(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Arms a party sends or hands over to a state other than its own are handed over, military assistance (PLOVER
    AID: "military and police assistance including arms and personnel"; conventions §512): "Britain sent tanks to
    Ukraine", "Poland sent Ukraine fighter jets", and handed over when they are not the giver's own ("Germany handed
    over an air defence system to Ukraine", §517; "handed over its weapons" gives them up, §182). Arms sent to a
    place ("sent tanks to the border"), or put there by a verb of placing only ("deployed tanks to Belarus"), and
    forces sent anywhere ("sent troops to Mali") are the sender's own, a mobilization (§24, §226)."""
    words = lex.words
    handed = particles(verb, lemma, lex.triggers.phrasal)
    if handed and [p.lower_ for p in handed] != ["over"]:
        return None  # "gave up their rifles": given up (§182)
    senders = subject_actors(verb)
    # who receives them: the object of "to", or an indirect object ("sent Ukraine tanks"), itself a state
    heads = prepositional_objects(verb, ("to",)) + [g for c in verb.children if c.dep_ == "dative" for g in (
        [c] if c.pos_ in NOUN_POS else [g for g in c.children if g.dep_ == "pobj"])]  # the parser's dative "to"
    # a state, or one of its bodies ("to Kenya's military", "to the Ukrainian army")
    receivers = [actor for head in heads for noun in (head, *head.conjuncts)
                 if (actor := actor_of(noun)) is not None and (actor.kind == "country" or (
                     actor.kind != "person" and actor.country and actor.sector in words.restricting_sectors))]
    if not any(actor.kind != "person" for actor in senders) \
            or not any(another_party(receiver, senders) for receiver in receivers):
        return None
    for child in objects(verb, words):
        noun = counted(child, words)
        if handed and any(c.dep_ == "poss" for c in noun.children):
            continue  # "Ukraine handed over its nuclear weapons to Russia": its own arms given up (§182)
        if arms(lex, noun):
            return Candidate(verb, Code("AID"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _provision(lex: RuleWords, token: Token, lemma: str) -> Candidate | None:
    """Relief an actor hands over or receives is aid, whatever the verb: "Kenya distributed food and
    tents", "Chad received $7 million in aid" (the object decides: "received the envoy" is a visit).
    Relief handed to someone needs no named giver: "the agency provided tents to the families".
    Money is aid where it goes to, or comes from, a country or an aid body, or pays for relief
    (conventions §23, §25). A pledge of either stays the promise it is (conventions §5)."""
    words = lex.words
    if lemma in words.approval_verbs:
        return _relief_approved(lex, token)
    funding = lemma in words.funding_verbs
    if lemma in words.carrying_verbs:
        return _relief_carried(lex, token)
    if lemma not in words.transfer_verbs and not funding:
        return None
    if lemma in words.arming_verbs:
        return _armed_party(lex, token)
    if lex.triggers.verbs.get(lemma) == Code("RETREAT", "release") and any(
            _a_person(counted(o, words), words) for o in objects(token, words)):
        return None  # "released a kidnapped aid worker": a captive freed, as the lexicon reads it, no aid (§447)
    # Whatever is sent to help is assistance: "sent a team of rescuers to help", "sent advisers to
    # help Baghdad" (the purpose is one the curated themes call assist: help, aid, support).
    helps = any(c.dep_ in ("xcomp", "advcl") and lex.triggers.themes.get(c.lemma_.lower()) == "assist"
                and to_infinitive(c) for c in token.children)
    if helps and not funding and actor_in(subjects(token), words) and objects(token, words):
        return Candidate(token, Code("AID"), SPECIFICITY["verb_object"])
    # "sent arms to Kyiv", "sent Kyiv arms": a preposition's object or an indirect object receives
    recipient = any(
        c.dep_ in ("dative", "prep") and c.lower_ in ("to", "for") and any(g.dep_ == "pobj" for g in c.children)
        or c.dep_ == "dative" and c.pos_ in NOUN_POS for c in token.children)
    handed = actor_in(subjects(token), words) or recipient
    # "supplied Kyiv with missiles": the goods follow "with" and the object receives them.
    supplied = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj"] if any(c.dep_ == "dobj" for c in token.children) else []
    # "dispatched 12 ambulances, along with medicines and surgical kits": what goes along is sent too (§168)
    along = [g for c in token.children if c.dep_ == "prep" and c.lower_ in words.accompanying_prepositions
             for g in prepositional_objects(c, ("with",))]
    # what follows "on" beside an object is where it goes or what it weighs on, never goods handed over (§549):
    # "dropped its duties on barley", "dropped leaflets on the town"
    direct = any(c.dep_ == "dobj" for c in token.children)
    for child in objects(token, words):
        if direct and child.dep_ == "pobj" and child.head.lower_ == "on":
            continue
        noun = _contents(counted(child, words), words)
        carriers, cargo = _cargo(noun, words)
        goods = (noun, *noun.conjuncts, *(g for a in along for g in counted_with_conjuncts(a, words)),
                 *cargo)
        # "$2 billion in Kenya's central bank" counts a bank; "1.5 billion euros" is money the tagger may call a number
        money = "MONEY" in (noun.ent_type_, child.ent_type_) or _counted_currency(noun, words)
        # Money spent buys something: only relief, or a party it goes to, makes it aid, never its spender (§25,
        # §155): "the government spent $881 billion on interest payments" is a budget, no aid.
        spent = lemma in words.spending_verbs
        parties = _money_receivers(token) if spent else _money_parties(token, lemma)
        if money and (aid_party(parties, words) or _for_relief(lex, token)):
            return Candidate(token, Code("AID"), SPECIFICITY["verb_object"], absorbed=[child, noun])
        if handed and not funding and any(relief(lex, t) for t in goods):
            # the vehicle's "carrying" or "loaded" tells the same delivery
            return Candidate(token, Code("AID"), SPECIFICITY["verb_object"], absorbed=[child, noun, *carriers])
        # Doctors or rescuers sent somewhere are assistance; sent home they are no one's (§114).
        if (recipient or _names_a_goal(token, words)) and any(t.lemma_.lower() in relief_personnel() for t in goods):
            return Candidate(token, Code("AID"), SPECIFICITY["verb_object"], absorbed=[child, noun])
        if funding or not any(t.lemma_.lower() in lex.relief_goods or arms(lex, t) for t in goods) \
                or not _party_gives(lex, token):
            continue
        # Food, medicine or fuel a country or a body hands over is relief (§34), "India shipped wheat";
        # arms are military assistance when someone receives them, or when a state or a relief body hands them
        # over to no one named (§411: "Australia supplied missiles"); handed over or given up with a particle they
        # are surrendered ("the rebels handed over their weapons"), and dropped "on" a target they strike.
        unnamed = _relief_giver(token, countries=True) and not any(
            c.dep_ == "prep" and c.lower_ in words.attack_target_prepositions for c in token.children)
        if any(lex.relief_goods.get(t.lemma_.lower()) == "relief" for t in goods) or (
                (recipient or child in supplied or unnamed) and not particles(token, lemma, lex.triggers.phrasal)):
            return Candidate(token, Code("AID"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _money_given_by_donor(lex: RuleWords, token: Token, lemma: str) -> Candidate | None:
    """Money a country or an aid body gives is aid with no receiver named (PLOVER AID: "monetary aid"; conventions
    §421): a participle that describes the donor a clause names it as ("Britain is by far the biggest donor to
    vaccine programs, giving $600 million"), and money poured or pumped in ("the EU poured in money", "pumped
    $2 billion into Ukraine"). Money a person, a campaign or donors give stays no aid (§60); money poured into
    something that is no country or aid body is spent ("poured $2 billion into roads")."""
    words = lex.words
    pouring = lemma in words.money_pouring_verbs
    if lemma not in words.transfer_verbs and not pouring:
        return None
    money = [o for o in objects(token, words) if "MONEY" in (o.ent_type_, counted(o, words).ent_type_)
             or counted(o, words).lemma_.lower() in words.money_nouns or _counted_currency(counted(o, words), words)]
    if not money:
        return None
    into = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("into", "to") for g in c.children
            if g.dep_ == "pobj"]
    if pouring:
        given = (any(c.lower_ == "in" for c in particles(token, lemma, lex.triggers.phrasal)) and not into) \
            or aid_party(into, words)
        givers = subjects(token)
    else:
        givers = _donor_named_by_a_clause(token)
        given = bool(givers)
    receivers = _money_receivers(token)
    political = any(counted(p, words).lower_ in words.campaign_funds for p in receivers)
    if given and aid_party(givers, words) and not _nonaid_party(givers + receivers, words) and not political:
        return Candidate(token, Code("AID"), SPECIFICITY["verb_object"], absorbed=money)
    return None


def _donor_named_by_a_clause(verb: Token) -> list[Token]:
    """Who gives by a participle that describes a noun its clause names someone as: "Britain is the biggest donor,
    giving $600 million" → Britain (the copula's subject, §421); none for other verbs."""
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.dep_ == "attr":
        return subjects(noun.head)
    return []


# The sectors of the bodies whose work is relief: a ministry providing health care runs a service, no assistance.
_RELIEF_SECTORS = frozenset({"IGO", "NGO"})


def _care_given(lex: RuleWords, token: Token, lemma: str) -> Candidate | None:
    """Care handed over by a relief body, or to people in need, is assistance (PLOVER AID: "humanitarian aid such as
    emergency assistance"; conventions §403): "the WHO is delivering health care to people in the region", "the clinic
    provides care to refugees"; "the governor promised to provide health care to every family" is a policy."""
    words = lex.words
    if lemma not in words.transfer_verbs:
        return None
    care = [noun for c in objects(token, words) if (noun := counted(c, words)).lemma_.lower() in words.care_nouns]
    # who receives it follows the verb or the care: "provides care to refugees", "provides treatment for the wounded"
    receivers = [counted(g, words) for head in (token, *care) for c in head.children
                 if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for g in c.children if g.dep_ == "pobj"]
    if care and (_relief_giver(token, countries=False) or any(_needy(r, words) for r in receivers)):
        return Candidate(token, Code("AID"), SPECIFICITY["verb_object"], absorbed=care)
    return None


def _needy_helped(lex: RuleWords, token: Token, lemma: str) -> Candidate | None:
    """Help or treatment that reaches people in need is assistance, whatever it helps them do (PLOVER AID: "humanitarian
    aid such as emergency assistance"; conventions §404): "the agency helped thousands of refugees", "displaced families
    were assisted by the Red Cross", "Doctors Without Borders treated the wounded". Help to anyone else is the act it helps
    ("helped him win the election", "helped negotiate a deal")."""
    words = lex.words
    if lemma not in words.helping_verbs and lemma not in words.treating_verbs:
        return None
    helped = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in words.helping_verbs:  # "helped refugees return home": the helped are the subject of what they do
        helped += [s for c in token.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    # "assisted the return of 18,700 refugees": the people an act of theirs names after "of" are helped too
    helped += [g for c in helped for g in prepositional_objects(counted(c, words), ("of",))]
    needy = [noun for c in helped for noun in counted_with_conjuncts(c, words) if _needy(noun, words)]
    if lemma in words.treating_verbs and not _relief_giver(token, countries=True):
        return None  # "hospitals treated 300 patients", "the injured officers were treated at a hospital": routine care
    return Candidate(token, Code("AID"), SPECIFICITY["verb_object"], absorbed=needy[:1]) if needy else None


def _refuge_standing_granted(lex: RuleWords, token: Token, lemma: str) -> Candidate | None:
    """A standing of refuge a state grants, issues or extends is asylum (PLOVER AID: "asylum, both to persons in its
    territories …"; conventions §548): "Uganda granted refugee status to 3,000 families", "extended temporary protected
    status for Venezuelans", "have been issued humanitarian visas by Germany". A standing with no mark of refuge
    ("issued visas to engineers", "legal status") or given to no people ("protected status to the gray wolf") is none."""
    words = lex.words
    # the giver is a state, the subject or a passive's agent: "have been issued visas by Germany"
    if lemma not in words.standing_granting_verbs or not states_among(words, doers_of(token)):
        return None
    for standing in (counted(c, words) for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
        if standing.lemma_.lower() not in words.refuge_standings or not any(
                m.lower_ in words.refuge_marks or m.lemma_.lower() in words.refuge_marks
                for m in standing.subtree if m.i < standing.i and m.dep_ in ("amod", "compound")):
            continue
        # who is given it: "to 3,000 families", "for Venezuelans", or the passive's subject
        receivers = [g for head in (token, standing) for g in prepositional_objects(head, ("to", "for"))
                     if g.ent_type_ not in ("DATE", "TIME")] + [  # not "for another 18 months"
            c for c in token.children if c.dep_ == "dative" or c.dep_ == "nsubjpass" and c != standing]
        if all(a_party(counted(r, words)) for r in receivers):
            return Candidate(token, Code("AID"), SPECIFICITY["verb_object"], absorbed=[standing])
    return None


def _fled_people_sheltered(lex: RuleWords, token: Token, lemma: str) -> Candidate | None:
    """People who fled whom a state takes in, welcomes or accepts are given asylum, as refugees are (PLOVER AID:
    "asylum …"; conventions §548): "Chad welcomed 20,000 Sudanese who fled the fighting", "Ecuador took in thousands of
    Colombians fleeing the war", "Mexico accepted the former president as a political refugee". The same verbs of anyone
    else ("the coach welcomed the players who fled the club") or of no one who fled stay what they were."""
    words = lex.words
    taking_in = lemma == "take" and any(p.lower_ == "in" for p in particles(token, lemma, lex.triggers.phrasal))
    if (lemma not in words.sheltering_verbs and not taking_in) or not states_among(words, doers_of(token)):
        return None
    for taken in (c for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
        # "who fled the fighting", "thousands of Colombians fleeing the war": a clause on the people tells their flight
        fled = any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in words.fleeing_verbs
                   for people in {taken, counted(taken, words)} for c in people.children)
        # "accepted him as a political refugee"
        as_refugee = any(_needy(g, words) for g in prepositional_objects(token, ("as",)))
        if fled or as_refugee or lemma == "welcome" and _needy(counted(taken, words), words):
            return Candidate(token, Code("AID"), SPECIFICITY["verb_object"], absorbed=[taken])
    return None


def _relief_giver(verb: Token, countries: bool) -> bool:
    """Whether the verb's giver is a relief body, or with ``countries`` a country, the one whose care is relief (§403,
    §404): "the WHO, which is delivering health care", "Japan's relief team … treated 400 patients"; not a hospital or a
    person. A country's health care is its own service ("the government provides health care"), its treatment of the
    wounded abroad relief."""
    # "the WHO, which is delivering health care": a relative clause's giver is the noun it describes
    givers = [actor_of(g) for g in described_holders(verb, _givers(verb))]
    return any(actor is not None and (actor.sector in _RELIEF_SECTORS or countries and actor.kind == "country")
               for actor in givers)


def _givers(verb: Token) -> list[Token]:
    """Who hands over what the verb hands over: its subjects, or those of the clause a participle with no subject of
    its own shares them with (§549): "France is among the biggest donors, supplying tanks" → France."""
    return subjects(participle_host(verb))


def _needy(noun: Token, words: EventWords) -> bool:
    """Whether ``noun`` names people in need: "refugees", "victims of the flood", "the wounded", "displaced families"."""
    return noun.lemma_.lower() in words.needy_nouns or noun.lower_ in words.needy_nouns or any(
        c.dep_ in ("amod", "compound") and c.lower_ in words.needy_modifiers for c in noun.children)


def _counted_currency(noun: Token, words: EventWords) -> bool:
    """Whether ``noun`` is a currency counted by a number: "1.5 billion euros", "500 million yen" (§353)."""
    return noun.lower_ in words.currency_words and noun.pos_ in NOUN_POS and any(
        c.dep_ == "nummod" for c in noun.children)


def _armed_party(lex: RuleWords, verb: Token) -> Candidate | None:
    """A verb that says its goods are arms (arm.v.02, "supply with arms") gives military assistance to the party it
    arms, whatever the goods are called or if none is named: "will arm Kyiv with F-16s", "armed the Houthis"
    (PLOVER AID: "military and police assistance including arms"; §355). Arming oneself is no aid, and the giver is a
    country or a body, as for any arms (§34): "missteps arm her rivals", "he armed his campaign with cash" give none."""
    if not _party_gives(lex, verb):
        return None
    givers = subject_actors(verb)
    for child in (c for c in verb.children if c.dep_ == "dobj"):
        receivers = phrase_actors(counted(child, lex.words), lex.words)
        if receivers and another_party(receivers[0], givers):
            return Candidate(verb, Code("AID"), SPECIFICITY["verb_object"], absorbed=[child])
    return None


def _contents(noun: Token, words: EventWords) -> Token:
    """What a group or a lot names after "of": the people of a group, "a team of doctors" → doctors (conventions
    §114); the goods of a lot, "a cargo of rice" → rice, "a tranche of shells" → shells (§376)."""
    lemma = noun.lemma_.lower()
    if lemma not in words.personnel_groups and lemma not in words.goods_lots:
        return noun
    return next(iter(prepositional_objects(noun, ("of",))), noun)


def _party_gives(lex: RuleWords, verb: Token) -> bool:
    """Whether the verb's subject is a country or a body, not a person: "India shipped wheat" gives aid,
    "he delivered a mix of jokes" does not; a participle's giver is its clause's ("Qatar stepped in, providing fuel")."""
    return any(actor.kind != "person" for actor in map(actor_of, _givers(verb)) if actor is not None)


def _entry_allowed(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Observers, peacekeepers or relief let in are RETREAT/access (conventions §41): "allowed UN inspectors
    into the site", "let aid workers enter Gaza", "allowed observers to monitor the vote"."""
    words = lex.words
    if lemma not in words.entry_verbs or any(negates(c, words) for c in verb.children):
        return None  # "did not allow the inspectors to enter" refuses access, REJECT (§4, §22)
    admitted = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    for child in admitted:
        noun = counted(child, words)
        if noun.lemma_.lower() in words.admitted_nouns or relief(lex, noun):
            modifiers = [c for c in noun.children if c.dep_ == "compound"]
            return Candidate(verb, Code("RETREAT", "access"), SPECIFICITY["verb_object"], absorbed=[child, noun, *modifiers])
    return None


def _demands_met(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Giving in to demands or pressure is a concession (conventions §40): "agreed to the protesters'
    demands", "acceded to some of their demands", "bowed to pressure"; "agreed to talks" stays AGREE."""
    words = lex.words
    if lemma not in words.yielding_verbs and f"{lemma} in" not in words.yielding_verbs:
        return None
    for child in prepositional_objects(verb, ("to",)):
        noun = counted(child, words)
        some = prepositional_objects(noun, ("of",))
        if any(n.lemma_.lower() in words.yielded_nouns for n in (noun, *some)):
            return Candidate(verb, Code("CONCEDE"), SPECIFICITY["verb_object"], absorbed=[child, noun, *some])
    return None


def _relief_carried(lex: RuleWords, verb: Token) -> Candidate | None:
    """Relief carried by a vehicle ("trucks carrying food crossed into Gaza"), or by a party to someone ("the
    UN brought food to the town"), is delivered: AID (conventions §34)."""
    words = lex.words
    carrier = verb.dep_ == "acl" or _party_gives(lex, verb)
    for child in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")) if carrier else ():
        noun = counted(child, words)
        if any(relief(lex, t) for t in (noun, *noun.conjuncts)):
            return Candidate(verb, Code("AID"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _cargo(vehicle: Token, words: EventWords) -> tuple[list[Token], list[Token]]:
    """The verbs that describe a noun as carrying or loaded with something, and what they say it holds: "a plane
    loaded with emergency supplies", "ships carrying food and tents" (§168)."""
    carriers, cargo = [], []
    for verb in (c for c in vehicle.children if c.dep_ == "acl"):
        lemma = verb.lemma_.lower()
        held = prepositional_objects(verb, ("with",)) if lemma in words.loading_verbs else \
            [c for c in verb.children if c.dep_ == "dobj"] if lemma in words.carrying_verbs else []
        carriers += [verb] if held else []
        cargo += [g for h in held for g in counted_with_conjuncts(h, words)]
    return carriers, cargo


def _training(lex: RuleWords, token: Token, lemma: str) -> Candidate | None:
    """Another party's armed forces or fighters trained or equipped are military assistance (PLOVER AID:
    "military and police assistance including arms and personnel"; §34, §173): "Britain is training Nigerian
    troops", "the United States trained Syrian rebels"; "the army trained its recruits" readies its own forces.
    Forces that train together, with or alongside others, or one another, hold a joint exercise (COOPERATE, §9,
    §268): "Indonesian and Australian troops trained together", "trained alongside US forces"; "trained Ukrainian
    soldiers alongside US forces" still trains someone."""
    words = lex.words
    if lemma not in words.training_verbs:
        return None
    joint = companions(token, words)
    # English puts a verb's object before its adverbials: a noun after "together" or "alongside the US" is theirs,
    # not one trained ("trained together in Java alongside US, Japanese and other forces")
    objects_end = min((c.i for c in joint if c.i > token.i), default=len(token.doc))
    givers = subject_actors(token)
    trained = [child for child in objects(token, words) if child.i < objects_end]
    for child in trained:
        noun = counted(child, words)
        if another_partys_forces(lex, noun, givers):
            return Candidate(token, Code("AID"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    if joint and not trained or any(_reciprocal(child, words) for child in trained):
        return Candidate(token, Code("COOPERATE"), SPECIFICITY["verb"])
    return None


def _reciprocal(noun: Token, words: EventWords) -> bool:
    """Whether a noun and its determiner are a reciprocal pronoun: "each other", "one another"."""
    pronoun = sorted((noun, *(c for c in noun.children if c.dep_ == "det")), key=lambda t: t.i)
    return " ".join(t.lower_ for t in pronoun) in words.reciprocal_pronouns


def _relief_approved(lex: RuleWords, verb: Token) -> Candidate | None:
    """Relief, a loan or a grant approved is provided: "the IMF approved a $3 billion loan for Pakistan",
    "the board approved a $2.5 million grant" (conventions §27); "approved the budget" stays SUPPORT."""
    words = lex.words
    for child in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        noun = counted(child, words)
        if relief(lex, noun):
            return Candidate(verb, Code("AID"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _for_relief(lex: RuleWords, verb: Token) -> bool:
    """Whether money is spent or given for relief: "spent $500 million on humanitarian programs",
    "allocated $3 million for emergency food", "dedicated $100 billion to arming and supporting Ukraine"."""
    words = lex.words
    for preposition in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in words.purpose_prepositions):
        for purpose in (g for g in preposition.children if g.dep_ in ("pobj", "pcomp")):
            for head in (purpose, *purpose.conjuncts):
                if head.pos_ in VERB_POS and lex.triggers.themes.get(head.lemma_.lower()) == "assist":
                    return True
                if head.pos_ in NOUN_POS and relief(lex, counted(head, words)):
                    return True
    return False


def _money_parties(verb: Token, lemma: str) -> list[Token]:
    """Who money changes hands with: who gives it and who receives it ("Japan gave $5 million to the
    flood victims", "gave $6 million to the World Food Programme", "provided Jordan $300 million", "UNHCR
    received $7 million", "received $3.5 million from Britain", "funded by the World Bank", "Saudi Arabia,
    which funds the rebels")."""
    by = agents(verb)
    described = [verb.head] if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in NOUN_POS else []
    if lemma == "receive":
        return subjects(verb) + by + described + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                                                 for g in c.children if g.dep_ == "pobj"]
    # "the largest donor, giving $600 million": a participle with no subject of its own gives as its clause's does (§114)
    givers = subjects(verb) or (subjects(verb.head) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else [])
    return givers + by + described + _money_receivers(verb)


def _money_receivers(verb: Token) -> list[Token]:
    """Whom a verb hands money to: "gave Jordan $300 million", "disbursed $50 million to Kenya"."""
    return [c for c in verb.children if c.dep_ == "dative"] + [
        g for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to" for g in c.children
        if g.dep_ == "pobj"]


def _nonaid_party(heads: list[Token], words: EventWords) -> bool:
    """Whether one of ``heads`` is a person or an actor of a sector that gives no aid ("Altman", "her", "the
    Islamic State"); an unnamed giver ("other nations", "it") or a body of unknown sector says nothing."""
    for head in heads:
        actor = actor_of(head)
        if a_person(head, words.person_pointers) or head.lower_ == "who" or (
                actor is not None and actor.kind != "country" and actor.sector is not None
                and actor.sector not in words.aid_recipient_sectors):
            return True
    return False


def _easing(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Easing a restriction is a concession: "relaxed visa controls", "loosened press rules", "will ease
    the crackdown" (PLOVER CONCEDE: "easing of administrative or legal restrictions"; conventions §19)."""
    words = lex.words
    if lemma not in words.easing_verbs:
        return None
    for child in objects(verb, words):
        noun = counted(child, words)
        if a_restriction(noun, words):
            return Candidate(verb, Code("CONCEDE"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _measure_abandoned(lex: RuleWords, verb: Token, lemma: str, verbs: list[str]) -> Candidate | None:
    """A side that cancels, abandons or puts off a measure of its own concedes: "shelved the planned tax", "axed
    its plan", "waived the visa fees", "rolled back the decree" (PLOVER CONCEDE: "many policy changes"; CAMEO 0832;
    conventions §454, §503). So does one that puts it on hold or on ice ("put the overhaul on hold"), or goes back
    from it ("backtracked on the levy", "climbed down over the tax", "reversed course on its plan"); a restriction
    held off or gone back from is eased (§35). A measure another party names as its own ("the opposition's
    proposal", "the US plan", "a plan by the mediators") is refused, not abandoned; a measure after a preposition
    of an abandoning verb is what a debate is on, not what is dropped ("postponed the vote on the bill"); and one
    dropped in a clause of condition is what another demands first ("unless Brussels drops its tax"): no reading."""
    words = lex.words
    doers = subjects(verb)
    # "the government shelved the tax": an executive body unnamed is a side too (§503)
    if not actor_in(doers, words) and not any(_of_the_state(lex, d, words.executive_sectors) for d in doers):
        return None
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words.precondition_marks for c in verb.children):
        return None
    # the small parser hangs "back" of "rolled back" and "away" of "backed away from" as adverbs
    adverbs = [c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1)]
    forms = {*verbs, *(f"{lemma} {a.lower_}" for a in adverbs)}
    if forms & words.abandoning_verbs:
        measures, eased = [c for c in objects(verb, words) if c.dep_ != "pobj"], frozenset()
    elif lemma in words.placing_verbs and any(
            g.lemma_.lower() in words.postponement_nouns for g in prepositional_objects(verb, ("on",))):
        measures, eased = [c for c in verb.children if c.dep_ == "dobj"], words.restriction_nouns
    elif forms & words.retreating_verbs or lemma in words.course_reversing_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in words.course_nouns for c in verb.children):
        measures = [g for head in (verb, *adverbs) for g in prepositional_objects(head, ("on", "over", "from", "of"))]
        eased = words.restriction_nouns
    else:
        return None
    for child in [*measures, *(c for m in measures for c in m.conjuncts)]:
        noun = counted(child, words)
        if _own_measure(noun, words, eased):
            return Candidate(verb, Code("CONCEDE"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    return None


def _own_measure(noun: Token, words: EventWords, eased: frozenset[str]) -> bool:
    """Whether ``noun`` is a measure of the subject's own, or one of the restrictions ``eased`` ("the planned
    tax", "its plan"), or the increase of such a measure or of a price ("the fuel tax increase", "the fuel price
    hike", "the rise in school fees": §504); not one another party names as its own."""
    if has_own_actor(noun) or _named_owner(noun):
        return False
    lemma = noun.lemma_.lower()
    if lemma in words.measure_increase_nouns:
        risen = [c for c in noun.children if c.dep_ == "compound"] + prepositional_objects(noun, ("of", "in"))
        return any(r.lemma_.lower() in words.own_measure_nouns | words.price_nouns for r in risen)
    return lemma in words.own_measure_nouns | eased


def _named_owner(noun: Token) -> bool:
    """Whether a possessive noun, not a pronoun, names whose the measure is: "the opposition's proposal" (its,
    their: the subject's own)."""
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children)


def _truce_in_effect(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """A truce that holds or takes effect is observed: "the ceasefire held", "a truce went into effect",
    "the armistice came into force" (conventions §18). One that does not hold is that event negated
    ("the ceasefire did not hold"), which the auxiliary modes read."""
    words = lex.words
    truce = next((c for c in subjects(verb) if c.dep_ == "nsubj" and c.lemma_.lower() in words.truce_nouns), None)
    if truce is None:
        return None
    in_effect = any(t.lemma_.lower() in words.effect_nouns for c in verb.children if c.dep_ in ("dobj", "prep")
                    for t in c.subtree)
    if lemma in words.truce_verbs or in_effect:
        return Candidate(verb, Code("RETREAT", "ceasefire"), SPECIFICITY["verb_object"], absorbed=[truce])
    return None


def _hostilities_halted(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Operations halted by an armed party, or military ones, end its hostilities: "the rebels halted all
    operations", "ordered its forces to suspend offensive operations", "the government stopped military
    operations" (manual RETREAT: "observing a ceasefire or otherwise ending active conflicts"; §413). A firm's
    operations halted ("halted operations at the mine") are a stoppage, read by the verb as before."""
    words = lex.words
    if lemma not in words.hostility_ending_verbs:
        return None
    if any(negates(c, words) for c in verb.children):
        return None  # "did not halt its operations": the verb's reading, negated
    # who halts: the verb's subject, or whom a verb of ordering tells to ("ordered the army to halt …")
    parties = [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
    parties = parties or subjects(verb)
    for noun in objects(verb, words):
        if noun.lemma_.lower() not in words.military_operation_nouns:
            continue
        modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")]
        military = [c for c in modifiers if c.lemma_.lower() in words.force_modifiers | words.combat_modifiers
                    or _assault(lex.triggers.nouns.get(c.lemma_.lower()))
                    or _assault(lex.triggers.compounds.get((c.lemma_.lower(), noun.lemma_.lower())))]
        if any(c.dep_ == "compound" and c not in military for c in modifiers):
            continue  # "halted the rescue operation", "suspended mining operations": named for another purpose
        if military or any(armed_party(p, words) for p in parties):
            return Candidate(verb, Code("RETREAT", "ceasefire"), SPECIFICITY["verb_object"], absorbed=[noun])
    return None


def _driven_out(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Armed men driven out of or from a place retreat from it (manual RETREAT: "military retreat from …
    territory"; §414): "the army drove the militants out of the town", "repelled the rebels from their last
    holdout". The driving is the subject's assault on them, and the retreat is theirs, away from the subject.
    Children, a bill or reporters driven out ("pushed the bill out of committee") retreat from nothing."""
    words = lex.words
    if lemma not in words.driving_out_verbs or not _names_a_source(lex, verb):
        return None
    if any(negates(c, words) for c in verb.children):
        return None
    if not any(_armed_group(lex, counted(o, words)) for o in objects(verb, words)):
        return None
    if any(_assault(lex.triggers.nouns.get(counted(s, words).lemma_.lower())) for s in subjects(verb)):
        return None  # "the offensive drove them out": the noun is the assault, told once (a verb of it is misread)
    return Candidate(verb, Code("ASSAULT"), SPECIFICITY["verb_object"], also=Code("RETREAT", "withdraw"),
                     also_by_recipients=True)


def _armed_flight(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """An armed group that flees a place retreats from it: "the militants fled the town", "soldiers fled from
    the base" (manual RETREAT: "military retreat"; §423). Civilians who flee retreat from nothing, and "gunmen
    fled the scene" leaves no ground."""
    words = lex.words
    if lemma not in words.fleeing_verbs or any(negates(c, words) for c in verb.children):
        return None
    if not any(_armed_group(lex, counted(s, words)) for s in subjects(verb)):
        return None
    places = [o for o in [*verb.children, *prepositional_objects(verb, ("from",))] if o.dep_ in ("dobj", "pobj")
              and (o.ent_type_ in PLACE_LABELS or o.lemma_.lower() in words.held_places)]
    return Candidate(verb, Code("RETREAT", "withdraw"), SPECIFICITY["verb_object"], absorbed=places[:1]) \
        if places else None


def _armed_group(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` names armed men, by the actor read or by its own sector ("the militants", "rebels")."""
    return armed_party(noun, lex.words) or armed_men(lex, noun)


def _assault(code: Code | None) -> bool:
    """Whether the lexicon's reading of a noun or compound is an attack: "offensive", "ground operation"."""
    return code is not None and code.type == "ASSAULT"


def _consequence(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Consequences announced for an actor are a threat: "Russia will pay a price", "Iran will be held
    responsible if …", "we would respond with force" (conventions §16), and so is a hostile regard announced
    for another's act or people: "Cairo would regard any deployment as a hostile act", "any ship could be
    treated as a target, Moscow warned" (§236). Said of the past, of no actor, of a contest ("will pay a
    price at the polls") or of another cause than the actor's own doing ("will suffer the consequences of the
    drought", §383), they are none."""
    words = lex.words
    regard = _hostile_regard(verb, lemma, words)
    named = [c for c in verb.children
             if c.dep_ in ("dobj", "oprd", "prep", "acomp") and f"{lemma} {c.lemma_.lower()}" in words.consequences]
    if not regard and not named:
        return None
    if any(of_another_cause(c) for c in named):
        return None  # "will suffer the consequences of the drought": a misfortune's, no act's held out (§383)
    # "will have to respond"; "will defend ourselves and respond with force" shares its first verb's modal (§191)
    clause = verb.head if verb.dep_ == "xcomp" else next(iter(shared_modal_verb(verb, words)), verb)
    # a regard that could be is the same warning: "could be viewed as targets"
    modals = words.announcing_auxiliaries | (words.possibility_auxiliaries if regard else frozenset())
    announced = any(c.dep_ in ("aux", "auxpass") and c.lower_ in modals for c in clause.children) \
        or conditional(verb, words)
    clause_subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    aimed = any(t._.actor for s in clause_subjects for t in s.subtree) \
        or any(s.lower_ in words.first_person | {"you"} for s in clause_subjects)
    if regard and any(c.dep_ in ("nsubjpass", "csubjpass") or c.dep_ == "nsubj" and c.pos_ == "PRON"
                      for c in clause.children):
        # the passive's subject is what is regarded, and "it" stands for the speaker: the party that warns is
        # the one that reports the regard ("any ship would be considered a target, the Houthis said"), or one the
        # parser left unnamed, who may be the speaker as in §102; a report by others is commentary ("analysts said")
        reporters = subjects(clause.head)
        aimed = clause.dep_ == "ccomp" and (not reporters or any(t._.actor for s in reporters for t in s.subtree))
    negated = any(negates(c, words) for c in (*verb.children, *clause.children))
    if not announced or not aimed or negated or _names_contest(verb, words):
        return None
    return Candidate(verb, Code("THREATEN"), SPECIFICITY["verb_object"],
                     subject_targeted=not regard and lemma not in words.response_verbs)


def _hostile_regard(verb: Token, lemma: str, words: EventWords) -> bool:
    """Whether a verb of judging holds its object or passive subject to be something hostile: "regard the move
    as an act of war", "be treated as a party to the war", "consider any attack an act of war", "be considered
    a legitimate target" (§236)."""
    if lemma not in words.regarding_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(_hostile_predicate(p, verb, words) for p in _held_to_be(verb, objects))


def _hostile_predicate(noun: Token, verb: Token, words: EventWords) -> bool:
    """An enemy, a target or a provocation; an act qualified as hostile; or one of war ("an act of war", "a party
    to the conflict", whose "to" the parser may hang on the verb)."""
    if noun.lemma_.lower() in words.hostile_predicates | words.war_nouns:
        return True
    if any(c.dep_ == "amod" and c.lower_ in words.hostile_modifiers for c in noun.children):
        return True
    phrases = [c for c in noun.children if c.dep_ == "prep"] + [c for c in verb.children
                                                               if c.dep_ == "prep" and c.i > noun.i]
    return any(g.dep_ == "pobj" and g.lemma_.lower() in words.war_nouns for p in phrases for g in p.children)


def _cooperation(lex: RuleWords, verb: Token, verbs: list[str]) -> Candidate | None:
    """Cooperation begun or expanded is COOPERATE, the manual's "initiate, resume, improve, or expand …
    cooperation": "boosted security cooperation", "set up a joint investigation team", "launched a joint
    bid with Spain" (conventions §26)."""
    words = lex.words
    expanding = any(v in words.expanding_verbs for v in verbs)
    # "put together" has a particle the parser may read as an adverb, and the trigger table does not list (§114)
    founding = any(v in words.founding_verbs for v in verbs) or any(
        f"{verb.lemma_.lower()} {c.lower_}" in words.founding_verbs for c in verb.children if c.dep_ in ("prt", "advmod"))
    rising = any(v in words.rising_verbs for v in verbs)
    if not expanding and not founding and not rising:
        return None
    # "trade between the two countries resumed", "bilateral trade rose" or "…, rising by 20 percent" (§114)
    doers = subjects(verb) or (subjects(verb.head) if verb.dep_ == "advcl" and not to_infinitive(verb) else [])
    if (expanding or rising) and not objects(verb, words) and any(
            s.lemma_.lower() in words.cooperation_nouns and (_between_parties(s) or _joint_modified(s, words))
            for s in doers):
        return Candidate(verb, Code("COOPERATE"), SPECIFICITY["verb"])
    for child in objects(verb, words):
        noun = counted(child, words)
        expanded = expanding and noun.lemma_.lower() in words.cooperation_nouns
        # violence done jointly is still violence: "launched coordinated attacks" (conventions §123)
        founded = founding and any(
            c.dep_ in ("amod", "compound") and c.lower_ in words.joint_modifiers for c in noun.children) \
            and not ((code := noun_code(lex, noun)) and code[0].type == "ASSAULT")
        if expanded or founded:
            return Candidate(verb, Code("COOPERATE"), SPECIFICITY["verb_object"], absorbed=[child, noun])
    if founding and (furthered := _founded_to_further(verb, words)):
        return Candidate(verb, Code("COOPERATE"), SPECIFICITY["verb_object"], absorbed=[furthered])
    return None


def _founded_to_further(verb: Token, words: EventWords) -> Token | None:
    """The cooperation a body is founded to further: "a programme launched to further collaboration between the
    navies", whose infinitive the parser reads as "to" and an adjective "further" (conventions §395). Only after a
    founding verb, since "the talks led to further cooperation" is that adjective."""
    return next((g for g in prepositional_objects(verb, ("to",)) if g.lemma_.lower() in words.cooperation_nouns
                 and any(c.dep_ == "amod" and c.lemma_.lower() in words.expanding_verbs for c in g.children)), None)


def _joint_modified(noun: Token, words: EventWords) -> bool:
    """"bilateral trade", "joint cooperation": a joint modifier names the two sides."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words.joint_modifiers for c in noun.children)


# The prepositions before a side of an exchange: "trade between Mali and Niger", "supplies to Spain".
_SIDE_PREPOSITIONS = ("between", "with", "to", "from", "into")


def _exchange_resumed(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Exchange taken up again or begun between two sides is COOPERATE, as resumed cooperation is (conventions §451;
    PLOVER: "initiate, resume … mutual material cooperation or exchange"): "trade between Mali and Niger resumed on
    Tuesday", "Algeria resumed gas supplies to Spain", "reopened the crossing to cargo traffic", "started exporting
    grain"; and goods that flow from one to the other, begun or not ("gas flowed into Italy from Algeria", "Kazakh oil
    began flowing to China", §509). Not with one side only ("the airline resumed flights"), not what is no exchange
    ("fighting resumed", "resumed aid": AID's own), and not a verb that only begins another ("exports to China began to
    slow"); the flow a verb begins is the flow's own ("began flowing"). Power grids two countries synchronise or connect
    are the path of their electricity (§510)."""
    words = lex.words
    if lemma in words.flowing_verbs:
        if not _flow_told(lex, verb):
            return None
    elif lemma in words.resuming_verbs:
        if any(c.dep_ == "xcomp" and c.lemma_.lower() not in words.exchange_verbs for c in verb.children):
            return None
    elif lemma not in words.grid_joining_verbs:
        return None
    doers = _exchangers(verb, words)
    for exchange in _exchanges(lex, verb):
        if _two_sides(lex, verb, exchange):
            if exchange in doers:  # "flights between Qatar and Bahrain resumed"
                return Candidate(verb, Code("COOPERATE"), SPECIFICITY["verb"])
            return Candidate(verb, Code("COOPERATE"), SPECIFICITY["verb_object"], absorbed=[exchange])
    return None


def _exchanges(lex: RuleWords, verb: Token) -> Iterator[Token]:
    """What a verb of resuming takes up that is exchanged (english.yaml `exchange_nouns`): its object ("resumed
    exports"), its subject where it has no object ("flights resumed", not "the flight started its descent"), what it
    opens something to ("reopened the bridge to cargo traffic"), or a verb of exchange it begins ("started exporting
    grain"). A time is no object ("resumed on Sunday"). A verb of flowing takes up the good that flows: its subject
    ("gas flowed"), or what a flow begun conveys ("began piping gas"); goods a verb sends on its own are sent, no flow
    ("Qatar shipped wheat to Egypt", §341's)."""
    words = lex.words
    if verb.lemma_.lower() in words.flowing_verbs:
        # what a verb sends on its own is sent; its subject flows (the parser may take an apposition for an object)
        conveyed = [c for c in verb.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
        flowing = _exchangers(verb, words) + conveyed
        yield from (g for c in flowing for g in (counted(c, words), *c.conjuncts) if _flowing_good(lex, g))
        return
    if verb.lemma_.lower() in words.grid_joining_verbs:
        yield from (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words.grid_nouns)
        return
    taken = [c for c in verb.children if c.dep_ == "dobj"] \
        or [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns = [t for c in taken for t in (counted(c, words), *c.conjuncts)]
    nouns += [g for head in (verb, *nouns) for g in prepositional_objects(head, ("to", "for"))]
    # what it opens something to, where the parser reads "to cargo traffic" as an infinitive "to cargo"; not what
    # the act is for ("resumed talks to boost trade")
    nouns += [c for c in verb.children if c.dep_ == "advcl" and to_infinitive(c)]
    yield from (n for n in nouns if not lex.names_a_time(n) and n.lemma_.lower() in words.exchange_nouns)
    yield from (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in words.exchange_verbs)


def _flow_told(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb of flowing tells a flow that takes place: as a clause of its own or one reported ("gas flowed
    into Italy", "officials said oil flowed to Turkey"), or begun or resumed ("oil began flowing"); not a flow another
    verb stops or describes ("stop gas flowing to Europe", "gas that flows to Italy", "continued to flow")."""
    head = verb.head.lemma_.lower()
    return verb.dep_ in ("ROOT", "conj") or (verb.dep_ == "ccomp" and head in lex.triggers.reporting) or (
        verb.dep_ == "xcomp" and head in lex.words.resuming_verbs)


def _exchangers(verb: Token, words: EventWords) -> list[Token]:
    """The verb's subjects; a flow begun or resumed has its beginning verb's ("Chad and Niger restarted pumping
    crude")."""
    if verb.dep_ == "xcomp" and verb.lemma_.lower() in words.flowing_verbs:
        return subjects(verb.head)
    return subjects(verb)


def _flowing_good(lex: RuleWords, noun: Token) -> bool:
    """A good that flows (plover_goods_nouns.csv, english.yaml `flowing_energy`, or an exchange noun: "the first
    shipment … flowed"); not people ("refugees flowed"), money, or arms, whose flow §341's aid and supply read."""
    lemma = noun.lemma_.lower()
    return not lex.names_a_time(noun) and lemma not in materiel_nouns() and (
        lemma in goods_nouns() or lemma in lex.words.flowing_energy or lemma in lex.words.exchange_nouns)


def _two_sides(lex: RuleWords, verb: Token, exchange: Token) -> bool:
    """Whether the sentence names two sides of the exchange: as subjects ("Kenya and Tanzania restarted fuel
    exports"), joined modifiers of a subject ("Chinese and Laotian railway authorities"), a possessive, or after a
    preposition of the verb or the exchange ("supplies to Spain", "flights between Qatar and Bahrain"); or a joint
    modifier says there are two ("bilateral trade"). One modifier and its noun are one side ("Russian traders"); a
    good's first modifier that names a party is where it comes from ("Kazakh oil began flowing to China", §509), the
    "of" of a shipment included, and "Iraqi Kurdish oil" one source."""
    if _joint_modified(exchange, lex.words):
        return True
    goods = (exchange, *exchange.conjuncts, *prepositional_objects(exchange, ("of",)))
    # a good is no side, though its modifier makes it an actor's ("Kenyan tea")
    doers = [d for d in _exchangers(verb, lex.words) if d not in goods]
    source = next((c for g in goods for c in g.children if c.dep_ in ("amod", "compound") and names_a_party(lex, c)),
                  None) if verb.lemma_.lower() in lex.words.flowing_verbs else None
    named = [*doers, *(c for d in doers for c in d.children if c.dep_ in ("amod", "compound", "poss") and c.conjuncts),
             *(c for c in exchange.children if c.dep_ == "poss" and c.pos_ != "PRON"),  # "its" is the subject's
             *([source] if source is not None else []),
             # the parser may make "to Italy" after an object a dative ("began piping gas to Italy")
             *(g for head in (verb, exchange) for p in head.children
               if p.dep_ in ("prep", "dative") and p.lower_ in _SIDE_PREPOSITIONS for g in p.children if g.dep_ == "pobj")]
    return len({t.i for n in named for t in (n, *n.conjuncts) if names_a_party(lex, t)}) >= 2


def _goods_exchanged(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Goods, arms, energy or people two sides give each other are their exchange (conventions §544; PLOVER: "mutual
    material cooperation or exchange"): "Russia and Iran started swapping gas", "Chad and Niger exchanged army
    officers", "Ukrainian grain was exchanged for Turkish armoured vehicles". Not a text or a word ("exchanged letters",
    "exchanged fire"), money, envoys ("exchanged ambassadors": ties), captives (the release the verb-object table
    reads, §47), nor with one side only ("swapped seeds")."""
    words = lex.words
    if lemma not in words.exchanging_verbs:
        return None
    for given in objects(verb, words):
        noun = counted(given, words)
        if _exchanged_material(lex, noun) and (_two_sides(lex, verb, noun) or _bartered_between_sides(lex, verb, noun)):
            return Candidate(verb, Code("COOPERATE"), SPECIFICITY["verb_object"], absorbed=[noun])
    return None


def _exchanged_material(lex: RuleWords, noun: Token) -> bool:
    """Whether what is exchanged is material (§544): a good, arms or energy (plover_goods_nouns.csv,
    plover_materiel_nouns.csv, `flowing_energy`), an exchange noun, or people who are neither envoys nor captives;
    not a text (plover_triggers `publications`: "letters", "notes") nor what has an event of its own."""
    words, lemma = lex.words, noun.lemma_.lower()
    if lex.names_a_time(noun) or lemma in lex.triggers.publications or noun_code(lex, noun):
        return False
    if lemma in goods_nouns() | materiel_nouns() or lemma in words.flowing_energy | words.exchange_nouns:
        return True
    return _a_person(noun, words) and noun.pos_ != "PRON" \
        and lemma not in words.captive_nouns and not an_envoy(noun, words)


def _bartered_between_sides(lex: RuleWords, verb: Token, given: Token) -> bool:
    """Whether a good given "for" another names two sides by its own party and the other good's ("Ukrainian grain was
    exchanged for Turkish vehicles"), or by the giver and the other good's ("India swapped rice for Iranian oil")."""
    returned = [g for g in prepositional_objects(verb, ("for",)) if _exchanged_material(lex, counted(g, lex.words))]
    owners = [c for g in (given, *returned) for c in g.children if c.dep_ in ("amod", "compound", "poss")]
    named = [*_exchangers(verb, lex.words), *owners] if returned else []
    return len({t.i for n in named for t in (n, *n.conjuncts) if names_a_party(lex, t)}) >= 2


def _records_passed(lex: RuleWords, verb: Token, verbs: list[str]) -> Candidate | None:
    """Records one country's party passes to another country's are shared intelligence (conventions §545; PLOVER
    COOPERATE: "voluntary exchanges or sharing of intelligence and other significant information", CAMEO 064):
    "Georgian prosecutors handed over case files to their U.S. counterparts", "Swiss authorities released account
    records to Malaysian prosecutors", "handed Syrian authorities a list of suspected militants". Not within one
    country ("the FBI turned over documents to Congress") nor a message sent ("sent a letter to Washington")."""
    words = lex.words
    if not words.record_passing_verbs.intersection(verbs):
        return None
    records = [n for o in objects(verb, words) if (n := counted(o, words)).lemma_.lower() in words.record_nouns]
    receivers = [g for head in (verb, *records) for g in prepositional_objects(head, ("to",))]
    receivers += [g for c in verb.children if c.dep_ == "dative"
                  for g in ([c] if c.pos_ != "ADP" else [p for p in c.children if p.dep_ == "pobj"])]
    givers = countries_named(subjects(verb))
    return Candidate(verb, Code("COOPERATE"), SPECIFICITY["verb_object"], absorbed=records) \
        if records and givers and countries_named(receivers) - givers else None


def _coordination(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Parties that act in concert cooperate (conventions §114): "Kenya is coordinating with Uganda", "the two
    governments coordinated their response". Not without a party for partner: "she coordinated the campaign",
    "the blast was coordinated with the explosion", "we have to better coordinate"."""
    words = lex.words
    if lemma not in words.coordinating_verbs or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    partners = [g for g in prepositional_objects(verb, ("with",)) for g in (g, *g.conjuncts)]
    doers = [t for s in subjects(verb) for t in (s, *s.conjuncts)]
    several = len([d for d in doers if a_party(d)]) > 1 or any(
        d.tag_ == "NNS" and d.lemma_.lower() in words.reciprocal_heads for d in doers)
    return Candidate(verb, Code("COOPERATE"), SPECIFICITY["verb"]) \
        if several or any(a_party(p) for p in partners) else None


def _joint_work_intended(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Work with another party that an actor wants, hopes, intends or plans to do is willingness to cooperate, though
    the work is no event (the manual's AGREE, "indicate willingness … to cooperate"; conventions §464): "Kenya wants
    to work with Chad", "hopes to continue to work together with Fiji". The party it is done with receives it. Not work
    with no one ("wants to work hard", "plans to work on its budget") nor work merely announced ("would work with")."""
    words = lex.words
    if lemma not in words.joint_work_verbs or verb.dep_ != "xcomp" or not to_infinitive(verb):
        return None
    intention = verb.head
    if intention.lemma_.lower() in words.continuing_verbs and intention.dep_ == "xcomp" and to_infinitive(intention):
        intention = intention.head  # "hopes to continue to work with": the intention is the hope's
    if intention.lemma_.lower() not in words.intention_verbs or not actor_in(subjects(intention), words):
        return None
    together = any(c.dep_ == "advmod" and c.lower_ in words.joint_modifiers for c in verb.children)
    partners = [g for g in prepositional_objects(verb, ("with",)) for g in (g, *g.conjuncts)]
    if not together and not any(a_party(p) for p in partners):
        return None
    return Candidate(verb, Code("AGREE"), SPECIFICITY["verb"], aux={"future"})


def _between_parties(noun: Token) -> bool:
    """"trade between the two countries", "cooperation with Mexico": the noun names the other side."""
    return any(p.dep_ == "prep" and p.lower_ in ("between", "with") and any(g.dep_ == "pobj" for g in p.children)
               for p in noun.children)


def _cooperation_pact(lex: RuleWords, verb: Token, verbs: list[str]) -> Candidate | None:
    """A pact of cooperation or trade signed is signed (SUPPORT) and begins that cooperation, which its noun
    reports (COOPERATE, conventions §36): "signed a trade pact", "signed a memorandum on defense cooperation".
    The verb's event leaves the noun to report its own."""
    words = lex.words
    if lex.triggers.pact_verbs.isdisjoint(verbs):
        return None  # none of these verbs has a pact for an object
    for child in objects(verb, words):
        noun = counted(child, words)
        code = next((c for v in verbs if (c := lex.triggers.verb_objects.get((v, noun.lemma_.lower())))), None)
        if code and noun.lemma_.lower() in lex.triggers.pacts and names_cooperation(noun, words):
            return Candidate(verb, code, SPECIFICITY["verb_object"])
    return None


def _electoral_choice(lex: RuleWords, verb: Token, lemma: str) -> bool:
    """Whether a preference is a ballot or a poll's finding: its holders are an electorate or a share of
    one ("voters", "19 percent of students", "6 in 10 men", "backed by a majority of women"), or it is a
    vote for or against a person, named or standing ("voted for Kennedy", "vote for the candidate of their
    choice"); a vote on a measure is an act."""
    words = lex.words
    if held_by_electorate(lex, verb):
        return True
    return lemma in words.ballot_verbs and any(
        a_person(g, words.person_pointers) or (g.pos_ == "NOUN" and g.lemma_.lower() in words.contest_doers)
        for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "against")
        for g in c.children if g.dep_ == "pobj")


def held_by_electorate(lex: RuleWords, verb: Token) -> bool:
    """Whether the verb's subject (or a passive verb's agent) is an electorate or a share of one: its
    own, a relative clause's noun ("respondents who support"), or its governing clause's ("voters have
    formed a coalition, supporting her by 67 points")."""
    passive = any(c.dep_ in ("nsubjpass", "agent") for c in verb.children)
    holders = agents(verb) if passive else subjects(verb)
    holders = described_holders(verb, holders)
    if verb.dep_ == "advcl" and not holders:
        holders = subjects(verb.head)
    return any(_electorate(h, lex.words) for h in holders)


def _stance(verb: Token, abstract_nouns: frozenset[str]) -> bool:
    """Whether a preference in the present describes the noun it modifies: "a voter who supports Trump",
    "groups supporting her", "rebels who are backed by Iran" — who someone is, not an act of support."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in NOUN_POS or verb.head.lemma_.lower() in abstract_nouns:
        return False  # "a statement supporting Israel's right" voices support
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in verb.children):
        return False  # "Wade, whom he now supports": the stance is the subject's, not the noun's
    if verb.tag_ in PRESENT_TAGS:
        return True
    present = all(c.lower_ in ("is", "are", "am") for c in verb.children if c.dep_ in ("aux", "auxpass"))
    passive = any(c.dep_ == "auxpass" for c in verb.children)  # "rebels who are backed by Iran"
    return present and (verb.tag_ == "VBG" or (verb.tag_ == "VBN" and passive))


def _electorate(holder: Token, words: EventWords) -> bool:
    """"voters", "19 percent", "6 in 10 white men", "a majority of women", "most"; not "the majority of
    Democrats", a share of an actor."""
    lemma = holder.lemma_.lower()
    group = prepositional_objects(holder, ("of",))
    if lemma in words.electorate_nouns or holder.ent_type_ == "PERCENT" \
            or any(g.lemma_.lower() in words.electorate_nouns for g in group):
        return True
    if lemma in words.share_nouns:
        return not any(t._.actor or t.ent_type_ in NAME_LABELS for g in group for t in g.subtree)
    return any(c.dep_ == "nummod" and any(g.lower_ == "in" for g in c.children) for c in holder.children)


def _addresses_audience(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb of speaking is said to an audience — the press, a crowd, supporters, a media
    actor — rather than to someone it consults."""
    words = lex.words
    for listener in (g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with")
                     for g in c.children if g.dep_ == "pobj"):
        actor = actor_of(listener)
        if listener.lemma_.lower() in words.audience_nouns or (actor is not None and actor.sector == "MED"):
            return True
        # "spoke to Breitbart News", "speaking to the US Conference of Mayors": an outlet or a gathering by name
        if listener.ent_type_ in NAME_LABELS and any(
                t.lower_ in words.audience_name_words for t in (listener, *listener.children) if t.dep_ != "prep"):
            return True
    return False


def _call_by_a_medium(lex: RuleWords, verb: Token, lemma: str) -> Candidate | None:
    """Speaking with a partner by a remote medium is a call: "spoke via videoconference with his counterpart",
    "the two leaders talked by telephone" (CONSULT/phone, the manual's "consultation by phone or other media";
    conventions §441). The parser may hang the partner on the medium ("via videoconference with …"): a medium
    said to the press is no call either, nor are residents or workers on the phone."""
    words = lex.words
    if lemma not in words.address_verbs:
        return None
    # the parser may take "talked by telephone" for a passive's agent
    media = [g for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in words.medium_prepositions
             for g in c.children if g.dep_ == "pobj" and _remote_medium(lex, g)]
    if not media or any(_addresses_audience(lex, m) for m in media) or not _with_a_partner(lex, verb):
        return None
    if any(a.sector in words.crowd_sectors for a in subject_actors(verb)):
        return None  # "residents spoke by phone from the city": people of a walk of life tell, they consult no one
    return Candidate(verb, _CALL, SPECIFICITY["phrasal"], absorbed=media)  # "via video link" is no second call


def _remote_medium(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` is a remote medium of a call: "phone", "teleconference", or a compound the lexicon codes
    as a call ("video link")."""
    lemma = noun.lemma_.lower()
    return lemma in lex.words.remote_media or any(
        lex.triggers.compounds.get((c.lemma_.lower(), lemma)) == _CALL for c in noun.children if c.dep_ == "compound")


def _with_a_partner(lex: RuleWords, verb: Token) -> bool:
    """Whether a discussion has more than one party: someone "with", "between" or "among" whom it happens,
    several subjects ("the two leaders", "Kenya and Chad", "we"), or a meeting or visit it is held in or
    governed by ("discussed at the summit", "during Cameron's visit", "a meeting discussing the plan")."""
    words, triggers = lex.words, lex.triggers
    if with_a_party(verb) or any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in verb.children):
        return True
    holders = described_holders(verb, subjects(verb))
    if any(h.tag_ in ("NNS", "NNPS") or h.conjuncts or h.lower_ in words.group_pronouns | words.reciprocal_counts
           or any(c.lower_ in words.reciprocal_counts for c in h.children) for h in holders):
        return True
    occasions = [counted(g, words) for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ in ("acl", "advcl", "xcomp", "relcl"):
        occasions.append(verb.head)
    return any((triggers.nouns if o.pos_ in NOUN_POS else triggers.verbs).get(o.lemma_.lower(), Code("")).type
               == "CONSULT" for o in occasions)


def _courtesy(lex: RuleWords, verb: Token) -> bool:
    """Whether thanks or a greeting go to an audience ("thanked his supporters", "greeted the crowd") or
    are the formula "thank you" with no one who thanks."""
    thanked = [c for c in verb.children if c.dep_ == "dobj"]
    if any(t.lemma_.lower() in lex.words.audience_nouns for t in thanked):
        return True
    return [t.lower_ for t in thanked] == ["you"] and not any(c.dep_ == "nsubj" for c in verb.children)


def _on_own(lex: RuleWords, verb: Token) -> bool:
    """Whether the verb's object is its subject or the subject's own idea or act: "himself", "her
    decision", "his comments" — not "its ally"."""
    own = lex.words.own_determiners
    direct_objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(direct_objects) and all(o.lower_ in own or (o.lemma_.lower() in lex.abstract_nouns and any(
        c.dep_ == "poss" and c.lower_ in own for c in o.children)) for o in direct_objects)


def _acts_on_something(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb whose object decides its sense acts on an actor, a person or a thing
    ("recognized Kosovo's independence", "questioned the suspect"), not on an idea or a clause
    ("recognized the need", "questioned the science", "questioned whether he could win")."""
    words = lex.words
    for thing in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if actor_in([thing], words):
            return True
        if thing.pos_ == "PRON":
            if thing.lower_ not in words.not_an_object_pronouns:
                return True
        elif thing.pos_ != "NUM" and thing.lemma_.lower() not in lex.abstract_nouns:  # "received at least 42": a count
            return True
    return False


def _freezes_something(verb: Token) -> bool:
    """Whether a verb of freezing has something frozen: its object or passive subject, the noun it describes ("the
    assets the EU froze", "froze assets" read as "frozen assets"), the object its conjunct verb shares ("seized and
    froze the funds") or the object it is said of ("kept Budapest's funds frozen")."""
    return bool(acted_on(verb)) or verb.dep_ in ("relcl", "amod") or any(acted_on(c) for c in verb.conjuncts) \
        or verb.dep_ == "oprd" and bool(acted_on(verb.head))


def _approves_acts(lex: RuleWords, verb: Token) -> bool:
    """Whether everything a verb that also approves acts on (its object or passive subject, with their conjuncts) is
    an act and names no party: a common noun one of whose senses is an act or a meeting (plover_act_nouns.csv) and
    none a thing (plover_thing_nouns.csv) — "sanctioned the use of force", "the sale was sanctioned by parliament"
    (conventions §621). "Sanctioned two Russian banks" (a bank is a slope as well as a shot) and "sanctioned 1,000
    individuals" punish."""
    approved = [noun for thing in acted_on(verb) for noun in counted_with_conjuncts(thing, lex.words)]
    return bool(approved) and all(
        noun.tag_ in ("NN", "NNS") and (lemma := noun.lemma_.lower()) in act_noun_kinds()
        and lemma not in thing_noun_kinds() and not names_a_party(lex, noun) for noun in approved)


def _approves_a_thing(lex: RuleWords, verb: Token) -> bool:
    """Whether everything a verb of approval acts on (its object or passive subject, with their conjuncts) is a thing
    that does not act (plover_nonagent_nouns.csv: nature, a body part, a substance, a conveyance, a structure, a
    machine …) and names no party (conventions §595): "welcomed the rain", "hailed a taxi", "recognized the gunman's
    car". Value is left out: "welcomed the funds from the World Bank" approves who gives them; so is a name, whatever
    its common sense: "commended Musk" praises a man, not a substance."""
    kinds = nonagent_nouns()
    approved = [noun for thing in acted_on(verb) for noun in counted_with_conjuncts(thing, lex.words)]
    return bool(approved) and all(noun.tag_ in ("NN", "NNS") and kinds.get(noun.lemma_.lower(), "value") != "value"
                                  and not names_a_party(lex, noun) for noun in approved)


def _fulfils(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb of meeting fulfils or undergoes something and gathers no one (conventions §72): what is
    met is a requirement or a goal ("met the deadline", "the objective has been met", "a threshold met only by
    two candidates", "make ends meet"), or what a thing or a passive subject meets "with" is a reaction, an
    idea ("the plan was met with skepticism", "the proposal met with criticism"); "met with the aim of a
    truce" and "met his counterpart" gather."""
    words = lex.words
    met = acted_on(verb)
    if not met and not any(c.dep_ == "prep" for c in verb.children):
        met += [c for c in verb.children if c.dep_ == "nsubj"]  # "make ends meet"
    if any(counted(m, words).lemma_.lower() in words.fulfilled_nouns for m in met):
        return True
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    doers = subjects(verb)
    # an active one meets a reaction only as an idea does: "the proposal met with criticism"
    if not passive and not (doers and all(d.lemma_.lower() in lex.abstract_nouns and not actor_in([d], words)
                                          for d in doers)):
        return False
    return any(counted(r, words).lemma_.lower() in lex.abstract_nouns and not actor_in([r], words)
               for r in prepositional_objects(verb, ("with",)))


def _defends_no_party(lex: RuleWords, verb: Token) -> bool:
    """Whether what a verb of support defends is no party (conventions §73): not an actor, a person or a
    group (a WordNet person or group noun, a personal pronoun) but an idea, a text, an act, a right or a
    place ("defended the Constitution", "defend gun rights", "defending his executive actions", "defended
    the view that …", "to defend its territory"); "defended its ally", "defended the organization",
    "defended the proposed laws" (WordNet's law is first a group) and "defending me" support."""
    defended = acted_on(verb)
    return bool(defended) and not any(names_a_party(lex, d) for d in defended)


def _offers_no_act(lex: RuleWords, verb: Token) -> bool:
    """Whether what a verb of offering offers is an idea, a text, a quality or a state and no act (conventions
    §84): every thing offered — its object, passive subject or the noun a participle describes — is a WordNet
    abstract noun that names no event, no relief and no money, and no infinitive or clause says an act
    ("offered fewer caveats", "offer counterarguments", "was offered a full scholarship", "offer cheaper
    insurance"); "offered to mediate", "offered talks", "offered aid", "offered $5 million" are read as before."""
    words = lex.words
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    # "was offered a scholarship": the one offered it is the passive subject, the object what is offered
    offered = [counted(o, words) for o in [c for c in verb.children if c.dep_ == "dobj"] or acted_on(verb)]
    # what it is a measure of is offered too: "a level of military and technical support"
    named = offered + [g for o in offered for g in prepositional_objects(o, ("of",))]
    # a reply or a speech offered is given ("offered a halting response", §474)
    return bool(offered) and all(abstract(lex, o) or o.lemma_.lower() in words.given_replies
                                 for o in offered) and not any(
        noun_code(lex, n, carried=True) is not None or relief(lex, n) or lex.relief_goods.get(n.lemma_.lower())
        or n.lemma_.lower() in words.money_nouns for n in named + [c for n in named for c in n.conjuncts])


def _offered_by_a_thing(lex: RuleWords, verb: Token) -> bool:
    """Whether every subject of a verb of offering or promising — or the noun its relative clause describes — is a
    thing, an idea, a text, a quality or a state (a WordNet thing noun, §200, or abstract noun, §10) that names no
    party and no deed, done or said, and has no owner or actor of its own (conventions §428): WordNet's offer.v.01
    and promise.v.04, whose subject is a thing ("the territory offers more delegates", "name recognition can offer
    an edge", "rising costs promise to swell the deficit"). "The ministry offered to mediate", "it offered talks",
    "the radical group has promised", "the statement pledged support" (a message stands for its author, as in §105)
    and "his campaign offered to pay" keep their reading."""
    doers = described_holders(verb, subjects(verb))
    return bool(doers) and all(
        (abstract(lex, noun := counted(d, lex.words)) or noun.lemma_.lower() in thing_noun_kinds())
        and not names_a_party(lex, d) and not has_own_actor(d)
        and not any(c.dep_ == "poss" for c in d.children)  # "his plan offers": its owner's act
        and noun.lemma_.lower() not in deed_nouns() for d in doers)


def _bound_person(lex: RuleWords, verb: Token) -> bool:
    """Whether a binding verb is a past participle before the person noun it describes, which names who is bound by
    a pledge, not a pledge made (WordNet pledge.v.05, conventions §427): "her lead in pledged delegates", "the number
    of pledged delegates"; "promised reforms", "the pledged aid" name what is promised."""
    noun = verb.head
    return verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBD") and verb.i < noun.i \
        and party_noun_kinds().get(counted(noun, lex.words).lemma_.lower()) == "person"


def vowed_to_compete(lex: RuleWords, verb: Token) -> bool:
    """Whether every clause a promise verb governs is a candidate's act of going on competing (``_competes``), which
    commits to no cooperation with anyone (PLOVER AGREE; conventions §434): "vowed to press on to the next primary",
    "pledged to stay in the race and win the nomination". "Pledged to support the nominee" stays a promise."""
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]  # "promised that he is staying in the race"
    clauses += [c for clause in clauses for c in clause.conjuncts]
    return bool(clauses) and all(_competes(lex.words, clause) for clause in clauses)


def _competes(words: EventWords, verb: Token) -> bool:
    """Whether a verb names going on in a contest: a verb of competing or going on with no object of its own
    ("compete in the final primary", "run for the Senate", "press on"; not "press on with the talks", "run the
    country"), staying in a contest or a campaign ("remain in the race"), winning a contest or a place contested
    ("win the nomination", "win his home state", `contest_places`),
    or carrying one's own campaign somewhere ("take his campaign to the convention floor"; not "widen its campaign
    against shipping", an act of its own)."""
    lemma = verb.lemma_.lower()
    # a particle, or one the parser took for a preposition with no object: "vows to press on to next primary"
    phrasal = {f"{lemma} {c.lower_}" for c in verb.children
               if c.dep_ in ("prt", "advmod") or c.dep_ == "prep" and not any(c.children)}
    held = [counted(c, words) for c in verb.children if c.dep_ in OBJECT_DEPS]
    if lemma in words.competing_verbs or phrasal & words.competing_verbs:
        return not held and not prepositional_objects(verb, ("with",))
    if lemma in words.contest_staying_verbs:
        return any(counted(g, words).lemma_.lower() in words.contest_nouns | words.campaign_gatherings
                   for g in prepositional_objects(verb, ("in",)))
    if lemma in words.contest_winning_verbs:
        return bool(held) and all(o.lemma_.lower() in words.contest_nouns | words.contest_places for o in held)
    return lemma in words.campaign_carrying_verbs and any(
        o.lemma_.lower() in words.campaign_gatherings and any(c.dep_ == "poss" for c in o.children) for o in held)


def _disregards_no_party(lex: RuleWords, verb: Token) -> bool:
    """Whether what a verb of disregard disregards is neither a party nor anything a party asks or sets (conventions
    §85): not an actor, a person or a group (a WordNet person or group noun, a personal pronoun), an event named
    ("the warning", "the ceasefire"), a call, an order or another noun of asking or of a verbal act ("calls to free
    him", "a court order"), a law or a requirement, but an idea, a fact, a place's affairs
    ("ignored the evidence", "veterans' issues were ignored", "ignoring the progress"); "ignored the
    ultimatum", "ignored Kenya's calls", "ignored the court" and "ignored them" refuse."""
    words = lex.words
    ignored = acted_on(verb)
    # what a party owns is its own: "the court's ruling", "Kenya's proposal"
    ignored += [c for d in ignored for c in d.children if c.dep_ == "poss"]
    return bool(ignored) and not any(
        names_a_party(lex, d) or d.pos_ != "PRON" and (
            (noun := counted(d, words)).lemma_.lower() in words.fulfilled_nouns or _a_partys_doing(lex, noun))
        for d in ignored)


def _a_partys_doing(lex: RuleWords, noun: Token) -> bool:
    """Whether a noun names what a party does, asks or sets: an event named ("the warning", "the arrests"), a call,
    an order or another noun of asking or of a verbal act ("calls to free him", "a court order"), the noun of a
    governing verb ("the decision", "the plan"), a law or a pact."""
    words, lemma = lex.words, noun.lemma_.lower()
    return lemma in words.legislation_nouns | words.calling_nouns | lex.triggers.pacts or lemma in lex.governor_nouns \
        or lemma in lex.fallback.verbal_nouns or noun_code(lex, noun, carried=True) is not None


def _hosts_no_guest(lex: RuleWords, verb: Token) -> bool:
    """Whether what a verb of hosting hosts is neither a guest nor an event of several parties (conventions §86):
    not an actor, a person or a group (a WordNet person or group noun, a personal pronoun), an event noun or a meeting,
    named or not (`meeting_nouns`: "the Leaders' Summit", "the forum"), but
    a programme, a show or an occasion ("hosts a Sunday talk show", "co-hosts the podcast", "is set to host the
    second nomination contest", "hosted a get-out-the-vote event"); "hosted the Chinese president", "hosted
    talks", "hosted the delegation" and "hosted them" receive someone. A stance received is held toward the
    receiver, no event hosted ("received the blessing of Congress", §505)."""
    words = lex.words
    hosted = described_holders(verb, acted_on(verb))  # "the forum, which will be hosted by …"
    return bool(hosted) and not any(
        names_a_party(lex, h) or h.pos_ != "PRON" and (
            (noun := counted(h, words)).lemma_.lower() in words.meeting_nouns
            or noun.lemma_.lower() not in lex.stance_nouns and noun_code(lex, noun, carried=True) is not None)
        for h in hosted)


def _a_standing_state(lex: RuleWords, verb: Token, lemma: str) -> bool:
    """Whether a verb of hosting, of a seat or of meeting says, in the simple present, where people or a body are, or
    how often a body sits, rather than what a party does (conventions §203): what is no person and no armed party
    "hosts" a number of people, or what is no party and no meeting ("Turkey hosts about 3.2 million refugees",
    "Geneva hosts the European headquarters of the United Nations"); a body that is no person, crowd, country or
    armed party "occupies" a place ("the embassy occupies a walled compound"); one body meets as often as it does
    (``_sits_routinely``). Other tenses, a guest or a meeting hosted, and forces, a crowd or a state that
    occupies keep their reading: "Turkey agreed to host 50,000 more refugees", "Jordan hosts the Syrian president",
    "Switzerland hosts a conference on Saturday", "troops occupy the town", "protesters occupy the square"."""
    words = lex.words
    if verb.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    holders = described_holders(verb, subjects(verb))
    if not holders or any(h.pos_ == "PRON" or a_person(h, frozenset()) or armed_party(h, words) for h in holders):
        return False
    if lemma not in words.hosting_verbs | words.seat_verbs:  # a verb of meeting
        return _sits_routinely(verb, holders)
    if lemma in words.seat_verbs:  # "the French embassy" or "the Ministry", not "Russia" or "protesters"
        return all(h.ent_type_ not in PLACE_LABELS and party_noun_kinds().get(h.lemma_.lower()) != "person" and (
            (actor := actor_of(h)) is None or actor.kind == "organization"
            or actor.kind == "country" and h.pos_ == "NOUN") for h in holders)
    hosted = acted_on(verb)
    return bool(hosted) and not any(
        h.pos_ == "PRON" or a_person(h, frozenset()) or (noun := counted(h, words)).lemma_.lower() in words.meeting_nouns
        or noun_code(lex, noun, carried=True) is not None
        or (a_party(noun) or noun.ent_type_ in ACTOR_LABELS) and h.pos_ != "NUM"
        and not any(c.dep_ == "nummod" for c in noun.children)
        for h in hosted)


def _sits_routinely(verb: Token, holders: list[Token]) -> bool:
    """Whether one body meets in the simple present as often as it does, alone (conventions §203): "a house
    committee that meets weekly", "the assembly meets twice a year"; a meeting with someone, for a purpose, of
    several parties, on a day or with no recurrence named ("meets with the mayor every month", "meets on Tuesday to
    discuss the ceasefire", "the ministers meet weekly", "the council meets in emergency session") stays."""
    if any(h.tag_ not in _ONE_BODY_TAGS for h in holders) or any(
            c.dep_ in OBJECT_DEPS or c.dep_ in CLAUSE_DEPS or c.dep_ == "prep" and c.lower_ in PARTNER_PREPOSITIONS
            for c in verb.children):
        return False
    clause = {t.idx for t in clause_tokens(verb)}
    times = [t for t in verb.doc._.times or () if t.span[0] in clause]
    return bool(times) and all(t.type == _RECURRING for t in times)


def _receives_no_guest(lex: RuleWords, verb: Token) -> bool:
    """Whether what a verb of receiving receives is no guest, as a host's is not (conventions §94, §86): not an
    actor, a person or a group, a personal pronoun, an event noun or a meeting, and no electorate's share (a vote,
    §28) — "received a fine", "received hundreds of emails", "received a slew of criticism", "received the
    blessing of Congress", "received two-thirds of the voters"; "received the Chinese president", "received
    the delegation", "received them" and "received a call from" keep their reading."""
    words = lex.words
    return _hosts_no_guest(lex, verb) or any(_electorate(h, words) for h in acted_on(verb))


def committed_act(lex: RuleWords, verb: Token) -> Candidate | None:
    """An act of force or repression a verb of perpetrating has as its object is that act, carried as a light verb
    carries it, and no promise: "committed attacks", "committed abductions" (`perpetrated_types`; conventions §271)."""
    for child in _with_their_wholes(objects(verb, lex.words)):
        noun = counted(child, lex.words)
        code = noun_code(lex, noun)
        if code is not None and code[0].type in lex.plover.perpetrated_types:
            return Candidate(verb, code[0], code[1], absorbed=[child, noun])
    return None


def _pledges_nothing(lex: RuleWords, verb: Token) -> bool:
    """Whether "commit" is in a sense that pledges no cooperation (PLOVER AGREE is "commitment to cooperate";
    conventions §409). WordNet 3.0's commit.v.01 "perform an act, usually with a negative connotation": what is
    committed is a deed (plover_deed_nouns.csv) that codes no event ("committed a gaffe", "committing sacrilege",
    "gaffes were committed"; an act that does code one is `committed_act`'s). commit.v.02 "give entirely to a
    specific person, activity, or cause": devoted to a cause, a quality or a person, a noun that codes no event and is
    no deed, or to nothing named ("is committed to transparency", "committed to the mayor", "will be fully
    committed"). A pledge keeps AGREE: an object given ("committed 500 troops"), an act to come ("committed to
    withdraw", "is committed to opening up", "to robust engagement with Pakistan") or an event or a pact ("is
    committed to the peace talks", "committed to a ceasefire", "is committed to peace")."""
    words = lex.words
    done = [counted(o, words) for o in _with_their_wholes(objects(verb, words))]
    if any(n.lemma_.lower() in deed_nouns() and noun_code(lex, n) is None for n in done):
        return True
    if any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp") for c in verb.children):
        return False
    devoted = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in (*p.children, *(
        c for g in p.children for c in g.conjuncts))]
    # a gerund is an act to come, also where the parser makes it a modifier ("commit to compensating victims")
    return all(g.dep_ == "pobj" and g.pos_ != "PRON" and g.tag_ != "VBG" and noun_code(lex, g) is None
               and not any(c.tag_ == "VBG" and c.i < g.i for c in g.children)
               and g.lemma_.lower() not in lex.triggers.pacts | words.unexchanged_pacts | deed_nouns() for g in devoted)


def _answers_in_words(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb that answers back (`answering_back_verbs`) answers with words or a deed that codes no force
    (conventions §410): it or a participle joined to it tells what is said ("shot back that the reporter had not
    been called on", "hit back, saying the charges were false"), or it answers "in" or "with" a deed coding no act of
    force or repression ("struck back in a statement", "fought back with a lawsuit"). An armed doer, or a sentence
    that names forces, a weapon, a war or harm, keeps the blow: "troops fought back against the rebels", "rebels
    struck back, saying they would not surrender", "hit back with air strikes"."""
    words = lex.words
    if not any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children):
        return False
    if any(armed(s, words) for s in subjects(verb)) or _of_war(verb, words):
        return False
    said = any(c.dep_ == "ccomp" or c.dep_ == "advcl" and c.tag_ == "VBG" and any(g.dep_ == "ccomp" for g in c.children)
               for c in verb.children)
    answers = [counted(g, words) for g in prepositional_objects(verb, ("in", "with"))]
    return said or any(a.lemma_.lower() in deed_nouns() and (
        (code := noun_code(lex, a)) is None or code[0].type not in lex.plover.perpetrated_types) for a in answers)


def _with_their_wholes(nouns: list[Token]) -> list[Token]:
    """Nouns and what a share or a count of them is of: "82 percent of murders" → percent, murders."""
    return nouns + [g for n in nouns for g in prepositional_objects(n, ("of",))]


def _makes_certain(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb of assurance makes an outcome certain and no party promises (conventions §74): its subject
    is a thing, an event or a text ("the new rules guaranteed that …", "her win assures her of 318
    delegates"), or a passive subject is assured of its own doing or of a count, with no one who assures ("she is
    assured of winning", "is assured of at least 108"); "Kenya assured Chad of its support", "Chad was assured
    of Kenya's support" promise."""
    words = lex.words
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return not any(c.dep_ == "agent" for c in verb.children) and any(
            g.dep_ == "pcomp" or g.pos_ == "NUM" or any(n.dep_ == "nummod" or n.pos_ == "NUM" for n in g.children)
            for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    doers = described_holders(verb, subjects(verb))
    return bool(doers) and not any(
        actor_in([d], words) or d.ent_type_ in ACTOR_LABELS or d.pos_ == "PRON"
        or counted(d, words).lemma_.lower() in party_nouns() for d in doers)


def assures_what_is(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb of assurance or promise affirms what is or was (WordNet 3.0 assure.v.02 "inform positively and
    with certainty", conventions §361): its that-clause tells of the past ("promised them that the troops had left",
    "assured him it was done without his knowledge"), or of the present to someone told ("assured the crowd that he
    does not have small hands"). A promise is of what is to come: "assured Chad that it would send troops", "assured
    Chad it is going to withdraw", "assured them he is committed to the talks", "assured Chad of its support"; and
    with no one told, a present clause is what is made certain: "to guarantee that the opposition has seats"."""
    clauses = [g for c in verb.children if c.dep_ == "ccomp" for g in (c, *c.conjuncts)]
    told = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    return bool(clauses) and not infinitives(verb) and all(_of_what_is(lex, c, told) for c in clauses)


def _of_what_is(lex: RuleWords, clause: Token, present: bool) -> bool:
    """Whether a clause tells of the past, or with ``present`` of the present: no modal anywhere in it ("would",
    "can"), no progressive, which can tell what is to come ("its troops are leaving"), and no governor of what is
    meant or promised ("plans to withdraw", "is ready to help", "is committed to"; "is safe to drink" is a fact)."""
    words = lex.words
    if clause.tag_ == "VBG" or any(t.tag_ == "MD" or t.lower_ in words.future_auxiliaries for t in clause.subtree):
        return False
    triggers = lex.triggers
    if any(triggers.verb_lemma(c.lemma_.lower(), c.lower_) in triggers.governors
           for c in (clause, *(c for c in clause.children if c.dep_ == "acomp"))):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries) \
            or (clause.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries)):
        return True  # "had left", "was done", "has made great strides"
    return present and (clause.tag_ == "VBZ" or (clause.tag_ == "VBP" and clause.pos_ == "AUX")
                        or any(a.tag_ in PRESENT_TAGS for a in auxiliaries))


def _asked_to_answer(lex: RuleWords, verb: Token) -> bool:
    """Whether someone is asked, in the passive, to say something — to comment, name, respond, answer (english.yaml
    `press_refusals`, the reporter's formulas): "Sanders was asked to name a decision", "Asked by the host to
    respond, Carson said …", "after being asked to elaborate" (conventions §75). The question is an interview's,
    not a party's request; "Kenya asked Chad to respond" and "was asked to resign" are requests."""
    passive = verb.tag_ == "VBN" and (any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
                                      or not any(c.dep_ in ("nsubj", "aux") for c in verb.children))
    return passive and any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.words.press_refusals for c in verb.children)


def _releases_a_text(lex: RuleWords, verb: Token) -> bool:
    """Whether what is released is a text, read past what hides it from ``_publishes`` (conventions §76): the
    noun a participle describes even when a time follows ("a statement released on Thursday"), a plural the
    lemmatizer leaves whole ("To Release Medical Records", "taxes" → "taxis"), and a span of time of texts ("30
    years of tax returns"); "released 30 prisoners" and "released them" are read as before."""
    words, publications = lex.words, lex.triggers.publications
    released = acted_on(verb)
    for noun in list(released):
        if noun.ent_type_ in TIME_LABELS:  # "30 years of tax returns"
            released += prepositional_objects(noun, ("of",))
    return any(form in publications for noun in released for word in (counted(noun, words), noun)
               for form in (word.lemma_.lower(), word.lower_, *uninflected(word.lower_))) \
        or any(abstract(lex, counted(noun, words)) for noun in released)  # "a biography released by" (§153)


def _receives_money(lex: RuleWords, verb: Token) -> bool:
    """Whether what a verb of acceptance takes is money (english.yaml `money_nouns`, or a sum named): "accepted
    about $200,000 in donations", "accepting campaign donations from Wall Street", "a candidate who had not
    accepted money from the industry" (conventions §77); "accepted the deal", "accepted the nomination" and
    "accepted Kenya's demands" agree or give in."""
    words = lex.words
    taken = acted_on(verb)
    return bool(taken) and all(
        t.ent_type_ == "MONEY" or any(form in words.money_nouns for form in (
            counted(t, words).lemma_.lower(), *uninflected(counted(t, words).lower_))) for t in taken)


def _asks_a_price(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb of charging names a price among its objects — a sum (a MONEY entity, `money_nouns`) or a
    price noun (`price_nouns`): "charging students more than $30,000", "charged its customers a fee"
    (conventions §78); "charged the man with murder" accuses."""
    words = lex.words
    return any(o.ent_type_ == "MONEY" or counted(o, words).lemma_.lower() in words.money_nouns | words.price_nouns
               for o in verb.children if o.dep_ in ("dobj", "dative"))


def _quoted_at_a_price(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb of trading is WordNet 3.0's trade.v.03 "be traded at a certain price": a phrase of
    `price_prepositions` names a sum, a number or a price noun ("the cedi traded at about 15.5 per dollar",
    "arabica futures traded above $4 a pound", "shares trade at a premium") (conventions §164). "Kenya trades
    with Uganda" and "traded at the border" name no price."""
    words = lex.words
    return any(_a_price(g, words) for p in verb.children if p.dep_ == "prep" and p.lower_ in words.price_prepositions
               for g in p.children if g.dep_ == "pobj")


def _a_price(noun: Token, words: EventWords) -> bool:
    """A number, a sum or a price noun: "at about 15.5 per dollar", "above $4 a pound", "at a premium"."""
    return noun.pos_ == "NUM" or _a_sum(noun) or any(t.ent_type_ == "MONEY" for t in noun.subtree) \
        or counted(noun, words).lemma_.lower() in words.price_nouns


def _charges_no_party(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb of charging is in none of WordNet 3.0's senses of accusation (charge.v.02 "blame for, make a
    claim of wrongdoing", charge.v.06 "file a formal charge", charge.v.07 "make an accusatory claim", charge.v.21
    "attribute responsibility to"), which charge a party "with" a wrong or "that" it did one: what it charges is a
    thing — filled, loaded or powered ("can charge a phone", "charging stations") — with nothing "with" or "against"
    it, or, with nothing charged, a sum counted ("charge up to 40 euros a head") or a subject that is a thing ("the
    cells charge in 18 minutes", "copper futures charged higher, with …") (conventions §163). "Charged the man",
    "critics charged that …" and "was charged with fraud" accuse."""
    words = lex.words
    if any(c.dep_ in _CLAIM_DEPS for c in verb.children):
        return False
    charged = acted_on(verb)
    if charged:
        return all(_a_thing(counted(c, words)) for c in charged) and not prepositional_objects(
            verb, words.accusation_prepositions)
    if any(_a_sum(g) for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"):
        return True
    doers = subjects(participle_host(verb))
    return bool(doers) and all(_a_thing(counted(d, words)) for d in doers)


def _assigns_a_task(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb of charging is WordNet 3.0's charge.v 00750550 "impose a task upon, assign a responsibility to"
    ("He charged her with cleaning up all the files"), not 00869949 "file a formal charge against" ("The suspect was
    charged with murdering his wife"): what is charged is a body (a noun whose most frequent sense is an organization
    or a group, plover_party_nouns.csv) and "with" governs a deed to be done that names no wrong — no trigger of a
    coercive type, no word of blame or wrongdoing (conventions §620). "The committee was charged with drafting a
    budget" is given a duty; "the militia was charged with killing civilians", "the commission was charged with fraud"
    and "officials were charged with taking bribes" are accused."""
    words = lex.words
    charged = acted_on(verb)
    if not charged or any(party_noun_kinds().get(counted(c, words).lemma_.lower()) not in ("organization", "group")
                          for c in charged):
        return False
    deeds = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"]
    return bool(deeds) and not any(_names_a_wrong(lex, t) for deed in deeds for t in deed.subtree)


def _names_a_wrong(lex: RuleWords, word: Token) -> bool:
    """Whether a word is a trigger of a coercive type ("killing", "attacks") or calls an act a wrong ("fraud",
    "bribes")."""
    lemma = word.lemma_.lower()
    trigger = lex.triggers.verbs.get(lemma) if word.pos_ == "VERB" else lex.triggers.nouns.get(lemma)
    return getattr(trigger, "type", None) in lex.plover.coercive or lemma in lex.blame_nouns \
        or lemma in lex.words.wrongdoing_nouns


def _a_thing(noun: Token) -> bool:
    """A common noun that names no actor, person or group: "a mobile phone", "the cells"."""
    return noun.pos_ == "NOUN" and not a_party(noun)


def _a_sum(noun: Token) -> bool:
    """A thing counted by a number or a sum named: "40 euros", "$30,000"."""
    return noun.ent_type_ == "MONEY" or _a_thing(noun) and any(c.dep_ == "nummod" for c in noun.children)


def _targets(lex: RuleWords, preposition: Token) -> bool:
    """Whether a preposition leads to an actor acted upon ("to Moscow", "against the rebels"); one
    of place ("arrived in Bosnia") names where, not whom."""
    words = lex.words
    return preposition.lower_ in words.recipient_prepositions - words.location_prepositions \
        and actor_in((g for g in preposition.children if g.dep_ == "pobj"), words)


def _figurative(lex: RuleWords, verb: Token) -> bool:
    """Whether a conflict verb acts on no one: its object is an idea, a text, a quality or a state
    ("attacked the plan", "fight poverty", "destroyed his credibility"), or a person is attacked
    for or as something ("attacked Clinton for her vote", "attacked her rival as a fraud"). A verb of
    retaliation is never figurative by its "for": that names the wrong avenged ("retaliate for the raid",
    conventions §91)."""
    words = lex.words
    if _armed_subject(verb, words):
        return False
    if _names_contest(verb, words):
        return True  # "beat his rival in the primary", "fighting for second place"
    if verb.lemma_.lower() in words.criticism_verbs and _criticizes_in_politics(lex, verb):
        return True  # "Senator Lund attacked the governor" (conventions §92)
    if verb.lemma_.lower() in words.effort_verbs and _strives(lex, verb):
        return True  # "fighting to defend the Constitution", "fought hard to keep the tax" (conventions §98)
    if verb.lemma_.lower() in words.effort_verbs and _fights_in_politics(lex, verb):
        return True  # "Clinton and Sanders fought over Obama", "the senator is fighting hard" (conventions §362)
    if verb.lemma_.lower() in words.effort_verbs and _fights_a_cause(lex, verb):
        return True  # "fighting climate change", "fought discrimination", "will fight the new laws" (conventions §531)
    avenges = verb.lemma_.lower() in words.retaliation_verbs
    if not avenges and any(c.dep_ in ("prep", "dative") and c.lower_ == "for" and any(
            g.ent_type_ not in PLACE_LABELS | TIME_LABELS and g.lemma_.lower() not in words.held_places
            and not any(t.ent_type_ == "ORDINAL" for t in g.subtree)
            for g in _fought_for(verb, c, words))
           for c in verb.children) and not any(c.dep_ in OBJECT_DEPS for c in verb.children):
        # "I will fight for you", "fighting for others", "fight for jobs", "everything he's fighting for": advocacy;
        # "clashed for a third day", "fought for hours" last that long
        return True
    targets = [c for c in verb.children if c.dep_ in OBJECT_DEPS] + prepositional_objects(verb, ("against",))
    if not targets:
        return False
    noun = counted(targets[0], words)
    if abstract(lex, noun):
        return True
    if verb.lemma_.lower() in words.criticism_verbs and a_persons_view(lex, noun):
        return True  # "attacked the governor's record", "attacked her positions" (conventions §494)
    # attacked for doing something: "attacked the government for failing to stop the violence"
    if verb.lemma_.lower() in words.criticism_verbs and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children):
        return True
    # "was executed for murder", "killed him for his money": a killing's "for" is its reason, not a charge (§185)
    lemma = verb.lemma_.lower()
    kills = lemma in words.casualty_words or (code := lex.triggers.verbs.get(lemma)) is not None and code.mode == "targeted"
    return not avenges and not kills and targets[0].ent_type_ == "PERSON" and any(
        c.dep_ == "prep" and c.lower_ in words.criticism_prepositions for c in verb.children)


_WORK = "work"  # the kind of plover_work_nouns.csv that is filmed, or that flops


def _filmed_or_flopped(lex: RuleWords, verb: Token, lemma: str) -> bool:
    """Whether "shoot" films a work — what it acts on is one ("the video, shot in Lisbon", "the documentary was
    shot in Norway", a title) — or "bomb", with no object, is said of one that failed ("the space film bombed at
    the box office"). "Gunmen shot the film director", "a film crew was shot dead", "the plane was shot down" and
    "jets bombed the bridge" strike someone or something (§162)."""
    words = lex.words
    if lemma in words.filming_verbs and not particles(verb, lemma, lex.triggers.phrasal):
        done = acted_on(verb)
    elif lemma in words.failing_verbs and not any(c.dep_ == "dobj" for c in verb.children):
        done = subjects(verb) or ([verb.head] if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" else [])
    else:
        return False
    return bool(done) and all(_a_work(counted(d, words)) for d in done)


def _readies_no_force(lex: RuleWords, verb: Token) -> bool:
    """Whether "mobilize" readies no force ("the party mobilized voters", "donors were mobilized by the campaign");
    not "Russia mobilized 300,000 men", "Israel mobilized", "Hamas mobilized fighters" (§579)."""
    return readies_no_force(lex.words, acted_on(verb), doers_of(verb))


def _a_work(noun: Token) -> bool:
    """A work of art or commerce: a title, or a common noun whose most frequent sense is a work."""
    if noun.ent_type_ == "WORK_OF_ART":
        return True
    return noun.pos_ == "NOUN" and noun._.actor is None and work_noun_kinds().get(noun.lemma_.lower()) == _WORK


def _strives(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb of effort takes a to-infinitive of what one strives for and acts on no party, itself or in
    that infinitive: "fighting to defend the Constitution", "fought hard to keep both taxes" (WordNet's fight.v.03,
    conventions §98); "fought the rebels to retake the town" and "fought to stop the militants" fight someone."""
    strived = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c)]
    return bool(strived) and not any(c.dep_ in OBJECT_DEPS for c in verb.children) \
        and not any(armed(s, lex.words) for s in subjects(verb)) \
        and not prepositional_objects(verb, ("against", "with")) \
        and not any(names_a_party(lex, o) for s in strived for o in objects(s, lex.words))


def _fights_in_politics(lex: RuleWords, verb: Token) -> bool:
    """Whether one in politics fights, with nothing physical, no one but people or one in politics, or nothing named
    (WordNet 3.0 fight.v.01 "be engaged in a fight", said of a contest): "Clinton and Sanders have been fighting
    about Obama", "Senator Lund will fight the governor", "the senator is fighting hard" (conventions §362). As with
    an attack (§92), "troops fought the rebels", "the governor fought off an attacker with a knife" and "fought the
    guards outside the palace" stay assaults, and so does a fight in a sentence that names forces, a weapon, a war
    or harm: "Senator Lund fought in the war". A pronoun is the actor it was resolved to and a relative pronoun the
    noun it describes: "The Democrats lost. They fought back", "the senators who fought the governor" (§537); "They
    fought for hours", resolved to no one, and "the rebels … they fought back" stay assaults."""
    words = lex.words
    if verb.dep_ == "xcomp" and lex.triggers.governors.get(verb.head.lemma_.lower()):
        return False  # "vowed to fight on": the governing verb reads its complement, as it reads "vowed to win"
    targets = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
    targets += prepositional_objects(verb, ("against", "with"))
    # its own subjects, not a clause's it hangs on
    doers = [d for s in described_holders(verb, subjects(verb)) for d in (s, *s.conjuncts)]
    # in_politics reads a pronoun's resolved actor: "they" for a party, "it" for a party's body
    return bool(doers) and all(a_person_or_in_politics(d, words) or in_politics(d, words) for d in doers) \
        and any(in_politics(d, words) for d in doers) \
        and all(a_person_or_in_politics(t, words) or abstract(lex, counted(t, words)) for t in targets) \
        and not by_force(lex, verb, doers) and not _of_war(verb, words)


def _fought_for(verb: Token, preposition: Token, words: EventWords) -> list[Token]:
    """What a conflict verb's "for" names: its object; for a verb of effort also the clause it leads ("must fight for
    what they believe in") or, left at the end of a relative clause, the pronoun, party or idea the clause describes
    ("everything he's fighting for", "the people we are fighting for"), in a sentence naming no war (conventions §531)."""
    named = [g for g in preposition.children if g.dep_ == "pobj"]
    if named or verb.lemma_.lower() not in words.effort_verbs or _of_war(verb, words):
        return named  # "the group is fighting for what it calls a caliphate, … violence that has killed 60"
    described = verb.head
    if not list(preposition.children) and verb.dep_ == "relcl" and (
            described.pos_ == "PRON" or a_party(described) or described.lemma_.lower() in fought_ideas()):
        return [described]  # not a thing one takes: "the hill they fought for"
    return [g for g in preposition.children if g.dep_ == "pcomp"]


def _fights_a_cause(lex: RuleWords, verb: Token) -> bool:
    """Whether a verb of effort fights nothing but acts, events, ideas, states or rules, its object or what it fights
    "against" (plover_fought_ideas.csv): "fighting climate change", "fought discrimination against migrants",
    "the union will fight the new laws" (conventions §531). A name is no idea, and anything physical (§92: an armed
    doer, harm, a weapon, a scene) or a sentence that names forces, a weapon, a war or harm keeps the fight: "the
    mayor fought the change with a gun", "troops fought the occupation", "the army fought the insurgency"."""
    words = lex.words
    if verb.dep_ == "xcomp" and lex.triggers.governors.get(verb.head.lemma_.lower()):
        return False  # "vowed to fight the new laws": the governing verb reads its complement (§362)
    targets = [t for c in verb.children if c.dep_ in OBJECT_DEPS for t in (c, *c.conjuncts)]
    targets += prepositional_objects(verb, ("against",))
    ideas = fought_ideas()
    return bool(targets) and all(
        (n := counted(t, words)).pos_ == "NOUN" and n.lemma_.lower() in ideas and n._.actor is None and not n.ent_type_
        for t in targets) and not by_force(lex, verb, subjects(verb)) and not _of_war(verb, words)


def _of_war(verb: Token, words: EventWords) -> bool:
    """Whether the verb's sentence names armed forces, a weapon, a war or harm done."""
    return any(t.i != verb.i and (armed_party(t, words) or t.lemma_.lower() in words.casualty_words | words.war_nouns)
               for t in verb.sent)


def _criticizes_in_politics(lex: RuleWords, verb: Token) -> bool:
    """Whether a criticism verb's doer and the one it attacks are people in politics: "Clinton attacked Trump",
    "Clinton has been attacked by Sanders", "he refrained from attacking his rivals" (conventions §92). A passive
    with no agent ("the governor was attacked") names no attacker and stays an assault."""
    doers, targets = _attack_parties(verb)
    return criticism_in_politics(lex, verb, doers, targets)


def _attack_parties(verb: Token) -> tuple[list[Token], list[Token]]:
    """Who attacks and whom or what, for a verb of attack: its subject or a passive's agent, and its object or
    passive subject, with their conjuncts."""
    targets = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    targets += [c for t in targets for c in t.conjuncts]
    doers = agents(verb)
    if not doers and not any(c.dep_ == "nsubjpass" for c in verb.children):
        # "spent the day attacking a rival", "refrained from attacking his rivals": the governing verb's subject
        governor = verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ == "advcl" else None
        doers = described_holders(verb, subjects(verb) or (subjects(governor) if governor is not None else []))
    return doers, targets


def campaign_attacks(lex: RuleWords, found: list[Candidate]) -> None:
    """In election news, an attack — a criticism verb, its noun, or the noun a light verb carries — whose doer is
    in politics (a person of a political office, a party, a contestant named so, §92) or a text, and that names no
    target but a person, one in politics or an idea, and nothing physical, is criticism: "amid attacks from
    Senator Rubio over immigration", "attacks from fellow candidate Donald Trump", "the senator is mounting a
    phony attack", "ads attacking Senator Lund" (conventions §93). "Gunmen attacked the convention" and "the attack on the rally killed two" stay assaults."""
    words = lex.words
    for candidate, act in _assaults_told_by(found, words.criticism_verbs):
        # a noun's doer is the subject only of a verb that carries it: "is mounting a phony attack"
        doers, targets = _attack_parties(act) if act.pos_ in VERB_POS else attack_parties(
            lex, act, lex.triggers.light_verbs.keys() | lex.triggers.carriers.keys())
        if doers and all(in_politics(d, words) or abstract(lex, counted(d, words)) for d in doers) \
                and all(a_person_or_in_politics(t, words) or abstract(lex, counted(t, words)) for t in targets) \
                and not by_force(lex, act, doers):
            candidate.code = Code("ACCUSE", "disapprove")


def _on_holiday(verb: Token, words: EventWords) -> bool:
    """Whether the visitors are tourists, pilgrims or passengers, no party: "tourists visited Croatia"."""
    visitors = [counted(t, words) for s in subjects(verb) for t in (s, *s.conjuncts)]
    return bool(visitors) and all(v.pos_ == "NOUN" and v.lemma_.lower() in words.leisure_travellers for v in visitors)


def _right_after(verb: Token, preposition: Token) -> bool:
    """Whether nothing but the verb's adverbials stands between it and the preposition: "spoke with",
    "spoke by phone with", "called on Tuesday for" — no object ("take in refugees over two years")."""
    if preposition.i <= verb.i:
        return False
    adverbials = {t.i for c in verb.children if c.dep_ in ADVERBIAL_DEPS and verb.i < c.i < preposition.i
                  for t in c.subtree}
    return all(i in adverbials for i in range(verb.i + 1, preposition.i))


def _armed_subject(verb: Token, words: EventWords) -> bool:
    """Whether the verb's subject is an armed group, not a person: "gunmen", "the rebels", "the army"."""
    return any(actor.kind != "person" and actor.sector in words.armed_sectors for actor in subject_actors(verb))


def _publishes(lex: RuleWords, verb: Token, code: Code, ideas: bool = True) -> bool:
    """Whether the object decides that ``verb`` hands over a text, not people or ground; with ``ideas``, an
    idea too (not for "handed over control", which a phrasal verb cedes), and a text the parse hides
    ("a statement released on Thursday", "To Release Medical Records": ``_releases_a_text``, conventions §76)."""
    triggers, words = lex.triggers, lex.words
    if code not in triggers.publishing_codes:
        return False
    if any(counted(o, words).lemma_.lower() in triggers.publications for o in objects(verb, words)):
        return True
    if not ideas:
        return False
    # So does one whose object is an idea or a text (a WordNet abstract noun: "tax returns", "his speech",
    # "the names"); "released on bail" has none.
    return any(abstract(lex, counted(o, words)) for o in verb.children if o.dep_ in ("dobj", "nsubjpass")) \
        or _releases_a_text(lex, verb)


def _allowed_by_no_party(lex: RuleWords, verb: Token) -> bool:
    """Whether what permits is a text, a rule, an event or a time, not a party: "a law that would allow
    extraditions", "current rules allow only those who …", "the move could allow the insurgents to speak",
    "a dark time has allowed him to connect" (conventions §58, §63). A permission with no subject named ("plans to
    allow women to drive", "refugees allowed into the country") is read as before."""
    words = lex.words
    if any(c.dep_ == "csubj" for c in verb.children) or any(
            c.dep_ == "dobj" and c.lower_ in words.own_determiners for c in verb.children):
        return True  # "going through a dark time has allowed him to …", "did allow himself to …" (conventions §99)
    # "a law that would allow": the relative pronoun stands for the noun its clause describes
    permitters = described_holders(verb, holders) if (holders := subjects(verb)) else []
    return any(p.pos_ != "PRON" and p.ent_type_ not in ACTOR_LABELS and not actor_in([p], words)
               and p.lemma_.lower() not in words.office_holders and not armed(p, words) for p in permitters)


def _succession(lex: RuleWords, verb: Token, code: Code) -> bool:
    """Whether a seizure, a locking up or a handover is a succession or a contest won: "took over as speaker",
    "will take over the chairmanship", "locked up the nomination", "handed the reins over to Bossie" (conventions
    §58); "took over the airport" seizes it, "handed over the prisoners" frees them."""
    words = lex.words
    if code.type not in ("COERCE", "RETREAT"):
        return False
    return code.type == "COERCE" and bool(prepositional_objects(verb, ("as",))) or any(
        counted(o, words).lemma_.lower() in words.succeeded_roles | words.contest_nouns for o in objects(verb, words))


def _names_contest(verb: Token, words: EventWords) -> bool:
    """Whether the verb's own clause names a contest: "beat his rival in the primary", "would beat him 46
    to 40 percent", "are fighting for second place" (its clauses, and what it is over, are not read)."""
    stack = list(verb.children)
    while stack:
        token = stack.pop()
        if token.dep_ in CLAUSE_DEPS or (token.dep_ == "prep" and token.lower_ not in words.contest_prepositions):
            continue  # "clashed over the outcome of an election" fights over it
        if token.pos_ == "NOUN" and token.lemma_.lower() in words.contest_nouns:
            return True
        stack += token.children
    return False


def _hyphen_prefix(verb: Token) -> list[str]:
    """The verb a hyphenated verb's first part names, as the parser splits it: "test-fired" → ["test"]."""
    if verb.i >= 2 and verb.nbor(-1).text == "-" and not verb.nbor(-1).whitespace_ and verb.nbor(-2).head.i == verb.i \
            and not verb.nbor(-2).whitespace_:
        return [verb.nbor(-2).lemma_.lower()]
    return []


def _clause_prepositions(verb: Token) -> list[Token]:
    """The preposition of a prepositional verb whose object is a clause: in "called for the talks to
    resume" the parser reads "for" as the mark of "resume", not as a child of "called". It must open
    the clause right after the verb, past the verb's own adverbs ("called on Monday for …")."""
    out = []
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "ccomp") or clause.i < verb.i:
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark"), None)
        if mark is None or mark.i != clause.left_edge.i:
            continue
        if all(t.ent_type_ in TIME_LABELS or t.dep_ in ("advmod", "npadvmod") or t.head.dep_ in ("advmod", "npadvmod")
               for t in verb.doc[verb.i + 1:mark.i]):
            out.append(mark)
    return out


def _passive_with_object(verb: Token, preposition: Token) -> bool:
    """A passive verb whose preposition has its own object ("were taken to a hospital") is no
    prepositional verb ("took to the streets"); a stranded one ("was fired on") still is."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
        and any(c.dep_ == "pobj" for c in preposition.children)
