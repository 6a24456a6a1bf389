"""Keeping a ticket's deadlines: open, met, dropped, and the earliest breach."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from ..core.policy import warn_uncovered
from ..models import Deadline, Ticket
from ..rules import deadlines as limits
from ..workflow import DONE_STATES
from .env import Env


def new(env: Env, ticket_id: str, key: str, due: datetime) -> dict[str, Any]:
    """A deadline row, open."""
    warn_uncovered(env.calendar, due)
    return {
        "ticket_id": ticket_id,
        "key": key,
        "due_at": due,
        "breach_at": limits.breach(key, due, env.policy),
        "met_at": None,
        "dropped": False,
        "escalated_at": None,
    }


def open_deadline(env: Env, ticket: Ticket, key: str, due: datetime) -> None:
    ticket.deadlines.append(Deadline(**new(env, ticket.id, key, due)))


def settle(
    ticket: Ticket, now: datetime, keys: Iterable[str] | None = None, *, dropped: bool = False
) -> list[str]:
    """Mark open deadlines met (or dropped: no longer applicable); returns their keys."""
    wanted = None if keys is None else set(keys)
    done = []
    for d in ticket.deadlines:
        if d.met_at is None and (wanted is None or d.key in wanted):
            d.met_at, d.dropped = now, dropped
            done.append(d.key)
    return done


def open_keys(ticket: Ticket) -> set[str]:
    return {d.key for d in ticket.deadlines if d.met_at is None}


def refresh(ticket: Ticket) -> None:
    """The earliest breach among open deadlines: what the list filters look at."""
    ticket.next_breach_at = min((d.breach_at for d in ticket.deadlines if d.met_at is None), default=None)


def alarm(state: str, deadlines: Iterable[Any]) -> datetime | None:
    """When the sweep is next due to look at a ticket (`TicketLevel.alarm_at`): the
    earliest breach among its open deadlines not yet escalated; none once it is done."""
    if state in DONE_STATES:
        return None
    return min((d.breach_at for d in deadlines if d.met_at is None and d.escalated_at is None), default=None)


def view(ticket: Any, now: datetime) -> tuple[dict[str, str | None], list[str], list[str]]:
    """Open deadlines, the open ones already missed, and every one missed so far."""
    due: dict[str, str | None] = dict.fromkeys(limits.KEYS)
    overdue: list[str] = []
    breached: list[str] = []
    for d in ticket.deadlines:
        missed = d.breach_at <= now if d.met_at is None else (d.met_at > d.breach_at and not d.dropped)
        if d.met_at is None:
            due[d.key] = d.due_at.isoformat()
            if missed and d.key not in overdue:
                overdue.append(d.key)
        if missed and d.key not in breached:
            breached.append(d.key)
    return due, overdue, breached
