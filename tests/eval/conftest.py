# The evaluation gate's helpers live in tests/eval_gate.py (pytest's importlib mode cannot import a
# conftest): `from eval_gate import baseline, extract, score, shared_file`.
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # eval_gate extracts each data file once per process and several modules score the same file, so under
    # pytest-xdist every evaluation test runs on one worker: one extraction, never two writing one file.
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.xdist_group("eval"))
