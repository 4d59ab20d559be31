"""Columns and indexes for filtering (notes for free text, admin1, actors, sub-type) and a
grid cell for the merge lookup.

Revision ID: 0002
"""
import json

import sqlalchemy as sa
from alembic import op

from rasd.store.merge import grid_cell

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("notes", sa.Text))
        batch.add_column(sa.Column("cell", sa.Integer))
    events = sa.table("events", sa.column("event_id", sa.String), sa.column("record", sa.Text),
                      sa.column("notes", sa.Text), sa.column("cell", sa.Integer))
    conn = op.get_bind()
    rows = conn.execute(sa.select(events.c.event_id, events.c.record)).all()
    for event_id, record in rows:  # events stored before this revision: fill from their record
        r = json.loads(record)
        conn.execute(events.update().where(events.c.event_id == event_id)
                     .values(notes=r.get("notes"), cell=grid_cell(r["latitude"], r["longitude"])))
    # country and type alone are the first columns of these two: their own indexes only slow inserts
    op.drop_index("ix_events_country", "events")
    op.drop_index("ix_events_event_type", "events")
    op.create_index("events_country_date", "events", ["country", "event_date"])
    op.create_index("events_admin1_date", "events", ["admin1", "event_date"])
    op.create_index("events_actor1", "events", ["actor1"])
    op.create_index("events_actor2", "events", ["actor2"])
    op.create_index("events_sub_type", "events", ["sub_event_type"])
    op.create_index("events_cell_type_date", "events", ["cell", "event_type", "event_date"])


def downgrade() -> None:
    op.create_index("ix_events_country", "events", ["country"])
    op.create_index("ix_events_event_type", "events", ["event_type"])
    for name in ("events_country_date", "events_admin1_date", "events_actor1", "events_actor2",
                 "events_sub_type", "events_cell_type_date"):
        op.drop_index(name, "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("notes")
        batch.drop_column("cell")
