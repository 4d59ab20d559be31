"""`rasd serve`: the REST API and the web map over an event store.

Read-only unless started with a token; then POST /articles (with that token) ingests articles
or URLs. Every filter goes through store/query.py as bound parameters; unusable values are
a 400, never a 500.
"""
from __future__ import annotations

import datetime as dt
import functools
import gzip
import html
import json
import secrets
from importlib import resources
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles

from rasd.errors import RasdError
from rasd.store import Store
from rasd.store.alerts import compute_alerts
from rasd.store.db import NotFound
from rasd.store.export import CHUNKS
from rasd.store.query import MAX_TEXT, EventQuery, QueryError

STATIC = Path(__file__).parent / "static"
MAX_BODY = 2_000_000  # bytes a POST may carry
MAX_POST_ARTICLES = 200
PAGE_MAX = 1000


def vendor_dirs() -> dict[str, Path]:
    """Leaflet and its marker-cluster plugin (XStatic) and the API docs' Swagger UI and ReDoc
    (fastapi-offline), all from PyPI packages: the page and the docs need no internet."""
    import fastapi_offline
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as cluster
    return {"leaflet": Path(leaflet.BASE_DIR), "markercluster": Path(cluster.BASE_DIR),
            "apidocs": Path(fastapi_offline.__file__).parent / "static"}


def create_app(store: Store, *, token: str | None = None, tiles: str | None = None) -> FastAPI:
    from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html

    app = FastAPI(title="rasd", version="0.1", docs_url=None, redoc_url=None,
                  description="Events read from Arabic news, coded the way ACLED codes them.")
    for name, path in vendor_dirs().items():
        app.mount(f"/vendor/{name}", StaticFiles(directory=path), name=name)

    @app.get("/docs", include_in_schema=False)
    def swagger_docs():
        return get_swagger_ui_html(openapi_url="/openapi.json", title="rasd API",
                                   swagger_js_url="/vendor/apidocs/swagger-ui-bundle.js",
                                   swagger_css_url="/vendor/apidocs/swagger-ui.css",
                                   swagger_favicon_url="/vendor/apidocs/favicon.png")

    @app.get("/redoc", include_in_schema=False)
    def redoc_docs():
        return get_redoc_html(openapi_url="/openapi.json", title="rasd API",
                              redoc_js_url="/vendor/apidocs/redoc.standalone.js",
                              redoc_favicon_url="/vendor/apidocs/favicon.png", with_google_fonts=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(QueryError)
    async def bad_query(_request: Request, exc: QueryError):
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(_request: Request, exc: RequestValidationError):
        # one error shape for every unusable parameter: 400 with a sentence, as for the filters
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
        return JSONResponse({"detail": "; ".join(parts) or "invalid request"}, status_code=400)

    @app.exception_handler(NotFound)
    async def not_found(_request: Request, exc: NotFound):
        return JSONResponse({"detail": str(exc)}, status_code=404)

    page_policy = content_policy(tiles)

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return JSONResponse({"detail": f"request body over {MAX_BODY} bytes"}, status_code=413)
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        # the API docs start Swagger UI from an inline script: their own, looser policy, which
        # still keeps every request on this server (ReDoc's footer logo would come from a CDN)
        policy = DOCS_POLICY if request.url.path in ("/docs", "/redoc") else page_policy
        response.headers.setdefault("Content-Security-Policy", policy)
        return response

    def filters(
        country: str | None = Query(None, max_length=MAX_TEXT, description="English name, e.g. Syria"),
        admin1: str | None = Query(None, max_length=MAX_TEXT),
        event_type: str | None = Query(None, alias="type", max_length=MAX_TEXT, description="ACLED event_type"),
        sub_event_type: str | None = Query(None, alias="sub_type", max_length=MAX_TEXT,
                                           description="ACLED sub_event_type"),
        actor: str | None = Query(None, max_length=MAX_TEXT, description="ACLED actor name"),
        since: str | None = Query(None, max_length=10, description="YYYY-MM-DD"),
        until: str | None = Query(None, max_length=10, description="YYYY-MM-DD"),
        bbox: str | None = Query(None, max_length=100, description="west,south,east,north"),
        q: str | None = Query(None, max_length=MAX_TEXT, description="words in the notes"),
    ) -> dict:
        return dict(country=country, admin1=admin1, event_type=event_type, sub_event_type=sub_event_type,
                    actor=actor, since=since, until=until, bbox=bbox, text=q)

    def event_query(given: dict = Depends(filters)) -> EventQuery:
        return EventQuery.parse(**given)

    def paged_query(given: dict = Depends(filters),
                    cursor: str | None = Query(None, max_length=400, description="next_cursor of the last page"),
                    sort: str = Query("date", pattern="^-?date$", description="date or -date")) -> EventQuery:
        return EventQuery.parse(**given, cursor=cursor, descending=sort == "-date")

    @app.get("/events", summary="Events matching the filters, a page at a time")
    def list_events(query: EventQuery = Depends(paged_query),
                    limit: int = Query(100, ge=1, le=PAGE_MAX), evidence: bool = False):
        page, next_cursor = store.page(query, limit)
        if not evidence:
            for e in page:
                e.pop("evidence", None)
        # plain JSON records: FastAPI's generic encoder walked every field (a third of the time)
        return Response(json.dumps({"events": page, "next_cursor": next_cursor}, ensure_ascii=False),
                        media_type="application/json")

    @app.get("/events/{event_id}", summary="One event with its sources, articles, evidence and denials")
    def get_event(event_id: str):
        info = store.explain(event_id[:64])
        event = info["event"]
        return {"event": event, "merged_into": info["merged_into"], "timestamp": info["timestamp"],
                "denied_by": event.get("denied_by", []),
                "fatalities_reported": event.get("fatalities_reported", []),
                "reports": info["reports"]}

    # ":path": an article's id is often its URL, and "%2F" reaches the router as "/"
    @app.get("/articles/{article_id:path}", summary="An article's text with its evidence spans highlighted")
    def get_article(article_id: str):
        article = store.article(article_id[:200])
        spans = [{"start": s, "end": e, "field": field, "event_id": ev["event_id"]}
                 for ev in article["events"] for field, items in ev["evidence"].items()
                 for s, e, _quoted in items]
        article["spans"] = spans
        article["highlighted_html"] = highlight(article["text"], spans)
        return article

    @app.get("/actors", summary="Actor names in the store matching what one typed (English, or Arabic as "
                                "the articles name them), most frequent first")
    def actors(q: str = Query("", max_length=MAX_TEXT), limit: int = Query(20, ge=1, le=200)):
        return {"actors": [{"name": name, "events": n} for name, n in match_actors(store.actor_counts(), q)[:limit]]}

    @app.get("/stats", summary="Counts and fatalities per day, month, country, admin1 and type")
    def stats(query: EventQuery = Depends(event_query)):
        return store.stats(query)

    @app.get("/alerts", summary="New actors in a region, and weeks well above the four before")
    def alerts(until: str | None = Query(None, max_length=10),
               country: str | None = Query(None, max_length=MAX_TEXT),
               admin1: str | None = Query(None, max_length=MAX_TEXT)):
        query = EventQuery.parse(until=until, country=country, admin1=admin1)
        found = compute_alerts(store.engine, query.until)
        return {"alerts": [a.as_dict() for a in found if (not query.country or a.country == query.country)
                           and (not query.admin1 or a.admin1 == query.admin1)]}

    def export(fmt: str, media: str, query: EventQuery, filename: str):
        return StreamingResponse(CHUNKS[fmt](store.events(query)), media_type=media,
                                 headers={"Content-Disposition": f'attachment; filename="{filename}"'})

    @app.get("/export.csv", summary="ACLED-style CSV of the filtered events (streamed)")
    def export_csv(query: EventQuery = Depends(event_query)):
        return export("acled-csv", "text/csv; charset=utf-8", query, "rasd-events.csv")

    @app.get("/export.geojson", summary="GeoJSON of the filtered events (streamed)")
    def export_geojson(query: EventQuery = Depends(event_query)):
        return export("geojson", "application/geo+json", query, "rasd-events.geojson")

    @app.post("/articles", summary="Ingest articles or URLs (only when the server has a token)")
    async def post_articles(request: Request, authorization: str | None = Header(None)):
        if token is None:
            raise HTTPException(403, "this server is read-only (start it with --token to accept articles)")
        # as bytes: compare_digest refuses str with non-ASCII characters (a header anyone can send)
        if not authorization or not secrets.compare_digest(
                authorization.encode("utf-8", "surrogateescape"), f"Bearer {token}".encode("utf-8")):
            raise HTTPException(401, "a valid 'Authorization: Bearer TOKEN' header is required")
        body = bytearray()
        async for chunk in request.stream():  # a chunked body has no Content-Length to check first
            body += chunk
            if len(body) > MAX_BODY:
                raise HTTPException(413, f"request body over {MAX_BODY} bytes")
        try:
            payload = json.loads(bytes(body))
        except (ValueError, RecursionError):
            raise HTTPException(400, "body is not JSON (or nested too deeply)") from None
        return ingest_payload(store, payload)

    @app.get("/basemap.geojson", include_in_schema=False)
    def basemap():
        data = resources.files("rasd").joinpath("data/basemap.geojson.gz").read_bytes()
        return Response(gzip.decompress(data), media_type="application/geo+json")

    @app.get("/config.json", include_in_schema=False)
    def config():
        return {"tiles": tiles, "writable": token is not None}

    @app.get("/", include_in_schema=False, response_class=HTMLResponse)
    def index():
        return FileResponse(STATIC / "index.html")

    return app


DOCS_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'")


def match_actors(counts: list[tuple[str, int]], typed: str) -> list[tuple[str, int]]:
    """Stored actor names that contain what was typed ("hamas" -> "Hamas Movement"), or that an
    Arabic name in the actor lexicon stands for ("الحوثي" -> the Houthis' ACLED name)."""
    from rasd.text.normalize import norm
    text = typed.strip().lower()
    if not text:
        return counts
    wanted = [kv for kv in counts if text in kv[0].lower()]
    arabic = norm(typed.strip())
    if arabic and any("\u0600" <= ch <= "\u06ff" for ch in arabic):
        stems = {stem for surface, stem in _actor_stems() if arabic in surface}
        wanted += [kv for kv in counts if kv not in wanted and any(kv[0].startswith(s) for s in stems)]
    return wanted


@functools.cache
def _actor_stems() -> tuple[tuple[str, str], ...]:
    """(normalised Arabic surface, the start of the ACLED names it stands for), from actors.tsv."""
    from rasd.lexicons.load import load_lexicons, read_tsv
    from rasd.text.normalize import norm
    lex = load_lexicons()
    state = {"MIL": "Military Forces of", "POL": "Police Forces of", "GOV": "Government of"}
    out = []
    for r in read_tsv("actors.tsv", ("surface", "key")):
        key = r["key"].partition("@")[0]
        stem = (lex.actor_names[key][0].split("{country}")[0].split(" (")[0] if key in lex.actor_names
                else state.get(key, ""))
        if stem:
            out.append((norm(r["surface"]), stem))
    return tuple(out)


def content_policy(tiles: str | None) -> str:
    """The page's Content-Security-Policy: its own scripts only; inline styles (Leaflet positions
    its layers with them); images from itself, data: URLs and the tile server when one is set."""
    images = "'self' data:"
    if tiles:
        from urllib.parse import urlsplit
        parts = urlsplit(tiles.replace("{s}", "a"))
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tiles else parts.netloc
        images += f" {parts.scheme}://{host}"
    return (f"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src {images}; "
            "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")


def highlight(text: str, spans: list[dict]) -> str:
    """The text as HTML, evidence spans in <mark>; everything else escaped."""
    cuts = sorted({(s["start"], s["end"], s["field"]) for s in spans if 0 <= s["start"] < s["end"] <= len(text)})
    out, at = [], 0
    for start, end, field in cuts:
        if start < at:
            continue  # overlapping spans: the first one wins
        out.append(html.escape(text[at:start]))
        out.append(f'<mark class="ev-{html.escape(field)}" title="{html.escape(field)}">'
                   f"{html.escape(text[start:end])}</mark>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def ingest_payload(store: Store, payload) -> dict:
    """{"articles": [{id, text, published?, ...}]} or {"urls": [...]}: read, extract, store."""
    from rasd.ingest import IngestReport, ingest
    from rasd.jsonl import article_from_dict
    from rasd.pipeline import extract, load_resources

    if not isinstance(payload, dict) or not ({"articles", "urls"} & set(payload)):
        raise HTTPException(400, 'expected {"articles": [...]} or {"urls": [...]}')
    raw_articles, urls = payload.get("articles") or [], payload.get("urls") or []
    if not isinstance(raw_articles, list) or not isinstance(urls, list) or \
            len(raw_articles) + len(urls) > MAX_POST_ARTICLES:
        raise HTTPException(400, f"articles and urls must be lists of at most {MAX_POST_ARTICLES} in all")
    errors: list[str] = []
    articles = []
    for n, d in enumerate(raw_articles):
        try:
            articles.append(article_from_dict(d, f"articles[{n}]"))
        except Exception as exc:  # noqa: BLE001 - a bad item is reported, the others go on
            errors.append(str(exc))
    report = IngestReport()
    if urls:
        if not all(isinstance(u, str) and u.startswith(("http://", "https://")) for u in urls):
            raise HTTPException(400, "urls must be http(s) URLs")
        articles += list(ingest(urls, report))
        errors += report.errors
    res = load_resources()
    read = []
    for a in articles:
        try:
            read.append((a, extract(a, res)))
        except RasdError as exc:
            errors.append(str(exc))
    skipped: list[str] = []
    touched = store.add_many(read, skipped)
    errors += skipped
    return {"articles": len(articles), "events": touched, "errors": errors,
            "received_at": dt.datetime.now(dt.timezone.utc).isoformat()}


def app_from_environment() -> FastAPI:
    """The app for each worker process of ``rasd serve --workers N`` (uvicorn imports it by name;
    the settings travel in the environment)."""
    import os

    from rasd.store import open_store
    return create_app(open_store(os.environ["RASD_SERVE_DB"]), token=os.environ.get("RASD_SERVE_TOKEN") or None,
                      tiles=os.environ.get("RASD_SERVE_TILES") or None)


def serve(db: str, host: str, port: int, token: str | None, tiles: str | None, workers: int = 1) -> None:
    import os
    import socket

    import uvicorn

    from rasd.store import open_store
    store = open_store(db)  # creates or upgrades the schema once, before any worker starts
    with socket.socket() as probe:  # say so now, not after printing a URL that will not answer
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise RasdError(f"cannot serve on {host}:{port}: {exc.strerror or exc}; choose another --port") from None
    print(f"rasd: serving the map at http://{host}:{port}/  (API docs at http://{host}:{port}/docs)"
          + (f" with {workers} worker processes" if workers > 1 else ""), flush=True)
    if workers <= 1:
        uvicorn.run(create_app(store, token=token, tiles=tiles), host=host, port=port, log_level="warning")
        return
    os.environ.update({"RASD_SERVE_DB": db, "RASD_SERVE_TOKEN": token or "", "RASD_SERVE_TILES": tiles or ""})
    uvicorn.run("rasd.serve.api:app_from_environment", factory=True, host=host, port=port, workers=workers,
                log_level="warning")
