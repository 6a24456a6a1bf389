"""tickets leave room on their pages for two rewrites in place; the outbox's unread ticket index goes

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 18:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FILLFACTOR, WAS = 60, 75  # models.TICKETS_FILLFACTOR now and before


def upgrade() -> None:
    # No query reads the outbox by ticket; each published row paid for the index.
    op.drop_index("ix_outbox_ticket_id", table_name="outbox")
    if op.get_bind().dialect.name == "postgresql":
        # New pages only; `VACUUM FULL tickets` rewrites the existing ones.
        op.execute(f"ALTER TABLE tickets SET (fillfactor = {FILLFACTOR})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE tickets SET (fillfactor = {WAS})")
    op.create_index("ix_outbox_ticket_id", "outbox", ["ticket_id"])
