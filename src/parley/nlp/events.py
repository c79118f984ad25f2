"""PLOVER events with modes, auxiliary modes, context, dates, places and numbers.

For each sentence: find trigger words with the lexicon (event_lexicon.py), fold complements into
the verbs that govern them ("agreed to exchange prisoners" is one AGREE event), then read actor,
recipient, auxiliary modes, date, place and numbers off the dependency tree around the trigger,
using what the actors, times, quantities and quotes components put on the Doc. Across the document,
mentions of the same action become one event with several evidence spans (event_merge.py).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .event_lexicon import SPECIFICITY, Code, TriggerLexicon, abstract_nouns
from .event_merge import merge_mentions
from .event_model import EventModel
from .event_modes import conditional
from .event_participants import noun_phrase
from .event_parts import read_mentions
from .event_reading import Candidate, EventReading, trigger_owners
from .extensions import PUBLISHED, declare
from .labels import CLAUSE_DEPS, COMPLEMENT_DEPS, NAME_LABELS, NOUN_POS, OBJECT_DEPS, VERB_POS
from .lexicon import EventWords, Lexicon

REQUIRES = ["token.tag", "token.dep", "token.lemma", "doc.ents", "doc.sents",
            "doc._.actors", "token._.actor", "doc._.times", "doc._.quantities", "doc._.quotes"]
ASSIGNS = ["doc._.events"]



@Language.factory(
    "parley_events",
    default_config={"lexicon": {"@misc": "parley.lexicon.v1"}, "historical_days": 30, "min_confidence": 0.0,
                    "model": "off"},
    requires=REQUIRES,
    assigns=ASSIGNS,
)
def make_events(nlp: Language, name: str, lexicon: Lexicon, historical_days: int, min_confidence: float,
                model: str) -> "EventCoder":
    return EventCoder(nlp, name, lexicon, historical_days=historical_days, min_confidence=min_confidence, model=model)


class EventCoder:
    """Codes each reported action as a PLOVER event on ``doc._.events``."""

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon, historical_days: int = 30,
                 min_confidence: float = 0.0, model: str = "off") -> None:
        declare(*REQUIRES, *ASSIGNS, PUBLISHED)
        # The learned model (event_model.py) may move rule events' confidence and add events. It is opt-in:
        # on data it never saw it gains 2 of 841 VOA snippets for a quarter of this component's time.
        self.model = EventModel.load(uses=model) if model != "off" else None
        self.name = name
        self.historical_days = historical_days
        self.min_confidence = min_confidence
        self.lexicon = lexicon
        self.triggers = lexicon.triggers
        self.fallback = lexicon.fallback_triggers
        self.words = lexicon.event_words
        self.plover = lexicon.plover
        self.abstract_nouns = abstract_nouns()

    def __call__(self, doc: Doc) -> Doc:
        reading = EventReading.of(doc, self.lexicon, self.historical_days)
        mentions = []
        for sent in doc.sents:
            candidates, belief = self.candidates(sent), {}
            if self.model is not None:
                candidates, belief = self.model.rank(sent, candidates, self.triggers, self.fallback)
            owners = trigger_owners(candidates)
            for candidate in candidates:
                found = read_mentions(reading, candidate, owners)
                for mention in found if candidate.anchor.i in belief else ():
                    mention.confidence = self.model.confidence(mention.confidence, belief[candidate.anchor.i])
                mentions += found
        mentions = [m for m in mentions if m.confidence >= self.min_confidence]
        doc._.events = merge_mentions(mentions)
        return doc

    # -- finding triggers -------------------------------------------------------------------------

    def candidates(self, sent: SpacySpan) -> list[Candidate]:
        """The sentence's events after complements are folded into the verbs that govern them."""
        found = [c for token in sent if (c := self.match(token)) is not None]
        if not found:  # the CAMEO tier fills sentences the curated lexicon finds nothing in
            found = [c for token in sent if (c := self.match(token, fallback=True)) is not None]
        themes = {t.i for c in found for t in c.absorbed}
        found = [c for c in found if c.anchor.i not in themes]
        found += self.reported_obligations(sent, found)
        self.fold_contents(found)
        by_anchor = {c.anchor.i: c for c in found if not c.dropped}
        # Deepest first, so "demanded that they refuse to recognize" folds recognize → refuse → demand.
        queue = sorted(found, key=lambda c: -_depth(c.anchor))
        while queue:
            candidate = queue.pop(0)
            if candidate.dropped:
                continue
            created = self.fold_into_governor(candidate, by_anchor)
            if created is not None:
                by_anchor[created.anchor.i] = created
                found.append(created)
                queue.append(created)
                queue.sort(key=lambda c: -_depth(c.anchor))
        self.protests_by_action(found)
        self.promised_conflict(found)
        return sorted((c for c in found if not c.dropped), key=lambda c: c.anchor.i)

    def match(self, token: Token, fallback: bool = False) -> Candidate | None:
        """The curated lexicon's reading of ``token``, or with ``fallback`` the CAMEO tier's, which
        reads only verbs the curated lexicon does not know."""
        if token.pos_ in VERB_POS and not _nominalized(token) and not _attributive(token):
            lemma = self.triggers.verb_lemma(token.lemma_.lower(), token.lower_)
            if not fallback:
                return self.with_theme_mode(token, self.by_a_crowd(token, lemma, self.match_verb(token, lemma)))
            if lemma not in self.triggers.known_verbs:
                return self.with_theme_mode(token, self.by_a_crowd(token, lemma, self.match_fallback(token)))
            return None
        if fallback:
            return None
        if token.pos_ in NOUN_POS:
            if (left := self._leaves_pact(token)) is not None:
                return left
            carried = self._refused_or_requested(token) or self._elicited(token)
            code = self.noun_code(token, carried=carried) or self._forces_exercise(token)
            if code and not any(c.dep_ == "det" and c.lower_ in self.words.anaphoric_determiners for c in token.children):
                if code[0].type in self.words.riot_types and _with_protesters(token, self.words):
                    return Candidate(token, Code("PROTEST", "riot"), code[1])  # "clashes between protesters and police"
                return Candidate(token, code[0], code[1])
        return None

    def match_verb(self, token: Token, lemma: str) -> Candidate | None:
        lex, words = self.triggers, self.words
        particle = next((c.lemma_.lower() for c in token.children if c.dep_ == "prt"), None)
        verbs = [f"{lemma} {particle}"] if particle else []
        if not _phrasal(token, lemma, lex):  # "called off the strike" is not "called a strike"
            verbs.append(lemma)
        if lemma in words.elicit_verbs and any(self._elicited(o) for o in _objects(token, words)):
            return None  # "drew criticism": the noun is the event, and its actors are others
        verbs = _hyphen_prefix(token) + verbs  # "test-fired a missile" tests a missile
        candidate = self._leaves_pact(token) or self._verdict(token, lemma) or self._restraint(token, lemma) \
            or self._custody(token, lemma) \
            or self._verb_object(token, verbs, lex.verb_objects, SPECIFICITY["verb_object"]) \
            or self._dispatch(token, lemma) or self._provision(token, lemma) or self._consequence(token, lemma) \
            or self._truce_in_effect(token, lemma) or self._easing(token, lemma)
        if candidate:
            return candidate
        # A phrasal verb is its own word and beats its light verb: "called off the talks" is no meeting.
        # A preposition makes one only right after the verb: not "take in refugees over two years".
        for child in [*token.children, *_clause_prepositions(token)]:
            if child.dep_ in ("prt", "mark") or (child.dep_ == "prep" and child.i == token.i + 1
                                                 and not _passive_with_object(token, child)):
                code = lex.phrasal.get((lemma, child.lemma_.lower()))
                if code:  # a clause after the preposition is what is asked for: "called for the talks to resume"
                    return Candidate(token, code, SPECIFICITY["phrasal"],
                                     complements=[child.head] if child.dep_ == "mark" else [])
        if lemma in words.mood_verbs and not self._asks_for_something(token):
            return None
        if lemma in words.object_sense_verbs and not self._acts_on_something(token):
            return None
        if lemma in words.self_support_verbs and self._on_own(token):
            return None  # "defended her decision", "defended himself": a justification, not support of another
        light = lex.light_verbs.get(lemma) or lex.carriers.get(lemma)
        if light:
            for child in _objects(token, words):
                noun = _counted(child, words)
                left = self._leaves_pact(noun)
                code = (left.code, left.specificity) if left else self.noun_code(noun, carried=True)
                if code:
                    return Candidate(token, code[0], light, absorbed=[child, noun])
        if lemma in words.showing_verbs | words.campaign_gatherings and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
            return None  # "demonstrated his resolve" shows, "rallied voters" campaigns: neither protests
        if lemma in lex.verbs and self._publishes(token, lex.verbs[lemma]):
            return None  # "released a statement" publishes; "released prisoners" gives way
        if lemma in lex.verbs and lex.verbs[lemma].type == "ASSAULT" and self._figurative(token):
            # "attacked the senator's plan" criticizes; "fighting poverty" reports no event (conventions §10)
            return Candidate(token, Code("ACCUSE", "disapprove"), SPECIFICITY["verb"]) \
                if lemma in self.words.criticism_verbs else None
        if lemma in lex.verbs:
            candidate = Candidate(token, lex.verbs[lemma], SPECIFICITY["verb"])
            rule = lex.governors.get(lemma)
            if rule and rule.aux and any(c.dep_ in COMPLEMENT_DEPS for c in token.children):
                candidate.aux.add(rule.aux)  # "proposed that the talks take place"
            return candidate
        return None

    def _verb_object(self, token: Token, verbs: list[str], table: dict, specificity: float) -> Candidate | None:
        """The first object of `token` that makes an entry of `table` with one of its verb forms."""
        for child in _objects(token, self.words):
            noun = _counted(child, self.words)
            if noun.lemma_.lower() in self.words.campaign_gatherings and _campaign_event(noun):
                continue  # "held a campaign rally" (conventions §14)
            code = next((c for verb in verbs if (c := table.get((verb, noun.lemma_.lower())))), None)
            if code:
                return Candidate(token, code, specificity, absorbed=[child, noun])
        return None

    def by_a_crowd(self, verb: Token, lemma: str, candidate: Candidate | None) -> Candidate | None:
        """What a crowd does is a protest: violence by protesters riots ("protesters stormed the
        building"), and a crowd that gathers or protests demonstrates ("thousands of people protested the
        law", "demonstrators gathered"); one party that protests objects, as the lexicon says."""
        words = self.words
        violent = candidate is not None and candidate.code.type in words.riot_types
        if not violent and lemma not in words.assembly_verbs:
            return candidate  # most verbs: no need to read the subjects
        if violent:
            # Violence with protesters is theirs too: "police clashed with protesters", "scuffled with demonstrators".
            protesters = _protesters(_subjects(_participle_host(verb)), words) or _with_protesters(verb, words)
            return Candidate(verb, Code("PROTEST", "riot"), candidate.specificity, absorbed=candidate.absorbed) \
                if protesters else candidate
        if _crowd(verb, words) and (candidate is None or candidate.code.type != "PROTEST"):
            return Candidate(verb, Code("PROTEST", "demo"), SPECIFICITY["verb"])
        return candidate

    def protests_by_action(self, found: list[Candidate]) -> None:
        """Demands protesters make, and an objection made by an act done "to protest", are a protest:
        "protesters called for his resignation", "traders closed their shops to protest the tax" (PLOVER
        DEMAND: "demands that take the form of demonstrations, protests, etc. are coded as PROTEST")."""
        words = self.words
        for candidate in found:
            anchor = candidate.anchor
            if candidate.dropped or anchor.pos_ not in VERB_POS:
                continue
            if candidate.code.type == "REQUEST":
                # its own subject: "protesters marched to demand …" keeps the demand an event of its own
                if _protesters([c for c in anchor.children if c.dep_ == "nsubj"], words):
                    candidate.code = Code("PROTEST", "demo")
            elif anchor.lemma_.lower() in words.assembly_verbs and anchor.dep_ == "advcl" \
                    and _to_infinitive(anchor) \
                    and anchor.head.lemma_.lower() not in self.triggers.reporting:
                candidate.code = Code("PROTEST", "demo")

    def promised_conflict(self, found: list[Candidate]) -> None:
        """A vow to carry on a war is a threat: "vowed to continue the war", "pledged to press on with its
        offensive" (conventions §5: promised conflict is a threat). The conflict is a theme of violence or
        an ASSAULT or COERCE noun that a verb of carrying on governs; "pledged to end the war" promises peace."""
        words, plover = self.words, self.plover
        for candidate in found:
            anchor = candidate.anchor
            if candidate.dropped or candidate.code.type != "AGREE" or anchor.lemma_.lower() not in words.promise_verbs:
                continue
            for clause in (c for c in anchor.children if c.dep_ in COMPLEMENT_DEPS):
                for token in clause.subtree:
                    verb = next((a for a in token.ancestors if a.pos_ in VERB_POS), None)
                    if verb is None or verb.lemma_.lower() not in words.continuing_verbs:
                        continue
                    theme = self.triggers.themes.get(token.lemma_.lower())
                    noun = self.noun_code(token) if token.pos_ in NOUN_POS else None
                    if theme in words.promised_violence_modes or (noun and noun[0].type in plover.promised_threats):
                        candidate.code = Code("THREATEN", theme or plover.threat_mode(noun[0]))
                        break
                if candidate.code.type == "THREATEN":
                    break

    def _leaves_pact(self, token: Token) -> Candidate | None:
        """Leaving a pact ends cooperation, a SANCTION (conventions §12): "withdrew from the treaty",
        "pulled out of the deal", "quit the accord", "the U.S. withdrawal from the pact"."""
        words = self.words
        lemma = token.lemma_.lower()
        # The small parser reads "out" in "pulled out of" as a particle or as a preposition.
        particle = next((c for c in token.children if c.dep_ == "prt" or c.dep_ == "prep" and c.i == token.i + 1
                         and f"{lemma} {c.lower_}" in words.leaving_words), None)
        if f"{lemma} {particle.lower_}" not in words.leaving_words if particle is not None else lemma not in words.leaving_words:
            return None
        heads = [token] if particle is None else [token, particle]
        objects = [c for c in token.children if c.dep_ in OBJECT_DEPS] + [
            g for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ in words.leaving_prepositions
            for g in p.children if g.dep_ == "pobj"]
        for child in objects:
            noun = _counted(child, words)
            if noun.lemma_.lower() in self.triggers.pacts:
                return Candidate(token, Code("SANCTION", "discontinue"), SPECIFICITY["verb_object"], absorbed=[child, noun])
        return None

    def _elicited(self, noun: Token) -> bool:
        """Whether a verbal noun is what its verb's subject meets: "drew criticism", "faces charges"."""
        return noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.words.elicit_verbs \
            and noun.lemma_.lower() in self.fallback.verbal_nouns

    def _verdict(self, verb: Token, lemma: str) -> Candidate | None:
        """A verdict of guilt convicts: "found the commander guilty", "was found guilty on three charges"."""
        words = self.words
        if lemma not in words.verdict_verbs:
            return None
        verdict = next((c for c in verb.children if c.lemma_.lower() in words.verdict_words and c.pos_ == "ADJ"), None)
        return Candidate(verb, Code("SANCTION", "convict"), SPECIFICITY["verb_object"], absorbed=[verdict]) \
            if verdict is not None else None

    def _restraint(self, verb: Token, lemma: str) -> Candidate | None:
        """Keeping someone from an act restricts them: "blocked girls from attending school"."""
        if lemma not in self.words.restraint_verbs or not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            return None
        if not _actor_in(_subjects(verb), self.words) and not any(c.dep_ == "nsubjpass" for c in verb.children):
            return None  # "the rain kept fans from attending": only an actor restricts
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "from" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
                return Candidate(verb, Code("COERCE", "restrict"), SPECIFICITY["verb_object"])
        return None

    def _custody(self, verb: Token, lemma: str) -> Candidate | None:
        """Putting or holding people in custody arrests them: "was taken into custody", "held in prison"."""
        words = self.words
        if lemma not in words.custody_verbs or any(self.noun_code(o) for o in _objects(verb, words)):
            return None  # "held talks in the prison" is a meeting
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in words.custody_prepositions:
                for noun in (g for g in child.children if g.dep_ == "pobj"):
                    if noun.lemma_.lower() in words.custody_nouns:
                        return Candidate(verb, Code("COERCE", "arrest"), SPECIFICITY["verb_object"], absorbed=[noun])
        return None

    def _on_own(self, verb: Token) -> bool:
        """Whether the verb's object is its subject or the subject's own idea or act: "himself", "her
        decision", "his comments" — not "its ally"."""
        own = self.words.own_determiners
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(objects) and all(o.lower_ in own or (o.lemma_.lower() in self.abstract_nouns and any(
            c.dep_ == "poss" and c.lower_ in own for c in o.children)) for o in objects)

    def _acts_on_something(self, verb: Token) -> bool:
        """Whether a verb whose object decides its sense acts on an actor, a person or a thing
        ("recognized Kosovo's independence", "questioned the suspect"), not on an idea or a clause
        ("recognized the need", "questioned the science", "questioned whether he could win")."""
        words = self.words
        for thing in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            if _actor_in([thing], words):
                return True
            if thing.pos_ == "PRON":
                if thing.lower_ not in words.not_an_object_pronouns:
                    return True
            elif thing.lemma_.lower() not in self.abstract_nouns:
                return True
        return False

    def _asks_for_something(self, verb: Token) -> bool:
        """Whether a verb of asking or suggesting requests something (english.yaml `events.mood_verbs`):
        an act ("asked them to leave"), a thing ("asked permission", "suggested talks") or a proposal
        ("suggested that he resign"); not a question or an opinion ("asked where he is", "asked the
        question", "when asked about it", "suggested that the talks had failed")."""
        words = self.words
        for child in verb.children:
            if child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ == "for"):
                return True
            if child.dep_ == "ccomp" and not _indicative(child, words):
                return True
            if child.dep_ == "dobj" and child.pos_ in NOUN_POS - {"PRON"} and child.lemma_.lower() not in words.question_nouns \
                    and not child._.actor and child.ent_type_ not in NAME_LABELS:
                return True
        return False

    def _dispatch(self, token: Token, lemma: str) -> Candidate | None:
        """Armed forces sent anywhere are a mobilization, whatever the verb of sending: "sent federal
        forces into Portland", "is rushing 4,000 troops to the border"."""
        words = self.words
        buildup = lemma in words.buildup_verbs
        if lemma not in words.dispatch_verbs and not buildup:
            return None
        # A parse may hang a counted object on a preposition: "sending close to 6,000 troops".
        counted = [g for c in token.children if c.dep_ == "prep" for g in c.children
                   if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)]
        for child in _objects(token, words) + counted:
            noun = _counted(child, words)
            presence = noun.lemma_.lower() in words.presence_nouns and _armed(noun, words, modified_only=True)
            if (presence and buildup) or _armed(noun, words):
                return Candidate(token, Code("MOBILIZE", "troops"), SPECIFICITY["verb_object"], absorbed=[child, noun])
        return None

    def _provision(self, token: Token, lemma: str) -> Candidate | None:
        """Relief an actor hands over or receives is aid, whatever the verb: "Kenya distributed food and
        tents", "Chad received $7 million in aid" (the object decides: "received the envoy" is a visit).
        Relief handed to someone needs no named giver: "the agency provided tents to the families".
        A pledge of it stays the promise it is (conventions §5)."""
        words = self.words
        if lemma not in words.transfer_verbs:
            return None
        # Whatever is sent to help is assistance: "sent a team of rescuers to help", "sent advisers to
        # help Baghdad" (the purpose is one the curated themes call assist: help, aid, support).
        helps = any(c.dep_ in ("xcomp", "advcl") and self.triggers.themes.get(c.lemma_.lower()) == "assist"
                    and _to_infinitive(c) for c in token.children)
        if helps and _actor_in(_subjects(token), words) and _objects(token, words):
            return Candidate(token, Code("AID"), SPECIFICITY["verb_object"])
        if not _actor_in(_subjects(token), words) and not any(
                c.dep_ in ("dative", "prep") and c.lower_ in ("to", "for") and any(g.dep_ == "pobj" for g in c.children)
                for c in token.children):
            return None
        for child in _objects(token, words):
            noun = _counted(child, words)
            if noun.lemma_.lower() in words.relief_nouns or any(
                    c.dep_ == "compound" and c.lemma_.lower() in words.relief_nouns for c in noun.children):
                return Candidate(token, Code("AID"), SPECIFICITY["verb_object"], absorbed=[child, noun])
            if noun.ent_type_ == "MONEY" and lemma != "receive" and _aid_recipient(token, words):
                return Candidate(token, Code("AID"), SPECIFICITY["verb_object"], absorbed=[child, noun])
        return None

    def _easing(self, verb: Token, lemma: str) -> Candidate | None:
        """Easing a restriction is a concession: "relaxed visa controls", "loosened press rules", "will ease
        the crackdown" (PLOVER CONCEDE: "easing of administrative or legal restrictions"; conventions §19)."""
        words = self.words
        if lemma not in words.easing_verbs:
            return None
        for child in _objects(verb, words):
            noun = _counted(child, words)
            if noun.lemma_.lower() in words.restriction_nouns:
                return Candidate(verb, Code("CONCEDE"), SPECIFICITY["verb_object"], absorbed=[child, noun])
        return None

    def _truce_in_effect(self, verb: Token, lemma: str) -> Candidate | None:
        """A truce that holds or takes effect is observed: "the ceasefire held", "a truce went into effect",
        "the armistice came into force" (conventions §18)."""
        words = self.words
        truce = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in words.truce_nouns), None)
        if truce is None or any(c.dep_ == "neg" for c in verb.children):
            return None
        in_effect = any(t.lemma_.lower() in words.effect_nouns for c in verb.children if c.dep_ in ("dobj", "prep")
                        for t in c.subtree)
        if lemma in words.truce_verbs or in_effect:
            return Candidate(verb, Code("RETREAT", "ceasefire"), SPECIFICITY["verb_object"], absorbed=[truce])
        return None

    def _consequence(self, verb: Token, lemma: str) -> Candidate | None:
        """Consequences announced for an actor are a threat: "Russia will pay a price", "Iran will be held
        responsible if …", "we would respond with force" (conventions §16). Said of the past, of no actor,
        or of a contest ("will pay a price at the polls"), they are none."""
        words = self.words
        if not any(f"{lemma} {c.lemma_.lower()}" in words.consequences for c in verb.children
                   if c.dep_ in ("dobj", "oprd", "prep", "acomp")):
            return None
        clause = verb.head if verb.dep_ == "xcomp" else verb  # "will have to respond"
        announced = any(c.dep_ in ("aux", "auxpass") and c.lower_ in words.future_auxiliaries | words.obligation_auxiliaries
                        | {"would"} for c in clause.children) or conditional(verb, words)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        aimed = any(t._.actor for s in subjects for t in s.subtree) \
            or any(s.lower_ in words.first_person | {"you"} for s in subjects)
        negated = any(c.dep_ == "neg" for c in (*verb.children, *clause.children))
        if not announced or not aimed or negated or _names_contest(verb, words):
            return None
        return Candidate(verb, Code("THREATEN"), SPECIFICITY["verb_object"],
                         subject_targeted=lemma not in words.response_verbs)

    def match_fallback(self, token: Token) -> Candidate | None:
        """The CAMEO tier, for a verb the curated lexicon does not know: its patterns with an object,
        particle or preposition. CAMEO codes a source actor acting on a target, so the verb needs an
        actor as its subject, and where only a bare preposition follows it ("rushed to"), an actor
        as that preposition's object."""
        fallback, words = self.fallback, self.words
        if not _actor_in(_subjects(token), words):
            return None
        lemma = fallback.verb_lemma(token.lemma_.lower(), token.lower_)
        particle = next((c.lemma_.lower() for c in token.children if c.dep_ == "prt"), None)
        verbs = [f"{lemma} {particle}"] if particle else []
        if not (particle and (lemma, particle) in fallback.phrasal):
            verbs.append(lemma)
        candidate = self._verb_object(token, verbs, fallback.verb_objects, SPECIFICITY["fallback_pattern"])
        if candidate:
            return candidate
        for child in token.children:
            for noun in (g for g in child.children if g.dep_ == "pobj") if child.dep_ == "prep" else ():
                code = fallback.prep_objects.get((lemma, child.lower_, _counted(noun, words).lemma_.lower()))
                if code:
                    return Candidate(token, code, SPECIFICITY["fallback_pattern"], absorbed=[noun])
        for child in token.children:
            if child.dep_ == "prt" or (child.dep_ == "prep" and child.i == token.i + 1 and self._targets(child)):
                code = fallback.phrasal.get((lemma, child.lemma_.lower()))
                if code:
                    return Candidate(token, code, SPECIFICITY["fallback_pattern"])
        return None

    def _targets(self, preposition: Token) -> bool:
        """Whether a preposition leads to an actor acted upon ("to Moscow", "against the rebels"); one
        of place ("arrived in Bosnia") names where, not whom."""
        words = self.words
        return preposition.lower_ in words.recipient_prepositions - words.location_prepositions \
            and _actor_in((g for g in preposition.children if g.dep_ == "pobj"), words)

    def _figurative(self, verb: Token) -> bool:
        """Whether a conflict verb acts on no one: its object is an idea, a text, a quality or a state
        ("attacked the plan", "fight poverty", "destroyed his credibility"), or a person is attacked
        for or as something ("attacked Clinton for her vote", "attacked her rival as a fraud")."""
        words = self.words
        if _names_contest(verb, words):
            return True  # "beat his rival in the primary", "fighting for second place"
        if any(c.dep_ in ("prep", "dative") and c.lower_ == "for" and any(g.pos_ == "PRON" or g.ent_type_ == "PERSON"
                                                             for g in c.children if g.dep_ == "pobj")
               for c in verb.children) and not any(c.dep_ in OBJECT_DEPS for c in verb.children):
            return True  # "I will fight for you": advocacy
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"]
        if not objects:
            return False
        noun = _counted(objects[0], words)
        if self._abstract(noun):
            return True
        return objects[0].ent_type_ == "PERSON" and any(
            c.dep_ == "prep" and c.lower_ in words.criticism_prepositions for c in verb.children)

    def _publishes(self, verb: Token, code: Code) -> bool:
        """Whether the object decides that ``verb`` hands over a text, not people or ground."""
        if code not in self.triggers.publishing_codes:
            return False
        if any(_counted(o, self.words).lemma_.lower() in self.triggers.publications for o in _objects(verb, self.words)):
            return True
        # So does one whose object is an idea or a text (a WordNet abstract noun: "tax returns", "his speech",
        # "the names"); "released on bail" has none.
        return any(self._abstract(_counted(o, self.words)) for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))

    def _releases_people(self, noun: Token) -> bool:
        """Whether a release noun frees someone: "the release of 80 detainees", "his release from jail"."""
        released = [_counted(g, self.words) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
        if released:
            return not any(n.lemma_.lower() in self.triggers.publications or self._abstract(n) for n in released)
        return any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)

    def _abstract(self, noun: Token) -> bool:
        """Whether ``noun`` names an idea, a text, a quality or a state, not an actor or a thing."""
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in self.abstract_nouns and not noun._.actor \
            and not noun.ent_type_

    def with_theme_mode(self, token: Token, candidate: Candidate | None) -> Candidate | None:
        """A request, refusal or threat takes its mode from what it is about: "urged a ceasefire" → yield."""
        if candidate is None or candidate.code.mode or candidate.code.type not in self.plover.mode_takers:
            return candidate
        heads = [token] + [c for c in token.children if c.dep_ == "xcomp"]
        for head in heads:
            for child in _objects(head, self.words) + [head] * (head is not token):
                mode = self.triggers.themes.get(child.lemma_.lower())
                if mode and (candidate.code.type == "THREATEN") == (mode in self.plover.threat_mode_names):
                    candidate.code = Code(candidate.code.type, mode)
                    return candidate
        return candidate

    def _forces_exercise(self, noun: Token) -> tuple[Code, float] | None:
        """An exercise held by armed forces is a mobilization: "5,000 troops began the exercises",
        "soldiers took part in drills"."""
        words = self.words
        if noun.lemma_.lower() not in words.exercise_nouns:
            return None
        verb = noun.head
        while verb.pos_ not in VERB_POS and verb.head.i != verb.i:
            verb = verb.head
        subjects = [_counted(s, words) for s in _subjects(verb)]
        forces = any(_armed(t, words) for s in subjects for t in (s, *s.conjuncts))
        return (Code("MOBILIZE"), SPECIFICITY["noun"]) if forces else None

    def _refused_or_requested(self, noun: Token) -> bool:
        """Whether ``noun`` is the object of a verb that turns it into a request, refusal or promise of its
        own ("declined the request", "rejected the proposal"): such a verb carries a verbal noun."""
        rule = self.triggers.governors.get(noun.head.lemma_.lower())
        return noun.dep_ in OBJECT_DEPS and noun.head.pos_ in VERB_POS and rule is not None and rule.type is not None

    def noun_code(self, token: Token, carried: bool = False) -> tuple[Code, float] | None:
        """The event type of an event noun ("invasion", "prisoner exchange"), with its specificity. A noun
        of a verbal act ("support", "criticism") counts only where a verb ``carried`` it ("expressed support")."""
        if token.ent_type_ in NAME_LABELS or (token.pos_ == "PROPN" and not token.is_title):
            return None
        lemma = token.lemma_.lower()
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod"):
                # "prisoner exchange"; a verb's object pattern read as a noun: "missile test" (test missile)
                code = self.triggers.compounds.get((child.lemma_.lower(), lemma)) \
                    or (self.triggers.verb_objects.get((lemma, child.lemma_.lower())) if child.dep_ == "compound" else None)
                if code:
                    return code, SPECIFICITY["compound"]
        if (token.pos_ == "PROPN" and token.ent_type_) or (lemma in self.words.mass_event_nouns and token.tag_ == "NNS"):
            return None
        code = self.triggers.nouns.get(lemma)
        if code and lemma in self.words.danger_nouns and not _made(token):
            return None  # "the terrorist threat" is a danger; "a threat from the group" is someone's act
        if code and code in self.triggers.publishing_codes and not self._releases_people(token):
            return None  # "the release of the report", "a press release"
        if code and lemma in self.words.campaign_gatherings and _campaign_event(token):
            return None  # "Trump's rally", "a rally for the senator": a campaign event, not a protest
        if code:
            return code, SPECIFICITY["noun"]
        # A nominalization of a trigger verb counts when it names who acted: "Russia's mobilization".
        code = self.fallback.nouns.get(lemma)
        if code and _has_own_actor(token):
            return code, SPECIFICITY["derived_noun"]
        code = self.fallback.verbal_nouns.get(lemma)
        return (code, SPECIFICITY["derived_noun"]) if code and carried else None

    def fold_into_governor(self, candidate: Candidate, by_anchor: dict[int, Candidate]) -> Candidate | None:
        """Apply the governor of ``candidate``'s clause; a new Candidate if the governor becomes the event."""
        governor = _governor(candidate.anchor, self.words)
        if governor is None:
            return None
        lemma = self.triggers.verb_lemma(governor.lemma_.lower(), governor.lower_)
        rule = None if _phrasal(governor, lemma, self.triggers) else self.triggers.governors.get(lemma)
        if rule is not None and candidate.anchor.dep_ == "ccomp" and (lemma in self.triggers.reporting or (
                lemma in self.words.mood_verbs and _indicative(candidate.anchor, self.words))):
            # "was told that soldiers beat detainees" reports, "told them to leave" orders; "suggested that
            # troops had withdrawn" says what happened, "suggested that troops withdraw" asks for it
            rule = None
        elif rule is not None and lemma in self.words.mood_verbs and not self._asks_for_something(governor):
            rule = None  # "when asked about the talks" asks a question
        if rule is None and candidate.anchor.dep_ == "advcl":
            return None  # a purpose clause ("staged protests to demand reforms") is an event of its own
        host = by_anchor.get(governor.i)
        if host is not None and not host.dropped:
            if rule is not None and rule.type:
                self.absorb(host, candidate, rule.type, rule.aux)
            elif candidate.anchor.pos_ in NOUN_POS and not _has_own_actor(candidate.anchor):
                # The object of an event verb is what the event is about: "prohibits negotiations".
                self.absorb(host, candidate, host.code.type, None)
            return None
        if rule is not None and rule.type:
            host = Candidate(governor, Code(rule.type), SPECIFICITY["verb"])
            self.absorb(host, candidate, rule.type, rule.aux)
            return host
        if rule is not None:
            candidate.aux.add(rule.aux)
            candidate.governor = governor
        elif lemma in self.triggers.reporting or lemma in self.words.mood_verbs:
            candidate.reported = True
            candidate.governor = governor
        return None

    def reported_obligations(self, sent: SpacySpan, found: list[Candidate]) -> list[Candidate]:
        """"X said that Y must return the helicopter": X requests it of Y (a REQUEST at the saying verb)."""
        created = []
        anchors = {c.anchor.i for c in found}
        for token in sent:
            if token.dep_ != "ccomp" or token.head.lemma_.lower() not in self.triggers.reporting:
                continue
            if not any(c.dep_ == "aux" and c.lower_ in self.words.obligation_auxiliaries for c in token.children):
                continue
            inner = next((c for c in found if c.anchor.i == token.i), None)
            if inner is not None and inner.code.type == "THREATEN":
                continue  # "Russia must pay a price, Kenya said" warns: a threat, not a request
            host = Candidate(token.head, Code("REQUEST"), SPECIFICITY["verb"])
            if inner is not None:
                self.absorb(host, inner, "REQUEST", None)
            elif token.i not in anchors:
                host.complements.append(token)
            created.append(host)
        return created

    def fold_contents(self, found: list[Candidate]) -> None:
        """Events named inside what a request, refusal, threat or promise is about are its content:
        "set an ultimatum … or face sanctions", "readiness for a meeting"."""
        for host in found:
            if host.dropped or host.code.type not in self.plover.mode_takers | {"AGREE"}:
                continue
            inside = {t.i for theme in host.absorbed + host.complements for t in theme.subtree}
            for other in found:
                if other is not host and not other.dropped and other.anchor.i in inside:
                    self.absorb(host, other, host.code.type, None)

    def absorb(self, host: Candidate, complement: Candidate, type_: str, aux: str | None) -> None:
        """Fold ``complement`` into ``host``: the host's type wins, the complement may give its mode."""
        mode = host.code.mode
        if type_ == "AGREE" and complement.code.type in self.plover.promised_threats:
            type_, mode = "THREATEN", None  # "vowed to fight": promised violence is a threat
        elif type_ == "AGREE" and self.plover.conceded(complement.code) \
                and host.anchor.lemma_.lower() in self.words.promise_verbs:
            type_, mode = "CONCEDE", None  # "pledged to withdraw": a promised retreat is a concession
        elif complement.code.type in self.plover.coercive:
            if host.anchor.lemma_.lower() in self.words.order_verbs:  # "ordered the paper to suspend publication"
                type_, mode = complement.code.type, complement.code.mode
        if type_ in self.plover.mode_takers and mode is None:
            mode = self.mode_from(type_, complement)
        host.code = Code(type_, mode if type_ in self.plover.mode_takers or type_ == host.code.type else None)
        host.complements += [complement.anchor, *complement.absorbed, *complement.complements]
        host.aux |= complement.aux - {"negated"}
        if aux:
            host.aux.add(aux)
        host.specificity = max(host.specificity, complement.specificity)
        complement.dropped = True

    def mode_from(self, type_: str, complement: Candidate) -> str | None:
        themes = self.triggers.themes
        for token in (*complement.absorbed, *complement.complements, complement.anchor):
            mode = themes.get(token.lemma_.lower())
            if mode and (type_ == "THREATEN") == (mode in self.plover.threat_mode_names):
                return mode
        code = complement.code
        if type_ == "THREATEN":
            return self.plover.threat_mode(code)
        return self.plover.request_modes.get(code.type)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def _objects(verb: Token, words: EventWords) -> list[Token]:
    """The verb's object-like dependents and their conjuncts ("provided photographs and intelligence"),
    including the object of a preposition it selects ("continue with the exchanges")."""
    out = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in words.object_prepositions:
            out += [g for g in child.children if g.dep_ == "pobj"]
    if not out and _object_of_its_noun(verb):
        out.append(verb.head)  # "the agreement the two nations signed", "the sanctions imposed by Kenya"
    return out + [c for o in out for c in o.conjuncts if c.i > o.i]


def _object_of_its_noun(verb: Token) -> bool:
    """Whether the noun a clause modifies is the clause verb's object: a passive participle ("the sanctions
    imposed by Kenya") or a relative clause with a subject of its own ("the deal the two sides signed")."""
    if verb.head.pos_ not in NOUN_POS or verb.head.i == verb.i:
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN"
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, or, for a verb that shares it ("met and signed", "tried to flee"), its head's."""
    while not any(c.dep_ in ("nsubj", "agent") for c in verb.children) and verb.dep_ in ("conj", "xcomp") \
            and verb.head.i != verb.i:
        verb = verb.head
    return [c for c in verb.children if c.dep_ in ("nsubj", "agent")]


def _participle_host(verb: Token) -> Token:
    """The clause whose subject a subjectless participle shares: "protesters marched, hurling stones",
    "protesters responded by throwing rocks"."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb
    if verb.dep_ == "advcl":
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in VERB_POS:
        return verb.head.head
    return verb


def _crowd(verb: Token, words: EventWords) -> bool:
    """Whether the verb's subject is a crowd: protesters, or people counted ("thousands of people",
    "2,000 people")."""
    heads = _subjects(_participle_host(verb))
    subjects = [_counted(s, words) for s in heads]
    return _protesters(heads, words) \
        or any(s.i != h.i for s, h in zip(subjects, heads)) \
        or any(c.dep_ == "nummod" for s in subjects for c in s.children)


def _with_protesters(trigger: Token, words: EventWords) -> bool:
    """Whether protesters are a party to a violent act "with" or "between" whom it happens, or name it
    ("clashed with protesters", "clashes between demonstrators and police", "protester clashes")."""
    parties = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
               for g in c.children if g.dep_ == "pobj"]
    parties += [c for c in trigger.children if c.dep_ == "compound"] if trigger.pos_ in NOUN_POS else []
    return _protesters([t for p in parties for t in (p, *p.conjuncts)], words)


def _protesters(nouns, words: EventWords) -> bool:
    """Whether any of ``nouns`` counts protesters ("protesters", "thousands of demonstrators")."""
    return any(_counted(n, words).lemma_.lower() in words.protester_nouns for n in nouns)


def _hyphen_prefix(verb: Token) -> list[str]:
    """The verb a hyphenated verb's first part names, as the parser splits it: "test-fired" → ["test"]."""
    if verb.i >= 2 and verb.nbor(-1).text == "-" and not verb.nbor(-1).whitespace_ and verb.nbor(-2).head.i == verb.i \
            and not verb.nbor(-2).whitespace_:
        return [verb.nbor(-2).lemma_.lower()]
    return []


def _armed(noun: Token, words: EventWords, modified_only: bool = False) -> bool:
    """Whether ``noun`` names armed forces: "troops", "peacekeepers", "military advisers", "armed men"
    (with ``modified_only``, only by a modifier: "its military presence"); "military and civilian
    personnel" are a mixed mission, not forces."""
    return (not modified_only and noun.lemma_.lower() in words.force_nouns) or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in words.force_modifiers
        and all(k.lemma_.lower() in words.force_modifiers for k in c.conjuncts) for c in noun.children)


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


def _made(threat: Token) -> bool:
    """Whether a threat is someone's act: it names who makes it ("Iran's threat", "threats from the group"),
    what it threatens ("a threat to kill", "threats on his life"), or its kind ("bomb threats")."""
    return any(c.dep_ in ("poss", "compound", "acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("from", "by", "on", "against"))
               for c in threat.children)


def _campaign_event(noun: Token) -> bool:
    """"Trump's rally", "his rallies", "a rally for the senator", "campaign rallies": one person's gathering."""
    for child in noun.children:
        if child.dep_ == "poss" and (child.lower_ in ("his", "her") or child.ent_type_ == "PERSON"):
            return True
        if child.dep_ in ("compound", "amod") and child.lemma_.lower() == "campaign":
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                g.ent_type_ == "PERSON" or g.pos_ == "PRON" for g in child.children if g.dep_ == "pobj"):
            return True
    return False


def _aid_recipient(verb: Token, words: EventWords) -> bool:
    """Whether money handed over by ``verb`` goes to a country, a government or an aid body ("gave $6
    million to the World Food Programme", "provided Jordan $300 million"): money given to a person, a
    party or a campaign is no aid (conventions §23)."""
    actors = {actor.id: actor for actor in verb.doc._.actors or []}
    recipients = [c for c in verb.children if c.dep_ == "dative"]
    recipients += [g for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"]
    for head in recipients:
        for token in (head, *noun_phrase(head, words)):
            actor = actors.get(token._.actor)
            if actor is not None and (actor.kind == "country" or (
                    actor.kind != "person" and actor.sector in words.aid_recipient_sectors)):
                return True
    return False


def _actor_in(heads, words: EventWords) -> bool:
    """Whether any of the noun phrases headed by ``heads`` names an actor, outside its clauses."""
    return any(t._.actor for head in heads for t in (head, *noun_phrase(head, words)))


def _governor(anchor: Token, words: EventWords) -> Token | None:
    """The verb or adjective whose complement ``anchor`` heads, if any."""
    token = anchor
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
    if token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in words.selected_prepositions \
            and head.head.pos_ in VERB_POS | {"ADJ"}:
        return head.head
    if token.dep_ == "advcl" and _to_infinitive(token) \
            and not any(c.dep_ in ("dobj", "dative") for c in head.children):
        # "have sworn to fight": only a governor's rule applies to such a clause. After an object it is
        # a purpose clause, an event of its own: "called a strike to demand higher wages".
        return head
    return None


def _to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive ("marched to demand", "sent rescuers to help")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _counted(noun: Token, words: EventWords) -> Token:
    """"the latest round of prisoner exchanges" → "exchanges", "$85 million in aid" → "aid",
    "mediation efforts" → "mediation"; other nouns are themselves."""
    for _ in range(3):  # "a round of a series of talks" at most; parses can be circular in effect
        lemma = noun.lemma_.lower()
        if lemma in words.generic_heads:
            modifier = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
            if modifier is not None:
                return modifier
        if lemma not in words.counting_nouns:
            return noun
        counted = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in words.counting_prepositions
                        for g in p.children if g.dep_ == "pobj"), None)
        if counted is None:
            return noun
        noun = counted
    return noun


def _nominalized(verb: Token) -> bool:
    """A participle used as a noun ("the wounded") reports no action."""
    return verb.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass") and any(c.dep_ == "det" for c in verb.children)


def _phrasal(verb: Token, lemma: str, lexicon: TriggerLexicon) -> bool:
    """Whether ``verb`` with its particle is a phrasal verb of its own ("called off" is not "called")."""
    return any(c.dep_ == "prt" and (lemma, c.lemma_.lower()) in lexicon.phrasal for c in verb.children)


def _attributive(verb: Token) -> bool:
    """A participle before its noun describes a state ("the wounded soldiers", "a captured town"); it
    reports no action of its own. It stands inside its noun's phrase, after a determiner or another
    modifier: a bare "froze assets" or "and banned travel" is a verb the small parser took for one."""
    noun = verb.head
    return verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBG") and verb.i < noun.i and any(
        c.i < verb.i and c.dep_ in ("det", "poss", "nummod", "amod") for c in noun.children)


def _indicative(clause: Token, words: EventWords) -> bool:
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
        if all(t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("advmod", "npadvmod") or t.head.dep_ in ("advmod", "npadvmod")
               for t in verb.doc[verb.i + 1:mark.i]):
            out.append(mark)
    return out


def _passive_with_object(verb: Token, preposition: Token) -> bool:
    """A passive verb whose preposition has its own object ("were taken to a hospital") is no
    prepositional verb ("took to the streets"); a stranded one ("was fired on") still is."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
        and any(c.dep_ == "pobj" for c in preposition.children)


def _has_own_actor(noun: Token) -> bool:
    """"Russia's invasion", "the attack by rebels": the noun names who acted, so it stands on its own."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod") and child._.actor:
            return True
        if child.dep_ == "prep" and child.lower_ == "by":
            return True
    return False
