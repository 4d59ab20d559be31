"""Tables (SQLAlchemy Core). One row per article, per event, per (event, article) link.

The database is created and upgraded by the Alembic migrations in ``migrations/``;
these declarations are what the code queries, and a test checks the two agree.
"""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Date, Float, ForeignKey, Index, Integer, MetaData, String,
                        Table, Text)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("article_id", String, primary_key=True),
    Column("content_hash", String, nullable=False, unique=True),
    Column("similarity_key", String, index=True),
    Column("url", Text), Column("outlet", Text), Column("title", Text),
    Column("published", Date), Column("language", String), Column("text", Text, nullable=False),
    Column("stored_at", String, nullable=False),
)

events = Table(
    "events", metadata,
    Column("event_id", String, primary_key=True),  # e.g. SYR12: stable across re-runs and merges
    Column("event_date", Date, index=True),
    Column("time_precision", Integer),
    Column("event_type", String), Column("sub_event_type", String),
    Column("actor1", Text), Column("actor2", Text),
    Column("iso", Integer), Column("country", String), Column("admin1", String),
    Column("location", Text), Column("latitude", Float), Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer), Column("confidence", Float),
    Column("notes", Text),  # for free-text search; also inside ``record``
    Column("cell", Integer),  # merge.grid_cell of the place: the merge lookup's first key
    Column("retold", Boolean),  # told only as an event already known (merge.retells)
    Column("record", Text, nullable=False),  # the full event as JSON (fields, notes, evidence)
    Column("merged_into", String),  # set when this event turned out to be another one
    Column("timestamp", String, nullable=False, index=True),  # last change, ISO UTC
)

links = Table(
    "event_articles", metadata,
    Column("event_id", String, ForeignKey("events.event_id"), primary_key=True),
    Column("article_id", String, ForeignKey("articles.article_id"), primary_key=True),
    Column("reported", Text, nullable=False),  # this article's own reading of the event, JSON
)

counters = Table(
    "id_counters", metadata,
    Column("prefix", String, primary_key=True),
    Column("next", Integer, nullable=False),
)

# Every index is paid for on each insert: a query's columns get one only when a test or
# bench/api_latency.py shows a query needs it (migrations 0002, 0003).
# the filters of `rasd export` and GET /events
Index("events_country_date", events.c.country, events.c.event_date)
Index("events_admin1_date", events.c.admin1, events.c.event_date)
Index("events_actor1", events.c.actor1)
Index("events_actor2", events.c.actor2)
Index("events_sub_type", events.c.sub_event_type)
# the merge lookup (the grid cells near a place, same type, a date window; the precision decides
# which dates within the window can match) and small boxes
Index("events_merge_lookup", events.c.cell, events.c.event_type, events.c.event_date, events.c.time_precision)
# and the region lookups (merge.same_region): a town's report looks among its province's
# province-level events (a partial index: only those rows pay for it), a province-level report
# among all its province's events (events_admin1_date, which the API needs anyway)
Index("events_region_lookup", events.c.admin1, events.c.event_type, events.c.event_date,
      sqlite_where=events.c.geo_precision == 3, postgresql_where=events.c.geo_precision == 3)

# What a long load may drop and build again at its end (Store.bulk_load): the query indexes,
# not the primary keys, the content-hash check or the merge lookups, which the load itself reads.
MERGE_INDEXES = ("events_merge_lookup", "events_region_lookup", "events_admin1_date")
DEFERRABLE_INDEXES = tuple(
    ix for table in (events, articles) for ix in sorted(table.indexes, key=lambda ix: ix.name)
    if ix.name not in MERGE_INDEXES and not ix.unique)
