"""Writers: JSON Lines of whole documents, CSV and Parquet of one table."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import IO

import pyarrow as pa
import pyarrow.parquet as pq

from ..model import Document

FORMATS = ("jsonl", "csv", "parquet")


def write_jsonl(documents: Iterable[Document], out: IO[str]) -> int:
    count = 0
    for document in documents:
        out.write(document.model_dump_json() + "\n")
        count += 1
    return count


def write_csv(rows: Iterator[dict], columns: list[str], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_parquet(rows: Iterable[dict], path: str) -> int:
    table = pa.Table.from_pylist(list(rows))
    pq.write_table(table, path)
    return table.num_rows
