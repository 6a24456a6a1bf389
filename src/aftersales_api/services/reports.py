"""The monthly report (policy.md "Reporting"), computed by the database."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, and_, case, func, or_, select
from sqlalchemy.orm import Session

from ..core.errors import Invalid
from ..models import Deadline, Ticket
from ..rules import deadlines as limits
from . import cases
from .env import Env


def month_bounds(env: Env, month: str) -> tuple[datetime, datetime]:
    """[start, end) of a calendar month in the business timezone, as UTC instants."""
    try:
        first = date.fromisoformat(f"{month}-01")
    except ValueError as exc:
        raise Invalid("month is YYYY-MM, e.g. 2026-11.") from exc
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return env.calendar.at(first, time(0)), env.calendar.at(following, time(0))


def _between(column: Any, start: datetime, end: datetime) -> ColumnElement[bool]:
    return and_(column >= start, column < end)


def _p90(session: Session, closed: ColumnElement[bool]) -> int | None:
    """Nearest-rank 90th percentile: PostgreSQL's percentile_disc (one sort); elsewhere
    the same rank with window functions."""
    if session.get_bind().dialect.name == "postgresql":
        disc = func.percentile_disc(0.9).within_group(Ticket.resolution_seconds)
        return session.scalar(select(disc).where(closed, Ticket.resolution_seconds.is_not(None)))
    ranked = (
        select(
            Ticket.resolution_seconds.label("s"),
            func.row_number().over(order_by=Ticket.resolution_seconds).label("rn"),
            func.count().over().label("n"),
        )
        .where(closed)
        .subquery()
    )
    return session.scalar(select(ranked.c.s).where(ranked.c.rn == (9 * ranked.c.n + 9) // 10))


def _breaches(session: Session, start: datetime, end: datetime, now: datetime) -> dict[str, Any]:
    """Per time limit falling due in the month: how many were missed."""
    cutoff = min(end, now)
    missed = or_(
        Deadline.met_at > Deadline.breach_at, and_(Deadline.met_at.is_(None), Deadline.breach_at < cutoff)
    )
    rows = session.execute(
        select(Deadline.key, func.count(), func.sum(func.cast(missed, Integer)))
        .where(_between(Deadline.breach_at, start, end))
        .group_by(Deadline.key)
    )
    found = {key: (total, int(bad or 0)) for key, total, bad in rows}
    return {
        key: {
            "total": found.get(key, (0, 0))[0],
            "breached": found.get(key, (0, 0))[1],
            "rate": _rate(found.get(key, (0, 0))[1], found.get(key, (0, 0))[0]),
        }
        for key in limits.KEYS
    }


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _money(value: Decimal | None) -> str:
    """SUM over a Money column comes back as Money: exact cents, as Decimal."""
    return f"{value or Decimal('0.00'):.2f}"


def _flag(flag: str) -> Any:
    return func.cast(Ticket.flags, String).like(f'%"{flag}"%')


def _answered() -> Any:
    """A survey answered or declined: an unset one is JSON null, not SQL NULL."""
    return and_(Ticket.satisfaction.is_not(None), func.cast(Ticket.satisfaction, String) != "null")


def _when(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _received(session: Session, received: ColumnElement[bool], end: datetime) -> dict[str, Any]:
    """The month's cohort in one pass over its tickets: grouped by kind, channel, category
    and state (a few dozen groups), with every other figure of the cohort per group."""
    groups = session.execute(
        select(
            Ticket.kind,
            Ticket.channel,
            Ticket.category,
            Ticket.state,
            func.count(),
            _when(Ticket.closed_at < end),
            func.count(Ticket.satisfaction_score),
            _when(Ticket.satisfaction_score >= 4),
            _when(Ticket.repeat_repair),
            _when(_flag("frequent_claimant")),
            _when(_flag("blocked")),
        )
        .where(received)
        .group_by(Ticket.kind, Ticket.channel, Ticket.category, Ticket.state)
    ).all()
    by: dict[str, dict[str, int]] = {"kind": {}, "channel": {}, "category": {}, "state": {}}
    totals = [0] * 7
    for kind, channel, category, state, *figures in groups:
        for name, key in (("kind", kind), ("channel", channel), ("category", category), ("state", state)):
            if key is not None:
                by[name][str(key)] = by[name].get(str(key), 0) + figures[0]
        totals = [a + int(b or 0) for a, b in zip(totals, figures, strict=True)]
    n, closed, scored, satisfied, repeat, frequent, blocked = totals
    return {
        "by": by,
        "received": n,
        "cohort_closed": closed,
        "scored": scored,
        "satisfied": satisfied,
        "repeat": repeat,
        "frequent": frequent,
        "blocked": blocked,
    }


def monthly(env: Env, month: str) -> dict[str, Any]:
    start, end = month_bounds(env, month)
    now = env.clock()
    with env.db.read() as session:
        received = _between(Ticket.created_at, start, end)
        closed = _between(Ticket.closed_at, start, end)
        cohort = _received(session, received, end)
        n_closed, avg, answered = session.execute(
            select(func.count(), func.avg(Ticket.resolution_seconds), _when(_answered())).where(closed)
        ).one()
        refunds, fees, compensation, repairs = session.execute(
            select(
                func.sum(Ticket.refund_amount),
                func.sum(Ticket.restocking_fee),
                func.sum(Ticket.compensation_amount),
                func.sum(Ticket.repair_charge),
            ).where(_between(Ticket.resolved_at, start, end))
        ).one()
        pickups = session.scalar(select(func.count()).where(_between(Ticket.pickup_requested_at, start, end)))
        return {
            "month": month,
            "timezone": env.settings.timezone,
            "from": start.isoformat(),
            "to": end.isoformat(),
            "complete": now >= end,
            "received": cohort["received"],
            "by_kind": cohort["by"]["kind"],
            "by_channel": cohort["by"]["channel"],
            "by_category": cohort["by"]["category"],
            "by_state": cohort["by"]["state"],
            "closed": n_closed,
            "resolution_rate": _rate(cohort["cohort_closed"], cohort["received"]),
            "processing_seconds": {
                "average": round(float(avg), 1) if avg is not None else None,
                "p90": _p90(session, closed),
            },
            "time_limits": _breaches(session, start, end, now),
            "satisfaction": {
                "answered": cohort["scored"],
                "satisfied": cohort["satisfied"],
                "rate": _rate(cohort["satisfied"], cohort["scored"]),
            },
            "refunds_total": _money(refunds),
            "restocking_fees_total": _money(fees),
            "compensation_total": _money(compensation),
            "repair_charges_total": _money(repairs),
            "repeat_repairs": cohort["repeat"],
            "survey": {
                "closed": n_closed,
                "responded": int(answered or 0),
                "rate": _rate(int(answered or 0), n_closed),
            },
            "pickups": pickups or 0,
            "frequent_claimant_tickets": cohort["frequent"],
            "blocked_customer_tickets": cohort["blocked"],
            "top_root_causes": cases.top(session, start, end),
        }


def overdue_count(env: Env) -> int:
    """Open tickets with a missed deadline now (the metrics' gauge)."""
    with env.db.read() as session:
        return session.scalar(select(func.count()).where(Ticket.next_breach_at <= env.clock())) or 0
