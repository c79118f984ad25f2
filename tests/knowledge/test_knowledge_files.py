"""The YAML knowledge files: a key given twice is an error, not a silent replacement of the first."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import parley.knowledge as knowledge
from parley.knowledge import load_yaml

KNOWLEDGE = Path(knowledge.__file__).parent


def test_a_key_given_twice_is_refused_and_named():
    # PyYAML's own loaders keep the second silently: two lists of one name would become one.
    with pytest.raises(yaml.constructor.ConstructorError, match="'staying_verbs' given twice"):
        yaml.load("events:\n  staying_verbs: [stay]\n  staying_verbs: [remain]\n",
                  Loader=knowledge._UniqueKeyLoader)  # noqa: S506 (a SafeLoader)


@pytest.mark.parametrize("name", sorted(str(p.relative_to(KNOWLEDGE)) for p in KNOWLEDGE.rglob("*.yaml")))
def test_every_knowledge_file_gives_each_key_once(name):
    assert load_yaml(name)
