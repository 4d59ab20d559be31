"""Drop three indexes that only slowed inserts: the place index (box queries go through the grid
cell), type+date (the merge lookup goes through cell+type+date) and the links' event index
(the primary key (event_id, article_id) already starts with it). The merge lookup's index also
carries the time precision, so candidates outside a day-precise report's window are skipped
without reading their rows.

Measured with bench/store_scale.py: index upkeep, not Python, is what slows inserts as the
store grows (docs/scaling.md).

Revision ID: 0003
"""
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.drop_index("events_place", "events")
    op.drop_index("events_type_date", "events")
    op.drop_index("links_event", "event_articles")
    op.drop_index("events_cell_type_date", "events")
    op.create_index("events_merge_lookup", "events", ["cell", "event_type", "event_date", "time_precision"])


def downgrade() -> None:
    op.drop_index("events_merge_lookup", "events")
    op.create_index("events_cell_type_date", "events", ["cell", "event_type", "event_date"])
    op.create_index("events_place", "events", ["latitude", "longitude"])
    op.create_index("events_type_date", "events", ["event_type", "event_date"])
    op.create_index("links_event", "event_articles", ["event_id"])
