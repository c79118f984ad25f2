"""How a sentence's events combine: an event in a complement clause folds into the verb that governs it
("agreed to exchange prisoners" is one AGREE event), an obligation reported is a request, what a
request, threat or promise is about is its content, a promise to carry on a war is a threat, and one of
reform a concession."""

from __future__ import annotations

from spacy.tokens import Token

from .event_lexicon import SPECIFICITY, Code, Governor, RuleWords, a_party
from .event_modes import alternative_penalty, aux_modes, carries_on, carrying_verb, elicitor, in_condition, negates
from .event_nouns import CAUSE, PENALTY, RESPONSE, abstract, consequence_words, noun_code, rejected_act
from .event_reading import Candidate
from .event_syntax import (acted_on, actor_of, counted, described_holders, has_own_actor, indicative, objects,
                           phrasal, phrase_actors, prepositional_objects, subjects, to_infinitive)
from .event_verbs import (ABILITY_MODALS, advised, asks_for_something, assures_what_is, causes_consequence,
                          committed_act, held_by_electorate, vowed_to_compete)
from .labels import (ANY_SUBJECT_DEPS, COMPLEMENT_DEPS, NAME_LABELS, NOUN_POS, OBJECT_DEPS, PLACE_LABELS, TIME_LABELS,
                     VERB_POS)
from .lexicon import EventWords


WISHED = Governor(None, "future")  # what one wants to do oneself is intended, as with "hope to"
# The verbs of asking a question (WordNet 3.0 ask.v.01 "inquire about", wonder.v.01 {wonder, inquire, enquire} "have
# a wish or desire to know something", query.v.01 {question, query} "pose a question"): a clause they govern under
# "whether" or "if" is what is asked, told as neither done nor meant (conventions §374).
_QUESTIONING_VERBS = frozenset({"ask", "wonder", "inquire", "enquire", "question", "query"})
# A release (of prisoners or hostages, ``_detainees_released``) agreed, promised or decided is reported too, as the
# act announced with the `future` mode, beside the AGREE that §8 gives the promise (as aid promised is, §45; §396).
_RELEASE = Code("RETREAT", "release")
# A resignation is RETREAT/resign (the manual's RETREAT: "resignations of government officials", conventions §397).
_RESIGNATION = Code("RETREAT", "resign")
# What was seized and is given back is released (the manual's RETREAT: "the return of confiscated property", §136).
_SEIZURE = Code("COERCE", "seize")
# A breach a speaker tells in the first person is its own side's, owned, not charged (conventions §626).
_SPEAKERS_FIRST_PERSON = frozenset({"i", "we"})
_RELATIVE_PRONOUNS = frozenset({"WDT", "WP"})  # Penn tags of "that", "which", "who"


def fold_into_governor(lex: RuleWords, candidate: Candidate, by_anchor: dict[int, Candidate]) -> Candidate | None:
    """Apply the governor of ``candidate``'s clause; a new Candidate if the governor becomes the event."""
    triggers, words = lex.triggers, lex.words
    if _asked_about(candidate.anchor):
        candidate.dropped = True  # "asked whether the senators backed the bill": a question, no act (§374)
        return None
    if _compared(candidate.anchor) or _act_in_general(candidate.anchor, words):
        candidate.dropped = True  # "as opposed to", "it is hard to condemn them": acts no one does (§399, §400)
        return None
    if _nothing_held_released(lex, candidate):
        candidate.dropped = True  # "released a poll", "handed over $25 million": no one held is freed (§401)
        return None
    if _done_as_a_rule(lex, candidate.anchor):
        candidate.dropped = True  # "everybody sues", "a president never negotiates": a kind's ways (§425)
        return None
    act_of_subject = _verb_of_gerund_subject(candidate, by_anchor)
    if act_of_subject is not None:
        _merge_words(act_of_subject, candidate)
        return None
    warning = _warning_holding_out(lex, candidate, by_anchor)
    if warning is not None:
        _hold_out(lex, candidate, warning, by_anchor)
        return None
    # a participle's own promise is the act said again only when it is of the act's code, which neither has until
    # each has folded in what it promises: it is judged after (``_fold_promises_said_again``, conventions §298)
    restated = None if _promising_participle(lex, candidate) else _restated_act(lex, candidate, by_anchor)
    if restated is not None:
        speech_act, rule = restated
        # "vowed to retaliate, promising more killings", "threatened sanctions, saying it would face expulsion": the
        # participle says the act again, so its content is the act's (conventions §294)
        host = by_anchor.get(speech_act.i)
        if host is not None and not host.dropped:
            absorb(lex, host, candidate, host.code.type, None)
            return None
        host = Candidate(speech_act, Code(rule.type), SPECIFICITY["verb"])
        absorb(lex, host, candidate, rule.type, rule.aux)
        return host
    # an act met "with" stands for its verb of meeting, and is governed as it is: "warned that any attempt would be
    # met with arrests" (§282)
    meeting = elicitor(candidate.anchor, words) if candidate.anchor.dep_ == "pobj" else None
    # an act a verb of carrying on carries is governed as that verb is: "pledged to keep fighting" (§309)
    carrier = _carrier(lex, candidate.anchor, by_anchor)
    act = carrier or candidate.anchor  # what stands for the act in its governor's clause
    governor = _governor(carrier or meeting or candidate.anchor, lex)
    if governor is None:
        return None
    if rejected_act(candidate):
        return None  # "dismissed accusations of war crimes": the accusation was made all the same
    if candidate.code.type == "THREATEN" and act.dep_ in OBJECT_DEPS and causes_consequence(lex, governor):
        return None  # "any strike would invite retaliation": the consequence held out is the threat, not what is invited (§390)
    if _named_a_charge_after(words, candidate.anchor, governor):
        return None  # "India blames Pakistan for it, a charge Islamabad denies": the blame stays made (§207)
    if act.dep_ in ("acl", "relcl"):
        if governor.i in by_anchor:
            return None  # an event noun's content is folded by fold_contents
        lemma = lex.governor_nouns[governor.lemma_.lower()]  # "Chad's refusal to release them" as "refused to"
    else:
        lemma = triggers.verb_lemma(governor.lemma_.lower(), governor.lower_)
    # an adjective's clause is its copula's: "told reporters he was ready to talk"
    clause = act.head if act.dep_ == "acomp" else act
    rule = next((r for c in governor.children if c.dep_ in ("advmod", "prt")
                 and (r := triggers.governors.get(f"{lemma} {c.lower_}"))), None) \
        or (None if phrasal(governor, lemma, triggers) else triggers.governors.get(lemma))
    affirmed = False
    if rule is not None and act.dep_ == "oprd" and lemma in words.naming_verbs:
        rule = None  # "called the raid a massacre": the name its object is given, nothing asked for (conventions §209)
    elif rule is not None and act.dep_ == "dobj" and lemma in triggers.reporting \
            and not any(to_infinitive(c) for c in governor.children if c.dep_ in ("xcomp", "ccomp")):
        # "told a rally that the wall was being built": the object of a verb of telling is who hears it, an audience
        # that reports no event of its own; told "to" do something it is asked (§372)
        candidate.dropped = True
        return None
    elif rule is not None and clause.dep_ == "ccomp" and (lemma in triggers.reporting or (
            lemma in words.mood_verbs and indicative(clause, words))):
        # "was told that soldiers beat detainees" reports, "told them to leave" orders; "suggested that
        # troops had withdrawn" says what happened, "suggested that troops withdraw" asks for it
        rule = None
    elif rule is not None and clause.dep_ == "ccomp" and lemma in words.promise_verbs | words.certainty_verbs \
            and assures_what_is(lex, governor):
        # "promised Chad that the prisoners had been freed": what is or was is affirmed, as a report, not promised
        # (conventions §361 for the verb's own event, §373 for the act it would fold in)
        rule, affirmed = None, True
    elif rule is not None and lemma in words.mood_verbs and not asks_for_something(lex, governor):
        rule = None  # "when asked about the talks" asks a question
    elif rule is not None and lemma in words.promise_verbs and vowed_to_compete(lex, governor):
        # "vowed to press on to the next primary": going on in a contest, no act of the word's event (conventions §434)
        candidate.dropped = True
        return None
    elif rule is not None and lemma in words.promise_verbs and candidate.anchor.lemma_.lower() in words.expression_nouns:
        return None  # "offered his congratulations": praise said, nothing promised (conventions §33)
    elif rule is not None and lemma in words.wish_verbs:
        if held_by_electorate(lex, governor):
            candidate.dropped = True  # "4 in 10 voters want them deported": a poll's finding (conventions §28)
            return None
        if act.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in governor.children) \
                and not any(c.dep_ == "nsubj" for c in act.children):
            rule = WISHED  # "I want to thank them": one's own act intended, asked of no one (conventions §31)
    elif rule is not None and lemma in words.perpetrating_verbs \
            and min((act, *act.conjuncts), key=lambda t: t.i).dep_ in ("dobj", "nsubjpass"):
        # "rape has been committed against captives", "committed killings and rapes": a wrong done, not promised
        # (conventions §87, §169, §258)
        rule = None
    if rule is None and act.dep_ == "advcl":
        return None  # a purpose clause ("staged protests to demand reforms") is an event of its own
    host = by_anchor.get(governor.i)
    if host is not None and not host.dropped and _resignation_taken(lex, candidate, act, lemma, host):
        host.dropped = True  # "accepted the resignation of the minister": the resignation, no agreement (§397)
        return None
    if host is not None and not host.dropped:
        if rule is not None and rule.type:
            absorb(lex, host, candidate, rule.type, rule.aux)
        elif act.pos_ in NOUN_POS and not has_own_actor(candidate.anchor) \
                and candidate.anchor.lemma_.lower() not in triggers.pacts:
            # The object of an event verb is what the event is about: "prohibits negotiations". A pact
            # that is an event itself is signed and begun: "signed a trade pact" (conventions §36).
            absorb(lex, host, candidate, host.code.type, None)
        return None
    if rule is not None and rule.type:
        host = Candidate(governor, Code(rule.type), SPECIFICITY["verb"])
        absorb(lex, host, candidate, rule.type, rule.aux)
        return host
    if rule is not None:
        # "does not plan to attack", "has no plans to meet": what is not planned is negated; "did not stop
        # fighting" negates the negation
        negated = any(negates(c, words) for c in governor.children)
        candidate.aux |= {rule.aux} ^ ({"negated"} if negated else set())
        candidate.governor = governor
        if _detainees_released(lex, candidate):
            candidate.promised = candidate.code  # "the decision to release the detainees" (§396)
    elif affirmed or lemma in triggers.reporting or lemma in words.mood_verbs:
        candidate.reported = True
        candidate.governor = governor
    return None


def reported_obligations(lex: RuleWords, clauses: list[Token], found: list[Candidate]) -> list[Candidate]:
    """"X said that Y must return the helicopter": X requests it of Y (a REQUEST at the saying verb). ``clauses``
    are the sentence's clausal complements ("ccomp"), in order."""
    created = []
    anchors = {c.anchor.i for c in found}
    for token in clauses:
        if token.head.lemma_.lower() not in lex.triggers.reporting:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in lex.words.obligation_auxiliaries for c in token.children):
            continue
        if token.head.lemma_.lower() in lex.words.belief_verbs \
                or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children) or advised(lex, token):
            # "they think the next president should continue his policies", "he should have been stopped": a
            # view of what ought to be or have been, asked of no one; what it names has not happened; "said the
            # region should improve its defences" advises, no demand (conventions §97)
            for inner in (c for c in found if c.anchor.i == token.i):
                inner.aux.add("hypothetical")
            continue
        if _generic(lex, [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]):
            continue  # "a president must be ready", "things should be wrapped up": an opinion (conventions §31)
        inner = next((c for c in found if c.anchor.i == token.i), None)
        if inner is not None and inner.code.type == "THREATEN":
            continue  # "Russia must pay a price, Kenya said" warns: a threat, not a request
        host = Candidate(token.head, Code("REQUEST"), SPECIFICITY["verb"])
        if inner is not None:
            absorb(lex, host, inner, "REQUEST", None)
        elif token.i not in anchors:
            host.complements.append(token)
        created.append(host)
    return created


def findings_of_breach(lex: RuleWords, clauses: list[Token], found: list[Candidate]) -> list[Candidate]:
    """"The tribunal ruled that Ruritania had violated the treaty": a court, a judge, a committee or an inquiry
    (`judging_bodies`) that rules, finds or concludes (`verdict_verbs`) that a party broke a rule or a right
    (`violation_verbs`) finds it liable, CAMEO 116 "find guilty or liable (legally)", which C2P makes ACCUSE/disapprove
    (an ACCUSE at the finding verb; conventions §208). ``clauses`` are the sentence's clausal complements."""
    words, created = lex.words, []
    for token in clauses:
        if not _found_by_a_judging_body(words, token) or token.lemma_.lower() not in words.violation_verbs \
                or any(negates(c, words) for c in token.children):
            continue
        created.append(_accusation_of(lex, token, found, "disapprove"))
    return created


def _accusation_of(lex: RuleWords, clause: Token, found: list[Candidate], mode: str) -> Candidate:
    """An ACCUSE at the verb that says or finds ``clause``, the clause's own event folded into it, or the clause kept
    as its complement where it has none (§208, §626)."""
    host = Candidate(clause.head, Code("ACCUSE", mode), SPECIFICITY["verb"])
    inner = next((c for c in found if c.anchor.i == clause.i), None)
    if inner is not None:
        absorb(lex, host, inner, "ACCUSE", None)
    else:
        host.complements.append(clause)
    return host


def _found_by_a_judging_body(words: EventWords, clause: Token) -> bool:
    """Whether ``clause`` is what a court, a committee or an inquiry rules or finds (§208)."""
    return clause.head.lemma_.lower() in words.verdict_verbs \
        and any(counted(s, words).lemma_.lower() in words.judging_bodies for s in subjects(clause.head))


def reported_blame(lex: RuleWords, clauses: list[Token], found: list[Candidate]) -> list[Candidate]:
    """"X said Y was responsible for the attack", "X said Y was behind it", "X said the strike was a
    violation of international law", "X said the vote had been rigged": X accuses Y (an ACCUSE at the
    saying verb; conventions §14), as does "X said Y unlawfully seized the ship" (§183) or "X said Y committed war
    crimes" (§257) or "X said Y violated the ceasefire" (§626), but not "X said Y did not steal it" nor "X said Y was
    not responsible" (§263). ``clauses`` are the sentence's clausal complements ("ccomp"), in order."""
    created = _critics_say(lex, clauses, found)
    anchors = {c.anchor.i for c in found + created}
    for token in clauses:
        if token.head.lemma_.lower() not in lex.triggers.reporting or token.head.i in anchors:
            continue
        if _breach_alleged(lex.words, token):
            # the breach was an event of its own (REJECT) only as a reporter tells it: said by a party of another,
            # it is what the speaker charges, and folds in, as in a judging body's finding (§208)
            created.append(_accusation_of(lex, token, found, "allege"))
            anchors.add(token.head.i)
            continue
        if _done_wrongfully(token, lex.words):
            # "said Griner was unlawfully detained": the detention stays an event, and the speaker accuses (§183)
            created.append(Candidate(token.head, Code("ACCUSE", "allege"), SPECIFICITY["verb"]))
            anchors.add(token.head.i)
            continue
        if token.i in anchors and not _commits_a_wrong(lex, token, anchors):
            continue
        if any(negates(c, lex.words) for c in token.children):
            # "said its soldiers had not committed any crimes", "said Chad was not responsible for the attack":
            # the wrong or the blame is denied (conventions §263)
            mode = None
        elif token.lemma_.lower() == "be":
            mode = _blame(lex, token, anchors)
        else:  # a crime reported is alleged (the manual's DISAPPROVE: "allege … crime or corruption")
            mode = "allege" if token.lemma_.lower() in lex.words.wrongdoing_verbs \
                or _commits_a_wrong(lex, token, anchors) else None
        if mode is not None:
            host = Candidate(token.head, Code("ACCUSE", mode), SPECIFICITY["verb"])
            host.complements.append(token)
            created.append(host)
    return created


def _breach_alleged(words: EventWords, clause: Token) -> bool:
    """"said Beijing had breached the code of conduct", "say the guards mistreated them": a speaker says a party broke
    a rule or a right (`violation_verbs`; the manual's ACCUSE "allege ... violations of ceasefire", CAMEO 1123;
    conventions §626). Someone must have broken it, the active subject or a passive's "by" agent, and not the speaker's
    own side ("said we had breached no rule", "Norway's minister said Norway had …"); a breach denied and a judging
    body's finding (§208) are not this."""
    if clause.lemma_.lower() not in words.violation_verbs or _found_by_a_judging_body(words, clause) \
            or any(negates(c, words) for c in clause.children):
        return False
    breakers = [c for c in clause.children if c.dep_ == "nsubj"] + [
        g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    speakers = [a for s in subjects(clause.head) for a in phrase_actors(s, words)]  # "Norway's minister": Norway
    # a relative pronoun ("content that violates the principles") marks a relative clause the parser took as said
    return any(b.lower_ not in _SPEAKERS_FIRST_PERSON and b.tag_ not in _RELATIVE_PRONOUNS
               and not _one_side(actor_of(b), speakers) for b in breakers)


def _one_side(actor, speakers: list) -> bool:
    """Whether ``actor`` is one of ``speakers``, or the country one of them is of: "Norway's minister said Norway had
    …". Two parties of one country are not one side: "Republicans said Democrats had violated the rules"."""
    return actor is not None and any(
        s.id == actor.id or (actor.kind == "country" and s.country == actor.country) for s in speakers)


def _done_wrongfully(verb: Token, words: EventWords) -> bool:
    """"was unlawfully detained", "treated him unfairly": the act is said to be wrong. An adverb past a
    prepositional phrase tells where someone is ("workers now in the country illegally"), not how the act was done."""
    return any(c.dep_ == "advmod" and c.lower_ in words.wrongful_adverbs
               and not any(t.dep_ == "pobj" for t in verb.doc[verb.i + 1:c.i]) for c in verb.children)


def _commits_a_wrong(lex: RuleWords, verb: Token, anchors: set[int]) -> bool:
    """"said the troops committed mass killings", "said Ruritania had committed a breach of the treaty": a verb of
    perpetrating (`perpetrating_verbs`, WordNet commit.v.01 "perpetrate an act as a crime") whose object, or what
    its object is a count of ("acts of genocide"), is an act found as an event or a word that calls an act a wrong
    (`blame_nouns`); "committed suicide" and "committed troops" name none (conventions §257)."""
    words = lex.words
    if verb.lemma_.lower() not in words.perpetrating_verbs:
        return False
    done = [counted(o, words) for o in objects(verb, words)]
    done += [counted(g, words) for n in done for g in prepositional_objects(n, ("of",))]
    return committed_act(lex, verb) is not None or any(n.i in anchors or n.lemma_.lower() in lex.blame_nouns for n in done)


def _critics_say(lex: RuleWords, clauses: list[Token], found: list[Candidate]) -> list[Candidate]:
    """What critics say is disapproval: "critics say the response was too slow", "opponents argue the law
    will tear the bloc apart" (the manual's DISAPPROVE: "criticize"). Critics, not one critic: a person
    named so is a role, as "his opponent said" in a campaign."""
    anchors = {c.anchor.i for c in found}
    created = []
    # The verbs that say something (a clause, not "critics see a future"), each once, in order.
    for verb in sorted({c.head.i: c.head for c in clauses}.values(), key=lambda v: v.i):
        if verb.lemma_.lower() not in lex.triggers.reporting or verb.i in anchors:
            continue
        said = [c for c in verb.children if c.dep_ == "ccomp"]  # what they say
        if any(s.tag_ == "NNS" and s.lemma_.lower() in lex.words.critic_nouns for s in subjects(verb)):
            host = Candidate(verb, Code("ACCUSE", "disapprove"), SPECIFICITY["verb"])
            host.complements += said
            created.append(host)
    return created


def _blame(lex: RuleWords, copula: Token, anchors: set[int]) -> str | None:
    """ACCUSE's mode if the copula's predicate blames its subject for harm ("was responsible for the
    attack", "was behind the bombing": allege) or names it a wrong ("was a violation": disapprove)."""
    words = lex.words
    # a thing, an actor or an act can be blamed: "delaying the reform was a mistake", "the detention was a violation"
    if not any(s.pos_ in NOUN_POS and not abstract(lex, s) or s._.actor or s.dep_ == "csubj" or s.i in anchors
               for s in copula.children if s.dep_ in ("nsubj", "csubj")):
        return None  # "you think it's a hoax", "everything he says is a lie": an opinion
    for child in copula.children:
        if child.dep_ == "attr" and counted(child, words).lemma_.lower() in lex.blame_nouns \
                or child.dep_ == "acomp" and child.lemma_.lower() in lex.blame_adjectives:
            return "disapprove"  # "said the strike was a violation", "claimed the election was fraudulent"
        blamed = [child] if child.dep_ == "prep" and child.lower_ == "behind" else [
            p for p in child.children if p.dep_ == "prep" and p.lower_ in ("for", "of")] \
            if child.dep_ == "acomp" and child.lemma_.lower() in words.blame_adjectives else []
        for preposition in blamed:
            for harm in (g for g in preposition.children if g.dep_ == "pobj"):
                if harm.i in anchors or counted(harm, words).lemma_.lower() in words.wrongdoing_nouns:
                    return "allege"
    return None


def _generic(lex: RuleWords, obliged: list[Token]) -> bool:
    """Whether an obligation binds no one in particular: a thing, an idea or anyone of a kind ("it",
    "things", "our strategy", "a president", "that person"), not an actor, a person or a group addressed."""
    words = lex.words
    for subject in obliged:
        if subject.pos_ == "PRON":
            return subject.lower_ in words.generic_pronouns  # "it must stop" may point back to an act
        if subject._.actor or subject.ent_type_ in NAME_LABELS:
            return False
        determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "poss")}
        return subject.lemma_.lower() in lex.abstract_nouns or bool(determiners & words.generic_determiners)
    return True  # no subject at all: "there must be"


def fold_contents(lex: RuleWords, found: list[Candidate]) -> None:
    """Events named inside what a request, refusal, threat or promise is about are its content:
    "set an ultimatum … or face sanctions", "readiness for a meeting", "his threat to impose tariffs"."""
    for host in found:
        if host.dropped or host.code.type not in lex.plover.mode_takers | {"AGREE"}:
            continue
        clauses = [c for c in host.anchor.children if c.dep_ == "acl" and to_infinitive(c)] \
            if host.anchor.pos_ in NOUN_POS else []
        inside = {t.i for theme in host.absorbed + host.complements + clauses for t in theme.subtree}
        for other in found:
            if other is not host and not other.dropped and other.anchor.i in inside and not rejected_act(other):
                absorb(lex, host, other, host.code.type, None)


def recode_promises(lex: RuleWords, found: list[Candidate]) -> None:
    """A promise recoded by what it promises: acts of force or a restriction eased, civilian rule, and reform
    are concessions (``_force_eased``, ``_power_yielded``, ``_reform_promised``), conflict a threat
    (``_conflict_promised``); then a participle's promise that says the act it hangs on again folds into
    it (``_fold_promises_said_again``)."""
    words = lex.words
    for candidate in found:
        anchor = candidate.anchor
        if candidate.dropped or candidate.code.type != "AGREE" or anchor.lemma_.lower() not in words.promise_verbs:
            continue
        eased = _force_eased(lex, anchor)
        if eased is not None:
            clause, eased_noun = eased
            candidate.code = Code("CONCEDE")
            candidate.complements.append(clause)
            # "their attacks" scaled back are what is conceded, no attack reported
            for act in [c for c in found if c.anchor.i == eased_noun.i and c is not candidate and not c.dropped]:
                absorb(lex, candidate, act, "CONCEDE", None)
            continue
        yielded = _power_yielded(lex, anchor)
        if yielded is not None:
            candidate.code = Code("CONCEDE")
            if yielded is not anchor:
                candidate.complements.append(yielded)
            continue
        candidate.code = _conflict_promised(lex, anchor) or _reform_promised(lex, anchor) or candidate.code
    _fold_promises_said_again(lex, found)


def _fold_promises_said_again(lex: RuleWords, found: list[Candidate]) -> None:
    """A participle of promising hung on a speech act (``_restated_act``) says that act again only when what it
    promises is of the act's own code: "vowed to retaliate, promising to commit more killings" is one THREATEN/violence,
    but "called for a truce, offering to withdraw its troops" asks and concedes, and "warning against allowing in the
    refugees, pledging to bomb ISIS" warns and threatens violence: both stand (conventions §298). Both codes are
    final here, each promise having folded in and been recoded by what it promises."""
    by_anchor = {c.anchor.i: c for c in found if not c.dropped}
    for candidate in found:
        if candidate.dropped or not _promising_participle(lex, candidate):
            continue
        restated = _restated_act(lex, candidate, by_anchor)
        host = by_anchor.get(restated[0].i) if restated is not None else None
        if host is not None and not host.dropped and host is not candidate and host.code == candidate.code:
            absorb(lex, host, candidate, host.code.type, None)


def _conflict_promised(lex: RuleWords, promise: Token) -> Code | None:
    """A vow of conflict or to carry on a war is a threat: "vowed retaliation", "promised revenge",
    "vowed to continue the war", "pledged to press on with its offensive" (conventions §21: promised
    conflict is a threat). The conflict is a theme of violence that the promise names as its object, or a
    theme of violence, a noun of combat or an ASSAULT or COERCE noun that a verb of carrying on governs, that
    a verb carrying an event noun has as its object ("vowed to launch a war") or that is the means of the
    promised act ("vowed to take the city by force"); "pledged to end the war" promises peace."""
    words, plover = lex.words, lex.plover
    vowed = (lex.triggers.themes.get(counted(o, words).lemma_.lower()) for o in objects(promise, words))
    theme = next((t for t in vowed if t in words.promised_violence_modes), None)
    if theme is not None:
        return Code("THREATEN", theme)
    answered = next((a for o in objects(promise, words) if (a := _conflict_answered(lex, o)) is not None), None)
    if answered is not None:
        return Code("THREATEN", plover.threat_mode(answered))  # "promised a powerful response to any incursion" (§389)
    clauses = [c for c in promise.children if c.dep_ in COMPLEMENT_DEPS]
    if any(_measure_against(lex, o) for head in (promise, *clauses) for o in objects(head, words)):
        return Code("THREATEN")  # "vowed to take action against the rebels" (conventions §113)
    for clause in (c for c in promise.children if c.dep_ in COMPLEMENT_DEPS):
        for token in clause.subtree:
            verb = next((a for a in token.ancestors if a.pos_ in VERB_POS), None)
            if verb is None or not (carries_on(words, verb)
                                    or _done_by_verb(lex, token, verb) and not _ended(lex, verb, promise)):
                continue
            lemma = token.lemma_.lower()
            combat = lemma in words.combat_nouns or any(
                f"{m.lower_} {lemma}" in words.combat_nouns for m in token.children if m.dep_ in ("amod", "compound"))
            theme = "violence" if combat else lex.triggers.themes.get(lemma)
            noun = noun_code(lex, token) if token.pos_ in NOUN_POS else None
            if theme in words.promised_violence_modes or (noun and noun[0].type in plover.promised_threats):
                return Code("THREATEN", theme or plover.threat_mode(noun[0]))
    return None


def _conflict_answered(lex: RuleWords, noun: Token) -> Code | None:
    """The code of the act of conflict a response noun answers (plover_consequence_words.csv's response class, WordNet's
    reaction and response derived from react.v.01, §367): "a powerful response to any incursion" answers an ASSAULT.
    A response promised to an act of conflict is retaliation held out, CAMEO 138/1312's threat of force or sanctions
    (conventions §389); a response to a letter or an appeal is a reply or aid."""
    if consequence_words().get(noun.lemma_.lower()) != RESPONSE:
        return None
    for act in prepositional_objects(noun, ("to", "against")):
        code = noun_code(lex, act) if act.pos_ in NOUN_POS else None
        if code is not None and code[0].type in lex.plover.promised_threats:
            return code[0]
    return None


def announced_measures(lex: RuleWords, nouns: list[Token], found: list[Candidate]) -> list[Candidate]:
    """Measures a side announces against someone are a threat: "will take legal action against the strike
    leaders", "is prepared to take steps against the firms" (CAMEO 130 "announce measures", "pledge action
    against"; the manual's THREATEN: "coercive or forceful warnings"; conventions §113). Announced is a will or
    would of the noun's own verb, or that verb's governor of readiness or intention; a promise that governs
    it is recoded by ``_conflict_promised``. ``nouns`` are the sentence's nouns."""
    anchors = {c.anchor.i for c in found}
    covered = anchors | {t.i for c in found for t in c.absorbed}
    created = []
    for noun in nouns:
        verb = noun.head
        if noun.i in covered or verb.i in anchors or verb.head.i in anchors or not _measure_against(lex, noun):
            continue
        candidate = Candidate(noun, Code("THREATEN"), SPECIFICITY["noun"])
        aux = aux_modes(candidate, lex.words)
        if "negated" in aux or not ("future" in aux and "hypothetical" not in aux or _readied(lex, verb)):
            continue
        candidate.aux = {"future"}
        created.append(candidate)
    return created


def _measure_against(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` is a measure taken against an actor: "action against the strike leaders"; not one against
    a thing or an ill ("steps against inflation"), nor one taken part in ("took part in action against")."""
    if noun.lemma_.lower() not in lex.words.measure_nouns or noun.dep_ != "dobj" \
            or noun.head.lemma_.lower() not in lex.words.measure_verbs:
        return False  # "take action against", not "end all military action against"
    return any(c.dep_ == "prep" and c.lower_ == "against" and any(g.dep_ == "pobj" and _someone(lex, g) for g in c.children)
               for c in noun.children)


def _someone(lex: RuleWords, target: Token) -> bool:
    """Whether ``target`` names people or a party: an actor, a name, "them", or people counted ("the smugglers")."""
    return bool(target._.actor) or target.ent_type_ in NAME_LABELS or target.lower_ in lex.words.target_pronouns \
        or target.tag_ == "NNS" and not abstract(lex, target)


def _readied(lex: RuleWords, verb: Token) -> bool:
    """Whether ``verb`` is what its subject says it is ready for or intends: "is prepared to take", "plans to take"."""
    if verb.dep_ != "xcomp":
        return False
    governor = verb.head
    lemma = lex.triggers.verb_lemma(governor.lemma_.lower(), governor.lower_)
    rule = lex.triggers.governors.get(governor.lower_) or lex.triggers.governors.get(lemma)
    negated = any(negates(c, lex.words) for c in governor.children)
    return not negated and (rule is not None and rule.type == "AGREE" or lemma in lex.words.intention_governors)


def _done_by_verb(lex: RuleWords, token: Token, verb: Token) -> bool:
    """Whether ``token`` names what ``verb`` does or how: the object of a verb that carries an event noun
    ("to launch a war", "to wage jihad") or of a verb of perpetrating ("to commit more attacks", §264), or the means
    of any verb ("to take the city by force"); not what the verb ends, prevents or answers ("to end the war", "to
    protect civilians from attacks")."""
    if token.dep_ == "dobj" and token.head.i == verb.i:
        # force as an object names troops ("join forces", "send forces"): violence only as a means
        lemma = verb.lemma_.lower()
        return (lemma in lex.triggers.light_verbs or lemma in lex.words.perpetrating_verbs) \
            and token.lemma_.lower() not in lex.words.means_only_themes
    preposition = token.head
    # force as a mass noun is violence ("by force"); "with an African force" names troops
    return token.dep_ == "pobj" and preposition.head.i == verb.i and preposition.lower_ in lex.words.means_prepositions \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)


def _ended(lex: RuleWords, verb: Token, promise: Token) -> bool:
    """Whether a verb between ``verb`` and the promise ends, stops or avoids what it governs ("pledged to stop
    conducting protests": the governors that negate, and the verbs of ending), a verb there is negated ("vowed not
    to commit more attacks", §264), or ``verb`` is in a purpose or relative clause, an event of its own ("offered
    to take measures to make the embargo stricter")."""
    words, governors = lex.words, lex.triggers.governors
    for token in (verb, *verb.ancestors):
        if token.i == promise.i:
            return False
        lemma = token.lemma_.lower()
        if token.dep_ in ("advcl", "relcl", "acl") or any(negates(c, words) for c in token.children) \
                or token.i != verb.i and (
                lemma in words.ending_verbs or (rule := governors.get(lemma)) and rule.aux == "negated"):
            return True
    return False


def _force_eased(lex: RuleWords, promise: Token) -> tuple[Token, Token] | None:
    """The clause, and the acts of force or the restriction in it, that a promise says its maker will scale down or
    ease, if any: "offered to scale back their attacks", "pledged to cut back its airstrikes", "pledged to scale back
    the curfew" (the manual's CONCEDE: "promises of future concessions, including easing of administrative or legal
    restrictions …, declarations … of ceasefires"; conventions §364). The promise's own infinitive is a verb of cutting
    down (`drawdown_verbs`) or easing (`easing_verbs`), not negated, whose object is a restriction
    (`restriction_nouns`) or the promiser's acts of force: an ASSAULT noun counted as acts (plural, or with a
    determiner) and no other party's; violence as a mass noun ("to reduce violence") is a state of affairs, no acts of
    the promiser's. Or it reopens (`reopening_verbs`) what a closing restricts — a passage, an outlet (§44) or schools:
    "pledged to reopen the border", "pledged to reopen schools for girls" (§386)."""
    words = lex.words
    for clause in (c for c in promise.children if c.dep_ == "xcomp"):
        lemma = clause.lemma_.lower()
        forms = {lemma} | {f"{lemma} {c.lower_}" for c in clause.children if c.dep_ == "prt"}
        reopens = lemma in words.reopening_verbs
        if not reopens and not forms & (words.drawdown_verbs | words.easing_verbs) \
                or any(negates(c, words) for c in clause.children):
            continue
        for noun in (counted(o, words) for o in objects(clause, words)):
            if reopens:  # "pledged to reopen the border": a closure lifted; not "… the investigation" (§386)
                if noun.lemma_.lower() in words.passage_nouns | words.outlet_nouns | words.school_nouns:
                    return clause, noun
                continue
            if noun.lemma_.lower() in words.restriction_nouns:
                return clause, noun
            acts = noun.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in noun.children)
            # "the militants' attacks", "attacks by militants" (which the parser may hang on the verb, as it does "by
            # half"): another's acts, which the promiser may only curb
            anothers = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children) or any(
                c.dep_ == "prep" and c.lower_ == "by" and any(_someone(lex, g) for g in c.children if g.dep_ == "pobj")
                for c in (*noun.children, *clause.children))
            code = noun_code(lex, noun) if acts and not anothers and noun.pos_ in NOUN_POS else None
            if code is not None and code[0].type == "ASSAULT":
                return clause, noun
    return None


def _reform_promised(lex: RuleWords, promise: Token) -> Code | None:
    """Reform promised is a concession: "pledged to carry out democratic reforms", "will push ahead with
    promised reforms" (CAMEO 083 "accede to requests or demands for political reform", which C2P codes CONCEDE;
    conventions §56). The reform is the promise's object or in its complement, or what "promised" describes."""
    words = lex.words
    described = [promise.head] if promise.dep_ == "amod" else []
    clauses = [c for c in promise.children if c.dep_ in COMPLEMENT_DEPS]
    promised = [counted(o, words) for head in (promise, *clauses) for o in objects(head, words)]
    if any(t.lemma_.lower() in words.reform_nouns and t.pos_ in NOUN_POS for t in described + promised):
        return Code("CONCEDE")
    return None


def _power_yielded(lex: RuleWords, promise: Token) -> Token | None:
    """The promise, or the clause of it, that yields power to rule by the people, if any (CAMEO 0834 "accede to demands
    for change in institutions, regime", C2P CONCEDE; the manual's CONCEDE: "promises of future concessions";
    conventions §386): civilian, constitutional or democratic rule (`civil_rule_nouns`) promised, or restored in its
    complement by a verb of returning, or by its noun as the promise's object, not negated — "promised to return the
    country to civilian rule", "pledged to restore democracy", "promised a return to constitutional order". Not
    elections held: "pledged to hold elections" stays AGREE, CAMEO's intent 0341."""
    words = lex.words
    promised = [counted(o, words) for o in objects(promise, words)]
    if any(_rule_by_the_people(noun, words) for noun in promised):
        return promise
    # a verb of returning in the complement, or its noun as the object: "promised a return to civilian rule"
    returns = [c for c in promise.children if c.dep_ in COMPLEMENT_DEPS] + [n for n in promised if n.pos_ in NOUN_POS]
    for head in returns:
        if head.lemma_.lower() not in words.returning_verbs or any(negates(c, words) for c in head.children):
            continue
        restored = [counted(o, words) for o in objects(head, words)] + [
            g for c in head.children if c.dep_ == "prep" and c.lower_ == "to"  # "return the country to civilian rule"
            for g in c.children if g.dep_ == "pobj"]
        if any(_rule_by_the_people(noun, words) for noun in restored):
            return head if head.pos_ not in NOUN_POS else promise
    return None


def _rule_by_the_people(noun: Token, words: EventWords) -> bool:
    """Whether ``noun`` is a word of `civil_rule_nouns`, alone or after an adjective that qualifies it: "democracy",
    "civilian rule"."""
    lemma = noun.lemma_.lower()
    return noun.pos_ in NOUN_POS and bool(
        ({lemma} | {f"{c.lemma_.lower()} {lemma}" for c in noun.children if c.dep_ == "amod"}) & words.civil_rule_nouns)


def absorb(lex: RuleWords, host: Candidate, complement: Candidate, type_: str, aux: str | None) -> None:
    """Fold ``complement`` into ``host``: the host's type wins, the complement may give its mode."""
    plover, words = lex.plover, lex.words
    mode = host.code.mode
    ordered = False  # the host is an order whose act, coercive, it becomes: the act's mode is the order's
    if type_ == "AGREE" and not any(negates(c, words) for c in complement.anchor.children) and (
            complement.code.type in plover.promised_threats or complement.anchor.lemma_.lower() in words.punishing_verbs):
        # "vowed to fight", "vowed to prosecute them": promised violence is a threat; "vowed not to launch attacks"
        # promises peace
        type_, mode = "THREATEN", None
    elif type_ == "AGREE" and plover.conceded(complement.code) \
            and (host.anchor.lemma_.lower() in words.promise_verbs or _eases_by_itself(lex, host, complement)):
        # "pledged to withdraw": a promised retreat is a concession; "agreed to loosen controls on the press" one too
        type_, mode = "CONCEDE", None
    elif type_ == "AGREE" and complement.code.type in plover.promised_refusals \
            and host.anchor.lemma_.lower() in words.promise_verbs:
        type_, mode = complement.code.type, complement.code.mode  # "promised to veto the bill" (§195)
    elif type_ == "REQUEST" and complement.code.type in plover.material and alternative_penalty(complement.anchor, words):
        # "told them to surrender or be killed": an ultimatum (the manual's THREATEN: "ultimate demand or order")
        type_, mode = "THREATEN", plover.threat_mode(complement.code)
    elif type_ == "REQUEST" and host.code.type == "THREATEN":
        type_ = "THREATEN"  # the demand of an ultimatum, folded after its penalty, leaves it a threat
    elif complement.code.type in plover.coercive:
        if host.anchor.lemma_.lower() in words.order_verbs:  # "ordered the paper to suspend publication" censors
            type_, mode, ordered = complement.code.type, complement.code.mode, True
    if type_ == "THREATEN" and complement.code.type == "PROTEST":
        # a protest threatened takes its type's mode, whatever theme its words gave the threat before the act was
        # known: "the union threatened to strike", "threatened a general strike" stop work, no violence (§584)
        mode = plover.threat_mode(complement.code)
    if type_ in plover.mode_takers and mode is None:
        mode = _mode_from(lex, type_, complement)
    host.code = Code(type_, mode if ordered or type_ in plover.mode_takers or type_ == host.code.type else None)
    if type_ in ("AGREE", "CONCEDE"):
        # "agreed to extradite him": the extradition itself, promised, is reported too (conventions §45)
        promised_itself = complement.code.type in plover.promised_acts or _detainees_released(lex, complement)
        host.promised = complement.code if promised_itself else complement.promised
    host.complements += [complement.anchor, *complement.absorbed, *complement.complements]
    host.aux |= complement.aux - {"negated"}
    if aux:
        host.aux.add(aux)
    host.specificity = max(host.specificity, complement.specificity)
    complement.dropped = True


def _eases_by_itself(lex: RuleWords, host: Candidate, complement: Candidate) -> bool:
    """Whether ``host``, a verb of agreeing or giving in (`yielding_verbs`: agree, consent, accede …), says its subject
    will ease a restriction (``complement``, a CONCEDE of an easing verb, conventions §19) by itself: "agreed to loosen
    controls on the press", "agreed to lift the curfew" (the manual's CONCEDE: "promises of future concessions,
    including easing of administrative or legal restrictions"; CAMEO's AGREE TO ELECTIONS is 0831, a concession;
    conventions §365). Not an easing done together or with another party, a deal ("agreed to loosen trade rules
    together", "agreed with Kenya to lift the curbs"); not readiness ("is prepared to lift the ban"), which CAMEO's
    PREPARE/READY codes as intent (03, AGREE); "agreed to withdraw" stays a deal, as §8 has it."""
    words = lex.words
    governor, easing = host.anchor, complement.anchor
    if complement.code.type != "CONCEDE" or easing.lemma_.lower() not in words.easing_verbs \
            or lex.triggers.verb_lemma(governor.lemma_.lower(), governor.lower_) not in words.yielding_verbs:
        return False
    for child in (*governor.children, *easing.children):
        if child.dep_ == "advmod" and child.lower_ in words.joint_modifiers:
            return False
        if child.dep_ == "prep" and child.lower_ == "with" and any(g.dep_ == "pobj" and _someone(lex, g)
                                                                   for g in child.children):
            return False
    return True


def _mode_from(lex: RuleWords, type_: str, complement: Candidate) -> str | None:
    """The mode a request or threat takes from what it folds in: a theme word, else the folded event's type."""
    themes, plover = lex.triggers.themes, lex.plover
    for token in (*complement.absorbed, *complement.complements, complement.anchor):
        mode = themes.get(token.lemma_.lower())
        if mode and (type_ == "THREATEN") == (mode in plover.threat_mode_names):
            return mode
    code = complement.code
    if type_ == "THREATEN":
        return plover.threat_mode(code)
    return plover.request_modes.get(code.type)


def _named_a_charge_after(words: EventWords, anchor: Token, governor: Token) -> bool:
    """Whether a noun of accusation (`accusation_nouns`) stands between ``anchor``'s clause and ``governor``: "India
    blames Pakistan for training them, a charge Islamabad denies" is a relative clause of that noun ("a charge [that]
    Islamabad denies") which the small parser takes for the governor of the clause before; the blame is no complement
    of the denial, and stays made (conventions §207). "Pakistan trained them, India says" names no charge."""
    return any(t.lemma_.lower() in words.accusation_nouns for t in anchor.doc[anchor.right_edge.i + 1:governor.i])


def _carrier(lex: RuleWords, act: Token, by_anchor: dict[int, Candidate]) -> Token | None:
    """The verb of carrying on whose complement or object ``act`` is (``carrying_verb``), when that verb is no event
    and no governor of its own: "keep" in "pledged to keep fighting" and "vowed to keep up the attacks", "go" in "vowed
    to go on fighting" (the parser hangs the act on "on"). Its clause is the act's: what governs it governs the act, as
    "pledged to fight" is one THREATEN (conventions §309). "continued the attacks" is a light verb's event already."""
    verb = carrying_verb(lex.words, act, objects=True)
    if verb is None or verb.i in by_anchor:
        return None
    return None if lex.triggers.governors.get(lex.triggers.verb_lemma(verb.lemma_.lower(), verb.lower_)) else verb


def _warning_holding_out(lex: RuleWords, candidate: Candidate, by_anchor: dict[int, Candidate]) -> Candidate | None:
    """The THREATEN of the warning verb whose clause holds out ``candidate``, a consequence for a party (conventions
    §367, §16: "Israel would pay a heavy price", "Russia would face severe consequences", "any attack would prompt a
    crushing response"), if any: the verb governs the clause as a "that" complement ("ccomp"), reached from the
    consequence through objects, prepositions and "have to" ("would have to face"), and reports a threat of its own
    (§385). A consequence is a THREATEN whose subject suffers it (``subject_targeted``) or a noun of penalty or
    response (plover_consequence_words.csv); an act the clause says its subject will do ("warned that it would
    strike") is what the warning is of, folded in as any complement."""
    held_out = candidate.subject_targeted \
        or consequence_words().get(candidate.anchor.lemma_.lower()) in (PENALTY, RESPONSE)
    if candidate.code.type != "THREATEN" or not held_out:
        return None
    clause = candidate.anchor
    while clause.dep_ != "ccomp":
        if clause.dep_ not in OBJECT_DEPS | {"pobj", "prep", "xcomp"} or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.i in by_anchor and not by_anchor[clause.i].dropped:
            return None  # "pay" in "would pay a heavy price" is the consequence's own event: it folds in first
    host = by_anchor.get(clause.head.i)
    if host is None or host.dropped or host is candidate or host.code.type != "THREATEN" \
            or host.anchor.pos_ not in VERB_POS:
        return None
    return host


def _hold_out(lex: RuleWords, consequence: Candidate, warning: Candidate, by_anchor: dict[int, Candidate]) -> None:
    """Make ``warning``'s threat the ``consequence`` it holds out: one THREATEN, by who warns (the consequence's
    governor, as with "Kenya said Russia would pay a price", §367) against whoever suffers it, which the consequence
    reads and the warning verb alone does not ("Iran warned that Israel would pay a heavy price": Iran → Israel;
    conventions §385). The warning verb becomes a word of the threat, whose further complements it keeps. An act held
    out as the cause of the consequence ("any attack would prompt a crushing response") is its condition, no event of
    its own. A warning that names whom it warns ("warned Israel that it would pay a heavy price") has its target
    already: the consequence folds into it as any complement."""
    verb = consequence.anchor if consequence.anchor.pos_ in VERB_POS else consequence.anchor.head
    held_out = [act for s in subjects(verb) if (act := by_anchor.get(s.i)) is not None and act is not consequence
                and not act.dropped] if consequence_words().get(verb.lemma_.lower()) == CAUSE else []
    if any(c.dep_ in ("dobj", "dative") for c in warning.anchor.children):
        threat = warning
        absorb(lex, warning, consequence, "THREATEN", None)
    else:
        threat = consequence
        _merge_words(consequence, warning)  # both are THREATEN (``_warning_holding_out``)
        consequence.governor, consequence.reported = warning.anchor, False
        by_anchor[warning.anchor.i] = consequence  # what else the warning verb governs folds into the threat
    for act in held_out:
        threat.absorbed += [act.anchor, *act.absorbed]
        act.dropped = True


def _detainees_released(lex: RuleWords, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a release (RETREAT/release) of people held: its object or passive subject, what its noun
    is "of", or the noun it qualifies ("a prisoner exchange") is a captive (`captive_nouns`, §47: prisoner, hostage,
    detainee …) or a person named, an actor or "them" — the manual's RETREAT: "release of prisoners and hostages"
    (conventions §396). Not water, a book or a bus freed, nor villages handed over, which the verbs of releasing name
    too."""
    if candidate.code != _RELEASE:
        return False
    return any(_held(lex, t) for t in _released(lex, candidate.anchor))


def _released(lex: RuleWords, anchor: Token) -> list[Token]:
    """What a release names as released: its object or passive subject (a relative pronoun as the noun its clause
    describes), what its noun is "of", the noun it qualifies ("a prisoner exchange")."""
    named = objects(anchor, lex.words) + prepositional_objects(anchor, ("of",)) \
        + [c for c in anchor.children if c.dep_ in ("nsubjpass", "compound")]
    return [holder for t in named for holder in described_holders(anchor, [t])]


def _held(lex: RuleWords, noun: Token) -> bool:
    """Whether ``noun`` names people held: a captive (`captive_nouns`), a person named, an actor or a pronoun of
    people ("them", "he")."""
    n, words = counted(noun, lex.words), lex.words
    return n.lemma_.lower() in words.captive_nouns or bool(n._.actor) or n.ent_type_ == "PERSON" \
        or n.lower_ in words.target_pronouns | words.person_pronouns


def _nothing_held_released(lex: RuleWords, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a verb of releasing read alone (RETREAT/release with no object pattern of its own)
    that names what it releases, and none of it — nor what its phrase is "of", "for", "in" or "over" — is people
    (``_held``, a party noun), a place (a place name, `held_places`), what was seized, or what the lexicon's own
    release patterns take back (remains, property): "released a new poll", "the emails released on Friday", "handed
    over $25 million", "turned over the files to the prosecutor" publish or pay. The manual's RETREAT is the release
    of prisoners and hostages, the return of confiscated property and the ceding of territory (conventions §401):
    "released 30 prisoners", "the journalists were freed", "handed over control of the city", "freed the tanker it
    had seized", "released them" and "he was released from jail" stay."""
    anchor, words = candidate.anchor, lex.words
    if candidate.code != _RELEASE or anchor.pos_ not in VERB_POS or candidate.absorbed:
        return False
    # what the verb acts on, the noun a participle describes among it ("prisoners released by Kenya on Thursday"); a
    # time the parser takes for an object ("on Thursday") is no thing released
    acted = [holder for t in acted_on(anchor) for holder in described_holders(anchor, [t])]
    released = [t for t in _released(lex, anchor) + acted if t.ent_type_ not in TIME_LABELS]
    for _ in range(2):  # "control for security in Bamiyan province", "the Ladies in White activists"
        released += [g for t in released for g in prepositional_objects(counted(t, words), ("of", "for", "in", "over"))
                     if g not in released]
    # a pronoun or a number alone ("released it", "releasing the seven") stands for what another phrase names
    return bool(released) and not any(
        _held(lex, t) or a_party(n := counted(t, words)) or n.ent_type_ in PLACE_LABELS
        or n.pos_ in ("NUM", "PRON") and n.ent_type_ != "MONEY" or n.lemma_.lower() in words.held_places
        or n.lemma_.lower() in lex.triggers.released_objects or _seized(lex, n) for t in released)


def _done_as_a_rule(lex: RuleWords, anchor: Token) -> bool:
    """Whether ``anchor`` is a verb in the simple present whose doer is anyone of a kind, not a party: a quantifier
    standing for people (`kind_pronouns`: "everybody sues", "anyone who joins the march") or a party noun after an
    article or determiner of any member (`kind_determiners`: "a president never negotiates with kidnappers"). The
    manual codes acts done by a source actor; such a sentence tells how a kind behaves (conventions §425). Not a
    bare plural ("gangs sometimes attack miners": VOA's present tells acts that recur), nor what is done to a kind
    ("a store worker is assaulted"), nor "a president meets them on Tuesday" (one occasion), nor a headline's
    present, nor any past or future act."""
    words = lex.words
    verb = anchor  # a conjunct with no subject of its own is said of its head's ("attack and insult each other")
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in ANY_SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    if not (_simple_present(anchor) and _simple_present(verb)) or _in_title_case(anchor) \
            or any(t.ent_type_ in TIME_LABELS for v in {anchor, verb} for t in v.subtree):
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is not None:
        doer = described_holders(verb, [doer])[0]  # "anyone who joins the march": the word "who" stands for
    return doer is not None and (doer.lower_ in words.kind_pronouns or doer.tag_ == "NN" and a_party(doer) and any(
        c.dep_ == "det" and c.lower_ in words.kind_determiners for c in doer.children))


def _simple_present(verb: Token) -> bool:
    """Whether ``verb`` is in the simple present ("negotiates", "does not negotiate")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # the parser tags some present forms after a relative pronoun as base forms ("who join")
    return verb.pos_ in VERB_POS and verb.tag_ in ("VBP", "VBZ", "VB") \
        and all(c.lemma_ == "do" and c.tag_ in ("VBP", "VBZ") for c in auxiliaries)


def _in_title_case(token: Token) -> bool:
    """Whether ``token``, not first in its sentence, is capitalized: a headline's present tells the news."""
    return token.i != token.sent.start and token.text[:1].isupper()


def _seized(lex: RuleWords, noun: Token) -> bool:
    """Whether a clause or participle describing ``noun`` seizes it ("the tanker it had seized", "the seized
    trucks"): a verb the lexicon codes COERCE/seize."""
    return any(c.dep_ in ("relcl", "acl", "amod") and lex.triggers.verbs.get(c.lemma_.lower()) == _SEIZURE
               for c in noun.children)


def _resignation_taken(lex: RuleWords, candidate: Candidate, act: Token, lemma: str, host: Candidate) -> bool:
    """Whether ``host``, the event of a verb of acceptance (`receiving_verbs`, §77), only takes the resignation that
    ``candidate`` is, its object: "the president accepted the resignation of the defence minister" reports the
    resignation (RETREAT/resign, the manual's "resignations of government officials"), whose "of" names who resigns;
    accepting it agrees to nothing between parties, as accepting money does not (§77, conventions §397). The
    resignation names who resigns, by a possessive or "of" ("Honcharuk's resignation"): "accepted the resignation"
    alone would be read as the acceptor's own. Not refused ("did not accept his resignation", "rejected the
    resignation"): no one has left."""
    resignation = candidate.anchor
    named = any(c.dep_ == "poss" for c in resignation.children) or bool(prepositional_objects(resignation, ("of",)))
    return candidate.code == _RESIGNATION and named and act.dep_ == "dobj" and lemma in lex.words.receiving_verbs \
        and host.code.type == "AGREE" and not any(negates(c, lex.words) for c in host.anchor.children)


def _verb_of_gerund_subject(candidate: Candidate, by_anchor: dict[int, Candidate]) -> Candidate | None:
    """The event of the verb whose subject ``candidate``'s gerund is, when it is an act of the same type and mode:
    "Fighting near Goma killed ten" is one fight, as "the fighting near Goma killed ten" is one (conventions §110,
    §329). A noun subject is merged with its verb's event when mentions are merged; a gerund, which the parser tags
    a verb, is one here."""
    gerund = candidate.anchor
    if gerund.tag_ != "VBG" or gerund.dep_ != "nsubj":
        return None
    host = by_anchor.get(gerund.head.i)
    if host is None or host is candidate or host.dropped or host.code.type != candidate.code.type:
        return None
    return host if not host.code.mode or not candidate.code.mode or host.code.mode == candidate.code.mode else None


def _merge_words(host: Candidate, other: Candidate) -> None:
    """Make ``other`` (a gerund subject, a warning verb) words of ``host``'s event, whose mode is the more specific of
    the two."""
    host.code = Code(host.code.type, host.code.mode or other.code.mode)
    host.absorbed += [other.anchor, *other.absorbed]
    host.complements += other.complements
    host.aux |= other.aux
    host.specificity = max(host.specificity, other.specificity)
    other.dropped = True


def _governor(anchor: Token, lex: RuleWords) -> Token | None:
    """The verb or adjective whose complement ``anchor`` heads, or the noun of a governing verb whose
    to-infinitive it heads ("the refusal to release them"), if any."""
    words = lex.words
    token = anchor
    if anchor.dep_ in ("acl", "relcl") and to_infinitive(anchor):
        noun = anchor.head
        if noun.lemma_.lower() in lex.governor_nouns and not _fixed_phrase(noun):
            return noun
        return None
    if token.dep_ == "acomp" and token.head.i != token.i:
        token = token.head  # "Syria says it is willing to…": the clause of "willing" is headed by "is"
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.pos_ in VERB_POS | NOUN_POS and token.dep_ not in COMPLEMENT_DEPS | OBJECT_DEPS | {"pobj", "pcomp"}:
            return None
    head = token.head
    if head.i == token.i:
        return None
    if token.dep_ in COMPLEMENT_DEPS or (token.dep_ in OBJECT_DEPS and anchor.pos_ in NOUN_POS):
        return head
    if token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
        owner = head.head
        if (owner.dep_ == "prt" or owner.dep_ == "advmod" and owner.i == owner.head.i + 1) and owner.head.pos_ in VERB_POS:
            owner = owner.head  # "looks forward to working with": the verb with its particle governs
        # what a negating governor keeps one "from" is not done: "refrained from attacking", "stopped them from
        # marching" (conventions §518)
        kept_from = head.lower_ == "from" and (rule := lex.triggers.governors.get(owner.lemma_.lower())) is not None \
            and rule.aux == "negated"
        if (head.lower_ in words.selected_prepositions or kept_from) and owner.pos_ in VERB_POS | {"ADJ"}:
            return owner
    if token.dep_ == "advcl" and to_infinitive(token) \
            and not any(c.dep_ in ("dobj", "dative") for c in head.children):
        # "have sworn to fight": only a governor's rule applies to such a clause. After an object it is
        # a purpose clause, an event of its own: "called a strike to demand higher wages".
        return head
    return None


def _restated_act(lex: RuleWords, candidate: Candidate,
                  by_anchor: dict[int, Candidate]) -> tuple[Token, Governor] | None:
    """The speech act, with its `governors` rule, that a participle clause hung on it says again, when ``candidate``
    is the participle's own promise or warning ("vowed to retaliate, promising to commit more killings"; a promise
    folds only into an act of its own code, ``_fold_promises_said_again``) or an act not yet done that a participle of
    saying or warning says ("threatened sanctions, saying it would face expulsion"; what a participle of promising
    says is its own promise's content). The speech act is a verb with a typed `governors` entry that is no verb of
    reporting, read as a speech act here: its event is of a governor's type (or a promised retreat, CONCEDE), or it
    governs a clause of its own ("vowed to retaliate"). The participle has no subject of its own and is a verb of
    saying (`reporting`), promising (`promise_verbs`) or warning (a THREATEN governor). A done act the participle
    reports is told as it happened ("refused to talk, saying rebels had attacked"), and a participle of another act is
    an act of its own ("arguing the vote was rigged" accuses, "opened its border, offering them schooling" lets in,
    "attacked the town, killing ten" attacks)."""
    triggers, words = lex.triggers, lex.words
    clause = candidate.anchor
    if clause.pos_ in NOUN_POS and clause.dep_ in OBJECT_DEPS | {"nsubj", "nsubjpass", "attr"}:
        clause = clause.head  # "it would face expulsion": a noun's clause is its verb's
    if clause.dep_ == "ccomp" and clause.head.tag_ == "VBG":
        if not aux_modes(candidate, words) & {"future", "hypothetical"} or in_condition(candidate.anchor, words):
            return None  # said as done, or the condition the parser hangs on the participle ("… if they did not")
        # a clause a participle of promising says is what it promises, folded into it as any promise's content
        participle, said_verbs = clause.head, triggers.reporting
    else:
        participle, said_verbs = candidate.anchor, words.promise_verbs
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children):
        return None
    said = triggers.verb_lemma(participle.lemma_.lower(), participle.lower_)
    warned = triggers.governors.get(said)
    if said not in said_verbs and not (warned is not None and warned.type == "THREATEN"):
        return None
    act = participle.head
    while act.pos_ in VERB_POS:
        lemma = triggers.verb_lemma(act.lemma_.lower(), act.lower_)
        rule = triggers.governors.get(lemma)
        if rule is not None and rule.type:
            break
        if act.dep_ != "xcomp":
            return None
        act = act.head  # "vowed to retaliate, promising …": the parser hangs the participle on the act's content
    else:
        return None
    if lemma in triggers.reporting:
        return None  # "told Radio Mitre, adding that …" reports; "told them to leave" asks by its complement
    host = by_anchor.get(act.i)
    if host is None:
        return (act, rule) if any(c.dep_ in COMPLEMENT_DEPS for c in act.children) else None
    speech_types = {r.type for r in triggers.governors.values()} | {"CONCEDE"}
    return (act, rule) if host.code.type in speech_types else None


def _promising_participle(lex: RuleWords, candidate: Candidate) -> bool:
    """Whether ``candidate`` is a present participle of promising with no subject of its own, hung on a clause as
    an adverbial: "…, offering to withdraw its troops", "…, pledging to bomb ISIS"."""
    participle = candidate.anchor
    return participle.dep_ == "advcl" and participle.tag_ == "VBG" \
        and lex.triggers.verb_lemma(participle.lemma_.lower(), participle.lower_) in lex.words.promise_verbs \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children)


def _asked_about(anchor: Token) -> bool:
    """Whether ``anchor`` is what a question asks: the verb of a clause under "whether" or "if" that a verb of asking
    governs (`_QUESTIONING_VERBS`), or an act in that clause's complements, conjuncts or objects ("asked if he would
    like to indict her", "asked whether Chad would launch an attack"); conventions §374. Not an "if" clause that is
    a condition ("asked for help if the rebels attacked", an adverbial clause), not one asked "if" someone can or
    could act (a request the verb of asking reads: ``ABILITY_MODALS``, §381), not the subject of the clause ("asked
    whether the attack was justified": the attack is told as done)."""
    token = anchor
    while True:
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        if marks & {"whether", "if"}:
            asked = token.head.lemma_.lower() in _QUESTIONING_VERBS and token.head.i != token.i \
                and (token.dep_ == "ccomp" or token.dep_ == "advcl" and "whether" in marks)
            return asked and not any(c.dep_ == "aux" and c.lower_ in ABILITY_MODALS for c in token.children)
        if token.dep_ not in ("xcomp", "conj", "dobj") or token.head.i == token.i:
            return False
        token = token.head


def _compared(anchor: Token) -> bool:
    """Whether ``anchor`` is a participle that "as" introduces with a "to" object and no subject of its own: "as
    opposed to", a comparison (WordNet 3.0 oppose.v.03 "contrast with"), no act of opposing (conventions §399). Not
    "as Kenya opposed the plan" (a subject), nor "were opposed to the bill"."""
    return anchor.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in anchor.children) \
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in anchor.children) \
        and not any(c.dep_ in ANY_SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in anchor.children)


def _act_in_general(anchor: Token, words: EventWords) -> bool:
    """Whether ``anchor`` (or the verb it is a conjunct of) is a to-infinitive with no subject of its own completing
    "it is" and an adjective of how easy or possible an act is (``ease_adjectives``): "it is impossible to ignore the
    protests", "it's easy to criticize the president" tell of the act in general, done by no one (conventions §400).
    Not "easy for its troops to attack" (a doer named), nor "found it easy to criticize" (the finder acts)."""
    verb = anchor
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    copula = verb.head
    if verb.dep_ != "xcomp" or not to_infinitive(verb) or copula.lemma_ != "be" \
            or any(c.dep_ in ANY_SUBJECT_DEPS for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children) \
        and any(c.dep_ == "acomp" and c.lemma_.lower() in words.ease_adjectives for c in copula.children)


def _fixed_phrase(noun: Token) -> bool:
    """A bare singular noun after a preposition is part of a fixed phrase, no act: "in order to"."""
    return noun.dep_ == "pobj" and noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "amod") for c in noun.children)
