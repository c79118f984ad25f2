"""The spaCy labels parley's components test for (dependency relations, parts of speech, entity
types), each set named once. These are the parser's vocabulary, not English: words live in the lexicon.
"""

from __future__ import annotations

VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# A verb or an auxiliary: what heads a clause and gives it a tense.
PREDICATE_POS = frozenset({"VERB", "AUX"})
# Plural nouns: "2000 troops" counts troops, it names no year.
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
# A verb in the simple present: "faces", "face".
PRESENT_TAGS = frozenset({"VBZ", "VBP"})

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# Clauses that modify a noun: "civilians killed in the strike", "soldiers who were wounded".
NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})
# How a number attaches to what it counts: "3,000 soldiers", "about 40 wounded civilians".
COUNTING_DEPS = frozenset({"nummod", "quantmod", "amod", "compound", "nmod"})
# Subjects that may be a clause: "What he said surprised them".
ANY_SUBJECT_DEPS = SUBJECT_DEPS | {"csubj"}
# Modifiers of a noun: a speech verb among them ("the so-called “reset”") introduces no quotation.
NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# A word in front of a noun that qualifies it: "Saudi officials", "Russia's envoy".
MODIFIER_DEPS = NOUN_MODIFIER_DEPS | {"poss"}
# Object-like dependents that carry a verb's theme: "set an ultimatum", "talks were held".
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
# A complement is folded into its governor through these relations.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
# Relations that head a clause of their own.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj", "pcomp"})
# How a place the knowledge base does not know takes part in a sentence: one that says, does or
# owns something acts as its government ("Morvania said", "Morvania's envoy"); one that is acted
# upon is an actor too ("accused Morvania", "talks with Morvania"); any other place only locates.
GOVERNING_DEPS = frozenset({"nsubj", "poss"})
ACTED_UPON_DEPS = frozenset({"nsubjpass", "dobj", "dative", "iobj"})
# A noun that is a verb's subject or object ("won pledged delegates": a participle before it only describes it),
# and that or a preposition's object.
VERB_ARGUMENT_DEPS = SUBJECT_DEPS | ACTED_UPON_DEPS | {"attr"}
ARGUMENT_DEPS = VERB_ARGUMENT_DEPS | {"pobj"}
# Dependencies of an adjective formed from a place name: "Morvanian officials", "Morvanian-held".
ADJECTIVE_DEPS = frozenset({"amod", "npadvmod"})
# A verb's adverbial phrases: "spoke by phone with", "met last week with" ("directly" is no phrase).
ADVERBIAL_DEPS = frozenset({"prep", "npadvmod"})
# Dependants of a word that may be what it reports, and the relations by which the word itself may
# hang from what it reports ("…, according to X", "…, he said"): those that lead to nearly every
# PolNeAR training attribution.
CONTENT_DEPS = frozenset({"ccomp", "dobj", "xcomp", "acl", "advcl", "oprd", "nsubjpass"})
# What is said of an object: "called climate change a hoax", "urged Pyongyang to talk".
OBJECT_COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "prep"})
REPORTED_BY_DEPS = frozenset({"prep", "parataxis", "advcl", "ccomp"})
# Relations by which a cue completes a verb whose subject is the cue's: "is an opponent of", "wants to".
PREDICATE_DEPS = frozenset({"attr", "acomp", "xcomp", "conj", "oprd"})
# Dependents of an event trigger whose words belong in its evidence.
EVIDENCE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj", "prt", "dative", "attr",
                           "acomp", "oprd", "agent", "xcomp", "ccomp", "compound", "amod", "poss", "det",
                           "nummod", "prep", "advmod"})
# Dependants that end a speaker's name: "Rustem Umerov, Ukraine's chief negotiator, …" → "Rustem Umerov".
SPEAKER_STOP_DEPS = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj"})
# Relations a subjectless cue ("…, remarking: …", "and indicated that …") climbs to find its subject.
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl", "acomp"})
# Dependants hung at a content's right end that annotators may leave out ("…, which makes him an outlier").
CUT_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "conj", "cc", "prep", "npadvmod", "parataxis", "dep", "advmod"})

# Entity labels whose words are names, not event nouns ("Operation Desert Storm").
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PRODUCT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels of a time or a span of it: "for a third day", "for hours".
TIME_LABELS = frozenset({"DATE", "TIME"})
# Entity labels of numbers that are amounts, never a year: "$2000", "2000 troops".
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# Entity labels of what can act or speak: people, organizations, places standing for governments, groups.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
