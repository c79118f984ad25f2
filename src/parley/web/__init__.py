"""The web pages, served by the API's app: timeline, document, actor, search. Server-rendered, escaped."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import text

from ..api import queries
from ..errors import BadQuery, DocumentNotFound
from ..merge.views import CURSOR_PATTERN, EventFilters, query_events
from ..model import Document
from ..store import Store
from .highlight import segments

HERE = Path(__file__).parent
AUX_MODES = ("historical", "future", "hypothetical", "negated")
Text = Annotated[str, Query(max_length=200)]


def _date(value: str, name: str, problems: list[str]) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        problems.append(f"{name} {value!r} is not a date (YYYY-MM-DD); it was ignored")
        return None


def mount(app: FastAPI, store: Store) -> None:
    templates = Jinja2Templates(directory=HERE / "templates")  # autoescape on for .html
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def timeline(request: Request, actor: Text = "", country: Text = "", type: Text = "", aux: Text = "",
                 since: Text = "", until: Text = "", q: Text = "", thread: Text = "", cursor: Text = ""):
        problems: list[str] = []
        filters = EventFilters(
            type=type or None, aux=aux if aux in AUX_MODES else None, actor=actor or None,
            country=country.upper() or None, since=_date(since, "since", problems), until=_date(until, "until", problems),
            q=q or None, thread=thread or None,
        )
        with store.engine.connect() as connection:
            if cursor and not re.fullmatch(CURSOR_PATTERN, cursor):
                problems.append("that page link is broken; showing the first page")
                cursor = ""
            events, total, following = query_events(connection, filters, limit=50, cursor=cursor or None)
            types = connection.execute(text("SELECT DISTINCT type FROM merged_events ORDER BY type")).scalars().all()
        form = {"actor": actor, "country": country, "type": type, "aux": aux, "since": since, "until": until, "q": q,
                "thread": thread}
        return page(request, "timeline.html", events=events, total=total, following=following, types=types,
                    aux_modes=AUX_MODES, form=form, problems=problems)

    @app.get("/web/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, document_id: str):
        try:
            document: Document = store.get(document_id)
        except DocumentNotFound as error:
            return page(request, "missing.html", status=404, message=str(error))
        return page(request, "document.html", document=document, pieces=segments(document))

    @app.get("/web/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, actor_id: str):
        with store.engine.connect() as connection:
            found = queries.actor(connection, actor_id)
        if found is None:
            return page(request, "missing.html", status=404, message=f"no actor {actor_id!r}")
        return page(request, "actor.html", actor=found)

    @app.get("/web/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: Text = ""):
        hits, problems, events, actors = [], [], [], []
        if q.strip():
            try:
                hits = store.search(q, limit=30)
            except BadQuery as error:
                problems.append(str(error))
            with store.engine.connect() as connection:
                events, _, _ = query_events(connection, EventFilters(q=q), limit=30)
                actors, _ = queries.actors(connection, q, None, 30, 0)
        return page(request, "search.html", q=q, hits=hits, events=events, actors=actors, problems=problems)
