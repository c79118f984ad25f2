"""The public surface is small and pinned, as httpx pins its own."""

import pytest

import parley
from parley.errors import InvalidCharacters


def test_public_names_are_pinned():
    assert sorted(parley.__all__) == ["Document", "ParleyError", "Pipeline", "RawDocument", "Store", "extract", "read_paths"]


def test_every_public_name_exists():
    for name in parley.__all__:
        assert getattr(parley, name) is not None


def test_error_messages_lead_with_their_code():
    from parley.errors import EmptyInput

    assert str(EmptyInput(path="a.txt")).startswith("E002: a.txt is empty")


def test_importing_the_schema_or_the_store_does_not_load_spacy():
    import subprocess
    import sys

    code = "import sys, parley.model, parley.store; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_extract_refuses_a_lone_surrogate_with_a_clear_error():
    # JSON can carry half a UTF-16 pair ("\ud800"); the Python API says so instead of failing in the tokenizer.
    with pytest.raises(InvalidCharacters, match=r"E019: <text>: the text holds a lone surrogate \(U\+D800\) at character 7"):
        parley.extract("Envoys \ud800 met in Geneva.")


def test_the_garbage_collector_is_frozen_only_in_processes_parley_owns(tmp_path):
    # gc.freeze is process-wide: the command freezes what it loaded, a program embedding parley keeps its own.
    import subprocess
    import sys

    article = tmp_path / "talks.txt"
    article.write_text("Envoys of both sides met in Doha on Monday and agreed to meet again.", encoding="utf-8")
    embedded = "import gc, parley; parley.extract('Envoys met in Doha on Monday.'); print(gc.get_freeze_count())"
    command = ("import gc; from typer.testing import CliRunner; from parley.cli import app; "
               f"CliRunner().invoke(app, ['extract', {str(article)!r}]); print(gc.get_freeze_count())")
    frozen = [int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()[-1])
              for code in (embedded, command)]
    assert frozen[0] == 0 and frozen[1] > 0
