"""The merge's region lookup (store/merge.same_region): a town's report is looked for among
the province-level events (geo_precision 3) of its province. A partial index: only those rows
pay for it. (A province-level report looks among all its province's events through
events_admin1_date.)

Revision ID: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    province_level = sa.text("geo_precision = 3")
    op.create_index("events_region_lookup", "events", ["admin1", "event_type", "event_date"],
                    sqlite_where=province_level, postgresql_where=province_level)


def downgrade() -> None:
    op.drop_index("events_region_lookup", "events")
