"""ESCALATION_TRIGGERS, automatic part: missed deadlines raise their ticket one level,
each deadline once, and those found missed together count as one lapse
(ONE_LAPSE_ONE_LEVEL). Safe when several processes sweep at once: each ticket is locked
before its deadlines are claimed, so a second sweeper sees the claims and skips them."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, case, func, select, update

from ..core import driver
from ..core.background import Background
from ..core.metrics import ESCALATIONS
from ..core.security import Principal
from ..models import DEADLINES, EVENTS, TICKET_LEVELS, TICKETS
from ..rules import deadlines as limits
from ..rules.vocabulary import LEVELS
from ..workflow import DONE_STATES
from . import idempotency, outbox, repository
from .env import Env
from .tickets import DIALECTS, event_row

log = logging.getLogger(__name__)
SYSTEM = Principal(name="system", role="admin")


@dataclass(frozen=True)
class Escalation:
    number: str
    deadlines: tuple[str, ...]  # every deadline this sweep found missed (ONE_LAPSE_ONE_LEVEL)
    due_at: datetime  # the earliest of them
    level_from: str
    level_to: str


# Tickets with open, unescalated deadlines already missed, earliest first: read from
# the partial index of the levels' alarms, which holds only tickets with a deadline
# still to escalate.
BREACHED = (
    select(TICKET_LEVELS.c.ticket_id)
    .where(TICKET_LEVELS.c.alarm_at <= bindparam("now", type_=TICKET_LEVELS.c.alarm_at.type))
    .order_by(TICKET_LEVELS.c.alarm_at, TICKET_LEVELS.c.ticket_id)
)


def breached(env: Env, now: datetime) -> list[str]:
    """Ids of tickets with open, unescalated deadlines already missed, earliest first."""
    with env.db.read() as session:
        return [r.ticket_id for r in session.execute(BREACHED, {"now": now})]


def _missed(t: Any, now: datetime) -> list[Any]:
    return [d for d in t.deadlines if d.met_at is None and d.escalated_at is None and d.breach_at <= now]


def preview(env: Env, now: datetime | None = None) -> list[Escalation]:
    """What a sweep at `now` would escalate, changing nothing (`sweep --dry-run`)."""
    now = now or env.clock()
    out = []
    with env.db.read() as session:
        for ticket_id in breached(env, now):
            t = repository.read(session, ticket_id)
            missed = _missed(t, now)
            if missed and t.state not in DONE_STATES:
                first = min(d.due_at for d in missed)
                out.append(
                    Escalation(
                        t.number, tuple(d.key for d in missed), first, t.level, limits.raise_level(t.level)
                    )
                )
    return out


BATCH = 500  # tickets escalated per transaction
# PostgreSQL: batches on two connections at once, so that the server's half of a
# batch's work (index upkeep, mostly) runs beside the service's; SQLite has one writer.
SWEEPERS = 2


def _ids(column: Any, dialect: str) -> Any:
    """`column IN` the batch's ids, as one parameter: one compiled statement for every
    batch (500 rendered parameters cost more Python than the statement's own work)."""
    return driver.in_list(column, "ids", dialect)


def _lock(dialect: str) -> Any:
    return (
        select(TICKETS.c.id, TICKETS.c.number, TICKETS.c.level, TICKETS.c.version, TICKETS.c.state)
        .add_columns(TICKETS.c.kind, TICKETS.c.store, TICKETS.c.customer)
        .where(_ids(TICKETS.c.id, dialect))
        .order_by(TICKETS.c.id)  # one order for every sweeper: two never deadlock
        .with_for_update()
    )


# Claims a batch's missed deadlines and returns them, in one statement: a deadline
# claimed by another sweeper no longer matches. No index holds the claim's column, so
# PostgreSQL writes it in place (see models.Deadline).
def _claim(dialect: str) -> Any:
    return (
        update(DEADLINES)
        .where(
            _ids(DEADLINES.c.ticket_id, dialect),
            DEADLINES.c.met_at.is_(None),
            DEADLINES.c.escalated_at.is_(None),
            DEADLINES.c.breach_at <= bindparam("now", type_=DEADLINES.c.breach_at.type),
        )
        .values(escalated_at=bindparam("now", type_=DEADLINES.c.escalated_at.type))
        .returning(DEADLINES.c.id, DEADLINES.c.ticket_id, DEADLINES.c.key, DEADLINES.c.due_at)
    )


def _raised(level: Any) -> Any:
    return case({name: limits.raise_level(name) for name in LEVELS}, value=level)


# Every ticket of a batch raised in one statement: one level up, the version bumped (as
# `event_row` does for each one's event, under the same lock). No index of `tickets`
# holds a column it changes, so PostgreSQL writes each row in place (HOT); the level's
# own index is in `ticket_levels`, raised alike.
def _raise(dialect: str) -> Any:
    return (
        update(TICKETS)
        .where(_ids(TICKETS.c.id, dialect))
        .values(
            level=_raised(TICKETS.c.level),
            version=TICKETS.c.version + 1,
            updated_at=bindparam("now", type_=TICKETS.c.updated_at.type),
        )
    )


def _raise_levels(dialect: str) -> Any:
    """The levels raised alike, and each alarm moved to the ticket's next deadline still
    to escalate (deadlines.alarm; its tickets are open, and this batch's claims are
    already written): the level row is rewritten for its level anyway."""
    d = DEADLINES.c
    alarm = (
        select(func.min(d.breach_at))
        .where(d.ticket_id == TICKET_LEVELS.c.ticket_id, d.met_at.is_(None), d.escalated_at.is_(None))
        .scalar_subquery()
    )
    return (
        update(TICKET_LEVELS)
        .where(_ids(TICKET_LEVELS.c.ticket_id, dialect))
        .values(level=_raised(TICKET_LEVELS.c.level), alarm_at=alarm)
    )


LOCK, CLAIM = ({d: driver.Query(make(d)) for d in DIALECTS} for make in (_lock, _claim))  # records
RAISE, RAISE_LEVELS = ({d: driver.Statement(make(d)) for d in DIALECTS} for make in (_raise, _raise_levels))
EVENTS_ROWS = driver.Rows(EVENTS, [c.name for c in EVENTS.c])


def escalate(env: Env, ticket_ids: list[str], now: datetime) -> list[Escalation]:
    """ONE_LAPSE_ONE_LEVEL for a batch of tickets in one transaction: the deadlines of a
    ticket missed together raise it one level, with one event naming them all. Each
    ticket is locked before its deadlines are claimed, so a second sweeper finds them
    claimed and skips them."""
    out: list[Escalation] = []
    with env.db.write() as session:
        conn = session.connection()
        dialect = conn.dialect.name
        (locked,) = driver.fetch(conn, [(LOCK[dialect], {"ids": ticket_ids})])
        tickets = {t.id: t for t in locked if t.state not in DONE_STATES}
        missed: dict[str, list[Any]] = {}
        (claimed,) = driver.fetch(conn, [(CLAIM[dialect], {"ids": list(tickets), "now": now})])
        for d in sorted(claimed, key=lambda d: d.id):
            missed.setdefault(d.ticket_id, []).append(d)
        events, published = [], []
        for tid, found in missed.items():
            t = tickets[tid]
            before, t.level = t.level, limits.raise_level(t.level)
            row = event_row(t, SYSTEM.name, "escalated", now, None, None, _lapse(found, before, t.level))
            events.append(row)
            published += outbox.messages(t, row)
            first = min(d.due_at for d in found)
            out.append(Escalation(t.number, tuple(d.key for d in found), first, before, t.level))
        if not out:
            return out
        raised = {"ids": list(missed), "now": now}
        driver.run(
            conn, [driver.Step(RAISE[dialect], [raised]), driver.Step(RAISE_LEVELS[dialect], [raised])]
        )
        EVENTS_ROWS.write(conn, events)
        outbox.stage(session, published)
    ESCALATIONS.labels("deadline").inc(len(out))
    return out


def _lapse(found: list[Any], before: str, after: str) -> dict[str, Any]:
    return {
        "trigger": "deadline_breached",
        "rules": ["ESCALATION_TRIGGERS", "ONE_LAPSE_ONE_LEVEL"],
        "deadlines": [d.key for d in found],
        "due": {d.key: d.due_at.isoformat() for d in found},
        "level": {"from": before, "to": after},
    }


def sweep(
    env: Env, now: datetime | None = None, progress: Callable[[int, int], None] | None = None
) -> list[Escalation]:
    now = now or env.clock()
    idempotency.purge(env)
    todo = breached(env, now)
    batches = [todo[start : start + BATCH] for start in range(0, len(todo), BATCH)]
    done: list[Escalation] = []
    seen = 0
    for batch, escalated in zip(batches, _escalated(env, batches, now), strict=True):
        done += escalated
        seen += len(batch)
        if progress is not None:
            progress(seen, len(todo))
    return done


def _escalated(env: Env, batches: list[list[str]], now: datetime) -> Iterator[list[Escalation]]:
    """Each batch's escalations, in the batches' order."""
    if env.db.is_sqlite:  # one writer at a time
        yield from (escalate(env, batch, now) for batch in batches)
        return
    with ThreadPoolExecutor(SWEEPERS, "sweep") as pool:
        yield from pool.map(lambda batch: escalate(env, batch, now), batches)


class PeriodicSweep(Background):
    """The in-process job: sweeping every `interval` seconds (0 = off)."""

    name = "sweep"

    def __init__(self, env: Env, interval: float) -> None:
        super().__init__(interval)
        self.env = env

    def run(self) -> None:
        while not self.stopping.wait(self.interval):
            try:
                for e in sweep(self.env):
                    log.info(
                        "escalated %s: %s missed, %s → %s",
                        e.number,
                        ",".join(e.deadlines),
                        e.level_from,
                        e.level_to,
                    )
            except Exception:
                log.exception("deadline sweep failed")
