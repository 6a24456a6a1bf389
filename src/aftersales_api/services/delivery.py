"""Sending webhooks: at least once, in order per ticket, retried on a schedule.

One pass of the worker:
1. fan out: each subscription's new outbox rows become deliveries (from its cursor);
2. claim: due deliveries that are first in line for their ticket; claiming one numbers
   its attempt and moves its next attempt past the lease, in one transaction with
   `FOR UPDATE SKIP LOCKED`, so two workers never make the same attempt;
3. send, signed per Standard Webhooks, and record the answer: delivered on 2xx, else
   the next attempt by the schedule, or failed when the schedule has run out.

A worker that dies mid-attempt leaves the delivery due again when the lease ends.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

import httpx
import orjson
from sqlalchemy import and_, bindparam, insert, select, update
from standardwebhooks import Webhook as Signer

from .. import __version__
from ..core.background import Background
from ..core.metrics import WEBHOOK_ATTEMPTS, WEBHOOK_FAILED
from ..models import DELIVERIES, OUTBOX, OUTBOX_HEAD, Webhook
from . import outbox
from .env import Env

log = logging.getLogger("aftersales_api.delivery")

# Standard Webhooks' schedule: the wait before each retry; 8 attempts over 27 h 35 min.
SCHEDULE: Final = tuple(
    timedelta(seconds=s) for s in (5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600)
)
ATTEMPTS: Final = len(SCHEDULE) + 1
FAN_OUT_BATCH, CLAIM_BATCH, SENDERS = 1000, 32, 4
GATHER = 0.2  # seconds


@dataclass(frozen=True, slots=True)
class Job:
    delivery: int
    attempt: int
    url: str
    secret: str
    message_id: str
    body: bytes
    log: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Answer:
    status: int | None
    error: str | None
    ms: int

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def lease(env: Env) -> timedelta:
    """How long a claimed attempt is its worker's: longer than an attempt can take."""
    return timedelta(seconds=env.settings.webhook_timeout + 5)


# Subscriptions with outbox rows after their cursor.
BEHIND = select(Webhook.id).where(Webhook.cursor < select(OUTBOX_HEAD.c.position).scalar_subquery())


def fan_out(env: Env) -> int:
    """Each subscription's outbox rows after its cursor, as deliveries; returns how many.
    A read first: with nothing new (most passes) no write transaction is taken."""
    with env.db.read() as session:
        behind = session.execute(BEHIND).scalars().all()
    if not behind:
        return 0
    made = 0
    now = env.clock()
    with env.db.write() as session:
        mine = select(Webhook).where(Webhook.id.in_(behind)).order_by(Webhook.id)
        for hook in session.scalars(mine.with_for_update(skip_locked=True)).all():
            rows = session.execute(
                select(OUTBOX.c.position, OUTBOX.c.ticket_id, OUTBOX.c.type)
                .where(OUTBOX.c.position > hook.cursor)
                .order_by(OUTBOX.c.position)
                .limit(FAN_OUT_BATCH)
            ).all()
            if not rows:
                continue
            every = "*" in hook.events
            wanted = [
                {
                    "webhook_id": hook.id,
                    "position": r.position,
                    "ticket_id": r.ticket_id,
                    "type": r.type,
                    "status": "pending",
                    "attempts": 0,
                    "next_attempt_at": now,
                    "log": [],
                    "created_at": now,
                }
                for r in rows
                if every or r.type in hook.events
            ]
            if wanted:
                session.execute(insert(DELIVERIES), wanted)
            hook.cursor = rows[-1].position
            made += len(wanted)
    return made


def _due(claiming: bool) -> Any:
    """Due deliveries first in line for their ticket, soonest first; locked when
    `claiming`, skipping those another worker holds."""
    d, e = DELIVERIES.alias("d"), DELIVERIES.alias("e")
    earlier = (
        select(e.c.id)
        .where(
            e.c.webhook_id == d.c.webhook_id,
            e.c.ticket_id == d.c.ticket_id,
            e.c.status == "pending",
            e.c.position < d.c.position,
        )
        .exists()
    )
    now = bindparam("now", type_=d.c.next_attempt_at.type)
    due = (
        select(d.c.id, d.c.attempts, d.c.log, d.c.position, d.c.webhook_id)
        .where(d.c.status == "pending", d.c.next_attempt_at <= now, ~earlier)
        .order_by(d.c.next_attempt_at, d.c.id)
        .limit(bindparam("limit"))
    )
    return due.with_for_update(skip_locked=True, of=d) if claiming else due


# Built once: building them (two aliases and their columns) cost more than running them.
DUE, DUE_CLAIMED = _due(False), _due(True)


def claim(env: Env, limit: int = CLAIM_BATCH) -> list[Job]:
    """Due deliveries first in line for their ticket, each with its attempt numbered."""
    now = env.clock()
    with env.db.read() as session:  # most passes find nothing: no write transaction then
        if session.execute(DUE, {"now": now, "limit": 1}).first() is None:
            return []
    with env.db.write() as session:
        rows = session.execute(DUE_CLAIMED, {"now": now, "limit": limit}).all()
        if not rows:
            return []
        for r in rows:
            session.execute(
                update(DELIVERIES)
                .where(DELIVERIES.c.id == r.id)
                .values(attempts=r.attempts + 1, next_attempt_at=now + lease(env))
            )
        wanted = select(Webhook).where(Webhook.id.in_({r.webhook_id for r in rows}))
        hooks = {h.id: h for h in session.scalars(wanted)}
        messages = {
            m.position: m
            for m in session.execute(select(OUTBOX).where(OUTBOX.c.position.in_([r.position for r in rows])))
        }
    return [
        Job(
            delivery=r.id,
            attempt=r.attempts + 1,
            url=hooks[r.webhook_id].url,
            secret=hooks[r.webhook_id].secret,
            message_id=outbox.event_id(r.position),
            body=orjson.dumps(outbox.item(messages[r.position])),
            log=list(r.log),
        )
        for r in rows
    ]


def send(client: httpx.Client, job: Job, now: datetime) -> Answer:
    """One signed POST; any exception is an answer too (no status)."""
    body = job.body.decode()
    headers = {
        "content-type": "application/json",
        "user-agent": f"aftersales-api/{__version__}",
        "webhook-id": job.message_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": Signer(job.secret).sign(job.message_id, now, body),
    }
    started = time.perf_counter()
    try:
        response = client.post(job.url, content=job.body, headers=headers)
        status, error = response.status_code, None
    except httpx.HTTPError as exc:
        status, error = None, f"{type(exc).__name__}: {exc}"[:300]
    return Answer(status, error, round((time.perf_counter() - started) * 1000))


def record(env: Env, job: Job, answer: Answer, at: datetime) -> str:
    """The attempt's outcome; only the worker that made this attempt may record it."""
    now = env.clock()
    entry = {"n": job.attempt, "at": at.isoformat(), **dataclasses.asdict(answer)}
    values: dict[str, Any] = {"log": [*job.log, entry]}
    if answer.ok:
        values.update(status="delivered", delivered_at=now)
    elif job.attempt < ATTEMPTS:
        values.update(next_attempt_at=now + SCHEDULE[job.attempt - 1])
    else:
        values.update(status="failed")
    with env.db.write() as session:
        session.execute(
            update(DELIVERIES)
            .where(
                and_(
                    DELIVERIES.c.id == job.delivery,
                    DELIVERIES.c.attempts == job.attempt,
                    DELIVERIES.c.status == "pending",
                )
            )
            .values(**values)
        )
    outcome = str(values.get("status", "retry"))
    WEBHOOK_ATTEMPTS.labels("ok" if answer.ok else "error").inc()
    if outcome == "failed":
        WEBHOOK_FAILED.inc()
        log.warning("delivery %s failed after %s attempts", job.delivery, job.attempt)
    return outcome


def client(env: Env) -> httpx.Client:
    return httpx.Client(timeout=env.settings.webhook_timeout, follow_redirects=False)


def run_once(env: Env, http: httpx.Client, pool: ThreadPoolExecutor | None = None) -> int:
    """Fan out, claim, send and record; returns the number of attempts made."""
    fan_out(env)
    jobs = claim(env)

    def attempt(job: Job) -> str:
        at = env.clock()
        return record(env, job, send(http, job, at), at)

    if pool is None or len(jobs) < 2:
        for job in jobs:
            attempt(job)
    else:
        list(pool.map(attempt, jobs))
    return len(jobs)


class Worker(Background):
    """The delivery loop on a thread: the server's by default, or `aftersales-api deliver`.
    It wakes on a commit that published in this process, else every `interval` seconds."""

    name = "webhooks"

    def __init__(self, env: Env, interval: float, on_pass: Callable[[int], None] | None = None) -> None:
        super().__init__(interval, grace=env.settings.webhook_timeout + 5)
        self.env, self.on_pass = env, on_pass

    def wake(self) -> None:
        outbox.published.set()

    def run(self) -> None:
        with client(self.env) as http, ThreadPoolExecutor(SENDERS, "webhook-send") as pool:
            while not self.stopping.is_set():
                outbox.published.clear()  # before the pass: a commit during it wakes the next
                try:
                    made = run_once(self.env, http, pool)
                except Exception:
                    log.exception("webhook delivery pass failed")
                    made = 0
                if self.on_pass is not None:
                    self.on_pass(made)
                if made == 0 and outbox.published.wait(self.interval):
                    # Woken by a commit: let a few more gather, so that a busy server pays
                    # for a handful of passes a second, not one per ticket written.
                    self.stopping.wait(GATHER)
