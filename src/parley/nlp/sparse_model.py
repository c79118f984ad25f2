"""What parley's hashed linear models share: features hashed into the form thinc's ``SparseLinear``
reads, and weights shipped as ``weights.bin`` beside the ``settings.json`` they were trained with."""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import chain
from pathlib import Path

import numpy as np
from spacy.strings import get_string_id
from thinc.api import Linear, Model, SparseLinear, zero_init


def featurize(rows: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hashed features in the (keys, values, lengths) form ``SparseLinear`` reads."""
    lengths = np.array([len(row) for row in rows], dtype="int32")
    keys = np.fromiter(map(get_string_id, chain.from_iterable(rows)), dtype="uint64", count=int(lengths.sum()))
    values = np.ones(len(keys), dtype="float32")
    return keys, values, lengths


def model_input(rows: list[list[str]], vectors: np.ndarray | None = None):
    """What a model of ``sparse_plus_dense`` (with ``vectors``) or a plain ``SparseLinear`` (without) reads."""
    hashed = featurize(rows)
    return hashed if vectors is None else (hashed, vectors.astype("float32", copy=False))


def sparse_plus_dense(length: int, width: int) -> Model:
    """One logistic score from hashed features and ``width`` floats: a ``SparseLinear``'s score plus a
    ``Linear``'s, trained together. Both start at zero, so the seed only orders the examples."""
    return Model("sparse_plus_dense", _sum_forward, init=_sum_init,
                 layers=[SparseLinear(nO=1, length=length), Linear(nO=1, nI=width, init_W=zero_init)])


def _sum_init(model: Model, X=None, Y=None) -> None:
    for layer in model.layers:
        layer.initialize()


def _sum_forward(model: Model, inputs, is_train: bool):
    hashed, vectors = inputs
    sparse, dense = model.layers
    sparse_scores, sparse_backprop = sparse(hashed, is_train)
    dense_scores, dense_backprop = dense(vectors, is_train)

    def backprop(d_scores: np.ndarray):
        sparse_backprop(d_scores)
        dense_backprop(d_scores)
        return inputs

    return sparse_scores + dense_scores, backprop


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
