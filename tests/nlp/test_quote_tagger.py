"""The quote tagger's input features and the features the cue and boundary models read from its probabilities."""

from __future__ import annotations

import numpy as np
import pytest

from components import pipeline_with
from parley.nlp.doc_index import DocIndex
from parley.nlp.lexicon import load_lexicon
from parley.nlp.quote_boundary import boundaries, boundary_features, head_indices
from parley.nlp.quote_model import candidate_features, probability_bin
from parley.nlp.quote_tagger import COLUMNS, LAYERS, TAGS, QuoteTagger, TokenFeatures, build_model, layer_probabilities
from parley.nlp.quotes import cue_candidates, find_quotations

TEXT = 'The harbour master said the ferry would sail at dawn. "We are ready," she added.'
# The middle sentence holds neither a listed cue nor a quote mark.
THREE = "The mayor said the bridge would open in May. The weather was cold. She added that tolls stay low."


@pytest.fixture(scope="module")
def doc():
    return pipeline_with("parley_quotes")(TEXT)


@pytest.fixture(scope="module")
def table(doc):
    marked = [(q[0][0], q[-1][1]) for q in find_quotations(TEXT, DocIndex(doc).paragraphs)]
    return TokenFeatures(load_lexicon().cues)(doc, marked).table


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_one_row_of_ids_per_token_read_the_same_way_twice(doc, table):
    assert table.shape == (len(doc), COLUMNS) and table.dtype == np.uint64
    marked = [(q[0][0], q[-1][1]) for q in find_quotations(TEXT, DocIndex(doc).paragraphs)]
    assert np.array_equal(table, TokenFeatures(load_lexicon().cues)(doc, marked).table)


def test_words_inside_quote_marks_differ_from_words_outside(doc, table):
    quote_column = 7
    assert table[_token(doc, "ready").i, quote_column] != table[_token(doc, "ferry").i, quote_column]
    assert table[_token(doc, "ferry").i, quote_column] == table[_token(doc, "dawn").i, quote_column]


def test_a_listed_cue_and_the_words_it_reports_are_marked(doc, table):
    relations, above = 8, 9
    said, ferry = _token(doc, "said"), _token(doc, "sail")
    assert table[said.i, relations] != 0 and table[_token(doc, "harbour").i, relations] == 0
    assert table[ferry.i, above] != 0  # under "said", by its clause


def test_layer_probabilities_are_one_minus_the_outside_tag_of_each_layer():
    scores = np.zeros((2, 3 * len(TAGS)), dtype="f")
    scores[0, [0, 5, 10]] = [0.1, 0.9, 0.5]
    assert np.allclose(layer_probabilities(scores)[0], [0.9, 0.1, 0.5])


def test_probabilities_fall_in_five_bins():
    assert [probability_bin(p) for p in (0.0, 0.19, 0.2, 0.5, 0.99, 1.0)] == [0, 0, 1, 2, 4, 4]


def test_the_cue_model_reads_the_tagger_only_when_given_its_probabilities(doc):
    cues = load_lexicon().cues
    candidates = cue_candidates(doc, TEXT, DocIndex(doc), [], cues)
    listed = [cues.complements(c.cue) for c in candidates]
    plain = candidate_features(candidates, TEXT, listed)
    tagged = np.zeros((len(doc), 3), dtype="f")
    said = _token(doc, "said")
    tagged[said.i, 1] = 0.95
    read = candidate_features(candidates, TEXT, listed, tagged)
    for candidate, without, with_tagger in zip(candidates, plain, read):
        assert with_tagger[:len(without)] == without
        extra = with_tagger[len(without):]
        assert ("t_cue=4" in extra) == (candidate.cue.i == said.i)


def test_the_boundary_model_reads_the_tagger_at_both_edges(doc):
    cues = load_lexicon().cues
    candidate = next(c for c in cue_candidates(doc, TEXT, DocIndex(doc), [], cues) if c.cue.text == "said")
    boundary = boundaries(candidate, TEXT)[0]
    tagged = np.zeros((len(doc), 3), dtype="f")
    span = doc.char_span(boundary.start, boundary.end, alignment_mode="expand")
    tagged[span.start:span.end, 0] = 0.9
    heads = head_indices(doc)
    features = boundary_features(candidate, boundary, TEXT, heads, tagged)
    assert len(features) == len(boundary_features(candidate, boundary, TEXT, heads)) + 4
    assert f"t_start=4|0|{boundary.start_move}" in features and f"t_end=4|0|{boundary.end_move}" in features
    assert "t_mean=4" in features


@pytest.fixture(scope="module")
def three():
    doc = pipeline_with("parley_quotes")(THREE)
    return doc, TokenFeatures(load_lexicon().cues)(doc, [])


def test_the_tagger_reads_only_sentences_with_a_listed_cue_or_a_quote_mark(doc, three):
    three_doc, read = three
    sentences = [(s.start, s.end) for s in three_doc.sents]
    assert len(sentences) == 3 and read.sentences == [sentences[0], sentences[2]]
    marked = [(q[0][0], q[-1][1]) for q in find_quotations(TEXT, DocIndex(doc).paragraphs)]
    assert len(TokenFeatures(load_lexicon().cues)(doc, marked).sentences) == len(list(doc.sents))


def test_a_sentence_the_tagger_does_not_read_gets_no_probability(three):
    three_doc, read = three
    settings = {"rows": 50, "embed": 4, "width": 8, "hidden": 8, "depth": 1, "dropout": 0.0}
    model = build_model(settings)
    model.initialize(X=[read.table[:3]])
    tagger = QuoteTagger(model, settings)
    scores = tagger.scores([read])[0]
    assert scores.shape == (len(three_doc), len(TAGS) * len(LAYERS))
    assert np.allclose(scores.reshape(len(three_doc), len(LAYERS), len(TAGS)).sum(axis=2), 1.0, atol=1e-4)
    middle = list(three_doc.sents)[1]
    probabilities = tagger.probabilities([read])[0]
    assert np.all(probabilities[middle.start:middle.end] == 0)
    assert np.all(probabilities[read.sentences[0][0]:read.sentences[0][1]] > 0)


def test_a_saved_tagger_loads_to_the_same_probabilities(three, tmp_path):
    _, read = three
    settings = {"rows": 50, "embed": 4, "width": 8, "hidden": 8, "depth": 1, "dropout": 0.0}
    model = build_model(settings)
    model.initialize(X=[read.table[:3]])
    QuoteTagger(model, settings).save(tmp_path / "tagger")
    again = QuoteTagger.load(tmp_path / "tagger")
    assert np.allclose(again.probabilities([read])[0], QuoteTagger(model, settings).probabilities([read])[0])
