"""The frame of every write on one ticket: lock, check the version, change, append the
event, recompute the earliest breach; idempotent when the caller sends a key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from ..core.errors import VersionConflict
from ..core.security import Principal
from ..models import Ticket
from ..rules.base import Lang
from . import deadlines, idempotency, repository, views
from .env import Env
from .tickets import add_event

Change = Callable[[Session, Ticket, datetime], dict[str, Any]]
Outcome = tuple[int, dict[str, Any]]


def check_version(t: Ticket, if_match: str | None) -> None:
    if if_match is None:
        return
    wanted = if_match.strip().removeprefix("W/").strip('"')
    if wanted != str(t.version):
        raise VersionConflict(f"The ticket is at version {t.version}, not {wanted}.")


def locked(session: Session, ref: str, if_match: str | None) -> Ticket:
    t = repository.get(session, ref, lock=True)
    check_version(t, if_match)
    return t


def change(
    env: Env, session: Session, who: Principal, ref: str, if_match: str | None, event: str, work: Change
) -> Ticket:
    """Lock, check the version, change, append the event, recompute the earliest breach."""
    now = env.clock()
    t = locked(session, ref, if_match)
    before = t.state
    data = work(session, t, now)
    after = t.state if t.state != before else None
    add_event(t, who.name, event, now, before=before if after else None, after=after, data=data)
    deadlines.refresh(t)
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
        t = change(env, session, who, ref, if_match, event, work)
        view = views.ticket(t, env.clock(), lang)
        return status, ({**extra(), "ticket": view} if extra is not None else view)

    print_ = idempotency.fingerprint(
        f"POST {ref}/{path or event}", body.model_dump(mode="json") if body else None
    )
    return idempotency.run(env, who.name, key, print_, run)
