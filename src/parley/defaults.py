"""Defaults that `parley --help` shows, in a module that imports nothing, so the CLI starts at once."""

DEFAULT_DB = "parley.db"
# About a thousand articles; one text longer than this is almost always a corpus in one file.
# Its peak memory is about 1.1 GB (bench/memory.py), inside the 2 GB a laptop run should need.
MAX_CHARS = 5_000_000
# The store's per-document tables, in the order a document's rows are written.
TABLES = ("documents", "actors", "mentions", "quotes", "times", "quantities", "events", "evidence")
