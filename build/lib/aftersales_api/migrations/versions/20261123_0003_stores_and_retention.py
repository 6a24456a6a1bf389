"""stores, idempotency retention

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 18:40:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("store", sa.String(length=64), nullable=True))
    # Existing storefront keys and tickets belong to the default store.
    op.execute("UPDATE api_keys SET store = 'default' WHERE role = 'storefront'")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("store", sa.String(length=64), server_default="default", nullable=False)
        )
        batch_op.create_index(
            batch_op.f("ix_tickets_store_created_at_id"), ["store", "created_at", "id"], unique=False
        )
    with op.batch_alter_table("idempotency_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_idempotency_records_created_at"), ["created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("idempotency_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotency_records_created_at"))
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tickets_store_created_at_id"))
        batch_op.drop_column("store")
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.drop_column("store")
