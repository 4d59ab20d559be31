"""Whether a stored event is told only as one already known (Event.retold): the merge joins such
a retelling to the news of its day stored later (store/merge.retells).

Revision ID: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    op.add_column("events", sa.Column("retold", sa.Boolean()))


def downgrade() -> None:
    op.drop_column("events", "retold")
