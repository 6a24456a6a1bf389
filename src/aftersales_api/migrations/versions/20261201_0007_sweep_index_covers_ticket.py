"""the sweep's index of missed deadlines covers their tickets

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_deadlines_unescalated_breach_at"
UNESCALATED = "met_at IS NULL AND escalated_at IS NULL"


def _index(columns: list[str]) -> None:
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.drop_index(NAME)
        batch_op.create_index(
            NAME, columns, postgresql_where=sa.text(UNESCALATED), sqlite_where=sa.text(UNESCALATED)
        )


def upgrade() -> None:
    _index(["breach_at", "ticket_id"])


def downgrade() -> None:
    _index(["breach_at"])
