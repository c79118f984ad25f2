"""Writers: JSON Lines of whole documents, PLOVER records of events, CSV and Parquet of one table.

Each takes an iterator and writes as it goes, so an export never holds the database in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Table

from ..iterate import batched
from ..model import Document

FORMATS = ("jsonl", "plover", "csv", "parquet")
# Rows per Parquet row group: memory during export is one group.
PARQUET_GROUP = 10_000
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


def write_plover(documents: Iterable[Document], out: IO[str]) -> int:
    """One PLOVER JSON record per event (the fields of the PLOVER gold-standard records), with
    its document's id, date and source; returns the number of events written."""
    count = 0
    for document in documents:
        for record in plover_records(document):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def plover_records(document: Document) -> Iterator[dict]:
    actors = {actor.id: actor for actor in document.actors}

    def coded(ids: list[str]) -> list[dict]:
        return [{"text": actors[i].name, "code": actors[i].country or "", "sector": actors[i].sector or ""}
                for i in ids if i in actors]

    for event in document.events:
        evidence = event.evidence[0].text if event.evidence else ""
        yield {
            "id": f"{document.id}-{event.id}", "text": evidence, "event": event.type, "mode": event.mode or "",
            "context": ",".join(event.context), "source": coded(event.actors), "target": coded(event.recipients),
            "date": event.date or (document.published.isoformat() if document.published else None),
            "location": event.location.model_dump() if event.location else None,
            "document": document.id, "publisher": document.source, "confidence": event.confidence,
        }


def write_parquet(rows: Iterable[dict], table: Table, path: str) -> int:
    """Rows of ``table`` into a Parquet file, one row group at a time, typed from the table's columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(column.name, _arrow_type(column.type)) for column in table.columns])
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        for group in batched(rows, PARQUET_GROUP):
            writer.write_table(pa.Table.from_pylist(group, schema=schema))
            count += len(group)
    return count


def _arrow_type(column_type):
    import pyarrow as pa

    for python_type, arrow_type in ((bool, pa.bool_()), (int, pa.int64()), (float, pa.float64()),
                                    (datetime, pa.timestamp("us")), (date, pa.date32())):
        if column_type.python_type is python_type:
            return arrow_type
    return pa.string()
