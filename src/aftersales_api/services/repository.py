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

from sqlalchemy import bindparam, insert, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..core import driver
from ..core.errors import Invalid, NotFound
from ..models import (
    APPROVALS,
    DEADLINES,
    INSPECTIONS,
    PAYOUTS,
    QUOTES,
    TICKET_ITEMS,
    TICKET_LEVELS,
    TICKETS,
    Event,
    TicketCounter,
)
from . import deadlines

DIALECTS = ("sqlite", "postgresql")
# A ticket is read as records: its row and its children's rows, by statements compiled
# once and run in one round trip (core/driver.py). The ORM's loading of six
# relationships cost several times the SQL it runs.
_CHILDREN = {
    "items": (TICKET_ITEMS, TICKET_ITEMS.c.line),
    "approvals": (APPROVALS, APPROVALS.c.id),
    "inspections": (INSPECTIONS, INSPECTIONS.c.id),
    "deadlines": (DEADLINES, DEADLINES.c.id),
    "quotes": (QUOTES, QUOTES.c.n),
    "payouts": (PAYOUTS, PAYOUTS.c.n),
}
CHANGING = ("approvals", "inspections", "deadlines", "quotes", "payouts")  # items never change


def _ticket(by: str, scoped: bool, lock: bool) -> driver.Query:
    stmt = select(TICKETS).where(
        TICKETS.c[by] == bindparam("ref"), *([TICKETS.c.store == bindparam("store")] if scoped else [])
    )
    return driver.Query(stmt.with_for_update() if lock else stmt)


TICKET = {
    (by, scoped, lock): _ticket(by, scoped, lock)
    for by in ("id", "number")
    for scoped in (False, True)
    for lock in (False, True)
}
# One ticket's children, by the ticket's id or number (a subquery: no round trip between).
CHILDREN_OF = {
    by: {
        name: driver.Query(
            select(table)
            .where(
                table.c.ticket_id
                == select(TICKETS.c.id).where(TICKETS.c[by] == bindparam("ref")).scalar_subquery()
            )
            .order_by(order)
        )
        for name, (table, order) in _CHILDREN.items()
    }
    for by in ("id", "number")
}
# A page's children, by the list of its tickets' ids.
CHILDREN_IN = {
    dialect: {
        name: driver.Query(
            select(table)
            .where(driver.in_list(table.c.ticket_id, "ids", dialect))
            .order_by(table.c.ticket_id, order)
        )
        for name, (table, order) in _CHILDREN.items()
    }
    for dialect in DIALECTS
}


def read(session: Session, ref: str, store: str | None = None, *, lock: bool = False) -> Any:
    """A ticket by id or number, with everything its view shows, as a record. `lock`
    holds the row until commit, so two writers on one ticket take turns (SQLite's
    writers already do). With `store`, another store's ticket is not found."""
    by = "number" if ref.startswith("AS-") else "id"
    params = {"ref": ref, "store": store}
    children = CHILDREN_OF[by]
    found, *rows = driver.fetch(
        session.connection(),
        [(TICKET[by, store is not None, lock], params), *((q, params) for q in children.values())],
    )
    if not found:
        raise NotFound(f"No ticket {ref}.")
    t = found[0]
    for name, kids in zip(children, rows, strict=True):
        setattr(t, name, kids)
    return t


def records(session: Session, rows: Sequence[Any]) -> list[Any]:
    """Ticket rows as records with their children (one query per kind of child, all in
    one round trip)."""
    found = {r.id: SimpleNamespace(**r._mapping, **{name: [] for name in _CHILDREN}) for r in rows}
    if not found:
        return []
    conn = session.connection()
    children = CHILDREN_IN[conn.dialect.name]
    ids = {"ids": list(found)}
    for name, kids in zip(children, driver.fetch(conn, [(q, ids) for q in children.values()]), strict=True):
        for c in kids:
            getattr(found[c.ticket_id], name).append(c)
    return [found[r.id] for r in rows]


# Writing back what a write on a ticket changed: the ticket's changed columns, its
# children's changed columns, and the new children, in one batch with its events.
Loaded = dict[int, tuple[Any, dict[str, Any]]]  # id(record) → (record, its values as read)
TICKET_KEYS = tuple(c.key for c in TICKETS.c)
TABLES = {name: table for name, (table, _) in _CHILDREN.items()}


def _by_key(table: Any) -> driver.Statement:
    return driver.Statement(
        update(table).where(*(c == bindparam(f"pk_{c.key}") for c in table.primary_key.columns))
    )


UPDATE = {"ticket": _by_key(TICKETS), **{name: _by_key(TABLES[name]) for name in CHANGING}}
INSERT = {name: driver.Statement(insert(TABLES[name])) for name in CHANGING}


def loaded(t: Any) -> Loaded:
    """What a write's record was as read, to write back only what changes."""
    out: Loaded = {id(t): (t, {k: getattr(t, k) for k in TICKET_KEYS})}
    for name in CHANGING:
        keys = tuple(TABLES[name].c.keys())
        for c in getattr(t, name):
            out[id(c)] = (c, {k: getattr(c, k) for k in keys})
    return out


# The level beside each ticket (models.TicketLevel) and the sweep's alarm, written with
# the ticket's.
INSERT_LEVEL = driver.Statement(insert(TICKET_LEVELS))
UPDATE_LEVEL = driver.Statement(
    update(TICKET_LEVELS).where(TICKET_LEVELS.c.ticket_id == bindparam("pk_ticket_id"))
)


def level_row(t: Any) -> dict[str, Any]:
    alarm_at = deadlines.alarm(t.state, t.deadlines)
    return {"ticket_id": t.id, "level": t.level, "created_at": t.created_at, "alarm_at": alarm_at}


def changes(t: Any, before: Loaded) -> list[driver.Step]:
    """UPDATEs of what changed and INSERTs of the children added since `loaded`."""
    steps = []
    ticket = _changed(t, before[id(t)][1], TICKETS)
    if ticket:
        steps.append(driver.Step(UPDATE["ticket"], [ticket]))
    if level := _level_changed(t, before):
        steps.append(driver.Step(UPDATE_LEVEL, [{"pk_ticket_id": t.id, **level}]))
    for name in CHANGING:
        table = TABLES[name]
        for c in getattr(t, name):
            was = before.get(id(c))
            if was is None:
                row = {k: v for k, v in vars(c).items() if k in table.c}
                steps.append(driver.Step(INSERT[name], [row]))
            elif changed := _changed(c, was[1], table):
                steps.append(driver.Step(UPDATE[name], [changed]))
    return steps


def _level_changed(t: Any, before: Loaded) -> dict[str, Any]:
    """The ticket's level row's columns that change: its level, and its alarm when the
    ticket's state or deadlines move it."""
    out = {}
    state = before[id(t)][1]["state"]
    if t.level != before[id(t)][1]["level"]:
        out["level"] = t.level
    was = [SimpleNamespace(**before[id(d)][1]) for d in t.deadlines if id(d) in before]
    if (alarm_at := deadlines.alarm(t.state, t.deadlines)) != deadlines.alarm(state, was):
        out["alarm_at"] = alarm_at
    return out


def _changed(record: Any, was: dict[str, Any], table: Any) -> dict[str, Any]:
    now = {k: getattr(record, k) for k in was if getattr(record, k) != was[k]}
    if now:
        now.update({f"pk_{c.key}": was[c.key] for c in table.primary_key.columns})
    return now


def counter_upsert(dialect: str) -> Any:
    """The per-day counter behind AS-YYYYMMDD-NNNNNN: one atomic upsert, safe under
    concurrency on both databases (the row stays locked until the transaction commits)."""
    insert = sqlite.insert if dialect == "sqlite" else postgresql.insert
    stmt = insert(TicketCounter).values(day=bindparam("day"), last=1)
    return stmt.on_conflict_do_update(index_elements=["day"], set_={"last": TicketCounter.last + 1})


def _previous_repairs(dialect: str) -> driver.Query:
    t, i = TICKETS.c, TICKET_ITEMS.c
    return driver.Query(
        select(t.request_date)
        .join(TICKET_ITEMS, i.ticket_id == t.id)
        .where(
            t.kind == "repair",
            t.order_id == bindparam("order"),
            t.reason == bindparam("reason"),
            t.state != "cancelled",
            driver.in_list(i.sku, "skus", dialect),
            t.number < bindparam("before"),  # numbers grow with time: "AT" sorts after every "AS-…"
        )
        .distinct()
    )


PREVIOUS_REPAIRS = {d: _previous_repairs(d) for d in DIALECTS}


def previous_repairs(
    dialect: str, order_id: str, skus: list[str], reason: str | None, before: str | None = None
) -> driver.Lookup[tuple[date, ...]]:
    """Request dates of earlier repairs (numbered before `before`) of the same order line
    (order and SKU) and fault."""
    params = {"order": order_id, "skus": skus, "reason": reason, "before": before or "AT"}
    return driver.Lookup(PREVIOUS_REPAIRS[dialect], params, lambda rows: tuple(r.request_date for r in rows))


LIVE_CLAIM_KINDS = ("return", "exchange")
DEAD_STATES = ("cancelled", "rejected")


def earlier_claims(
    dialect: str, order_id: str, skus: list[str], before: str | None = None
) -> driver.Lookup[dict[str, list[tuple[str, int]]]]:
    """DUPLICATE_CLAIM: per SKU, (number, quantity) of the live return and exchange
    tickets on the same order numbered before `before` (found through the order index)."""
    params = {"order": order_id, "skus": skus, "before": before or "AT"}
    return driver.Lookup(EARLIER_CLAIMS[dialect], params, _by_sku)


def _by_sku(rows: driver.Records) -> dict[str, list[tuple[str, int]]]:
    found: dict[str, list[tuple[str, int]]] = {}
    for r in rows:
        found.setdefault(r.sku, []).append((r.number, r.quantity))
    return found


def _earlier_claims(dialect: str) -> driver.Query:
    t, i = TICKETS.c, TICKET_ITEMS.c
    return driver.Query(
        select(t.number, i.sku, i.quantity)
        .join(TICKET_ITEMS, i.ticket_id == t.id)
        .where(
            t.order_id == bindparam("order"),
            driver.one_of(t.kind, LIVE_CLAIM_KINDS),
            ~driver.one_of(t.state, DEAD_STATES),
            driver.in_list(i.sku, "skus", dialect),
            t.number < bindparam("before"),  # "AT" sorts after every "AS-…"
        )
        .order_by(t.number)
    )


# Built once: every ticket opened runs it, and building a statement costs more than running it.
EARLIER_CLAIMS = {d: _earlier_claims(d) for d in DIALECTS}


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
    # The list's order, (created_at, id): the level's table carries it too, so that a
    # `level=` page is read in order from its index there.
    order: tuple[Any, Any] = (t.created_at, t.id)
    if f.level is not None:
        levels = TICKET_LEVELS.c
        stmt = stmt.join(TICKET_LEVELS, levels.ticket_id == t.id).where(levels.level == f.level)
        order = (levels.created_at, levels.ticket_id)
    for column, value in (
        (t.store, f.store),
        (t.state, f.state),
        (t.kind, f.kind),
        (t.priority, f.priority),
        (t.customer_id, f.customer_id),
        (t.owner, f.owner),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    # Only tickets with an open deadline have a next breach: the partial index over them
    # (in list order) answers both filters without walking the closed ones. A comparison
    # implies `next_breach_at IS NOT NULL` for both databases' choice of that index;
    # spelt out too, it made PostgreSQL multiply the two selectivities, expect a tenth of
    # the overdue tickets, and sort every one of them for a page (35 ms for 10,000).
    if f.due_before is not None:
        stmt = stmt.where(t.next_breach_at < f.due_before)
    if f.overdue_at is not None:
        stmt = stmt.where(t.next_breach_at <= f.overdue_at)
    if f.created_from is not None:
        stmt = stmt.where(order[0] >= f.created_from)
    if f.created_to is not None:
        stmt = stmt.where(order[0] < f.created_to)
    if cursor:
        # The row-value form: an index on (created_at, id) bounds it directly.
        stmt = stmt.where(tuple_(*order) > tuple_(*decode_keyset(cursor)))
    rows = session.connection().execute(stmt.order_by(*order).limit(limit + 1)).all()
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
