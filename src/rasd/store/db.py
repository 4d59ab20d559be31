"""Store: open a database, add an article's results (deduplicated, merged), read events back."""
from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from contextlib import contextmanager
from typing import Iterator

from pathlib import Path
from typing import Iterable

from alembic import command as alembic_command
from alembic.config import Config as AlembicConfig
from sqlalchemy import (String, bindparam, create_engine, delete, event as sa_event, func, insert,
                        inspect, select, text, update)
from sqlalchemy.engine import Connection, Engine

from rasd.errors import RasdError
from rasd.ingest.text import content_hash, similarity_key
from rasd.lexicons.load import read_tsv
from rasd.records import Article, Event, Result
from rasd.store import merge, search
from rasd.store.query import EventQuery, encode_cursor
from rasd.store.schema import DEFERRABLE_INDEXES, articles, counters, events, links

DEFAULT_URL = "sqlite:///rasd.db"


class StoreError(RasdError):
    """The database could not be opened or written."""


class NotFound(StoreError):
    """No event or article with that id."""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _iso3() -> dict[str, str]:
    from rasd.lexicons.load import world_countries
    return {r["iso2"]: r["iso3"] for r in world_countries() + list(read_tsv("countries.tsv", ("iso2",)))
            if r.get("iso3")}


# Statements are built once with bound parameters: building SQLAlchemy expressions per
# article cost more than running them.
_FIND_ARTICLE = select(articles.c.article_id).where(articles.c.content_hash == bindparam("h"))
_FIND_ARTICLES = select(articles.c.content_hash).where(
    articles.c.content_hash.in_(bindparam("hs", expanding=True)))
_FIND_IDS = select(articles.c.article_id).where(articles.c.article_id.in_(bindparam("ids", expanding=True)))
# The merge lookup: one statement per batch finds the stored candidates of every report (a
# round trip per report was most of PostgreSQL's insert time). Each probe is one report and one
# grid cell near its place (merge.cells_near). It reads only the columns merge.same_event
# compares, not the JSON record, and its index (cell, type, date, precision) skips day-dated
# candidates outside the report's own window without reading their rows: 136 -> 52 us a
# lookup at 50k events. (A sub-type term made SQLite pick the sub-type index over that one,
# 4.5 ms a lookup: same_event compares sub-types instead.)
_CANDIDATE_COLUMNS = ("event_id", "event_type", "sub_event_type", "event_date", "time_precision",
                      "latitude", "longitude", "location", "country", "admin1", "geo_precision", "actor1",
                      "actor2", "fatalities", "retold")
_CANDIDATES_WHERE = ("e.cell = p.cell AND e.event_type = p.event_type "
                     "AND e.event_date BETWEEN p.d0 AND p.d1 "
                     "AND (e.time_precision > 1 OR e.event_date BETWEEN p.n0 AND p.n1) "
                     "AND e.merged_into IS NULL")


def _probe_statements(probe_columns: tuple[tuple[str, str], ...], where: str) -> tuple[str, str]:
    """The stored candidates of a batch of probes (one row each: k, the report's index, then
    its keys), for SQLite and for PostgreSQL. Both read the probes from one JSON array: building
    PostgreSQL arrays of them in Python cost a fifth of its insert time (psycopg's list dumper;
    bench/store_scale.py). PostgreSQL guesses 100 rows for a JSON array and then hashes the whole
    events table: a LATERAL subquery (kept apart by OFFSET 0, which the planner does not
    flatten) probes the index once a probe, whatever the guess."""
    columns = ", ".join(f"e.{c}" for c in _CANDIDATE_COLUMNS)
    sqlite = (f"SELECT p.k, {columns} FROM (SELECT " + ", ".join(
        f"json_extract(value, '$[{i}]') AS {name}" for i, (name, _) in enumerate(probe_columns))
        + " FROM json_each(?)) AS p JOIN events AS e ON " + where)
    postgres = ("SELECT p.k, e.* FROM (SELECT " + ", ".join(
        f"(v->>{i})::{kind} AS {name}" for i, (name, kind) in enumerate(probe_columns))
        + f" FROM json_array_elements(%s::json) AS v) AS p CROSS JOIN LATERAL (SELECT {columns} "
        + f"FROM events AS e WHERE {where} OFFSET 0) AS e")
    return sqlite, postgres


# the grid-cell lookup: cells near the report's place, its type, the widest date window, and
# its own window for events dated to the day
_NEARBY_EVENTS = _probe_statements(
    (("k", "int"), ("cell", "int"), ("event_type", "text"), ("d0", "date"), ("d1", "date"), ("n0", "date"),
     ("n1", "date")), _CANDIDATES_WHERE)
# The region lookups (merge.same_region), within the report's own date window: a town's report
# probes the province-level events of its province (the partial index events_region_lookup:
# its "geo_precision = 3" must be written out for the planners to use it); a province-level
# report every event of its province (events_admin1_date).
_REGION_PROBE_COLUMNS = (("k", "int"), ("admin1", "text"), ("event_type", "text"), ("n0", "date"), ("n1", "date"))
_REGION_WHERE = ("e.admin1 = p.admin1 AND e.event_type = p.event_type AND e.event_date BETWEEN p.n0 AND p.n1 "
                 "AND e.merged_into IS NULL")
_PROVINCE_EVENTS = _probe_statements(_REGION_PROBE_COLUMNS,
                                     _REGION_WHERE + f" AND e.geo_precision = {merge.REGION_PRECISION}")
_EVENTS_IN_PROVINCE = _probe_statements(_REGION_PROBE_COLUMNS, _REGION_WHERE)
_UPDATE_EVENT = update(events).where(events.c.event_id == bindparam("e_id"))
_COUNTER = select(counters.c.next).where(counters.c.prefix == bindparam("p"))
_BUMP = update(counters).where(counters.c.prefix == bindparam("p_id"))


_SHIPPED = object()


class Store:
    def __init__(self, engine: Engine, merge_model=_SHIPPED):
        self.engine = engine
        # the learned merge score (store/merge.py), None for the hand rule
        self.merge_model = merge.merge_model() if merge_model is _SHIPPED else merge_model
        self.dialect = engine.dialect.name
        self._iso3 = _iso3()
        self._added, self._rows_at_analyze = 0, None  # see _keep_statistics

    # --- writing ---------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(_FIND_ARTICLE, {"h": content_hash}).first() is not None

    def add(self, article: Article, result: Result) -> list[str]:
        """Store one article and its events in one transaction; returns the event ids touched.

        An article already stored (same content hash) changes nothing: re-runs are idempotent.
        """
        return self.add_many([(article, result)])

    def add_many(self, items: Iterable[tuple[Article, Result]], skipped: list[str] | None = None,
                 duplicates: list[str] | None = None) -> list[str]:
        """Store a batch of articles and their events in one transaction (all or nothing: a
        killed run leaves no partial batch); returns the event ids touched.

        Articles already stored, or repeated within the batch, are skipped. An id already used by
        another text (in the store or earlier in the batch) is skipped with a line in ``skipped``:
        ids are how events point at their sources, so one is never given to two texts. The ids of
        articles whose text is already stored (an outlet publishing one text under two ids) go in
        ``duplicates``."""
        items = list(items)
        if not items:
            return []
        with self.engine.begin() as conn:
            batch = _Batch(self, conn)
            touched = batch.write(items)
            if skipped is not None:
                skipped.extend(batch.skipped)
            if duplicates is not None:
                duplicates.extend(batch.duplicates)
        self._keep_statistics(len(batch.new))
        return touched

    @contextmanager
    def bulk_load(self):
        """A long load (a batch run's merge, a million events): the query indexes are dropped
        for its duration and built once at its end, instead of taking every insert at a random
        place (the dates of news from years of archives arrive in any order). Readers of the
        store meanwhile get their answers slowly; a load killed midway gets its indexes back the
        next time the store is opened."""
        with self.engine.begin() as conn:
            for ix in DEFERRABLE_INDEXES:
                ix.drop(conn, checkfirst=True)
        try:
            yield self
        finally:
            with self.engine.begin() as conn:
                _create_missing_indexes(conn)

    def _keep_statistics(self, added: int) -> None:
        """PostgreSQL plans with statistics that a bulk load outgrows before autovacuum catches
        up; the merge lookup then scans the date index (45 ms a report instead of 0.1 ms). So
        the tables are analysed whenever the events table has grown by half since."""
        if self.engine.dialect.name != "postgresql":
            return  # SQLite's planner goes by the indexes alone
        self._added += added
        if self._rows_at_analyze is None:
            with self.engine.connect() as conn:
                self._rows_at_analyze = max(0, conn.execute(
                    text("SELECT reltuples FROM pg_class WHERE relname = 'events'")).scalar() or 0)
        if self._added > max(1000, self._rows_at_analyze // 2):
            with self.engine.begin() as conn:
                for table in ("events", "event_articles", "articles"):
                    conn.execute(text(f"ANALYZE {table}"))
            self._rows_at_analyze += self._added
            self._added = 0

    # --- reading ---------------------------------------------------------------------

    def events(self, query: EventQuery | None = None, **filters) -> Iterator[dict]:
        """Every event the query selects, oldest first (``filters`` as for EventQuery.parse)."""
        query = query or EventQuery.parse(**filters)
        q = select(events.c.record, events.c.timestamp).where(*query.where(self.dialect)).order_by(*query.order())
        with self.engine.connect() as conn:
            for record, stamp in conn.execute(q):
                yield dict(merge.loads(record), timestamp=stamp)

    def page(self, query: EventQuery, limit: int) -> tuple[list[dict], str | None]:
        """One page of events and the cursor of the next page (None on the last page)."""
        # the ids first, then their records: sorting narrow rows, not whole records, is what
        # keeps a page fast when thousands of events match (bench/api_latency.py)
        ids = (select(events.c.event_id).where(*query.where(self.dialect)).order_by(*query.order())
               .limit(limit + 1).scalar_subquery())
        q = select(events.c.record, events.c.timestamp).where(events.c.event_id.in_(ids)).order_by(*query.order())
        with self.engine.connect() as conn:
            rows = [dict(merge.loads(r), timestamp=t) for r, t in conn.execute(q)]
        more = len(rows) > limit
        rows = rows[:limit]
        return rows, encode_cursor(rows[-1]["event_date"], rows[-1]["event_id"]) if more else None

    def stats(self, query: EventQuery | None = None) -> dict[str, list[dict]]:
        """Counts and fatalities per day, month, country, admin1 and type for the selected events."""
        query = query or EventQuery()
        c = events.c
        month = func.substr(func.cast(c.event_date, String), 1, 7)
        groups = {"day": [c.event_date], "month": [month], "country": [c.country],
                  "admin1": [c.country, c.admin1], "event_type": [c.event_type]}
        out: dict[str, list[dict]] = {}
        with self.engine.connect() as conn:
            for name, keys in groups.items():
                q = (select(*keys, func.count(), func.coalesce(func.sum(c.fatalities), 0))
                     .where(*query.where(self.dialect)).group_by(*keys).order_by(*keys))
                out[name] = [{"key": " / ".join(str(k) for k in row[:-2]), "events": row[-2],
                              "fatalities": int(row[-1])} for row in conn.execute(q)]
        return out

    def article(self, article_id: str) -> dict:
        """A stored article with the evidence spans of every event it reported."""
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.article_id == article_id)).mappings().first()
            if row is None:
                raise NotFound(f"no article {article_id!r} in the store")
            reports = conn.execute(select(links.c.event_id, links.c.reported)
                                   .where(links.c.article_id == article_id)).all()
        out = dict(row)
        out["published"] = out["published"].isoformat() if out["published"] else None
        out["events"] = [{"event_id": e, "evidence": merge.loads(r).get("evidence", {})} for e, r in reports]
        return out

    def explain(self, event_id: str) -> dict:
        """An event with every article that reported it, their own readings and evidence."""
        with self.engine.connect() as conn:
            row = conn.execute(select(events.c.record, events.c.merged_into, events.c.timestamp)
                               .where(events.c.event_id == event_id)).first()
            if row is None:
                raise NotFound(f"no event {event_id!r} in the store; list ids with 'rasd export'")
            reports = conn.execute(
                select(links.c.article_id, links.c.reported, articles.c.outlet, articles.c.url)
                .join(articles, articles.c.article_id == links.c.article_id)
                .where(links.c.event_id == (row[1] or event_id))).all()
        return {"event": merge.loads(row[0]), "merged_into": row[1], "timestamp": row[2],
                "reports": [{"article_id": a, "outlet": o, "url": u, "reading": merge.loads(r)}
                            for a, r, o, u in reports]}

    def changes(self, since: str) -> Iterator[dict]:
        """Events created, updated or merged away after ``since`` (ISO UTC), oldest change first."""
        q = (select(events.c.event_id, events.c.merged_into, events.c.timestamp)
             .where(events.c.timestamp > since).order_by(events.c.timestamp))
        with self.engine.connect() as conn:
            for event_id, merged_into, stamp in conn.execute(q):
                yield {"event_id": event_id, "change": "merged" if merged_into else "upserted",
                       "merged_into": merged_into, "timestamp": stamp}

    def actor_counts(self) -> list[tuple[str, int]]:
        """Every actor named by a live event, with its number of events, most frequent first."""
        counts: dict[str, int] = {}
        with self.engine.connect() as conn:
            for column in (events.c.actor1, events.c.actor2):
                for name, n in conn.execute(select(column, func.count()).where(
                        events.c.merged_into.is_(None), column.is_not(None)).group_by(column)):
                    counts[name] = counts.get(name, 0) + n
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def readings(self) -> Iterator[dict]:
        """Each stored article with its own readings, each carrying ``stored_id``: the event it
        ended in after every merge (the shape ../shared/eval/score_merge.py grades)."""
        q = (select(articles.c.article_id, links.c.event_id, links.c.reported)
             .join(links, links.c.article_id == articles.c.article_id, isouter=True)
             .order_by(articles.c.article_id))
        survivor = {}
        with self.engine.connect() as conn:
            for event_id, merged_into in conn.execute(select(events.c.event_id, events.c.merged_into)
                                                      .where(events.c.merged_into.is_not(None))):
                survivor[event_id] = merged_into
            current, readings = None, []
            for article_id, event_id, reported in conn.execute(q):
                if article_id != current:
                    if current is not None:
                        yield {"id": current, "events": readings}
                    current, readings = article_id, []
                if event_id is not None:
                    while event_id in survivor:
                        event_id = survivor[event_id]
                    readings.append(dict(merge.loads(reported), stored_id=event_id))
            if current is not None:
                yield {"id": current, "events": readings}

    def sources_of(self, event_id: str) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(links.c.article_id).where(links.c.event_id == event_id)).scalars())

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for name, t in (("articles", articles), ("events", events), ("links", links))}


class _Batch:
    """One transaction's writes. New events wait in memory and go in with one statement per
    table at the end; reports of events already stored update them in place."""

    def __init__(self, store: Store, conn: Connection):
        self.store, self.conn = store, conn
        self.new: dict[str, list[dict]] = {}  # new event id -> its reports
        self.new_at: dict[tuple[int, str], list[str]] = {}  # (grid cell, type) -> new event ids
        # (admin1, type, province-level?, day) -> new event ids: a town's report looks only among
        # the province-level ones, and only on the days of its window (a batch of news holds
        # hundreds of town events in one province)
        self.new_in: dict[tuple[str, str, bool, int], list[str]] = {}
        self.new_links: list[dict] = []
        self.counters: dict[str, tuple[int, bool]] = {}  # prefix -> (next number, row exists)
        # statements sent straight to the driver: SQLite's "?" or psycopg's "%s", and SQLite keeps
        # dates as ISO text (as SQLAlchemy's SQLite dialect writes them)
        self.qmark = conn.dialect.paramstyle == "qmark"
        self.survivors: dict[str, str] = {}  # stored event merged away in this batch -> survivor
        self.stamp = _now()  # one transaction, one change time
        self.combined: dict[str, tuple] = {}  # new event id -> (reports seen, merged record, day, window)
        self.linked: dict[str, set[str]] = {}  # event id -> articles whose readings it holds (this batch)
        # stored event id -> its links (article id, reading), read once a batch; and the stored
        # events whose merged record is written again at the end (once, however many reports)
        self.stored_links: dict[str, list[tuple[str, dict]]] = {}
        self.to_recombine: set[str] = set()
        self.only_by_region: set[str] = set()  # a report's matches that hold its place only as a province
        self.skipped: list[str] = []
        self.duplicates: list[str] = []  # articles whose text is stored already (or earlier in the batch)

    def write(self, items: list[tuple[Article, Result]]) -> list[str]:
        hashes = [a.content_hash or content_hash(a.text) for a, _ in items]
        seen = set(self.conn.execute(_FIND_ARTICLES, {"hs": hashes}).scalars())
        ids = set(self.conn.execute(_FIND_IDS, {"ids": list({a.id for a, _ in items})}).scalars())
        rows, fresh = [], []
        for (article, result), chash in zip(items, hashes):
            if chash in seen:
                self.duplicates.append(article.id)
                continue
            if article.id in ids:
                self.skipped.append(f"article {article.id!r}: that id is already stored with another "
                                    "text; skipped (give the new text its own id)")
                continue
            seen.add(chash)
            ids.add(article.id)
            fresh.append((article, result))
            rows.append(dict(article_id=article.id, content_hash=chash,
                             similarity_key=article.similarity_key or similarity_key(article.text),
                             url=article.url, outlet=article.source, title=article.title,
                             published=self._date(result.published), language=article.language, text=article.text,
                             stored_at=self.stamp))
        self._insert_many(articles, rows)  # first: the links below point at them
        self._insert_many(search.table, [{"article_id": r["article_id"], "body": search.index_body(r["text"])}
                                         for r in rows])
        reports = []
        for article, result in fresh:
            for ev in result.events:
                if ev.event_date is None or ev.latitude is None:
                    continue  # cannot be placed in time or space: kept in the article's result only
                report = _report(ev)
                report["_article"], report["_outlet"] = article.id, article.source or article.url
                reports.append(report)
        candidates = self._stored_candidates(reports)
        touched = [self._place(report, candidates.get(k, ())) for k, report in enumerate(reports)]
        self._flush()
        return list(dict.fromkeys(touched))

    def _place(self, report: dict, stored: Iterable[dict]) -> str:
        article_id = report["_article"]
        # (a stored event this batch merged into a new one is found both ways: count it once)
        self.only_by_region.clear()
        matches = list(dict.fromkeys(self._stored_matches(report, stored) + self._new_matches(report)))
        if not matches:
            event_id = self._next_id(report)
            self.new[event_id] = [report]
            key = (merge.grid_cell(report["latitude"], report["longitude"]), report["event_type"])
            self.new_at.setdefault(key, []).append(event_id)
            if report.get("admin1"):
                day = dt.date.fromisoformat(report["event_date"]).toordinal()
                self.new_in.setdefault((report["admin1"], report["event_type"], _coarse(report), day),
                                       []).append(event_id)
        else:
            # the oldest survives, keeping its id; an event of the report's own place before one
            # told only by its province (a report told only by its province has no place of its
            # own: a town that happens to lie near the province's point is no closer a match)
            ordered = sorted(matches, key=lambda i: (i in self.only_by_region and not _coarse(report),
                                                     _id_order(i)))
            event_id = ordered[0]
            told = self._articles_of(event_id)
            for other in ordered[1:]:
                other_told = self._articles_of(other)
                mine, theirs = self._reports_of(event_id), self._reports_of(other)
                if told & other_told or not all(
                        merge.same_event(a, b, self.store.merge_model) for a in mine for b in theirs):
                    # one article told both as two events, or their reports are not all alike: a
                    # report like both does not make them one (and no reading is lost); it joins
                    # the oldest
                    continue
                self._merge_away(other, event_id)
                told |= other_told
            if event_id in self.new:
                self.new[event_id].append(report)
        self.linked.setdefault(event_id, set()).add(article_id)
        link = dict(event_id=event_id, article_id=article_id, reported=merge.dumps(report))
        if event_id in self.new:
            self.new_links.append(link)
        else:
            self._insert_link(link)
        return event_id

    def _stored_candidates(self, reports: list[dict]) -> dict[int, list[dict]]:
        """Stored events near each report (by its index) in type, place and date; same_event
        decides. One statement for the whole batch."""
        probes, province_probes, in_province_probes = [], [], []
        for k, report in enumerate(reports):
            date = dt.date.fromisoformat(report["event_date"])
            # a stored event dated to the day matches within this report's window; one dated
            # to the week or month, within the widest
            wide, own = merge.MAX_WINDOW, merge.report_window(report)
            # (and up to a week after it: a retelling of it stored before, merge.retells)
            days = [self._date(date + dt.timedelta(days=d))
                    for d in (-wide, wide, -own, max(own, merge.RETOLD_DAYS))]
            types = merge.candidate_types(report["event_type"], self.store.merge_model)
            for cell in merge.cells_near(report["latitude"], report["longitude"]):
                for event_type in types:
                    probes.append((k, cell, event_type, *days))
            if report.get("admin1"):
                for event_type in types:
                    (in_province_probes if _coarse(report) else province_probes).append(
                        (k, report["admin1"], event_type, *days[2:]))
        out: dict[int, list[dict]] = {}
        cursor = self.conn.connection.cursor()
        for statement, batch in ((_NEARBY_EVENTS, probes),
                                 (_PROVINCE_EVENTS, province_probes), (_EVENTS_IN_PROVINCE, in_province_probes)):
            if not batch:
                continue
            cursor.execute(statement[0] if self.qmark else statement[1], (merge.dumps(batch),))
            for k, *row in cursor.fetchall():
                stored = dict(zip(_CANDIDATE_COLUMNS, row))
                if not self.qmark:  # PostgreSQL gives a date, SQLite the ISO text
                    stored["event_date"] = stored["event_date"].isoformat()
                out.setdefault(k, []).append(stored)
        return out

    def _articles_of(self, event_id: str) -> set[str]:
        """The articles whose readings an event holds (stored ones and this batch's)."""
        told = set(self.linked.get(event_id, ()))
        if event_id not in self.new:
            told.update(article for article, _ in self._links_of(event_id))
        return told

    def _links_of(self, event_id: str) -> list[tuple[str, dict]]:
        """A stored event's links (article, reading), with those this batch added."""
        if event_id not in self.stored_links:
            self.stored_links[event_id] = [
                (article, merge.loads(reading)) for article, reading in self.conn.execute(
                    select(links.c.article_id, links.c.reported).where(links.c.event_id == event_id))]
        return self.stored_links[event_id]

    def _insert_link(self, link: dict) -> None:
        """Link a reading to a stored event; its merged record is written at the end."""
        self._links_of(link["event_id"]).append((link["article_id"], merge.loads(link["reported"])))
        self.conn.execute(insert(links), link)
        self.to_recombine.add(link["event_id"])

    def _told_by_same_article(self, event_id: str, report: dict) -> bool:
        """The article already gave this event another reading: it tells two events (two
        protests in one city on one day), which must not become one."""
        return report["_article"] in self.linked.get(event_id, ())

    def _stored_matches(self, report: dict, stored: Iterable[dict]) -> list[str]:
        matches = []
        for event in stored:
            # an event this batch merged away now lives on as its survivor
            event_id = self.survivors.get(event["event_id"], event["event_id"])
            if self._told_by_same_article(event_id, report):
                continue
            if event_id not in matches and merge.same_event(event, report, self.store.merge_model) \
                    and self._fits_every_report(event_id, report):
                matches.append(event_id)
                self._note_region_only(event_id, event, report)
        return matches

    def _new_matches(self, report: dict) -> list[str]:
        types = merge.candidate_types(report["event_type"], self.store.merge_model)
        near = {i for cell in merge.cells_near(report["latitude"], report["longitude"])
                for event_type in types for i in self.new_at.get((cell, event_type), ())}
        day = dt.date.fromisoformat(report["event_date"]).toordinal()
        own = merge.report_window(report)
        if report.get("admin1"):  # and the events of its province (merge.same_region decides)
            near.update(i for event_type in types for coarse in ((True, False) if _coarse(report) else (True,))
                        for d in range(day - own, day + own + 1)
                        for i in self.new_in.get((report["admin1"], event_type, coarse, d), ()))
        matches = []
        for i in near:
            if i not in self.new or self._told_by_same_article(i, report):
                continue
            record, event_day, window = self._combined(i)
            # same_event's date test first, on numbers: most neighbours of a batch fail it
            if abs(day - event_day) <= max(window, own) and merge.same_event(
                    record, report, self.store.merge_model) and self._fits_every_report(i, report):
                matches.append(i)
                self._note_region_only(i, record, report)
        return matches

    def _note_region_only(self, event_id: str, event: dict, report: dict) -> None:
        if not merge.same_place(event, report):
            self.only_by_region.add(event_id)

    def _reports_of(self, event_id: str) -> list[dict]:
        if event_id in self.new:
            return self.new[event_id]
        return [reading for _, reading in self._links_of(event_id)]

    def _fits_every_report(self, event_id: str, report: dict) -> bool:
        """Complete linkage: a report joins an event only if it could be one with each report the
        event holds, not just with their merged record, so that a chain of reports a day or 10 km
        apart each cannot string two events into one."""
        if len(self.new.get(event_id, ())) == 1:
            return True  # a lone new report is its own record, already compared
        return all(merge.same_event(member, report, self.store.merge_model)
                   for member in self._reports_of(event_id))

    def _combined(self, event_id: str) -> tuple[dict, int, int]:
        """What a new event is matched by: its merged record (a lone report is its own: the
        fields same_event compares are the report's) with its day (ordinal) and date window,
        recombined only when the event has gained reports."""
        reports = self.new[event_id]
        n, *combined = self.combined.get(event_id, (0,))
        if n != len(reports):
            record = merge.combine(reports) if len(reports) > 1 else reports[0]
            combined = [record, dt.date.fromisoformat(record["event_date"]).toordinal(),
                        merge.report_window(record)]
            self.combined[event_id] = (len(reports), *combined)
        return tuple(combined)

    def _merge_away(self, loser: str, survivor: str) -> None:
        """Two events turned out to be one: the loser's reports move to the survivor, and the
        loser stays as a row pointing at it (its id is never reused)."""
        if loser in self.new:  # not written yet: fold its reports in
            reports = self.new.pop(loser)
            for link in self.new_links:
                if link["event_id"] == loser:
                    link["event_id"] = survivor
            if survivor in self.new:
                self.new[survivor].extend(reports)
            self.linked.setdefault(survivor, set()).update(self.linked.pop(loser, ()))
            return
        moved = self._links_of(loser)
        self.conn.execute(delete(links).where(links.c.event_id == loser))
        self.stored_links[loser] = []
        self.to_recombine.discard(loser)
        for article, reading in moved:
            self._link(dict(event_id=survivor, article_id=article, reported=merge.dumps(reading)))
        self.linked.setdefault(survivor, set()).update(self.linked.pop(loser, ()))
        self.conn.execute(_UPDATE_EVENT, {"e_id": loser, "merged_into": survivor, "timestamp": self.stamp})
        for earlier, later in list(self.survivors.items()):
            if later == loser:
                self.survivors[earlier] = survivor
        self.survivors[loser] = survivor

    def _link(self, link: dict) -> None:
        if link["event_id"] in self.new:
            self.new_links.append(link)
            self.new[link["event_id"]].append(merge.loads(link["reported"]))
        elif link["article_id"] not in self._articles_of(link["event_id"]):
            self._insert_link(link)

    def _flush(self) -> None:
        for event_id in sorted(self.to_recombine, key=_id_order):
            reports = self._reports_of(event_id)
            self.conn.execute(_UPDATE_EVENT, dict(e_id=event_id, **_columns(merge.combine(reports), event_id,
                                                                            self.stamp)))
        if self.new:
            rows = [_columns(merge.combine(r), i, self.stamp) for i, r in self.new.items()]
            for row in rows:
                row["event_date"] = self._date(row["event_date"])
            self._insert_many(events, [dict(event_id=i, **row) for i, row in zip(self.new, rows)])
        if self.new_links:
            self._insert_many(links, list({(k["event_id"], k["article_id"]): k
                                           for k in self.new_links}.values()))
        for prefix, (n, exists) in self.counters.items():
            if exists:
                self.conn.execute(_BUMP, {"p_id": prefix, "next": n})
            else:
                self.conn.execute(insert(counters), {"prefix": prefix, "next": n})

    def _date(self, day: dt.date | None):
        """A date as the driver takes it: SQLite keeps ISO text (as SQLAlchemy's dialect writes it)."""
        return day.isoformat() if self.qmark and day is not None else day

    def _insert_many(self, table, rows: list[dict]) -> None:
        """One executemany through the driver (SQLAlchemy's per-row parameter handling cost
        more than SQLite's insert), or PostgreSQL's COPY (a third of executemany's time).
        Dates must already be as the driver takes them."""
        if not rows:
            return
        cols = list(rows[0])
        names = ", ".join(f'"{c}"' for c in cols)
        values = map(operator.itemgetter(*cols), rows)
        cursor = self.conn.connection.cursor()
        if self.qmark:
            cursor.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({', '.join(['?'] * len(cols))})",
                               list(values))
            return
        with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)

    def _next_id(self, report: dict) -> str:
        """ACLED-style id (SYR12): a per-country counter, never reused."""
        iso2 = report["event_id"][:2]  # extraction ids start with the place's ISO 3166 alpha-2
        prefix = self.store._iso3.get(iso2, iso2)
        if prefix not in self.counters:
            row = self.conn.execute(_COUNTER, {"p": prefix}).first()
            self.counters[prefix] = (row[0], True) if row else (1, False)
        n, exists = self.counters[prefix]
        self.counters[prefix] = (n + 1, exists)
        return f"{prefix}{n}"


_EVENT_FIELDS = [f.name for f in dataclasses.fields(Event)]


def _report(ev: Event) -> dict:
    # dataclasses.asdict deep-copies every span list; the report is serialised right away anyway
    return {name: getattr(ev, name) for name in _EVENT_FIELDS}


def _coarse(report: dict) -> bool:
    """Placed only by its province (merge.same_region)."""
    return (report.get("geo_precision") or 1) >= merge.REGION_PRECISION


def _id_order(event_id: str) -> tuple[str, int]:
    """SYR9 before SYR10: ids sort by prefix, then by number (creation order)."""
    head = event_id.rstrip("0123456789")
    return head, int(event_id[len(head):] or 0)


def _columns(record: dict, event_id: str, stamp: str) -> dict:
    record = dict(record, event_id=event_id)
    return {
        "event_date": dt.date.fromisoformat(record["event_date"]),
        "time_precision": record["time_precision"], "event_type": record["event_type"],
        "sub_event_type": record["sub_event_type"], "actor1": record["actor1"], "actor2": record["actor2"],
        "iso": record["iso"], "country": record["country"], "admin1": record["admin1"],
        "location": record["location"], "latitude": record["latitude"], "longitude": record["longitude"],
        "geo_precision": record["geo_precision"], "fatalities": record["fatalities"],
        "confidence": record["confidence"], "notes": record.get("notes"),
        "cell": merge.grid_cell(record["latitude"], record["longitude"]),
        "retold": bool(record.get("retold")),
        "record": merge.dumps(record), "timestamp": stamp,
    }


MIGRATIONS = Path(__file__).parent / "migrations"


@contextmanager
def _migration_lock(engine: Engine):
    """One process at a time creates or upgrades a schema: two opening a new store at once would
    both create alembic_version. PostgreSQL: an advisory lock; SQLite: a lock file beside it."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(72190615)"))
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(72190615)"))
                conn.commit()
        return
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if not path or path == ":memory:":
        yield
        return
    import fcntl
    with open(f"{path}.migrate-lock", "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the latest migration."""
    with _migration_lock(engine), engine.begin() as conn:
        tables = set(inspect(conn).get_table_names())
        cfg = AlembicConfig()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        if "events" in tables and "alembic_version" not in tables:
            alembic_command.stamp(cfg, "0001")  # made by rasd 0.1 before migrations existed
        alembic_command.upgrade(cfg, "head")
        _create_missing_indexes(conn)  # after a bulk load that was killed


def _create_missing_indexes(conn: Connection) -> None:
    for ix in DEFERRABLE_INDEXES:
        ix.create(conn, checkfirst=True)


def store_url(value: str) -> str:
    """A database URL, or a path to an SQLite file ("rasd.db", "/data/rasd.db")."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def open_store(url: str = DEFAULT_URL, *, create: bool = True, merge_model=_SHIPPED) -> Store:
    """The store at ``url`` (or an SQLite path), its schema created or upgraded. With
    ``create=False`` a missing SQLite file is an error rather than a new empty store: reading
    commands must not leave an empty rasd.db behind a typo."""
    url = store_url(url)
    if not create and url.startswith("sqlite:///") and url != "sqlite://":
        path = Path(url[len("sqlite:///"):])
        if not path.exists():
            raise StoreError(f"no store at {path} (fill one with 'rasd run', or give --db)")
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
            cur.execute("PRAGMA cache_size=-65536")  # 64 MB: the indexes of a million events stay hot
            cur.execute("PRAGMA wal_autocheckpoint=16384")  # fewer, larger checkpoints (64 MB of WAL)
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
    try:
        migrate(engine)
    except Exception as exc:
        raise StoreError(f"cannot open the database {url!r}: {exc}") from exc
    return Store(engine, merge_model)
