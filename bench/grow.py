"""Grow a database from tickets the API made: each clone copies a template ticket with
every child row (items, deadlines, events, approvals, inspections, quotes, payouts,
cases, outbox), under a new id, number, customer and order, moved in time.

Used by the HTTP benchmark (fresh `received` tickets to verify) and the scale benchmark.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Table, func, insert, select, update

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
)

CHILDREN: tuple[Table, ...] = tuple(
    m.__table__  # type: ignore[misc]
    for m in (TicketItem, Deadline, Event, Approval, Inspection, Quote, Payout, Case)
)


@dataclass(frozen=True)
class Plan:
    """One clone: which template, when it was made, and who it is for."""

    template: str
    created_at: datetime
    customer: str


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
            tid = str(uuid.uuid4())
            serial += 1
            number = f"AS-{p.created_at:%Y%m%d}-{serial:08d}"
            order = f"O-{tid[:13]}"
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
            conn.execute(insert(TICKETS), tickets)
            for table in CHILDREN:
                if children[table.name]:
                    conn.execute(insert(table), children[table.name])
            if published:
                last = conn.execute(
                    update(OUTBOX_HEAD)
                    .values(position=OUTBOX_HEAD.c.position + len(published))
                    .returning(OUTBOX_HEAD.c.position)
                ).scalar_one()
                first = last - len(published) + 1
                for i, row in enumerate(published):
                    row["position"] = first + i
                conn.execute(insert(OUTBOX), published)
            known = set(
                conn.scalars(select(CUSTOMERS.c.id).where(CUSTOMERS.c.id.in_([c["id"] for c in customers])))
            )
            fresh = [c for c in customers if c["id"] not in known]
            if fresh:
                conn.execute(insert(CUSTOMERS), fresh)
        made += len(chunk)
        if progress is not None:
            progress(made)


def count(engine: Engine, where: Any = None) -> int:
    with engine.connect() as conn:
        q = select(func.count()).select_from(TICKETS)
        return int(conn.execute(q if where is None else q.where(where)).scalar_one())
