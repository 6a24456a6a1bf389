"""The monthly report (policy.md "Reporting"), computed by the database."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, and_, func, or_, select
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


def _counts(session: Session, column: Any, received: ColumnElement[bool]) -> dict[str, int]:
    rows = session.execute(select(column, func.count()).where(received).group_by(column))
    return {str(key): n for key, n in rows if key is not None}


def _p90(session: Session, closed: ColumnElement[bool]) -> int | None:
    """Nearest-rank 90th percentile with window functions (both databases have them)."""
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


def monthly(env: Env, month: str) -> dict[str, Any]:
    start, end = month_bounds(env, month)
    now = env.clock()
    with env.db.read() as session:
        received = _between(Ticket.created_at, start, end)
        closed = _between(Ticket.closed_at, start, end)
        resolved = _between(Ticket.resolved_at, start, end)
        n_received = session.scalar(select(func.count()).where(received)) or 0
        # The cohort received in the month, and how many of it were closed by the month's end.
        cohort_closed = session.scalar(select(func.count()).where(received, Ticket.closed_at < end)) or 0
        n_closed, avg = session.execute(
            select(func.count(), func.avg(Ticket.resolution_seconds)).where(closed)
        ).one()
        scored, satisfied = session.execute(
            select(
                func.count(Ticket.satisfaction_score),
                func.sum(func.cast(Ticket.satisfaction_score >= 4, Integer)),
            ).where(received, Ticket.satisfaction_score.is_not(None))
        ).one()
        refunds, fees, compensation, repairs = session.execute(
            select(
                func.sum(Ticket.refund_amount),
                func.sum(Ticket.restocking_fee),
                func.sum(Ticket.compensation_amount),
                func.sum(Ticket.repair_charge),
            ).where(resolved)
        ).one()
        repeat = session.scalar(select(func.count()).where(received, Ticket.repeat_repair)) or 0
        extra = _policy_v2_figures(session, received, closed, start, end)
        return {
            "month": month,
            "timezone": env.settings.timezone,
            "from": start.isoformat(),
            "to": end.isoformat(),
            "complete": now >= end,
            "received": n_received,
            "by_kind": _counts(session, Ticket.kind, received),
            "by_channel": _counts(session, Ticket.channel, received),
            "by_category": _counts(session, Ticket.category, received),
            "by_state": _counts(session, Ticket.state, received),
            "closed": n_closed,
            "resolution_rate": _rate(cohort_closed, n_received),
            "processing_seconds": {
                "average": round(float(avg), 1) if avg is not None else None,
                "p90": _p90(session, closed),
            },
            "time_limits": _breaches(session, start, end, now),
            "satisfaction": {
                "answered": scored,
                "satisfied": int(satisfied or 0),
                "rate": _rate(int(satisfied or 0), scored),
            },
            "refunds_total": _money(refunds),
            "restocking_fees_total": _money(fees),
            "compensation_total": _money(compensation),
            "repair_charges_total": _money(repairs),
            "repeat_repairs": repeat,
            **extra,
        }


def _policy_v2_figures(
    session: Session,
    received: ColumnElement[bool],
    closed: ColumnElement[bool],
    start: datetime,
    end: datetime,
) -> dict[str, Any]:
    """Survey response rate, pickups, frequent claimants' and blocked customers' tickets,
    and the top root causes (policy.md "Reporting")."""
    n_closed = session.scalar(select(func.count()).where(closed)) or 0
    answered = session.scalar(select(func.count()).where(closed, Ticket.satisfaction.is_not(None))) or 0
    pickups = (
        session.scalar(select(func.count()).where(_between(Ticket.pickup_requested_at, start, end))) or 0
    )
    flagged = {
        flag: session.scalar(
            select(func.count()).where(received, func.cast(Ticket.flags, String).like(f'%"{flag}"%'))
        )
        or 0
        for flag in ("frequent_claimant", "blocked")
    }
    return {
        "survey": {"closed": n_closed, "responded": answered, "rate": _rate(answered, n_closed)},
        "pickups": pickups,
        "frequent_claimant_tickets": flagged["frequent_claimant"],
        "blocked_customer_tickets": flagged["blocked"],
        "top_root_causes": cases.top(session, start, end),
    }


def overdue_count(env: Env) -> int:
    """Open tickets with a missed deadline now (the metrics' gauge)."""
    with env.db.read() as session:
        return session.scalar(select(func.count()).where(Ticket.next_breach_at <= env.clock())) or 0
