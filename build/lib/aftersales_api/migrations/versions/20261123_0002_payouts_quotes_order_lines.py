"""payouts, quotes, order lines

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 18:01:08.446949
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REPAIRS_ONLY = "kind = 'repair'"


def _ticket_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["ticket_id"], ["tickets.id"], name=op.f(f"fk_{table}_ticket_id_tickets"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "payouts",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("sale", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("supervisor_signoff_by", sa.String(length=100), nullable=True),
        sa.Column("supervisor_signoff_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("manager_signoff_by", sa.String(length=100), nullable=True),
        sa.Column("manager_signoff_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("paid_by", sa.String(length=100), nullable=True),
        sa.Column("paid_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        _ticket_fk("payouts"),
        sa.PrimaryKeyConstraint("ticket_id", "n", name=op.f("pk_payouts")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "quotes",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("labour", sa.BigInteger(), nullable=False),
        sa.Column("travel", sa.BigInteger(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=True),
        _ticket_fk("quotes"),
        sa.PrimaryKeyConstraint("ticket_id", "n", name=op.f("pk_quotes")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("ticket_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ordered_quantity", sa.Integer(), nullable=True))
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("repair_charge", sa.BigInteger(), nullable=True))
        # DUPLICATE_CLAIM looks up returns and exchanges by order too, not only repairs.
        batch_op.drop_index(batch_op.f("ix_tickets_order_id"))
        batch_op.create_index(batch_op.f("ix_tickets_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tickets_order_id"))
        batch_op.create_index(
            batch_op.f("ix_tickets_order_id"),
            ["order_id"],
            unique=False,
            postgresql_where=sa.text(REPAIRS_ONLY),
            sqlite_where=sa.text(REPAIRS_ONLY),
        )
        batch_op.drop_column("repair_charge")
    with op.batch_alter_table("ticket_items", schema=None) as batch_op:
        batch_op.drop_column("ordered_quantity")
    op.drop_table("quotes")
    op.drop_table("payouts")
