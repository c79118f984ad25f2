"""The trained cue model that parley_quotes ships with (src/parley/data/quotes_model/)."""

from __future__ import annotations

import gc

import numpy as np
import pytest
import spacy
from spacy.symbols import IDS
from spacy.tokens import Doc

from components import pipeline_with
from parley.nlp import pipeline, quote_boundary
from parley.nlp.doc_index import DocIndex
from parley.nlp.lexicon import load_lexicon, pos_word_class, word_class
from parley.nlp.quote_boundary import boundaries, boundary_features
from parley.nlp.quote_model import MODEL_DIR, Candidate, CueModel, averaged, build_model, candidate_features
from parley.nlp.quotes import cue_candidates


@pytest.fixture(scope="module")
def nlp():
    return pipeline_with("parley_quotes")


@pytest.fixture(scope="module")
def model():
    return CueModel.load()


def probability(nlp, model, text, cue, relation):
    """The model's probability that ``cue`` reports its ``relation`` dependant in ``text``."""
    doc = nlp(text)
    cues = load_lexicon().cues
    candidates = cue_candidates(doc, text, DocIndex(doc), [], cues)
    rows = candidate_features(candidates, text, [cues.complements(c.cue) for c in candidates])
    for candidate, row in zip(candidates, rows):
        if candidate.cue.text == cue and candidate.relation == relation:
            return float(model.probabilities([row])[0])
    raise AssertionError(f"no candidate {cue} {relation}")


def test_ships_inside_the_package_in_a_few_megabytes(model):
    size = sum(path.stat().st_size for path in MODEL_DIR.rglob("*") if path.is_file())
    assert size < 5_000_000
    assert 0 < model.settings["accept"] < 1 and 0 <= model.settings["keep_listed"] < 1


def test_averaged_weights_score_a_row_with_the_mean_of_the_models_scores():
    rows = [["lemma=announce", "dep=ccomp"], ["lemma=lunch", "dep=dobj", "listed=no"], []]
    models = []
    for n in range(3):
        model = build_model(1024)
        model.initialize()
        model.set_param("W", np.random.default_rng(n).normal(size=1024).astype("float32"))
        model.set_param("b", np.array([n - 1.0], dtype="float32"))
        models.append(CueModel(model, {}))
    expected = np.mean([model.scores(rows) for model in models], axis=0)
    mean = CueModel(averaged([model.model for model in models]), {})
    assert np.allclose(mean.scores(rows), expected, atol=1e-5)


def test_a_said_that_clause_is_a_likely_cue_and_a_time_phrase_is_not(nlp, model):
    text = "The minister said on Tuesday that the border would reopen."
    assert probability(nlp, model, text, "said", "ccomp") > 0.7
    assert probability(nlp, model, text, "reopen", "up:ccomp") < 0.1


DERIDED = "Lawmakers met on Monday. Senator Ruiz {verb} the trade deal as a gift to exporters."


def test_the_model_finds_a_cue_the_lexicon_does_not_list(nlp):
    text = DERIDED.format(verb="faulted")
    listed = load_lexicon().cues.complements(next(t for t in nlp(text) if t.text == "faulted"))
    assert "dobj" not in listed and "dobj+" not in listed
    assert [(q.cue.text, q.speaker.text, q.content.text) for q in nlp(text)._.quotes] == [
        ("faulted", "Senator Ruiz", "the trade deal as a gift to exporters")]
    assert lexicon_only()(text)._.quotes == []


def test_the_model_takes_the_object_with_what_is_said_of_it(nlp):
    text = DERIDED.format(verb="praised")
    assert [q.content.text for q in lexicon_only()(text)._.quotes] == ["a gift to exporters"]
    assert [q.content.text for q in nlp(text)._.quotes] == ["the trade deal as a gift to exporters"]


def lexicon_only():
    nlp = spacy.load(pipeline.DEFAULT_MODEL)
    nlp.add_pipe("parley_quotes", config={"cues": "lexicon"})
    return nlp


def test_an_unknown_cue_source_is_refused():
    with pytest.raises(ValueError, match="cues must be one of"):
        spacy.load(pipeline.DEFAULT_MODEL).add_pipe("parley_quotes", config={"cues": "guess"})


def test_boundaries_offer_the_clause_of_a_noun_and_stop_before_a_trailing_conjunction(nlp):
    text = "The group expressed concern that the new rules could lead to abuses, and"
    doc = nlp(text)
    cue = next(t for t in doc if t.text == "expressed")
    offered = {text[b.start:b.end] for b in boundaries(Candidate(cue, "dobj", text.index("concern"), len(text)), text)}
    assert "that the new rules could lead to abuses" in offered
    assert "concern that the new rules could lead to abuses" in offered


def test_the_boundary_model_keeps_the_reported_clause_without_the_noun_that_names_it(nlp):
    found = nlp("The group expressed concern that the new rules could lead to abuses.")._.quotes
    assert [q.content.text for q in found] == ["that the new rules could lead to abuses"]


def offered_boundaries(nlp, text, cue_word, relation, content):
    doc = nlp(text)
    cue = next(t for t in doc if t.text == cue_word)
    start = text.index(content)
    return {text[b.start:b.end] for b in boundaries(Candidate(cue, relation, start, start + len(content)), text)}


def test_boundaries_offer_the_object_of_an_infinitive(nlp):
    offered = offered_boundaries(nlp, "The senator refused to disclose detailed medical records.", "refused", "xcomp",
                                 "to disclose detailed medical records")
    assert "detailed medical records" in offered


def test_boundaries_offer_the_cue_object_before_the_content(nlp):
    offered = offered_boundaries(nlp, "Obama nominated Preet Bharara to the job last year.", "nominated", "prep",
                                 "the job")
    assert "Preet Bharara to the job" in offered


def test_boundaries_offer_the_cue_dependant_after_the_content(nlp):
    offered = offered_boundaries(nlp, "He described himself as a Washington outsider.", "described", "dobj", "himself")
    assert "himself as a Washington outsider" in offered


def test_a_cue_with_two_clausal_complements_offers_both(nlp):
    # The parser sometimes hangs a second clause from the cue: both are candidates, so that the
    # model, not the parse's order, chooses what the cue reports.
    words = ["Rain", "fell", ",", "the", "envoy", "said", ",", "talks", "had", "failed", "."]
    heads = [1, 5, 5, 4, 5, 5, 5, 9, 9, 5, 5]
    deps = ["nsubj", "ccomp", "punct", "det", "nsubj", "ROOT", "punct", "nsubj", "aux", "ccomp", "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = ["rain", "fall", ",", "the", "envoy", "say", ",", "talk", "have", "fail", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    text = doc.text
    candidates = cue_candidates(doc, text, DocIndex(doc), [], load_lexicon().cues)
    assert {text[c.start:c.end] for c in candidates if c.cue.text == "said" and c.relation == "ccomp"} == {
        "Rain fell", "talks had failed"}


@pytest.mark.parametrize(("text", "cue_word", "relation", "content", "expected"), [
    # A passive cue's subject with its complement: PolNeAR's annotators take "X was named Y".
    ("The senator was named the new head of the committee.", "named", "oprd", "the new head of the committee",
     "The senator was named the new head of the committee"),
    # The clause after the cue's object and the words that follow it.
    ("The minister told reporters on Tuesday that the border would reopen.", "told", "dobj",
     "reporters on Tuesday that the border would reopen", "that the border would reopen"),
    # An end before a conjunction whose conjunct runs to the end.
    ("The group criticized the new rules and the old tax laws.", "criticized", "dobj",
     "the new rules and the old tax laws", "the new rules"),
    # The subject of a verb that says how something seems.
    ("The governor appears somewhat uneasy about the vote.", "appears", "oprd", "somewhat uneasy about the vote",
     "The governor appears somewhat uneasy about the vote"),
    # The noun a cue modifies, with the cue.
    ("Dozens of towns held the votes known as the spring primaries.", "known", "prep:as", "the spring primaries",
     "the votes known as the spring primaries"),
])
def test_boundaries_offer_the_annotators_cuts(nlp, text, cue_word, relation, content, expected):
    assert expected in offered_boundaries(nlp, text, cue_word, relation, content)


def test_cue_candidates_come_from_cue_classes_outside_quote_marks(nlp):
    # Words are passed over by their part of speech alone; an adjective may still be a cue ("critical of").
    text = 'The mayor was critical of the new plan, and her aides said "the council never agreed to it".'
    doc = nlp(text)
    marked = [(text.index('"'), len(text) - 1)]
    cues = load_lexicon().cues
    candidates = cue_candidates(doc, text, DocIndex(doc), marked, cues)
    classes = {"VERB", "NOUN", "ADJ"} | {word_class for _, word_class in cues.relations}
    assert candidates and all(word_class(c.cue) in classes for c in candidates)
    assert "critical" in {c.cue.text for c in candidates}
    assert not any(marked[0][0] <= c.cue.idx < marked[0][1] for c in candidates)


def test_a_part_of_speech_has_the_word_class_of_its_tokens(nlp):
    doc = nlp("The envoys will say nothing new about Berlin's offer, and so they left.")
    assert all(pos_word_class(token.pos_) == word_class(token) for token in doc)


def test_what_boundaries_read_of_a_doc_goes_with_the_doc(nlp):
    # The per-Doc reading of cuts is held weakly: processing many texts does not keep their Docs.
    doc = nlp("The minister said on Monday that the border, which closed in May, would reopen soon.")
    assert doc._.quotes and doc in quote_boundary._DocReading._readings
    before = len(quote_boundary._DocReading._readings)
    del doc
    gc.collect()
    assert len(quote_boundary._DocReading._readings) == before - 1


def test_no_feature_is_a_spacy_symbol_name(nlp):
    # featurize hashes with hash_string, which gives every string but a symbol's name (mapped to a small id by
    # get_string_id) the id spaCy gives it: the shipped weights were trained on those ids.
    text = "Officials said on Friday that the talks, which began in May, had stalled, and praised the envoy."
    doc = nlp(text)
    cues = load_lexicon().cues
    candidates = cue_candidates(doc, text, DocIndex(doc), [], cues)
    rows = candidate_features(candidates, text, [cues.complements(c.cue) for c in candidates])
    rows += [boundary_features(c, b, text) for c in candidates for b in boundaries(c, text)]
    assert rows and not {feature for row in rows for feature in row} & set(IDS)
