"""The first schema: articles, events, their links, per-country id counters.

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("article_id", sa.String, primary_key=True),
        sa.Column("content_hash", sa.String, nullable=False, unique=True),
        sa.Column("similarity_key", sa.String, index=True),
        sa.Column("url", sa.Text), sa.Column("outlet", sa.Text), sa.Column("title", sa.Text),
        sa.Column("published", sa.Date), sa.Column("language", sa.String),
        sa.Column("text", sa.Text, nullable=False), sa.Column("stored_at", sa.String, nullable=False))
    op.create_table(
        "events",
        sa.Column("event_id", sa.String, primary_key=True),
        sa.Column("event_date", sa.Date, index=True), sa.Column("time_precision", sa.Integer),
        sa.Column("event_type", sa.String, index=True), sa.Column("sub_event_type", sa.String),
        sa.Column("actor1", sa.Text), sa.Column("actor2", sa.Text),
        sa.Column("iso", sa.Integer), sa.Column("country", sa.String, index=True),
        sa.Column("admin1", sa.String), sa.Column("location", sa.Text),
        sa.Column("latitude", sa.Float), sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer), sa.Column("fatalities", sa.Integer),
        sa.Column("confidence", sa.Float), sa.Column("record", sa.Text, nullable=False),
        sa.Column("merged_into", sa.String), sa.Column("timestamp", sa.String, nullable=False, index=True))
    op.create_table(
        "event_articles",
        sa.Column("event_id", sa.String, sa.ForeignKey("events.event_id"), primary_key=True),
        sa.Column("article_id", sa.String, sa.ForeignKey("articles.article_id"), primary_key=True),
        sa.Column("reported", sa.Text, nullable=False))
    op.create_table(
        "id_counters",
        sa.Column("prefix", sa.String, primary_key=True), sa.Column("next", sa.Integer, nullable=False))
    op.create_index("events_place", "events", ["latitude", "longitude"])
    op.create_index("events_type_date", "events", ["event_type", "event_date"])
    op.create_index("links_event", "event_articles", ["event_id"])


def downgrade() -> None:
    for table in ("event_articles", "id_counters", "events", "articles"):
        op.drop_table(table)
