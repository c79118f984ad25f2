"""The learned model of parley_events (src/parley/nlp/event_model.py): it moves rule events' confidence
and adds an event where the rules find none.

How the component uses a model is tested with small models trained here on hand-written features,
so each test states what the model believes; the shipped model is tested for what it must never do.
"""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.symbols import IDS
from thinc.api import Adam

from generators import generator, require
from parley.nlp import pipeline
from parley.nlp.event_lexicon import SPECIFICITY, Code
from parley.nlp.event_model import (CLASSES_FILE, MODEL_DIR, NONE, DocumentWords, EventModel, WordClasses, acted,
                                    build_model, features, listed, may_add, scored_words, sentence_nouns, softmax)
from parley.nlp.event_reading import Candidate
from parley.nlp.sparse_model import featurize

FERRIED = "Japan ferried engineers to the earthquake survivors in Turkey."  # relief goods ferried are AID by rule
ACCUSED = "Kenya accused Chad of attacking the border post."
REPROVED = "Kenya reproved Chad over the border closure."  # a verb no lexicon lists
CLASSES = [NONE, "ACCUSE", "AID", "ASSAULT"]


def believing(beliefs: dict[str, str], add_threshold: float = 0.5, rerank_weight: float = 1.0,
              uses: str = "rerank_and_add") -> EventModel:
    """A model sure that a word with the feature (a key of ``beliefs``) reports its type, and any other word none."""
    model = build_model(len(CLASSES), 2**12)
    model.initialize()
    optimizer = Adam(0.1)
    rows = [["bias", feature] for feature in beliefs] + [["bias"]]
    labels = np.array([CLASSES.index(t) for t in beliefs.values()] + [0])
    for _ in range(200):
        scores, backprop = model.begin_update(featurize(rows))
        gradient = softmax(scores)
        gradient[np.arange(len(rows)), labels] -= 1.0
        backprop(gradient.astype("float32"))
        model.finish_update(optimizer)
    settings = {"length": 2**12, "classes": CLASSES, "add_threshold": add_threshold, "rerank_weight": rerank_weight,
                "add_beside": 0.0}
    return EventModel(model, settings, uses)


def parley_with(model: EventModel | None):
    nlp = spacy.load(pipeline.DEFAULT_MODEL)
    for component in pipeline.COMPONENTS:
        nlp.add_pipe(component, config={"model": "off"} if component == "parley_events" else {})
    nlp.get_pipe("parley_events").model = model
    return nlp


def events(nlp, text: str) -> list[tuple[str, list[str]]]:
    doc = nlp(text)
    names = {a.id: a.name for a in doc._.actors}
    ranked = sorted(doc._.events, key=lambda e: -e.confidence)
    return [(e.type, [names[a] for a in e.actors]) for e in ranked]


def test_the_model_adds_an_event_the_rules_miss_with_the_rules_participants():
    assert events(parley_with(None), FERRIED) == []
    assert events(parley_with(believing({"lemma=ferry": "AID"})), FERRIED) == [("AID", ["Japan"])]


def test_the_model_adds_nothing_where_no_actor_acts():
    passive = "Tents and blankets were ferried to the earthquake survivors."
    assert events(parley_with(believing({"lemma=ferry": "AID"})), passive) == []


def test_an_unsure_model_adds_nothing():
    assert events(parley_with(believing({"lemma=ferry": "AID"}, add_threshold=1.0)), FERRIED) == []


def test_adding_only_fills_sentences_the_rules_find_nothing_in():
    both = "Kenya accused Chad of attacking the border post and ferried tents to Turkey."
    rules = events(parley_with(None), both)
    assert events(parley_with(believing({"lemma=ferry": "AID"}, rerank_weight=0.0)), both) == rules


def test_a_passive_agent_that_is_an_actor_acts():
    passive = "Tents and blankets were ferried to the earthquake survivors by Japan."
    assert events(parley_with(believing({"lemma=ferry": "AID"})), passive) == [("AID", ["Japan"])]


def test_a_verb_the_model_never_saw_is_read_by_its_wordnet_class():
    criticize = WordClasses.load().table["criticize", "v"][1][0]
    assert events(parley_with(None), REPROVED) == []
    assert events(parley_with(believing({f"class={criticize}": "ACCUSE"})), REPROVED) == [("ACCUSE", ["Kenya"])]


def test_the_model_adds_no_event_on_a_verb_a_lexicon_lists():
    declined = "Kenya declined to comment on the report."  # the CAMEO tier lists "decline"; the rules pass it
    assert events(parley_with(None), declined) == []
    assert events(parley_with(believing({"lemma=decline": "ACCUSE"})), declined) == []


def test_word_classes_reach_unseen_words_synonyms_and_nominalizations():
    table = WordClasses.load().table
    castigate, criticize = (set(table[verb, "v"][1]) for verb in ("castigate", "criticize"))
    assert castigate & criticize  # castigate is a kind of criticizing
    assert table["castigate", "v"][0][0] == "verb.communication"
    assert set(table["condemn", "v"][1]) <= set(table["condemnation", "n"][1])  # the noun reads as its verb
    assert ("the", "n") not in table and ("blanket", "n") in table


def _classes_builder():
    builder = generator("build_wordnet_classes")
    require(builder.WORDNET_DIR / "data.verb")
    return builder


def test_word_classes_file_is_what_the_script_builds():
    builder = _classes_builder()
    assert builder.OUTPUT == CLASSES_FILE
    assert builder.build_text() == CLASSES_FILE.read_text(encoding="utf-8")


def test_the_model_reranks_the_rule_events_of_a_sentence():
    assert [t for t, _ in events(parley_with(None), ACCUSED)] == ["ACCUSE", "ASSAULT"]
    model = believing({"lemma=attack": "ASSAULT", "lemma=accuse": NONE})
    assert [t for t, _ in events(parley_with(model), ACCUSED)] == ["ASSAULT", "ACCUSE"]


def test_add_only_leaves_the_rule_events_order_alone():
    model = believing({"lemma=attack": "ASSAULT", "lemma=accuse": NONE, "lemma=ferry": "AID"}, uses="add")
    assert [t for t, _ in events(parley_with(model), ACCUSED)] == ["ACCUSE", "ASSAULT"]
    assert events(parley_with(model), FERRIED) == [("AID", ["Japan"])]


def test_the_model_is_opt_in_and_loads_the_shipped_weights_when_asked():
    assert pipeline.load().get_pipe("parley_events").model is None
    model = spacy.load(pipeline.DEFAULT_MODEL).add_pipe("parley_events", config={"model": "rerank_and_add"}).model
    assert isinstance(model, EventModel) and model.reranks and model.adds


def test_an_unknown_use_of_the_model_is_refused():
    with pytest.raises(ValueError, match="must be one of"):
        spacy.load(pipeline.DEFAULT_MODEL).add_pipe("parley_events", config={"model": "guess"})


def test_the_shipped_model_is_small_and_its_thresholds_are_probabilities():
    model = EventModel.load()
    assert sum(path.stat().st_size for path in MODEL_DIR.iterdir()) < 20_000_000
    assert model.classes[0] == NONE and len(model.classes) == len(set(model.classes)) > 10
    assert 0 < model.settings["add_threshold"] and 0 <= model.settings["rerank_weight"] < 1


def test_the_shipped_model_adds_no_event_to_talk_of_politics():
    nlp = parley_with(EventModel.load())
    assert events(nlp, "The senator said the budget vote would be close, and his aides agreed it was hard to call.") \
        == events(parley_with(None), "The senator said the budget vote would be close, and his aides agreed it was hard to call.")


def _rank_reading_every_word(model: EventModel, sent, candidates, triggers, fallback):
    """What ``EventModel.rank`` computes, read the long way: every word ``scored_words`` gives is featurized
    and scored, as training does, and the re-ranked and added words picked out afterwards."""
    words = scored_words(sent, candidates)
    types, nouns = [c.code.type for c in candidates], sentence_nouns(sent)
    actors = {actor.id: actor for actor in sent.doc._.actors or ()}
    probabilities = model.probabilities([features(token, candidate, types, nouns, triggers, fallback,
                                                  model.word_classes, actors) for token, candidate in words])
    belief = {token.i: float(row[model.column[candidate.code.type]]) for (token, candidate), row in
              zip(words, probabilities) if model.reranks and candidate is not None and candidate.code.type in model.column}
    if not model.adds or not words or not may_add(candidates, model.settings["add_beside"]):
        return candidates, belief
    addable = [candidate is None and acted(token) and not listed(token, triggers, fallback) for token, candidate in words]
    best = probabilities[:, 1:].max(axis=1) * addable
    n = int(best.argmax())
    if best[n] < model.settings["add_threshold"]:
        return candidates, belief
    if model.reranks:
        belief[words[n][0].i] = float(best[n])
    added = Candidate(words[n][0], Code(model.classes[int(probabilities[n, 1:].argmax()) + 1]),
                      SPECIFICITY["fallback_pattern"])
    return sorted([*candidates, added], key=lambda c: c.anchor.i), belief


STORY = ("Kenya reproved Chad over the border closure, and Japan ferried engineers to Turkey. "
         "Kenya accused Chad of attacking the border post. Tents were ferried to the survivors by Japan. "
         "The senator said the vote would be close. Ghana and Togo quietly swapped envoys after the row, "
         "while Chad scolded them.")


@pytest.mark.parametrize("model", [
    pytest.param(lambda: EventModel.load(), id="shipped"),
    pytest.param(lambda: EventModel.load(uses="add"), id="shipped-add"),
    pytest.param(lambda: EventModel.load(uses="rerank"), id="shipped-rerank"),
    pytest.param(lambda: believing({"lemma=ferry": "AID", "lemma=attack": "ASSAULT", "lemma=reprove": "ACCUSE",
                                    "lemma=swap": "AID", "lemma=scold": "ACCUSE"}, add_threshold=0.3), id="sure"),
])
def test_ranking_reads_only_the_words_it_uses_and_finds_what_reading_every_word_finds(model):
    """rank_document() featurizes only re-ranked candidates and addable words, the whole document's in one
    batch; each sentence's candidates and beliefs are those of scoring every verb and candidate of that
    sentence alone."""
    model = model()
    nlp = parley_with(None)
    coder = nlp.get_pipe("parley_events")
    doc = nlp(STORY)
    sents = list(doc.sents)
    found = [coder.candidates(sent) for sent in sents]
    ranked = added = 0
    for sent, candidates, fast in zip(sents, found, model.rank_document(sents, found, coder.triggers, coder.fallback)):
        slow = _rank_reading_every_word(model, sent, candidates, coder.triggers, coder.fallback)
        assert [(c.anchor.i, c.code.type) for c in fast[0]] == [(c.anchor.i, c.code.type) for c in slow[0]]
        assert fast[1] == slow[1]
        ranked, added = ranked + len(fast[1]), added + len(fast[0]) - len(candidates)
    assert ranked or not model.reranks
    assert added or not model.adds or model.settings["add_threshold"] > 0.5  # the sure model adds events


def test_no_feature_is_a_spacy_symbol_name():
    # featurize hashes with hash_string, which gives every string but a symbol's name (mapped to a small id by
    # get_string_id) the id spaCy gives it: the shipped weights were trained on those ids.
    model, nlp = EventModel.load(), parley_with(None)
    coder = nlp.get_pipe("parley_events")
    doc = nlp(STORY)
    actors = {actor.id: actor for actor in doc._.actors}
    rows = []
    for sent in doc.sents:
        candidates = coder.candidates(sent)
        types, nouns = [c.code.type for c in candidates], sentence_nouns(sent)
        rows += [features(token, candidate, types, nouns, coder.triggers, coder.fallback, model.word_classes, actors)
                 for token, candidate in scored_words(sent, candidates)]
    assert rows and not {feature for row in rows for feature in row} & set(IDS)


def test_a_documents_words_looked_up_once_are_the_tokens_words():
    """DocumentWords reads lemmas and parts of speech from the Doc's arrays and caches lexicon hits per lemma:
    the same lemmas, nouns and addable verbs as reading each Token (a hyphen-joined lemma included)."""
    nlp = parley_with(None)
    coder = nlp.get_pipe("parley_events")
    doc = nlp(STORY + " Kenya and Chad signed a cease-fire, and Chad reproved Kenya again.")
    words = DocumentWords(doc, coder.triggers, coder.fallback)
    assert [words.lemma(t.i) for t in doc] == [t.lemma_.lower() for t in doc]
    assert "cease-fire" in [words.lemma(t.i) for t in doc] or "ceasefire" in [words.lemma(t.i) for t in doc]
    addable = 0
    for sent in doc.sents:
        candidates = coder.candidates(sent)
        by_anchor = {c.anchor.i: c for c in candidates}
        assert words.nouns(sent) == sentence_nouns(sent)
        expected = [t.i for t, c in scored_words(sent, candidates)
                    if c is None and acted(t) and not listed(t, coder.triggers, coder.fallback)]
        assert [t.i for t in words.addable(sent, by_anchor)] == expected
        addable += len(expected)
    assert addable >= 2  # "reproved" twice
    assert words.actors == {actor.id: actor for actor in doc._.actors}
