"""each ticket's level beside it, for the level filter; room for in-place updates

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 12:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FILLFACTOR = 75  # models.TICKETS_FILLFACTOR when this migration was written


def upgrade() -> None:
    op.create_table(
        "ticket_levels",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_levels_ticket_id_tickets"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("ticket_id", name=op.f("pk_ticket_levels")),
        sqlite_with_rowid=False,
    )
    op.execute(
        "INSERT INTO ticket_levels (ticket_id, level, created_at) SELECT id, level, created_at FROM tickets"
    )
    op.create_index(
        op.f("ix_ticket_levels_level_created_at_ticket_id"),
        "ticket_levels",
        ["level", "created_at", "ticket_id"],
    )
    op.drop_index("ix_tickets_level_created_at", table_name="tickets")
    if op.get_bind().dialect.name == "postgresql":
        # New pages only; `VACUUM FULL tickets` rewrites the existing ones.
        op.execute(f"ALTER TABLE tickets SET (fillfactor = {FILLFACTOR})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE tickets RESET (fillfactor)")
    op.create_index("ix_tickets_level_created_at", "tickets", ["level", "created_at"])
    op.drop_index(op.f("ix_ticket_levels_level_created_at_ticket_id"), table_name="ticket_levels")
    op.drop_table("ticket_levels")
