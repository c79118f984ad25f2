"""The generators in scripts/ that build knowledge files, for the tests that check a rebuild equals the
committed file. Their sources (WordNet from Debian's wordnet-base, the shared PLOVER and CAMEO files) are
installed by .ci/run, so a missing source fails the test under CI and skips it elsewhere."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def generator(name: str) -> ModuleType:
    """scripts/``name``.py, imported as it runs: beside the module it shares (knowledge_file)."""
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    return importlib.import_module(name)


def require(*sources: Path) -> None:
    missing = [str(path) for path in sources if not path.exists()]
    if missing:
        message = f"generator sources absent: {', '.join(missing)} (apt-get install wordnet-base; ../shared/data)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def rebuilt(name: str, *wordnet_files: str) -> ModuleType:
    """scripts/``name``.py, once its rebuild from WordNet (``wordnet_files`` in its WORDNET_DIR) is checked to equal the
    knowledge file it wrote."""
    builder = generator(name)
    require(*(builder.WORDNET_DIR / file for file in wordnet_files))
    assert builder.build_text() == builder.OUTPUT.read_text(encoding="utf-8")
    return builder
