"""Commands that read no language start without loading spaCy, and `--help` without the store or schema."""

from __future__ import annotations

import subprocess
import sys

import pytest

from parley.model import Document
from parley.store import Store

PROBE = """
import sys
from parley.cli import app
try:
    app(sys.argv[1:], prog_name="parley")
except SystemExit:
    pass
print("heavy:", sorted(m for m in ("spacy", "pyarrow", "ray", "sqlalchemy", "pydantic") if m in sys.modules))
"""
# What each command may load: --help only Typer and Rich; reading the store needs its schema.
ALLOWED = {"--help": [], "search": ["pydantic", "sqlalchemy"], "show": ["pydantic", "sqlalchemy"]}


@pytest.mark.parametrize("command", [["--help"], ["search", "talks"], ["show", "d1"]])
def test_reading_commands_do_not_import_spacy(command, tmp_path):
    db = tmp_path / "parley.db"
    Store(db).add(Document(id="d1", text="Envoys held talks in Geneva."))
    options = [] if command == ["--help"] else ["--db", str(db)]
    result = subprocess.run([sys.executable, "-c", PROBE, *command, *options], capture_output=True, text=True)
    assert result.stdout.strip().splitlines()[-1] == f"heavy: {ALLOWED[command[0]]}", result.stderr


def test_importing_the_components_reads_no_vocabulary():
    probe = ("import parley.nlp.actors, parley.nlp.times, parley.nlp.quantities, parley.nlp.quotes, parley.nlp.events; "
             "import parley.knowledge as k; "
             "print(k.load_yaml.cache_info().currsize, k.load_csv.cache_info().currsize)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.split() == ["0", "0"], result.stderr
