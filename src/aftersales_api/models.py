"""The tables. Schema changes go through Alembic migrations generated from these."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, WriteOnlyMapped, mapped_column, relationship

from .rules.base import CENT

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
BigId = BigInteger().with_variant(Integer, "sqlite")  # SQLite autoincrements INTEGER only


class Money(TypeDecorator[Decimal]):
    """Exact amounts on every database: stored as integer cents."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        return None if value is None else int(Decimal(value).quantize(CENT) * 100)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else (Decimal(value) / 100).quantize(CENT)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC timestamps on every database (SQLite keeps naive UTC text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not UTC:
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is UTC:
            return value
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ApiKey(Base):
    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    store: Mapped[str | None] = mapped_column(String(64))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


REPORT_COHORT = (
    "kind",
    "channel",
    "category",
    "state",
    "closed_at",
    "satisfaction_score",
    "repeat_repair",
    "flags",
)
REPORT_MONEY = ("refund_amount", "restocking_fee", "compensation_amount", "repair_charge")
# % of a page filled by inserts. A ticket row is 1–2 KB: at 60 %, a page of three keeps
# room for two of them to be rewritten in place (tickets opened together breach, and
# are escalated, together); at 75 %, 30 % of a sweep's tickets moved to another page.
TICKETS_FILLFACTOR = 60
# A deadline row is about 100 bytes: a page of 80 keeps room for the claims of the
# deadlines of its tickets, missed and escalated together.
DEADLINES_FILLFACTOR = 80


class Ticket(Base):
    __tablename__ = "tickets"
    # One index per list filter of api.md, each ending in the list's order.
    __table_args__ = (
        Index(None, "state", "created_at", "id"),
        Index(None, "kind", "created_at"),
        Index(None, "priority", "created_at"),
        Index(None, "customer_id", "created_at"),
        Index(None, "owner", "created_at"),
        Index(None, "created_at", "id"),
        Index(None, "store", "created_at", "id"),
        Index(None, "next_breach_at"),
        # REPEAT_REPAIR and DUPLICATE_CLAIM look up earlier claims of a kind on an order.
        # With the kind in the same index, the lookup is one index scan whatever the
        # statistics say; with (order_id) alone, stale statistics made PostgreSQL AND it
        # with the kind index, reading every return's entry (3.5 ms at 50,000 tickets).
        Index(None, "order_id", "kind"),
        # due_before and overdue: the tickets with an open deadline, in list order; closed
        # tickets (most of them) are not in it.
        Index(
            "ix_tickets_open_created_at_id",
            "created_at",
            "id",
            "next_breach_at",  # filtered in the index, without visiting the rows
            postgresql_where=text("next_breach_at IS NOT NULL"),
            sqlite_where=text("next_breach_at IS NOT NULL"),
        ),
        # The monthly report's figures by when tickets were received, closed, resolved and
        # picked up; on PostgreSQL each carries the columns its figures read, so a month
        # is read from the index alone (a ticket row is several KB).
        Index(
            "ix_tickets_created_at_figures",
            "created_at",
            postgresql_include=[*REPORT_COHORT],
        ),
        Index(None, "closed_at", postgresql_include=["resolution_seconds", "satisfaction"]),
        Index(None, "resolved_at", postgresql_include=[*REPORT_MONEY]),
        Index(None, "pickup_requested_at"),
        # Room on each page for a row's next version: a change to no indexed column (a
        # sweep's escalation) is then written in place, without touching the indexes.
        {"postgresql_with": {"fillfactor": TICKETS_FILLFACTOR}},
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    store: Mapped[str] = mapped_column(String(64), server_default="default")
    kind: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    level: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str] = mapped_column(String(8))
    major: Mapped[bool] = mapped_column(Boolean, default=False)
    owner: Mapped[str] = mapped_column(String(100))
    customer_id: Mapped[str] = mapped_column(String(64))
    customer: Mapped[dict[str, Any]] = mapped_column(JSON)
    order_id: Mapped[str | None] = mapped_column(String(64))
    order: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(String(32))
    package_state: Mapped[str | None] = mapped_column(String(16))
    outer_packaging_intact: Mapped[bool | None] = mapped_column(Boolean)
    kept: Mapped[dict[str, bool] | None] = mapped_column(JSON)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    description: Mapped[str | None] = mapped_column(Text)
    complaint: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    category: Mapped[str | None] = mapped_column(String(32))
    request_date: Mapped[date] = mapped_column(Date)
    responsibility: Mapped[str | None] = mapped_column(String(16))
    decision: Mapped[dict[str, Any]] = mapped_column(JSON)
    resolution: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    handling: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    flags: Mapped[list[str]] = mapped_column(JSON)
    repeat_repair: Mapped[bool] = mapped_column(Boolean, default=False)
    policy_version: Mapped[str] = mapped_column(String(40))
    refund_amount: Mapped[Decimal | None] = mapped_column(Money)
    restocking_fee: Mapped[Decimal | None] = mapped_column(Money)
    compensation_amount: Mapped[Decimal | None] = mapped_column(Money)
    repair_charge: Mapped[Decimal | None] = mapped_column(Money)
    claimed_compensation: Mapped[Decimal | None] = mapped_column(Money)
    appointment_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    visits: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    root_cause: Mapped[dict[str, str] | None] = mapped_column(JSON)
    satisfaction: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    satisfaction_score: Mapped[int | None] = mapped_column(Integer)
    pickup_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_breach_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution_seconds: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    items: Mapped[list[TicketItem]] = relationship(order_by="TicketItem.line", lazy="raise")
    approvals: Mapped[list[Approval]] = relationship(order_by="Approval.id", lazy="raise")
    inspections: Mapped[list[Inspection]] = relationship(order_by="Inspection.id", lazy="raise")
    deadlines: Mapped[list[Deadline]] = relationship(order_by="Deadline.id", lazy="raise")
    quotes: Mapped[list[Quote]] = relationship(order_by="Quote.n", lazy="raise")
    payouts: Mapped[list[Payout]] = relationship(order_by="Payout.n", lazy="raise")
    events: WriteOnlyMapped[Event] = relationship(order_by="Event.seq")


class TicketLevel(Base):
    """Each ticket's level, for the list's `level=` filter, kept beside the ticket (and
    written with it): with no index of `tickets` on its level, raising a level leaves
    every index of `tickets` as it was. Beside it, when the sweep is next due to look at
    the ticket: the sweep's own question, answered from a partial index that holds only
    tickets with a deadline still to escalate. A sweep's raise rewrites the row anyway
    (its level is indexed), so moving the alarm costs no other write."""

    __tablename__ = "ticket_levels"
    __table_args__ = (
        Index(None, "level", "created_at", "ticket_id"),
        Index(
            "ix_ticket_levels_alarm_at",
            "alarm_at",
            "ticket_id",
            postgresql_where=text("alarm_at IS NOT NULL"),
            sqlite_where=text("alarm_at IS NOT NULL"),
        ),
        {"sqlite_with_rowid": False},
    )
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True)
    level: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the ticket's, for the list's order
    # The earliest breach among the ticket's open deadlines not yet escalated, while it
    # is not done (services/deadlines.alarm); None when there is none.
    alarm_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class TicketItem(Base):
    __tablename__ = "ticket_items"
    __table_args__ = {"sqlite_with_rowid": False}  # the key is the table: one B-tree, not two
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True)
    line: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    category: Mapped[str | None] = mapped_column(String(64))
    ordered_quantity: Mapped[int | None] = mapped_column(Integer)


class Event(Base):
    """The append-only audit trail: one row per change, in the same transaction."""

    __tablename__ = "events"
    # (ticket, seq) is unique, so two writers can never both append the same step.
    __table_args__ = {"sqlite_with_rowid": False}
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    type: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str | None] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class Approval(Base):
    __tablename__ = "approvals"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(32))
    approved: Mapped[bool] = mapped_column(Boolean)
    actor: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Inspection(Base):
    __tablename__ = "inspections"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    inspector: Mapped[str] = mapped_column(String(100))
    checks: Mapped[dict[str, Any]] = mapped_column(JSON)
    passed: Mapped[bool] = mapped_column(Boolean)
    failed: Mapped[list[str]] = mapped_column(JSON)
    notes: Mapped[str] = mapped_column(Text, default="")
    photos: Mapped[list[str]] = mapped_column(JSON)
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Contact(Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Deadline(Base):
    """One time limit of one ticket: open until met (or dropped), escalated at most once."""

    __tablename__ = "deadlines"
    __table_args__ = (
        # The report's time limits of a month, from the index alone on PostgreSQL.
        Index(None, "breach_at", postgresql_include=["key", "met_at"]),
        # No index holds `escalated_at` (the sweep finds its tickets by
        # `TicketLevel.alarm_at`), and each page keeps room for its rows' next versions:
        # a sweep's claim is written in place, leaving the three indexes alone.
        {"postgresql_with": {"fillfactor": DEADLINES_FILLFACTOR}},
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    breach_at: Mapped[datetime] = mapped_column(UTCDateTime)
    met_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    dropped: Mapped[bool] = mapped_column(Boolean, default=False)
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Quote(Base):
    """REPAIR_QUOTE: parts, labour and travel of a paid repair, and the customer's answer."""

    __tablename__ = "quotes"
    __table_args__ = {"sqlite_with_rowid": False}
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, primary_key=True)
    parts: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    labour: Mapped[Decimal] = mapped_column(Money)
    travel: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))  # pending, accepted, refused
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)


class Payout(Base):
    """REFUND_SIGNOFF: the signed refund request (支票申请单) of one money resolution,
    signed by a supervisor, then a manager, then paid by finance."""

    __tablename__ = "payouts"
    __table_args__ = {"sqlite_with_rowid": False}
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    amount: Mapped[Decimal] = mapped_column(Money)
    parts: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    order_id: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(String(32))
    sale: Mapped[str] = mapped_column(String(16))  # before_sale (售前退) or after_sale (售后退)
    status: Mapped[str] = mapped_column(String(16))  # requested, paid, void
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    supervisor_signoff_by: Mapped[str | None] = mapped_column(String(100))
    supervisor_signoff_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    manager_signoff_by: Mapped[str | None] = mapped_column(String(100))
    manager_signoff_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reference: Mapped[str | None] = mapped_column(String(100))
    paid_by: Mapped[str | None] = mapped_column(String(100))
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)


class Customer(Base):
    """CUSTOMER_PROFILE: created on first sight of a storefront customer id."""

    __tablename__ = "customers"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(200))
    tier: Mapped[str] = mapped_column(String(16))
    blocked: Mapped[bool] = mapped_column(Boolean)
    blocked_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CustomerChange(Base):
    """The audit trail of a profile: one row per change, in the same transaction."""

    __tablename__ = "customer_changes"
    __table_args__ = {"sqlite_with_rowid": False}
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class Case(Base):
    """ROOT_CAUSE: the case library (案例库), one entry per closed ticket with a root cause."""

    __tablename__ = "cases"
    __table_args__ = (
        Index(None, "closed_at", "ticket_id", postgresql_include=["category", "product_category"]),
        Index(None, "sku", "closed_at", "ticket_id"),
        Index(None, "category", "closed_at", "ticket_id"),
        Index(None, "department", "closed_at", "ticket_id"),
    )
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True)
    number: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(16))
    sku: Mapped[str | None] = mapped_column(String(64))
    product_category: Mapped[str | None] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(64))
    department: Mapped[str] = mapped_column(String(64))
    lesson: Mapped[str] = mapped_column(Text)
    resolution: Mapped[str | None] = mapped_column(String(32))
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class TicketCounter(Base):
    """Per-day sequence behind the ticket numbers AS-YYYYMMDD-NNNNNN."""

    __tablename__ = "ticket_counters"
    day: Mapped[str] = mapped_column(String(8), primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class IdempotencyRecord(Base):
    """The first response to a keyed POST, committed with the rows it created; kept for
    the configured retention, then purged by the sweep."""

    __tablename__ = "idempotency_records"
    __table_args__ = (Index(None, "created_at"),)
    principal: Mapped[str] = mapped_column(String(100), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    response: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OutboxHead(Base):
    """The last outbox position handed out, in one row. A transaction takes its positions
    by updating this row, which stays locked until it commits: positions follow commit
    order, and a reader never sees a later one before an earlier one."""

    __tablename__ = "outbox_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger)


class Message(Base):
    """The outbox: every published event, at its position in the global feed."""

    __tablename__ = "outbox"
    __table_args__ = (Index(None, "type", "position"),)
    position: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    ticket_id: Mapped[str] = mapped_column(String(36))
    ticket: Mapped[str] = mapped_column(String(20))
    type: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class Webhook(Base):
    """A subscription: where to send which events, the secret that signs them, and the
    last outbox position fanned out into its deliveries."""

    __tablename__ = "webhooks"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    events: Mapped[list[str]] = mapped_column(JSON)
    description: Mapped[str] = mapped_column(Text, default="")
    secret: Mapped[str] = mapped_column(String(100))
    cursor: Mapped[int] = mapped_column(BigInteger)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Delivery(Base):
    """One event for one subscription, with its attempts: pending until the receiver
    answers 2xx (delivered) or the retry schedule runs out (failed)."""

    __tablename__ = "deliveries"
    __table_args__ = (
        Index(None, "webhook_id", "position", unique=True),
        # The next attempt due, and the earlier pending event of the same ticket (order).
        Index(None, "status", "next_attempt_at"),
        Index(None, "webhook_id", "ticket_id", "position"),
        Index(None, "webhook_id", "status", "id"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    webhook_id: Mapped[str] = mapped_column(ForeignKey("webhooks.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(BigInteger)
    ticket_id: Mapped[str] = mapped_column(String(36))
    type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # pending, delivered, failed
    attempts: Mapped[int] = mapped_column(Integer)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    log: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# The tables themselves, for the hot paths that write with plain INSERTs.
TICKETS = cast(Table, Ticket.__table__)
TICKET_ITEMS = cast(Table, TicketItem.__table__)
TICKET_LEVELS = cast(Table, TicketLevel.__table__)
EVENTS = cast(Table, Event.__table__)
DEADLINES = cast(Table, Deadline.__table__)
IDEMPOTENCY = cast(Table, IdempotencyRecord.__table__)
CUSTOMERS = cast(Table, Customer.__table__)
PAYOUTS = cast(Table, Payout.__table__)
APPROVALS = cast(Table, Approval.__table__)
INSPECTIONS = cast(Table, Inspection.__table__)
QUOTES = cast(Table, Quote.__table__)
OUTBOX = cast(Table, Message.__table__)
OUTBOX_HEAD = cast(Table, OutboxHead.__table__)
DELIVERIES = cast(Table, Delivery.__table__)
