"""What every generator of a knowledge/ file shares: write the file, or with --check say whether the
committed file is the one the script builds (exit 1 if not), so a hand edit never goes unnoticed."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def write_or_check(module_doc: str, output: Path, build: Callable[[], str], unit: str) -> int:
    """The whole command line of a generator: its description is the first line of the script's docstring,
    and what it reports is the number of rows written, in `unit` (a CSV's line of column names is no row)."""
    parser = argparse.ArgumentParser(description=module_doc.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    args = parser.parse_args()
    text = build()
    if args.check:
        same = output.exists() and output.read_text(encoding="utf-8") == text
        print(f"{output.name}: {'up to date' if same else 'differs from what the script builds'}")
        return 0 if same else 1
    output.write_text(text, encoding="utf-8")
    rows = sum(1 for line in text.splitlines() if line and not line.startswith("#")) - (output.suffix == ".csv")
    print(f"wrote {output.relative_to(ROOT)}: {rows} {unit}")
    return 0


def noun_list(header: str, nouns: list[str]) -> str:
    """A generated file of one noun per row, under its header (what the WordNet noun-class scripts write)."""
    return header + "noun\n" + "".join(f"{noun}\n" for noun in nouns)


def noun_kinds(header: str, rows: list[tuple[str, str]]) -> str:
    """A generated file of one noun and its kind per row, under its header."""
    return header + "noun,kind\n" + "".join(f"{noun},{kind}\n" for noun, kind in rows)
