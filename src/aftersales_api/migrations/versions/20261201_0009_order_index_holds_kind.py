"""the order index holds the kind: earlier claims are found by one index scan

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 16:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_tickets_order_id_kind", "tickets", ["order_id", "kind"])
    op.drop_index("ix_tickets_order_id", table_name="tickets")


def downgrade() -> None:
    op.create_index("ix_tickets_order_id", "tickets", ["order_id"])
    op.drop_index("ix_tickets_order_id_kind", table_name="tickets")
