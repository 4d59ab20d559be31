"""Store: open a database, add an article's results (deduplicated, merged), read events back."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Iterator

from sqlalchemy import and_, bindparam, create_engine, event as sa_event, insert, select, update
from sqlalchemy.engine import Connection, Engine

from rasd.errors import RasdError
from rasd.ingest.text import content_hash, similarity_key
from rasd.lexicons.load import read_tsv
from rasd.records import Article, Result
from rasd.store import merge
from rasd.store.schema import articles, counters, events, links, metadata

DEFAULT_URL = "sqlite:///rasd.db"


class StoreError(RasdError):
    """The database could not be opened or written."""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _iso3() -> dict[str, str]:
    return {r["iso2"]: r["iso3"] for r in read_tsv("countries.tsv", ("iso2",)) if r.get("iso3")}


# Statements are built once with bound parameters: building SQLAlchemy expressions per
# article cost more than running them.
_FIND_ARTICLE = select(articles.c.article_id).where(articles.c.content_hash == bindparam("h"))
_CANDIDATES = select(events).where(and_(
    events.c.merged_into.is_(None), events.c.event_type == bindparam("t"),
    events.c.event_date.between(bindparam("d0"), bindparam("d1")),
    events.c.latitude.between(bindparam("la0"), bindparam("la1")),
    events.c.longitude.between(bindparam("lo0"), bindparam("lo1"))))
_REPORTS = select(links.c.reported).where(links.c.event_id == bindparam("e"))
_UPDATE_EVENT = update(events).where(events.c.event_id == bindparam("e_id"))
_COUNTER = select(counters.c.next).where(counters.c.prefix == bindparam("p"))
_BUMP = update(counters).where(counters.c.prefix == bindparam("p_id"))


class Store:
    def __init__(self, engine: Engine):
        self.engine = engine
        self._iso3 = _iso3()

    # --- writing ---------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.article_id).where(
                articles.c.content_hash == content_hash)).first() is not None

    def add(self, article: Article, result: Result) -> list[str]:
        """Store one article and its events in one transaction; returns the event ids touched.

        An article already stored (same content hash) changes nothing: re-runs are idempotent.
        """
        chash = article.content_hash or content_hash(article.text)
        with self.engine.begin() as conn:  # all or nothing: a killed run leaves no partial article
            if conn.execute(_FIND_ARTICLE, {"h": chash}).first():
                return []
            conn.execute(insert(articles), dict(
                article_id=article.id, content_hash=chash,
                similarity_key=article.similarity_key or similarity_key(article.text),
                url=article.url, outlet=article.source, title=article.title, published=result.published,
                language=article.language, text=article.text, stored_at=_now()))
            touched = []
            for ev in result.events:
                if ev.event_date is None or ev.latitude is None:
                    continue  # cannot be placed in time or space: kept in the article's result only
                report = dataclasses.asdict(ev)
                report["_article"], report["_outlet"] = article.id, article.source or article.url
                touched.append(self._merge_or_insert(conn, report, article.id))
            return touched

    def _merge_or_insert(self, conn: Connection, report: dict, article_id: str) -> str:
        date = dt.date.fromisoformat(report["event_date"])
        # a coarse SQL prefilter (type, a month, a box around the place); same_event decides
        lat, lon, box = report["latitude"], report["longitude"], merge.DEG_BOX
        rows = conn.execute(_CANDIDATES, {
            "t": report["event_type"], "d0": date - dt.timedelta(days=31), "d1": date + dt.timedelta(days=31),
            "la0": lat - box, "la1": lat + box, "lo0": lon - box, "lo1": lon + box}).mappings().all()
        match = next((r for r in rows if merge.same_event(json.loads(r["record"]), report)), None)
        if match is None:
            event_id = self._next_id(conn, report)
            conn.execute(insert(events), dict(event_id=event_id,
                                              **self._columns(merge.combine([report]), event_id)))
            conn.execute(insert(links), dict(event_id=event_id, article_id=article_id,
                                             reported=merge.dumps(report)))
            return event_id
        event_id = match["event_id"]
        conn.execute(insert(links), dict(event_id=event_id, article_id=article_id, reported=merge.dumps(report)))
        reports = [json.loads(r) for r in conn.execute(_REPORTS, {"e": event_id}).scalars()]
        conn.execute(_UPDATE_EVENT, dict(e_id=event_id, **self._columns(merge.combine(reports), event_id)))
        return event_id

    def _columns(self, record: dict, event_id: str) -> dict:
        record = dict(record, event_id=event_id)
        return {
            "event_date": dt.date.fromisoformat(record["event_date"]),
            "time_precision": record["time_precision"], "event_type": record["event_type"],
            "sub_event_type": record["sub_event_type"], "actor1": record["actor1"], "actor2": record["actor2"],
            "iso": record["iso"], "country": record["country"], "admin1": record["admin1"],
            "location": record["location"], "latitude": record["latitude"], "longitude": record["longitude"],
            "geo_precision": record["geo_precision"], "fatalities": record["fatalities"],
            "confidence": record["confidence"], "record": merge.dumps(record), "timestamp": _now(),
        }

    def _next_id(self, conn: Connection, report: dict) -> str:
        """ACLED-style id (SYR12): a per-country counter, never reused."""
        prefix = self._prefix_for(report)
        row = conn.execute(_COUNTER, {"p": prefix}).first()
        n = row[0] if row else 1
        if row:
            conn.execute(_BUMP, {"p_id": prefix, "next": n + 1})
        else:
            conn.execute(insert(counters), {"prefix": prefix, "next": n + 1})
        return f"{prefix}{n}"

    def _prefix_for(self, report: dict) -> str:
        iso2 = report["event_id"][:2]  # extraction ids start with the place's ISO 3166 alpha-2
        return self._iso3.get(iso2, iso2)

    # --- reading ---------------------------------------------------------------------

    def events(self, *, country: str | None = None, since: str | None = None,
               until: str | None = None, event_type: str | None = None) -> Iterator[dict]:
        q = select(events.c.record, events.c.timestamp).where(events.c.merged_into.is_(None))
        if country:
            q = q.where(events.c.country == country)
        if event_type:
            q = q.where(events.c.event_type == event_type)
        if since:
            q = q.where(events.c.event_date >= dt.date.fromisoformat(since))
        if until:
            q = q.where(events.c.event_date <= dt.date.fromisoformat(until))
        with self.engine.connect() as conn:
            for record, stamp in conn.execute(q.order_by(events.c.event_date, events.c.event_id)):
                yield dict(json.loads(record), timestamp=stamp)

    def explain(self, event_id: str) -> dict:
        """An event with every article that reported it, their own readings and evidence."""
        with self.engine.connect() as conn:
            row = conn.execute(select(events.c.record, events.c.merged_into, events.c.timestamp)
                               .where(events.c.event_id == event_id)).first()
            if row is None:
                raise StoreError(f"no event {event_id!r} in the store; list ids with 'rasd export'")
            reports = conn.execute(
                select(links.c.article_id, links.c.reported, articles.c.outlet, articles.c.url)
                .join(articles, articles.c.article_id == links.c.article_id)
                .where(links.c.event_id == event_id)).all()
        return {"event": json.loads(row[0]), "merged_into": row[1], "timestamp": row[2],
                "reports": [{"article_id": a, "outlet": o, "url": u, "reading": json.loads(r)}
                            for a, r, o, u in reports]}

    def changes(self, since: str) -> Iterator[dict]:
        """Events created, updated or merged away after ``since`` (ISO UTC), oldest change first."""
        q = (select(events.c.event_id, events.c.merged_into, events.c.timestamp)
             .where(events.c.timestamp > since).order_by(events.c.timestamp))
        with self.engine.connect() as conn:
            for event_id, merged_into, stamp in conn.execute(q):
                yield {"event_id": event_id, "change": "merged" if merged_into else "upserted",
                       "merged_into": merged_into, "timestamp": stamp}

    def sources_of(self, event_id: str) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(links.c.article_id).where(links.c.event_id == event_id)).scalars())

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for name, t in (("articles", articles), ("events", events), ("links", links))}


def open_store(url: str = DEFAULT_URL) -> Store:
    try:
        engine = create_engine(url)
    except Exception as exc:  # an unusable URL: say which
        raise StoreError(f"database URL {url!r} is not usable: {exc}") from exc
    if engine.dialect.name == "sqlite":
        @sa_event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
    metadata.create_all(engine)
    return Store(engine)
