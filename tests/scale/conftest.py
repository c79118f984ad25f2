from __future__ import annotations

import pytest

from corpus import write_corpus


@pytest.fixture
def corpus(tmp_path):
    return lambda count, **options: write_corpus(tmp_path / f"corpus-{count}.jsonl", count, **options)
