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


COHORT = ["kind", "channel", "category", "state", "closed_at", "satisfaction_score", "repeat_repair", "flags"]
MONEY = ["refund_amount", "restocking_fee", "compensation_amount", "repair_charge"]
OPEN = "next_breach_at IS NOT NULL"
UNESCALATED = "met_at IS NULL AND escalated_at IS NULL"


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tickets_open_created_at_id",
            ["created_at", "id", "next_breach_at"],
            unique=False,
            postgresql_where=sa.text(OPEN),
            sqlite_where=sa.text(OPEN),
        )
        batch_op.create_index("ix_tickets_created_at_figures", ["created_at"], postgresql_include=COHORT)
        batch_op.create_index(
            batch_op.f("ix_tickets_closed_at"),
            ["closed_at"],
            postgresql_include=["resolution_seconds", "satisfaction"],
        )
        batch_op.create_index(batch_op.f("ix_tickets_resolved_at"), ["resolved_at"], postgresql_include=MONEY)
        batch_op.create_index(batch_op.f("ix_tickets_pickup_requested_at"), ["pickup_requested_at"])
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deadlines_unescalated_breach_at",
            ["breach_at"],
            postgresql_where=sa.text(UNESCALATED),
            sqlite_where=sa.text(UNESCALATED),
        )
    if op.get_bind().dialect.name == "postgresql":
        # The same indexes, carrying the columns the report reads (INCLUDE is PostgreSQL's).
        op.drop_index("ix_deadlines_breach_at", table_name="deadlines")
        op.create_index(
            "ix_deadlines_breach_at", "deadlines", ["breach_at"], postgresql_include=["key", "met_at"]
        )
        op.drop_index("ix_cases_closed_at_ticket_id", table_name="cases")
        op.create_index(
            "ix_cases_closed_at_ticket_id",
            "cases",
            ["closed_at", "ticket_id"],
            postgresql_include=["category", "product_category"],
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_cases_closed_at_ticket_id", table_name="cases")
        op.create_index("ix_cases_closed_at_ticket_id", "cases", ["closed_at", "ticket_id"])
        op.drop_index("ix_deadlines_breach_at", table_name="deadlines")
        op.create_index("ix_deadlines_breach_at", "deadlines", ["breach_at"])
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.drop_index("ix_deadlines_unescalated_breach_at")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        for name in (
            "ix_tickets_pickup_requested_at",
            "ix_tickets_resolved_at",
            "ix_tickets_closed_at",
            "ix_tickets_created_at_figures",
            "ix_tickets_open_created_at_id",
        ):
            batch_op.drop_index(name)
