"""The HTTP API and web UI: every HTML page has a JSON twin at the same path + `.json`.

Both come from the same call into `wirecode.web.queries`; the HTML page renders that result
with a Jinja template (autoescaped), the twin returns it as JSON. The database is opened
read-only. Errors answer 4xx with a one-line message (HTML or JSON), never a stack trace.
"""

import logging
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from wirecode.web import queries as q
from wirecode.web.queries import BadParameter, NotFound, Queries

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
STATIC = HERE / "static"
VIS_TIMELINE = "vis-timeline-8.5.4.Apache-2.0-OR-MIT.min.js"
VIS_NETWORK = "vis-network-10.1.5.Apache-2.0-OR-MIT.min.js"
LEAFLET = "leaflet-1.9.4.BSD-2-Clause"  # .min.js and .css
TOPOJSON = "topojson-client-3.1.0.ISC.min.js"
WORLD = "world-atlas-2.0.2.countries-110m.ISC.json"  # Natural Earth outlines, public domain
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)

Text = Annotated[str | None, Query(max_length=q.MAX_TEXT)]
Limit = Annotated[int, Query(ge=1, le=q.MAX_LIMIT, description="Events per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Events to skip.")]
MinSources = Annotated[
    str | None, Query(max_length=8, description="Minimum number of sources (whole number).")
]
Id = Annotated[str, Query(max_length=200)]


def _wants_json(request: Request) -> bool:
    """The path says it (`.json`); writes (POST, DELETE, …) are JSON-only. `Accept` is not
    consulted: a page and its twin answer the same whatever the client says it accepts."""
    return request.url.path.endswith(".json") or request.method not in ("GET", "HEAD")


class _RawRequests:
    """What the routes cannot take as it comes: a query string that is not UTF-8 (Starlette
    would fail reading it: a 500) answers 400; HEAD is answered as GET, without the body."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        try:
            scope["query_string"].decode("utf-8")
        except UnicodeDecodeError:
            message = "the query string is not UTF-8: percent-encode it"
            response = JSONResponse({"error": message, "status": 400}, status_code=400)
            return await response(scope, receive, send)
        if scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def without_body(message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


def create_app(db: str | Path, *, access=None) -> FastAPI:
    """The application serving the database at `db` (read-only unless `access` is a
    writable `wirecode.auth.Access`, which also says whether reads need the token)."""
    from wirecode.auth import Access

    access = access or Access()
    queries = Queries(db)
    app = FastAPI(
        title="wirecode",
        summary="Sourced, deduplicated, dated political events: timeline, network, evidence.",
        version=_version(),
    )
    app.state.queries = queries
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(
        vis_timeline=VIS_TIMELINE,
        vis_network=VIS_NETWORK,
        leaflet=LEAFLET,
        topojson=TOPOJSON,
        world=WORLD,
        event_types=q.EVENT_TYPES,
        statuses=q.STATUSES,
        label=q.event_label,
    )
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    def page(request: Request, template: str, data: dict, **extra) -> HTMLResponse:
        return templates.TemplateResponse(request, template, {"data": data, **extra})

    @app.middleware("http")  # issue 10: writes need the token, reads too when private
    async def token_check(request: Request, call_next):
        refused = access.allows(request.method, request.headers.get("authorization"))
        if refused is None:
            return await call_next(request)
        status, message = refused
        headers = {"WWW-Authenticate": 'Bearer realm="wirecode"'} if status == 401 else {}
        return JSONResponse({"error": message, "status": status}, status, headers=headers)

    if access.writable:
        from wirecode.corrections import CorrectionError
        from wirecode.web.writes import add_write_routes

        add_write_routes(app, db)

        @app.exception_handler(CorrectionError)
        async def bad_correction(request: Request, exc: CorrectionError):
            return JSONResponse({"error": str(exc), "status": 400}, status_code=400)

    app.add_middleware(_RawRequests)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def error(request: Request, status: int, message: str):
        if _wants_json(request):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message}, status_code=status
        )

    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, exc: BadParameter):
        return error(request, 400, str(exc))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return error(request, 404, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        messages = []
        for problem in exc.errors():
            name = ".".join(str(p) for p in problem.get("loc", ())[1:]) or "request"
            value = str(problem.get("input", ""))[:40]
            messages.append(f"{name}: {problem.get('msg', 'invalid')} (got {value!r})")
        return error(request, 400, "; ".join(messages))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        message = "no such page: try /timeline" if exc.status_code == 404 else str(exc.detail)
        return error(request, exc.status_code, message)

    @app.exception_handler(OverflowError)  # a whole number too large for SQLite (64-bit)
    async def too_large(request: Request, exc: OverflowError):
        return error(request, 400, "a number in the request is too large")

    # -- overview ------------------------------------------------------------------------
    @app.get("/.json", include_in_schema=False)
    @app.get("/index.json", summary="Counts, span of dates, event types and documents")
    def index_json():
        return JSONResponse(queries.overview())

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request):
        return page(request, "index.html", queries.overview())

    # -- timeline ------------------------------------------------------------------------
    def timeline_data(
        actor: Text = None,
        with_: Annotated[str | None, Query(alias="with", max_length=q.MAX_TEXT)] = None,
        event: Text = None,
        status: Text = None,
        since: Text = None,
        until: Text = None,
        min_sources: MinSources = None,
        q_: Annotated[
            str | None, Query(alias="q", max_length=q.MAX_TEXT, description="Full-text search")
        ] = None,
        limit: Limit = q.DEFAULT_LIMIT,
        offset: Offset = 0,
        place: Annotated[
            str | None,
            Query(max_length=q.MAX_TEXT, description="Event's place, or its country (name/code)"),
        ] = None,
    ) -> dict:
        filters = q.check_filters(
            actor=actor,
            with_actor=with_,
            event=event,
            status=status,
            since=since,
            until=until,
            min_sources=min_sources,
            q=q_,
            place=place,
        )
        limit, offset = q.check_page(limit, offset)
        return queries.timeline(filters, limit=limit, offset=offset)

    @app.get("/timeline.json", summary="Events in time order, filtered and paginated")
    def timeline_json(data: Annotated[dict, Depends(timeline_data)]):
        return JSONResponse(data)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline(
        request: Request,
        data: Annotated[dict, Depends(timeline_data)],
        group: Annotated[str, Query(pattern="^(pair|type)$")] = "pair",
    ):
        names = queries.actor_names()
        return page(request, "timeline.html", data, group=group, actor_names=names)

    # -- graph ---------------------------------------------------------------------------
    def graph_data(
        actor: Text = None,
        event: Text = None,
        status: Text = None,
        since: Text = None,
        until: Text = None,
        min_sources: MinSources = None,
    ) -> dict:
        filters = q.check_filters(
            actor=actor,
            event=event,
            status=status,
            since=since,
            until=until,
            min_sources=min_sources,
        )
        return queries.graph(filters)

    @app.get("/graph.json", summary="Actors as nodes, contacts as weighted edges")
    def graph_json(data: Annotated[dict, Depends(graph_data)]):
        return JSONResponse(data)

    @app.get("/graph", response_class=HTMLResponse, include_in_schema=False)
    def graph(request: Request, data: Annotated[dict, Depends(graph_data)]):
        return page(request, "graph.html", data)

    # -- map (issue 9) ----------------------------------------------------------------------
    def map_data(
        actor: Text = None,
        event: Text = None,
        status: Text = None,
        since: Text = None,
        until: Text = None,
        min_sources: MinSources = None,
        place: Text = None,
    ) -> dict:
        filters = q.check_filters(
            actor=actor,
            event=event,
            status=status,
            since=since,
            until=until,
            min_sources=min_sources,
            place=place,
        )
        return queries.map(filters)

    @app.get("/map.json", summary="Places with the events that happened there")
    def map_json(data: Annotated[dict, Depends(map_data)]):
        return JSONResponse(data)

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request, data: Annotated[dict, Depends(map_data)]):
        return page(request, "map.html", data)

    # -- events, actors, documents -----------------------------------------------------------
    @app.get("/events/{event_id}.json", summary="One event with every source sentence")
    def event_json(event_id: str):
        return JSONResponse(jsonable_encoder(queries.event(event_id)))

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str):
        return page(request, "event.html", queries.event(event_id))

    def actors_data(name: Text = None, limit: Limit = q.DEFAULT_LIMIT, offset: Offset = 0) -> dict:
        return queries.actors(name=name, limit=limit, offset=offset)

    @app.get("/actors.json", summary="Actors with their numbers of events")
    def actors_json(data: Annotated[dict, Depends(actors_data)]):
        return JSONResponse(data)

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, data: Annotated[dict, Depends(actors_data)]):
        return page(request, "actors.html", data)

    @app.get("/actors/{actor_id}.json", summary="One actor: events over time, counterparts")
    def actor_json(actor_id: str):
        return JSONResponse(queries.actor(actor_id))

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, actor_id: str):
        return page(request, "actor.html", queries.actor(actor_id))

    @app.get("/documents/{document_id}.json", summary="One article with its events in place")
    def document_json(document_id: str):
        return JSONResponse(jsonable_encoder(queries.document(document_id)))

    @app.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, document_id: str):
        return page(request, "document.html", queries.document(document_id))

    return app


def _version() -> str:
    from wirecode import __version__

    return __version__
