"""The events models' training sources (training/events/corpus.py) read every file they name."""

import importlib.util
from pathlib import Path

import pytest

PLOVER_TYPES = {"ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
                "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"}
ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("training_corpus", ROOT / "training" / "events" / "corpus.py")
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


@pytest.mark.parametrize(
    "row, taught",
    [
        ({"event": "ASSAULT"}, "ASSAULT"),
        ({"event": "NONE"}, None),
        ({"types": ["PROTEST"], "modes": {"PROTEST": []}}, "PROTEST"),
        ({"types": [], "modes": {}}, None),
        ({"types": ["COERCE", "PROTEST"], "modes": {"COERCE": [], "PROTEST": []}}, corpus.MANY),
        ({"types": ["ASSAULT"], "modes": {"ASSAULT": ["negated"]}}, corpus.MANY),
    ],
)
def test_a_written_line_teaches_its_one_type(row, taught):
    assert corpus._written_type(row) == taught


def test_the_written_source_reads_snippets_and_story_sentences():
    rows = corpus.records("written", {})
    ids = {r["id"] for r in rows}
    assert {r["type"] for r in rows} <= PLOVER_TYPES | {None}
    # a snippet of each file, and a story sentence of no event; one of two types teaches nothing
    assert {"wl1-0001", "n1-0001", "p1-0001", "p1-n0001", "s1-0003"} <= ids
    assert "s1-0001" not in ids
