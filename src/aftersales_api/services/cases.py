"""ROOT_CAUSE: the case library (案例库) — closed tickets' root causes, to learn from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import Session

from ..models import Case, Ticket
from .env import Env
from .repository import decode_keyset, encode_cursor


def add(session: Session, t: Ticket, root_cause: dict[str, str], now: datetime) -> None:
    first = t.items[0] if t.items else None
    session.add(
        Case(
            ticket_id=t.id,
            number=t.number,
            kind=t.kind,
            sku=first.sku if first else None,
            product_category=first.category if first else None,
            category=root_cause["category"],
            department=root_cause["department"],
            lesson=root_cause["lesson"],
            resolution=(t.resolution or {}).get("type"),
            closed_at=now,
        )
    )


@dataclass(frozen=True)
class CaseFilter:
    sku: str | None = None
    category: str | None = None
    department: str | None = None
    closed_from: datetime | None = None
    closed_to: datetime | None = None


def list_(env: Env, f: CaseFilter, limit: int, cursor: str | None) -> dict[str, Any]:
    """Keyset pages on (closed_at, ticket); each filter has its index ending in that order."""
    stmt: Select[Case] = select(Case)
    for column, value in ((Case.sku, f.sku), (Case.category, f.category), (Case.department, f.department)):
        if value is not None:
            stmt = stmt.where(column == value)
    if f.closed_from is not None:
        stmt = stmt.where(Case.closed_at >= f.closed_from)
    if f.closed_to is not None:
        stmt = stmt.where(Case.closed_at < f.closed_to)
    if cursor:
        stmt = stmt.where(tuple_(Case.closed_at, Case.ticket_id) > tuple_(*decode_keyset(cursor)))
    with env.db.read() as session:
        rows = list(session.scalars(stmt.order_by(Case.closed_at, Case.ticket_id).limit(limit + 1)))
        more = len(rows) > limit
        rows = rows[:limit]
        return {
            "items": [view(c) for c in rows],
            "next_cursor": encode_cursor(rows[-1].closed_at.isoformat(), rows[-1].ticket_id)
            if more
            else None,
        }


def view(c: Case) -> dict[str, Any]:
    return {
        "ticket": c.number,
        "kind": c.kind,
        "sku": c.sku,
        "product_category": c.product_category,
        "category": c.category,
        "department": c.department,
        "lesson": c.lesson,
        "resolution": c.resolution,
        "closed_at": c.closed_at.isoformat(),
    }


def top(session: Session, start: datetime, end: datetime, limit: int = 5) -> dict[str, list[dict[str, Any]]]:
    """The most frequent root causes of the month, by cause category and by product category."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name, column in (("by_category", Case.category), ("by_product", Case.product_category)):
        rows = session.execute(
            select(column, func.count().label("n"))
            .where(Case.closed_at >= start, Case.closed_at < end)
            .group_by(column)
            .order_by(func.count().desc(), column)
            .limit(limit)
        )
        out[name] = [{"key": key, "tickets": n} for key, n in rows]
    return out
