"""Search over the stored articles' Arabic text (table article_search, migration 0004).

The indexed body is the article normalised as extraction normalises it, and a query is
normalised the same way, so spelling variants of one word meet (أ/إ/آ, ى/ي, ة/ه, diacritics,
tatweel, Arabic-Indic digits). SQLite matches a phrase in an FTS5 table; PostgreSQL a phrase in
a GIN-indexed 'simple' text-search vector. Either way a query finds the articles; the events
are those the articles reported (event_articles).
"""
from __future__ import annotations

from sqlalchemy import Column, MetaData, String, Table, Text, func, select, text
from sqlalchemy.sql.elements import ColumnElement

from rasd.store.schema import events, links
from rasd.text.normalize import normalise

TABLE = "article_search"
# written by the store like its other tables; kept out of schema.metadata because SQLite holds it
# as an FTS5 virtual table that SQLAlchemy does not declare (migration 0004 makes it)
table = Table(TABLE, MetaData(), Column("article_id", String), Column("body", Text))


def index_body(article_text: str) -> str:
    return normalise(article_text).text


def phrase(query: str) -> str:
    return " ".join(normalise(query).text.split())


def events_mentioning(query: str, dialect: str) -> ColumnElement:
    """A condition on events: reported by an article whose text holds ``query`` as a phrase."""
    words = phrase(query)
    if dialect == "sqlite":
        found = select(table.c.article_id).where(
            text(f"{TABLE} MATCH :fts").bindparams(fts='"' + words.replace('"', '""') + '"'))
    else:
        found = select(table.c.article_id).where(
            func.to_tsvector("simple", table.c.body).op("@@")(func.phraseto_tsquery("simple", words)))
    return events.c.event_id.in_(select(links.c.event_id).where(links.c.article_id.in_(found)))
