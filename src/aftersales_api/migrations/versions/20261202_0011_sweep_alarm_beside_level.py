"""the sweep finds its tickets by an alarm beside each level, not by a partial index of deadlines

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 17:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FILLFACTOR = 80  # models.DEADLINES_FILLFACTOR when this migration was written
DONE = "('closed', 'cancelled')"  # workflow.DONE_STATES


def _partial_index(name: str, table: str, columns: list[str], where: str) -> None:
    """An index over the rows matching `where`, on both databases."""
    op.create_index(name, table, columns, postgresql_where=sa.text(where), sqlite_where=sa.text(where))


def upgrade() -> None:
    op.add_column("ticket_levels", sa.Column("alarm_at", sa.DateTime(timezone=True), nullable=True))
    op.execute(
        "UPDATE ticket_levels SET alarm_at = (SELECT min(d.breach_at) FROM deadlines d"
        " WHERE d.ticket_id = ticket_levels.ticket_id AND d.met_at IS NULL AND d.escalated_at IS NULL)"
        f" WHERE ticket_id IN (SELECT id FROM tickets WHERE state NOT IN {DONE})"
    )
    _partial_index(
        "ix_ticket_levels_alarm_at", "ticket_levels", ["alarm_at", "ticket_id"], "alarm_at IS NOT NULL"
    )
    op.drop_index("ix_deadlines_unescalated_breach_at", table_name="deadlines")
    if op.get_bind().dialect.name == "postgresql":
        # New pages only; `VACUUM FULL deadlines` rewrites the existing ones.
        op.execute(f"ALTER TABLE deadlines SET (fillfactor = {FILLFACTOR})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE deadlines RESET (fillfactor)")
    _partial_index(
        "ix_deadlines_unescalated_breach_at",
        "deadlines",
        ["breach_at", "ticket_id"],
        "met_at IS NULL AND escalated_at IS NULL",
    )
    op.drop_index("ix_ticket_levels_alarm_at", table_name="ticket_levels")
    op.drop_column("ticket_levels", "alarm_at")  # SQLite 3.35+: in place, the table kept as it is
