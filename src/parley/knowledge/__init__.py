"""Knowledge files shipped with parley (YAML, CSV), each read once per process."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def _read(name: str) -> str:
    return (resources.files(__package__) / name).read_text(encoding="utf-8")


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses a mapping key given twice: PyYAML keeps the last silently, so a list added under a
    name already in use would replace the first one for every rule that reads it."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"key {key!r} given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """The parsed YAML file ``name`` under src/parley/knowledge/."""
    return yaml.load(_read(name), Loader=_UniqueKeyLoader)  # noqa: S506 (a SafeLoader)


@lru_cache(maxsize=None)
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of the CSV file ``name`` (first line is the header); lines starting with # are comments."""
    lines = [line for line in _read(name).splitlines() if line.strip() and not line.startswith("#")]
    return tuple(csv.DictReader(lines))
