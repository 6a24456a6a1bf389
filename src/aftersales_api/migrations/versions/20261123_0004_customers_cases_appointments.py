"""customers, cases, appointments

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 19:09:29.651855
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "customers",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.Column("blocked", sa.Boolean(), nullable=False),
        sa.Column("blocked_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    op.create_table(
        "cases",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=True),
        sa.Column("product_category", sa.String(length=64), nullable=True),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("department", sa.String(length=64), nullable=False),
        sa.Column("lesson", sa.Text(), nullable=False),
        sa.Column("resolution", sa.String(length=32), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_cases_ticket_id_tickets"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("ticket_id", name=op.f("pk_cases")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cases_category_closed_at_ticket_id"),
            ["category", "closed_at", "ticket_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_cases_closed_at_ticket_id"), ["closed_at", "ticket_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cases_department_closed_at_ticket_id"),
            ["department", "closed_at", "ticket_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_cases_sku_closed_at_ticket_id"), ["sku", "closed_at", "ticket_id"], unique=False
        )

    op.create_table(
        "customer_changes",
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_changes_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", "seq", name=op.f("pk_customer_changes")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_compensation", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("appointment_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("visits", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("root_cause", sa.JSON(), nullable=True))


def downgrade() -> None:

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_column("root_cause")
        batch_op.drop_column("visits")
        batch_op.drop_column("appointment_at")
        batch_op.drop_column("claimed_compensation")

    op.drop_table("customer_changes")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_sku_closed_at_ticket_id"))
        batch_op.drop_index(batch_op.f("ix_cases_department_closed_at_ticket_id"))
        batch_op.drop_index(batch_op.f("ix_cases_closed_at_ticket_id"))
        batch_op.drop_index(batch_op.f("ix_cases_category_closed_at_ticket_id"))

    op.drop_table("cases")
    op.drop_table("customers")
