"""The frame of every write on one ticket: lock, check the version, change, append the
event, recompute the earliest breach; idempotent when the caller sends a key."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from ..core import driver
from ..core.errors import Invalid, VersionConflict
from ..core.security import Principal
from ..models import Ticket
from ..rules.base import Lang
from . import deadlines, idempotency, outbox, repository, views
from .env import Env
from .tickets import INSERT_EVENTS, event_row, may_commit, publish

Change = Callable[[Session, Ticket, datetime], dict[str, Any]]
Outcome = tuple[int, dict[str, Any]]


ENTITY_TAG = re.compile(r'\s*(W/)?"([\x21\x23-\x7e]*)"\s*')


def check_version(t: Ticket, if_match: str | None) -> None:
    """RFC 9110 If-Match: `*` or a list of entity tags, compared strongly (a weak tag
    never matches); a header that is not one of these is a 422."""
    if if_match is None or if_match.strip() == "*":
        return
    tags = [ENTITY_TAG.fullmatch(part) for part in if_match.split(",")]
    if not all(tags):
        raise Invalid('If-Match takes entity tags such as "3", or *.')
    strong = {m.group(2) for m in tags if m is not None and not m.group(1)}
    if str(t.version) not in strong:
        raise VersionConflict(f"The ticket is at version {t.version}, not {if_match.strip()}.")


def locked(session: Session, ref: str, if_match: str | None, store: str | None = None) -> Ticket:
    t: Ticket = repository.read(session, ref, store=store, lock=True)
    check_version(t, if_match)
    return t


def change(
    env: Env,
    session: Session,
    who: Principal,
    ref: str,
    if_match: str | None,
    event: str,
    work: Change,
    *,
    last: bool = False,
) -> Ticket:
    """Lock, check the version, change, append the event, recompute the earliest breach;
    then write back what changed, the event and its outbox rows in one batch. `last`:
    the caller writes nothing after, so the batch carries the COMMIT when the session
    has nothing left to write either."""
    now = env.clock()
    t = locked(session, ref, if_match, who.store)
    before, was = t.state, repository.loaded(t)
    data = work(session, t, now)
    after = t.state if t.state != before else None
    row = event_row(t, who.name, event, now, before if after else None, after, data)
    deadlines.refresh(t)
    conn = session.connection()
    published = outbox.messages(t, row)
    steps = [*repository.changes(t, was), driver.Step(INSERT_EVENTS, [row]), *publish(t, published)]
    driver.run(conn, steps, commit=last and may_commit(session))
    session.info[outbox.PUBLISHED] = True
    return t


def write(
    env: Env,
    who: Principal,
    ref: str,
    if_match: str | None,
    lang: Lang,
    event: str,
    work: Change,
    *,
    key: str | None = None,
    body: BaseModel | None = None,
    status: int = 200,
    path: str | None = None,
    extra: Callable[[], dict[str, Any]] | None = None,
) -> Outcome:
    """One write on a ticket, idempotent when the caller sends a key. The response is
    the ticket, or `extra()` with the ticket under "ticket"."""

    def run(session: Session) -> Outcome:
        t = change(env, session, who, ref, if_match, event, work, last=key is None)  # a key's answer follows
        view = views.ticket(t, env.clock(), lang, who.masked)
        return status, ({**extra(), "ticket": view} if extra is not None else view)

    print_ = idempotency.fingerprint(
        f"POST {ref}/{path or event}", body.model_dump(mode="json") if body else None
    )
    return idempotency.run(env, who.name, key, print_, run)
