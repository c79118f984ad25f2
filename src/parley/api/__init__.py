"""The REST API over one parley database (FastAPI; OpenAPI at /openapi.json, docs at /docs).

    >>> from parley import Store
    >>> from parley.api import create_app
    >>> app = create_app(Store("parley.db"))   # uvicorn.run(app) or `parley serve --db parley.db`
"""


import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Annotated, Generic, TypeVar

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from sqlalchemy import Connection

from ..errors import DocumentNotFound
from ..merge.views import CURSOR_PATTERN, EventFilters, MergedEvent, load_events, merged_id, query_events
from ..model import AuxMode, Document
from ..store import Store
from . import queries

MAX_EXTRACT_CHARS = 100_000  # an article, not a book: longer texts go through `parley ingest`
Item = TypeVar("Item")

EventType = Annotated[str | None, Query(pattern=r"^[A-Z]{3,12}$", description="PLOVER event type, e.g. AGREE")]
Mode = Annotated[str | None, Query(pattern=r"^[a-z][a-z-]{0,30}$", description="PLOVER mode, e.g. release")]
Country = Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", description="ISO 3166 alpha-3, e.g. UKR")]
Words = Annotated[str | None, Query(min_length=1, max_length=200, description="Words the evidence contains")]
Limit = Annotated[int, Query(ge=1, le=200)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


class Page(BaseModel, Generic[Item]):
    items: list[Item]
    total: int
    next: str | None = None


class EventDetail(MergedEvent):
    thread_events: list[MergedEvent] = Field([], description="Every step of this event's negotiation thread, in order")


def _date_text(value: object) -> object:
    """A date is written YYYY-MM-DD; pydantic would also take a number of seconds since 1970."""
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("write the date as YYYY-MM-DD")
    return value


IsoDate = Annotated[dt.date | None, BeforeValidator(_date_text)]


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description=f"The article; at most {MAX_EXTRACT_CHARS:,} characters")
    published: IsoDate = None
    title: str | None = None
    source: str | None = None


def create_app(store: Store) -> FastAPI:
    app = FastAPI(title="parley", version="0.1.0",
                  description="Merged PLOVER events across articles, their sources, conflicts and negotiation threads.")

    def connection() -> Iterator[Connection]:
        with store.engine.connect() as open_connection:
            yield open_connection

    Db = Annotated[Connection, Depends(connection)]

    @app.get("/events", response_model=Page[MergedEvent], tags=["events"])
    def list_events(
        db: Db, type: EventType = None, mode: Mode = None, aux: AuxMode | None = None,
        actor: Annotated[str | None, Query(min_length=1, max_length=200, description="Entity id or name")] = None,
        country: Country = None, since: Annotated[IsoDate, Query()] = None, until: Annotated[IsoDate, Query()] = None,
        q: Words = None,
        limit: Limit = 50,
        cursor: Annotated[str | None, Query(pattern=CURSOR_PATTERN, description="`next` of the previous page")] = None,
    ):
        """Merged events in date order; `next` is the cursor of the following page."""
        filters = EventFilters(type=type, mode=mode, aux=aux, actor=actor, country=country, since=since, until=until, q=q)
        items, total, following = query_events(db, filters, limit=limit, cursor=cursor)
        return Page[MergedEvent](items=items, total=total, next=following)

    @app.get("/events/{event_id}", response_model=EventDetail, tags=["events"],
             responses={404: {"description": "No such merged event"}})
    def get_event(db: Db, event_id: Annotated[str, Path(max_length=40, description="m12")]):
        number = merged_id(event_id)
        found = load_events(db, [number]) if number is not None else []
        if not found:
            raise HTTPException(404, detail=f"no merged event {event_id!r}; GET /events lists them")
        event = found[0]
        steps = queries.thread_events(db, event.thread) if event.thread else []
        return EventDetail(**event.model_dump(), thread_events=steps)

    @app.get("/threads", response_model=Page[queries.Thread], tags=["events"])
    def list_threads(db: Db, limit: Limit = 50, offset: Offset = 0):
        """Negotiation threads: a proposal and the answers that followed, between the same parties."""
        items, total = queries.threads(db, limit, offset)
        return Page[queries.Thread](items=items, total=total)

    @app.get("/actors", response_model=Page[queries.ActorSummary], tags=["actors"])
    def list_actors(db: Db, q: Words = None, country: Country = None, limit: Limit = 50, offset: Offset = 0):
        """Entities across documents, most widely reported first."""
        items, total = queries.actors(db, q, country, limit, offset)
        return Page[queries.ActorSummary](items=items, total=total)

    @app.get("/actors/{actor_id}", response_model=queries.ActorDetail, tags=["actors"],
             responses={404: {"description": "No such entity"}})
    def get_actor(db: Db, actor_id: Annotated[str, Path(max_length=200)]):
        found = queries.actor(db, actor_id)
        if found is None:
            raise HTTPException(404, detail=f"no actor {actor_id!r}; GET /actors lists them")
        return found

    @app.get("/quotes", response_model=Page[queries.QuoteItem], tags=["quotes"])
    def list_quotes(
        db: Db, speaker: Annotated[str | None, Query(min_length=1, max_length=200, description="Entity id or name")] = None,
        q: Words = None, limit: Limit = 50, offset: Offset = 0,
    ):
        items, total = queries.quotes(db, speaker, q, limit, offset)
        return Page[queries.QuoteItem](items=items, total=total)

    @app.get("/documents", response_model=Page[queries.DocumentSummary], tags=["documents"])
    def list_documents(db: Db, q: Words = None, limit: Limit = 50, offset: Offset = 0):
        items, total = queries.documents(db, q, limit, offset)
        return Page[queries.DocumentSummary](items=items, total=total)

    @app.get("/documents/{document_id}", response_model=Document, tags=["documents"],
             responses={404: {"description": "No such document"}})
    def get_document(document_id: Annotated[str, Path(max_length=200)]):
        """The article's text with every span: actors, quotes, times, quantities, events."""
        try:
            return store.get(document_id)
        except DocumentNotFound as error:
            raise HTTPException(404, detail=str(error)) from error

    def within_limit(request: Request) -> None:
        size = request.headers.get("content-length", "")
        if size.isdigit() and int(size) > MAX_EXTRACT_CHARS * 4 + 4096:  # four bytes a character at most, plus JSON
            raise HTTPException(413, detail=f"the request body is {int(size):,} bytes; send at most {MAX_EXTRACT_CHARS:,} characters of text")

    @app.post("/extract", response_model=Document, tags=["extract"], dependencies=[Depends(within_limit)],
              responses={400: {"description": "The body is not JSON"},
                         413: {"description": f"Text over {MAX_EXTRACT_CHARS:,} characters"}})
    def extract(payload: ExtractRequest):
        """Text in, Document out: nothing is stored."""
        if len(payload.text) > MAX_EXTRACT_CHARS:
            raise HTTPException(413, detail=f"the text holds {len(payload.text):,} characters, over the limit of "
                                            f"{MAX_EXTRACT_CHARS:,}; split it into articles or use `parley ingest`")
        return _pipeline().extract(payload.text, published=payload.published, title=payload.title, source=payload.source)

    from ..web import mount  # the web pages are served by the same app

    mount(app, store)
    return app


@lru_cache(maxsize=1)
def _pipeline():
    from ..nlp.pipeline import Pipeline  # spaCy loads on the first extraction, not at start-up

    return Pipeline()


__all__ = ["MAX_EXTRACT_CHARS", "create_app"]
