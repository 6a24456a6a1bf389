"""ESCALATION_TRIGGERS, automatic part: missed deadlines raise their ticket one level,
each deadline once, and those found missed together count as one lapse
(ONE_LAPSE_ONE_LEVEL). Safe when several processes sweep at once: each ticket is locked
before its deadlines are claimed, so a second sweeper sees the claims and skips them."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from ..core.metrics import ESCALATIONS
from ..core.security import Principal
from ..models import Deadline
from ..rules import deadlines as limits
from ..workflow import DONE_STATES
from . import deadlines, idempotency, repository
from .env import Env
from .tickets import add_event

log = logging.getLogger(__name__)
SYSTEM = Principal(name="system", role="admin")


@dataclass(frozen=True)
class Escalation:
    number: str
    deadlines: tuple[str, ...]  # every deadline this sweep found missed (ONE_LAPSE_ONE_LEVEL)
    due_at: datetime  # the earliest of them
    level_from: str
    level_to: str


def breached(env: Env, now: datetime) -> list[str]:
    """Ids of tickets with open, unescalated deadlines already missed, earliest first."""
    with env.db.read() as session:
        rows = session.execute(
            select(Deadline.ticket_id, func.min(Deadline.breach_at).label("first"))
            .where(Deadline.met_at.is_(None), Deadline.escalated_at.is_(None), Deadline.breach_at <= now)
            .group_by(Deadline.ticket_id)
            .order_by("first", Deadline.ticket_id)
        )
        return [r.ticket_id for r in rows]


def _missed(t: Any, now: datetime) -> list[Any]:
    return [d for d in t.deadlines if d.met_at is None and d.escalated_at is None and d.breach_at <= now]


def preview(env: Env, now: datetime | None = None) -> list[Escalation]:
    """What a sweep at `now` would escalate, changing nothing (`sweep --dry-run`)."""
    now = now or env.clock()
    out = []
    with env.db.read() as session:
        for ticket_id in breached(env, now):
            t = repository.get(session, ticket_id)
            missed = _missed(t, now)
            if missed and t.state not in DONE_STATES:
                first = min(d.due_at for d in missed)
                out.append(
                    Escalation(
                        t.number, tuple(d.key for d in missed), first, t.level, limits.raise_level(t.level)
                    )
                )
    return out


def escalate_one(env: Env, ticket_id: str, now: datetime) -> Escalation | None:
    """ONE_LAPSE_ONE_LEVEL: the deadlines of one ticket missed together raise it one
    level, with one event naming them all."""
    with env.db.write() as session:
        t = repository.get(session, ticket_id, lock=True)
        missed = _missed(t, now)
        if not missed or t.state in DONE_STATES:
            return None
        for d in missed:
            d.escalated_at = now
        before, t.level = t.level, limits.raise_level(t.level)
        add_event(
            t,
            SYSTEM.name,
            "escalated",
            now,
            data={
                "trigger": "deadline_breached",
                "rules": ["ESCALATION_TRIGGERS", "ONE_LAPSE_ONE_LEVEL"],
                "deadlines": [d.key for d in missed],
                "due": {d.key: d.due_at.isoformat() for d in missed},
                "level": {"from": before, "to": t.level},
            },
        )
        deadlines.refresh(t)
        ESCALATIONS.labels("deadline").inc()
        first = min(d.due_at for d in missed)
        return Escalation(t.number, tuple(d.key for d in missed), first, before, t.level)


def sweep(
    env: Env, now: datetime | None = None, progress: Callable[[int, int], None] | None = None
) -> list[Escalation]:
    now = now or env.clock()
    idempotency.purge(env)
    todo = breached(env, now)
    done: list[Escalation] = []
    for n, ticket_id in enumerate(todo, start=1):
        result = escalate_one(env, ticket_id, now)
        if result is not None:
            done.append(result)
        if progress is not None:
            progress(n, len(todo))
    return done


class PeriodicSweep:
    """The in-process job: a daemon thread sweeping every `interval` seconds (0 = off)."""

    def __init__(self, env: Env, interval: float) -> None:
        self.env, self.interval = env, interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.interval > 0:
            self._thread = threading.Thread(target=self._loop, name="sweep", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
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
