"""Reading and writing tickets. Repositories never commit: the caller's transaction does."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Select, bindparam, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload

from ..core.errors import Invalid, NotFound
from ..models import (
    APPROVALS,
    DEADLINES,
    INSPECTIONS,
    PAYOUTS,
    QUOTES,
    TICKET_ITEMS,
    TICKETS,
    Event,
    Ticket,
    TicketCounter,
    TicketItem,
)

FULL = (
    selectinload(Ticket.items),
    selectinload(Ticket.approvals),
    selectinload(Ticket.inspections),
    selectinload(Ticket.deadlines),
    selectinload(Ticket.quotes),
    selectinload(Ticket.payouts),
)


def _by_ref(ref: str) -> Any:
    return Ticket.number == ref if ref.startswith("AS-") else Ticket.id == ref


def get(session: Session, ref: str, *, lock: bool = False, store: str | None = None) -> Ticket:
    """A ticket by id or number, with everything its view shows. `lock` holds the row
    until commit, so two writers on one ticket take turns (SQLite's writers already do).
    With `store`, another store's ticket is not found."""
    stmt = select(Ticket).where(_by_ref(ref)).options(*FULL)
    if store is not None:
        stmt = stmt.where(Ticket.store == store)
    if lock:
        stmt = stmt.with_for_update(of=Ticket)
    ticket = session.scalars(stmt).one_or_none()
    if ticket is None:
        raise NotFound(f"No ticket {ref}.")
    return ticket


# Reading for a view (no changes follow): Core rows into plain records, statements built
# once. The ORM's loading of six relationships costs several times the SQL it runs.
_CHILDREN = {
    "items": (TICKET_ITEMS, TICKET_ITEMS.c.line),
    "approvals": (APPROVALS, APPROVALS.c.id),
    "inspections": (INSPECTIONS, INSPECTIONS.c.id),
    "deadlines": (DEADLINES, DEADLINES.c.id),
    "quotes": (QUOTES, QUOTES.c.n),
    "payouts": (PAYOUTS, PAYOUTS.c.n),
}
CHILDREN = {
    name: select(table)
    .where(table.c.ticket_id.in_(bindparam("ids", expanding=True)))
    .order_by(table.c.ticket_id, order)
    for name, (table, order) in _CHILDREN.items()
}
BY_REF = {
    (by, scoped): select(TICKETS).where(
        TICKETS.c[by] == bindparam("ref"), *([TICKETS.c.store == bindparam("store")] if scoped else [])
    )
    for by in ("id", "number")
    for scoped in (False, True)
}


def read(session: Session, ref: str, store: str | None = None) -> Any:
    """A ticket by id or number, with everything its view shows, as a plain record."""
    by = "number" if ref.startswith("AS-") else "id"
    row = session.connection().execute(BY_REF[by, store is not None], {"ref": ref, "store": store}).first()
    if row is None:
        raise NotFound(f"No ticket {ref}.")
    return records(session, [row])[0]


def records(session: Session, rows: Sequence[Any]) -> list[Any]:
    """Ticket rows as records with their children (one query per kind of child)."""
    found = {r.id: SimpleNamespace(**r._mapping, **{name: [] for name in CHILDREN}) for r in rows}
    conn = session.connection()
    for name, stmt in CHILDREN.items():
        for c in conn.execute(stmt, {"ids": list(found)}):
            getattr(found[c.ticket_id], name).append(c)  # a row reads like a record
    return [found[r.id] for r in rows]


def counter_upsert(dialect: str) -> Any:
    """The per-day counter behind AS-YYYYMMDD-NNNNNN: one atomic upsert, safe under
    concurrency on both databases (the row stays locked until the transaction commits)."""
    insert = sqlite.insert if dialect == "sqlite" else postgresql.insert
    stmt = insert(TicketCounter).values(day=bindparam("day"), last=1)
    return stmt.on_conflict_do_update(index_elements=["day"], set_={"last": TicketCounter.last + 1})


def previous_repairs(
    session: Session,
    order_id: str,
    skus: list[str],
    reason: str | None,
    before: str | None = None,
) -> list[date]:
    """Request dates of earlier repairs (numbered before `before`) of the same order line
    (order and SKU) and fault."""
    stmt = (
        select(Ticket.request_date)
        .join(TicketItem, TicketItem.ticket_id == Ticket.id)
        .where(
            Ticket.kind == "repair",
            Ticket.order_id == order_id,
            Ticket.reason == reason,
            Ticket.state != "cancelled",
            TicketItem.sku.in_(skus),
            Ticket.number < (before or "AT"),  # numbers grow with time: "AT" sorts after every "AS-…"
        )
        .distinct()
    )
    return list(session.scalars(stmt))


LIVE_CLAIM_KINDS = ("return", "exchange")
DEAD_STATES = ("cancelled", "rejected")


def earlier_claims(
    session: Session, order_id: str, skus: list[str], before: str | None = None
) -> dict[str, list[tuple[str, int]]]:
    """DUPLICATE_CLAIM: per SKU, (number, quantity) of the live return and exchange
    tickets on the same order numbered before `before` (found through the order index)."""
    found: dict[str, list[tuple[str, int]]] = {}
    params = {"order": order_id, "skus": skus, "before": before or "AT"}
    for number, sku, quantity in session.connection().execute(EARLIER_CLAIMS, params):
        found.setdefault(sku, []).append((number, quantity))
    return found


# Built once: every ticket opened runs it, and building a statement costs more than running it.
EARLIER_CLAIMS = (
    select(TICKETS.c.number, TICKET_ITEMS.c.sku, TICKET_ITEMS.c.quantity)
    .join(TICKET_ITEMS, TICKET_ITEMS.c.ticket_id == TICKETS.c.id)
    .where(
        TICKETS.c.order_id == bindparam("order"),
        TICKETS.c.kind.in_(LIVE_CLAIM_KINDS),
        TICKETS.c.state.not_in(DEAD_STATES),
        TICKET_ITEMS.c.sku.in_(bindparam("skus", expanding=True)),
        TICKETS.c.number < bindparam("before"),  # "AT" sorts after every "AS-…"
    )
    .order_by(TICKETS.c.number)
)


def earlier_claims_query(order_id: str, skus: list[str], before: str | None = None) -> Select[str, str, int]:
    return EARLIER_CLAIMS.params(order=order_id, skus=skus, before=before or "AT")


@dataclass(frozen=True)
class TicketFilter:
    store: str | None = None
    state: str | None = None
    kind: str | None = None
    level: str | None = None
    priority: str | None = None
    customer_id: str | None = None
    owner: str | None = None
    due_before: datetime | None = None
    overdue_at: datetime | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None


def encode_cursor(*parts: str) -> str:
    return base64.urlsafe_b64encode("|".join(parts).encode()).decode().rstrip("=")


SEQ = re.compile(r"[0-9]{1,9}")
TICKET_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def decode_cursor(cursor: str, *shapes: re.Pattern[str] | None) -> list[str]:
    """The parts of a cursor this service issued, each matching its shape (None: any)."""
    try:
        parts = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii").split("|")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        parts = []
    if len(parts) != len(shapes) or any(
        shape is not None and not shape.fullmatch(part) for shape, part in zip(shapes, parts, strict=True)
    ):
        raise Invalid("The cursor is not one this service issued.")
    return parts


def decode_keyset(cursor: str) -> tuple[datetime, str]:
    """The (timestamp, ticket id) position of a keyset cursor this service issued."""
    at_text, last_id = decode_cursor(cursor, None, TICKET_ID)
    try:
        at = datetime.fromisoformat(at_text)
    except ValueError as exc:
        raise Invalid("The cursor is not one this service issued.") from exc
    if at.tzinfo is None or not 1900 <= at.year <= 2999:
        raise Invalid("The cursor is not one this service issued.")
    return at, last_id


def list_tickets(
    session: Session, f: TicketFilter, limit: int, cursor: str | None
) -> tuple[list[Any], str | None]:
    """Keyset pagination on (created_at, id): no row skipped or repeated across pages."""
    t = TICKETS.c
    stmt = select(TICKETS)
    for column, value in (
        (t.store, f.store),
        (t.state, f.state),
        (t.kind, f.kind),
        (t.level, f.level),
        (t.priority, f.priority),
        (t.customer_id, f.customer_id),
        (t.owner, f.owner),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    # Only tickets with an open deadline have a next breach: the partial index over them
    # (in list order) answers both filters without walking the closed ones.
    if f.due_before is not None:
        stmt = stmt.where(t.next_breach_at.is_not(None), t.next_breach_at < f.due_before)
    if f.overdue_at is not None:
        stmt = stmt.where(t.next_breach_at.is_not(None), t.next_breach_at <= f.overdue_at)
    if f.created_from is not None:
        stmt = stmt.where(t.created_at >= f.created_from)
    if f.created_to is not None:
        stmt = stmt.where(t.created_at < f.created_to)
    if cursor:
        # The row-value form: an index on (created_at, id) bounds it directly.
        stmt = stmt.where(tuple_(t.created_at, t.id) > tuple_(*decode_keyset(cursor)))
    rows = session.connection().execute(stmt.order_by(t.created_at, t.id).limit(limit + 1)).all()
    page = records(session, rows[:limit])
    if len(rows) <= limit:
        return page, None
    return page, encode_cursor(page[-1].created_at.isoformat(), page[-1].id)


def list_events(
    session: Session, ticket_id: str, limit: int, cursor: str | None
) -> tuple[list[Event], str | None]:
    stmt = select(Event).where(Event.ticket_id == ticket_id)
    if cursor:
        (seq,) = decode_cursor(cursor, SEQ)
        stmt = stmt.where(Event.seq > int(seq))
    rows = list(session.scalars(stmt.order_by(Event.seq).limit(limit + 1)))
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, encode_cursor(str(rows[-1].seq))
