"""Writers: JSON Lines of whole documents, CSV and Parquet of one table."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import IO

import pyarrow as pa
import pyarrow.parquet as pq

from ..model import Document

FORMATS = ("jsonl", "csv", "parquet")
# A spreadsheet runs a cell starting with one of these as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_jsonl(documents: Iterable[Document], out: IO[str]) -> int:
    count = 0
    for document in documents:
        out.write(document.model_dump_json() + "\n")
        count += 1
    return count


def write_csv(rows: Iterator[dict], columns: list[str], out: IO[str], keep_formulas: bool = False) -> int:
    """One table as CSV; text cells that a spreadsheet would run as formulas get a leading ``'``
    unless ``keep_formulas`` is set. Numbers are written as they are, so -3 stays a number."""
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row if keep_formulas else {key: neutralize(value) for key, value in row.items()})
        count += 1
    return count


def neutralize(cell: object) -> object:
    """``cell`` made inert for spreadsheets, as OWASP recommends: ``=1+2`` becomes ``'=1+2``."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def write_parquet(rows: Iterable[dict], path: str) -> int:
    table = pa.Table.from_pylist(list(rows))
    pq.write_table(table, path)
    return table.num_rows
