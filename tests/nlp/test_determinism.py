"""The same text gives the same Document whatever else is in its batch, in whatever order, and whatever process
reads it: string hashing (so the order of a set of strings) is salted per process, and the order of a set of Tokens
follows the addresses its Docs happen to get."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import parley

SHARED_TIMEBANK = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "timebank" / "train.jsonl"
# TimeBank documents whose ACCUSE/allege events were reported to change between runs of one batch.
TIMEBANK_IDS = ("APW19980227.0487.tml", "wsj_0778.tml")

TEXTS = [
    "Kenya's foreign minister said the soldiers were unlawfully detained at the border on Tuesday.",
    "The opposition said the government was responsible for the attack on the protesters and called the vote "
    "a violation of the constitution.",
    "Critics say the response was too slow. Prosecutors alleged that the mayor had embezzled public funds.",
    "Russia must pay a price, Kenya said. Police arrested twelve protesters on Friday; clashes broke out after "
    "the arrests.",
    "The United States and China agreed to resume talks in Geneva next week, officials said, and Beijing "
    "demanded that Washington lift its sanctions.",
    "WASHINGTON (AP) _ The Senate passed the bill 52-48 on Thursday. \"We will not back down,\" said Senator "
    "Jane Smith, who accused the White House of misleading the public.",
]

# Reads texts given as JSON on stdin, in the order and batch size given, and writes each Document as JSON.
_READER = """
import json, sys
from datetime import date
from parley.model import RawDocument
from parley.nlp.pipeline import Pipeline
texts, order, size = json.load(sys.stdin)
raws = [RawDocument(text=texts[i], id=str(i), published=date(1998, 2, 27)) for i in order]
json.dump({d.id: d.model_dump(mode="json") for d in Pipeline(batch_size=size).pipe(raws)}, sys.stdout)
"""


def _texts() -> list[str]:
    texts = list(TEXTS)
    if SHARED_TIMEBANK.exists():  # a real document where it is at hand; the written ones test the same without
        with SHARED_TIMEBANK.open(encoding="utf-8") as lines:
            texts += [record["text"] for line in lines if (record := json.loads(line))["id"] in TIMEBANK_IDS]
    return texts


def _reader(texts: list[str], order: list[int], batch_size: int, hash_seed: str, allocator: str) -> subprocess.Popen:
    source = str(Path(parley.__file__).resolve().parents[1])  # this checkout's parley, not an installed one
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONMALLOC": allocator,
           "PYTHONPATH": os.pathsep.join([source, *filter(None, [os.environ.get("PYTHONPATH")])])}
    process = subprocess.Popen([sys.executable, "-c", _READER], env=env, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdin.write(json.dumps([texts, order, batch_size]))
    process.stdin.close()
    return process


def _documents(process: subprocess.Popen) -> dict:
    out = process.stdout.read()
    assert process.wait() == 0, process.stderr.read()
    return json.loads(out)


def test_same_text_gives_same_document_whatever_the_process_and_batch():
    texts = _texts()
    forward = list(range(len(texts)))
    # One process reads them all in one batch; another, with other salted hashes and other addresses, reads
    # them in reverse order, each alone.
    together = _reader(texts, forward, len(texts), "1", "pymalloc")
    alone = _reader(texts, forward[::-1], 1, "2", "malloc")
    first, second = _documents(together), _documents(alone)
    assert sorted(first) == sorted(second) == [str(i) for i in forward]
    differ = [texts[int(i)][:60] for i in first if first[i] != second[i]]
    assert not differ, f"documents that changed with the process or the batch: {differ}"
