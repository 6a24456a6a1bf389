"""ESCALATION_TRIGGERS, automatic part: every missed deadline raises its ticket one
level, once. Safe when several processes sweep at once: each ticket is locked before
its deadline is claimed, so a second sweeper sees the claim and skips it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..core.security import Principal
from ..models import Deadline
from ..rules import deadlines as limits
from ..workflow import DONE_STATES
from . import deadlines, repository
from .env import Env
from .tickets import add_event

log = logging.getLogger(__name__)
SYSTEM = Principal(name="system", role="admin")


@dataclass(frozen=True)
class Escalation:
    number: str
    deadline: str
    due_at: datetime
    level_from: str
    level_to: str


def breached(env: Env, now: datetime) -> list[tuple[str, int]]:
    """(ticket id, deadline id) of open, unescalated deadlines already missed."""
    with env.db.read() as session:
        rows = session.execute(
            select(Deadline.ticket_id, Deadline.id)
            .where(Deadline.met_at.is_(None), Deadline.escalated_at.is_(None), Deadline.breach_at <= now)
            .order_by(Deadline.breach_at, Deadline.id)
        )
        return [(r.ticket_id, r.id) for r in rows]


def escalate_one(env: Env, ticket_id: str, deadline_id: int, now: datetime) -> Escalation | None:
    with env.db.write() as session:
        t = repository.get(session, ticket_id, lock=True)
        d = next((d for d in t.deadlines if d.id == deadline_id), None)
        if d is None or d.escalated_at is not None or d.met_at is not None or t.state in DONE_STATES:
            return None
        d.escalated_at = now
        before, t.level = t.level, limits.raise_level(t.level)
        add_event(
            t,
            SYSTEM.name,
            "escalated",
            now,
            data={
                "trigger": "deadline_breached",
                "rule": "ESCALATION_TRIGGERS",
                "deadline": d.key,
                "due": d.due_at.isoformat(),
                "level": {"from": before, "to": t.level},
            },
        )
        deadlines.refresh(t)
        return Escalation(t.number, d.key, d.due_at, before, t.level)


def sweep(
    env: Env, now: datetime | None = None, progress: Callable[[int, int], None] | None = None
) -> list[Escalation]:
    now = now or env.clock()
    todo = breached(env, now)
    done: list[Escalation] = []
    for n, (ticket_id, deadline_id) in enumerate(todo, start=1):
        result = escalate_one(env, ticket_id, deadline_id, now)
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
                        "escalated %s: %s missed, %s → %s", e.number, e.deadline, e.level_from, e.level_to
                    )
            except Exception:
                log.exception("deadline sweep failed")
