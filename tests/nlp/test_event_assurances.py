"""An assurance or a promise of what is or was affirms a fact and promises nothing (conventions §361).

Sentences are written for these tests."""

from __future__ import annotations

import pytest

from nlp.test_events import types


@pytest.mark.parametrize("sentence", [
    "The senator assured the crowd that he does not have small hands.",
    "Kenya assured Chad that its troops had left the border.",
    "The minister assured reporters that the water is safe to drink.",
    "The governor assured voters he was tough enough to lead.",
    "The mayor promised reporters that the border was calm.",
    "The president guaranteed that the vote was free and fair.",
])
def test_an_assurance_of_what_is_promises_nothing(sentence):
    assert "AGREE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya assured Chad that it would send more troops.",
    "Kenya assured Chad of its support.",
    "Kenya assured Chad that it is ready to help.",
    "Kenya assured Chad that it is committed to the talks.",
    "Kenya assured Chad that its troops are leaving.",
    "The minister guaranteed that the elections would be free.",
    "Kenya pledged that its troops had left and would not return.",
])
def test_an_assurance_of_what_is_to_come_stays_a_promise(sentence):
    assert "AGREE" in types(sentence)
