"""indexes for scale

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 21:04:32.184293
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deadlines_unescalated_breach_at",
            ["breach_at"],
            unique=False,
            postgresql_where=sa.text("met_at IS NULL AND escalated_at IS NULL"),
            sqlite_where=sa.text("met_at IS NULL AND escalated_at IS NULL"),
        )

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tickets_closed_at"), ["closed_at"], unique=False)
        batch_op.create_index(
            "ix_tickets_open_created_at_id",
            ["created_at", "id"],
            unique=False,
            postgresql_where=sa.text("next_breach_at IS NOT NULL"),
            sqlite_where=sa.text("next_breach_at IS NOT NULL"),
        )
        batch_op.create_index(
            batch_op.f("ix_tickets_pickup_requested_at"), ["pickup_requested_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_tickets_resolved_at"), ["resolved_at"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tickets_resolved_at"))
        batch_op.drop_index(batch_op.f("ix_tickets_pickup_requested_at"))
        batch_op.drop_index(
            "ix_tickets_open_created_at_id",
            postgresql_where=sa.text("next_breach_at IS NOT NULL"),
            sqlite_where=sa.text("next_breach_at IS NOT NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_tickets_closed_at"))

    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_deadlines_unescalated_breach_at",
            postgresql_where=sa.text("met_at IS NULL AND escalated_at IS NULL"),
            sqlite_where=sa.text("met_at IS NULL AND escalated_at IS NULL"),
        )
