"""Grow a database from tickets the API made: each clone copies a template ticket with
every child row (items, deadlines, events, approvals, inspections, quotes, payouts,
cases, outbox), under a new id, number, customer and order, moved in time.

Used by the HTTP benchmark (fresh `received` tickets to verify) and the scale benchmark.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select, update
from uuid_utils import uuid7

from aftersales_api.models import (
    CUSTOMERS,
    OUTBOX,
    OUTBOX_HEAD,
    TICKETS,
    Approval,
    Case,
    Deadline,
    Event,
    Inspection,
    Payout,
    Quote,
    TicketItem,
    TicketLevel,
    UTCDateTime,
)

CHILDREN: tuple[Table, ...] = tuple(
    m.__table__  # type: ignore[misc]
    for m in (TicketLevel, TicketItem, Deadline, Event, Approval, Inspection, Quote, Payout, Case)
)


@dataclass(frozen=True)
class Plan:
    """One clone: which template, when it was made, and who it is for."""

    template: str
    created_at: datetime
    customer: str


def new_id(p: Plan) -> str:
    """A ticket id of the clone's time, as the service makes them (UUIDv7)."""
    return str(uuid7(nanoseconds=int(p.created_at.timestamp() * 1_000_000) * 1000))


@dataclass
class Template:
    ticket: dict[str, Any]
    children: dict[str, list[dict[str, Any]]]
    outbox: list[dict[str, Any]]


def templates(engine: Engine, where: Any = None) -> dict[str, Template]:
    with engine.connect() as conn:
        q = select(TICKETS) if where is None else select(TICKETS).where(where)
        tickets = {r.id: dict(r._mapping) for r in conn.execute(q)}
        out = {tid: Template(t, {c.name: [] for c in CHILDREN}, []) for tid, t in tickets.items()}
        for table in CHILDREN:
            for r in conn.execute(select(table).where(table.c.ticket_id.in_(tickets))):
                out[r.ticket_id].children[table.name].append(dict(r._mapping))
        for r in conn.execute(select(OUTBOX).where(OUTBOX.c.ticket_id.in_(tickets))):
            out[r.ticket_id].outbox.append(dict(r._mapping))
    return out


def _moved(row: dict[str, Any], delta: timedelta) -> dict[str, Any]:
    return {k: (v + delta if isinstance(v, datetime) else v) for k, v in row.items()}


def grow(
    engine: Engine,
    plans: Iterator[Plan],
    found: dict[str, Template],
    *,
    batch: int = 2000,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert the planned clones in batches; returns how many."""
    made = 0
    seen_customers: set[str] = set()
    serial = count(engine)  # clones are numbered AS-<day>-<8 digits>: never an API number
    while True:
        chunk = [p for _, p in zip(range(batch), plans, strict=False)]
        if not chunk:
            return made
        tickets: list[dict[str, Any]] = []
        children: dict[str, list[dict[str, Any]]] = {t.name: [] for t in CHILDREN}
        published: list[dict[str, Any]] = []
        customers: list[dict[str, Any]] = []
        for p in chunk:
            tpl = found[p.template]
            delta = p.created_at - tpl.ticket["created_at"]
            tid = new_id(p)
            serial += 1
            number = f"AS-{p.created_at:%Y%m%d}-{serial:08d}"
            order = f"O-{tid[-12:]}"
            t = _moved(tpl.ticket, delta)
            t.update(id=tid, number=number, customer_id=p.customer, order_id=order)
            t["customer"] = {**(t["customer"] or {}), "id": p.customer}
            if t["order"]:
                t["order"] = {**t["order"], "id": order}
            tickets.append(t)
            for table in CHILDREN:
                for row in tpl.children[table.name]:
                    c = _moved(row, delta)
                    c["ticket_id"] = tid
                    c.pop("id", None)  # deadlines, approvals, inspections: numbered anew
                    if table.name == "cases":
                        c["number"] = number
                    children[table.name].append(c)
            for row in tpl.outbox:
                published.append({**_moved(row, delta), "ticket_id": tid, "ticket": number})
            if p.customer not in seen_customers:
                seen_customers.add(p.customer)
                customers.append(
                    {
                        "id": p.customer,
                        "name": None,
                        "tier": "regular",
                        "blocked": False,
                        "version": 0,
                        "created_at": t["created_at"],
                        "updated_at": t["created_at"],
                    }
                )
        with engine.begin() as conn:
            _insert(conn, TICKETS, tickets)
            for table in CHILDREN:
                _insert(conn, table, children[table.name])
            if published:
                last = conn.execute(
                    update(OUTBOX_HEAD)
                    .values(position=OUTBOX_HEAD.c.position + len(published))
                    .returning(OUTBOX_HEAD.c.position)
                ).scalar_one()
                first = last - len(published) + 1
                for i, row in enumerate(published):
                    row["position"] = first + i
                _insert(conn, OUTBOX, published)
            known = set(
                conn.scalars(select(CUSTOMERS.c.id).where(CUSTOMERS.c.id.in_([c["id"] for c in customers])))
            )
            fresh = [c for c in customers if c["id"] not in known]
            if fresh:
                conn.execute(insert(CUSTOMERS), fresh)
        made += len(chunk)
        if progress is not None:
            progress(made)


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """PostgreSQL: COPY, with the values converted as SQLAlchemy converts them (JSON
    text, cents, UTC); SQLite: an executemany."""
    if not rows:
        return
    dialect = conn.dialect
    if dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    names = list(rows[0])
    convert = [table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]
    raw = conn.connection.driver_connection
    assert raw is not None
    columns = ", ".join(f'"{n}"' for n in names)  # "order" is a keyword
    with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(
                [v if f is None else f(v) for f, v in zip(convert, (row[n] for n in names), strict=True)]
            )


def count(engine: Engine, where: Any = None) -> int:
    with engine.connect() as conn:
        q = select(func.count()).select_from(TICKETS)
        return int(conn.execute(q if where is None else q.where(where)).scalar_one())


def grow_in_sql(
    engine: Engine,
    plans: Iterator[Plan],
    *,
    batch: int = 100_000,
    progress: Callable[[int], None] | None = None,
) -> int:
    """PostgreSQL: the same clones, made by the server. The plans go in by COPY; every
    table is then copied from its templates' rows by one INSERT … SELECT."""
    made = 0
    serial = count(engine)
    while True:
        chunk = [p for _, p in zip(range(batch), plans, strict=False)]
        if not chunk:
            return made
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "CREATE TEMP TABLE plan (seq bigint, new_id text, number text, template text, "
                "created_at timestamptz, delta interval, customer text, order_id text) ON COMMIT DROP"
            )
            raw = conn.connection.driver_connection
            assert raw is not None
            with raw.cursor() as cur, cur.copy("COPY plan FROM STDIN") as copy:
                for n, p in enumerate(chunk):
                    serial += 1
                    tid = new_id(p)
                    number = f"AS-{p.created_at:%Y%m%d}-{serial:08d}"
                    copy.write_row(
                        (n, tid, number, p.template, p.created_at, None, p.customer, f"O-{tid[-12:]}")
                    )
            conn.exec_driver_sql(
                "UPDATE plan SET delta = plan.created_at - t.created_at "
                "FROM tickets t WHERE t.id = plan.template"
            )
            for table in (TICKETS, *CHILDREN):
                conn.exec_driver_sql(_copy_sql(table))
            conn.exec_driver_sql(
                "INSERT INTO outbox (position, ticket_id, ticket, type, at, data) "
                "SELECT h.position + row_number() OVER (ORDER BY p.seq, o.position), p.new_id, p.number, "
                "o.type, o.at + p.delta, o.data FROM plan p JOIN outbox o ON o.ticket_id = p.template, "
                "(SELECT position FROM outbox_head WHERE id = 1) h"
            )
            conn.exec_driver_sql("UPDATE outbox_head SET position = (SELECT max(position) FROM outbox)")
            conn.exec_driver_sql(
                "INSERT INTO customers (id, name, tier, blocked, version, created_at, updated_at) "
                "SELECT DISTINCT customer, NULL, 'regular', false, 0, now(), now() FROM plan "
                "ON CONFLICT (id) DO NOTHING"
            )
        made += len(chunk)
        if progress is not None:
            progress(made)


def _copy_sql(table: Table) -> str:
    """INSERT … SELECT of one table's template rows for every plan."""
    key = "id" if table is TICKETS else "ticket_id"
    names, values = [], []
    for c in table.c:
        if c.name == "id" and table is not TICKETS:
            continue  # numbered anew
        names.append(f'"{c.name}"')
        values.append(_clone_value(table, c.name, isinstance(c.type, UTCDateTime)))
    # In the plans' order: rows land in the table in the order a live service wrote them.
    return (
        f"INSERT INTO {table.name} ({', '.join(names)}) SELECT {', '.join(values)} "
        f"FROM plan p JOIN {table.name} x ON x.{key} = p.template ORDER BY p.seq"
    )


def _clone_value(table: Table, name: str, moved: bool) -> str:
    special = {
        "ticket_id": "p.new_id",
        "number": "p.number",
        "customer_id": "p.customer",
        "order_id": "CASE WHEN x.order_id IS NULL THEN NULL ELSE p.order_id END",
        "customer": "jsonb_set(x.customer::jsonb, '{id}', to_jsonb(p.customer))::json",
        "order": 'CASE WHEN x.order_id IS NULL THEN x."order" '
        "ELSE jsonb_set(x.\"order\"::jsonb, '{id}', to_jsonb(p.order_id))::json END",
    }
    if table is TICKETS and name == "id":
        return "p.new_id"
    if name in special and (table is TICKETS or name in ("ticket_id", "number", "order_id")):
        return special[name]
    return f'x."{name}" + p.delta' if moved else f'x."{name}"'
