"""Full-text search over the articles' Arabic text, normalised as extraction normalises it
(text/normalize.py: diacritics, alef/ya/ta-marbuta forms, digits), so that "خان شيخون" finds
"خانِ شَيخون". SQLite: an FTS5 table; PostgreSQL: a table with a GIN index on its 'simple'
text-search vector. Articles already stored are indexed here.

Revision ID: 0004
"""
from alembic import op
from sqlalchemy import text

revision = "0004"
down_revision = "0003"

BATCH = 2000


def upgrade() -> None:
    from rasd.store.search import index_body  # the same text the store indexes new articles with
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.execute(text("CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, body, "
                          "tokenize='unicode61 remove_diacritics 2')"))
    else:
        conn.execute(text("CREATE TABLE article_search (article_id TEXT PRIMARY KEY "
                          "REFERENCES articles (article_id), body TEXT NOT NULL)"))
        conn.execute(text("CREATE INDEX article_search_words ON article_search "
                          "USING GIN (to_tsvector('simple', body))"))
    rows = conn.execute(text("SELECT article_id, text FROM articles")).fetchall()
    for start in range(0, len(rows), BATCH):
        conn.execute(text("INSERT INTO article_search (article_id, body) VALUES (:a, :b)"),
                     [{"a": a, "b": index_body(t or "")} for a, t in rows[start:start + BATCH]])


def downgrade() -> None:
    op.get_bind().execute(text("DROP TABLE article_search"))
