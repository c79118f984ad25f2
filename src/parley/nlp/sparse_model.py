"""What parley's hashed linear models share: features hashed into the form thinc's ``SparseLinear``
reads, and weights shipped as ``weights.bin`` beside the ``settings.json`` they were trained with."""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import chain
from pathlib import Path

import numpy as np
from spacy.strings import hash_string
from thinc.api import Model


def featurize(rows: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hashed features in the (keys, values, lengths) form ``SparseLinear`` reads.

    ``hash_string`` gives a feature the id ``get_string_id`` gives it (no feature is empty or one of
    spaCy's symbol names, which that maps to small ids), at a third of the cost."""
    lengths = np.array([len(row) for row in rows], dtype="int32")
    keys = np.fromiter(map(hash_string, chain.from_iterable(rows)), dtype="uint64", count=int(lengths.sum()))
    values = np.ones(len(keys), dtype="float32")
    return keys, values, lengths


def load_weights(path: Path, build: Callable[[dict], Model]) -> tuple[Model, dict]:
    """The model ``build(settings)`` makes, with the weights saved in ``path``, and its settings."""
    settings = json.loads((path / "settings.json").read_text(encoding="utf-8"))
    model = build(settings)
    model.initialize()
    model.from_bytes((path / "weights.bin").read_bytes())
    return model, settings


def save_weights(path: Path, model: Model, settings: dict) -> None:
    path.mkdir(parents=True, exist_ok=True)
    (path / "weights.bin").write_bytes(model.to_bytes())
    (path / "settings.json").write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
