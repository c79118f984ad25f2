"""Knowledge files shipped with parley (YAML, CSV), each read once per process."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def _read(name: str) -> str:
    return (resources.files(__package__) / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """The parsed YAML file ``name`` under src/parley/knowledge/."""
    return yaml.safe_load(_read(name))


@lru_cache(maxsize=None)
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of the CSV file ``name`` (first line is the header); lines starting with # are comments."""
    lines = [line for line in _read(name).splitlines() if line.strip() and not line.startswith("#")]
    return tuple(csv.DictReader(lines))
