"""Idempotent POSTs: the key, the rows the request creates and its stored response
commit in one transaction, so a retry or a racing twin can never create twice."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..core.errors import IdempotencyConflict, IdempotencyMismatch, Invalid
from ..models import IDEMPOTENCY
from .env import Env

Outcome = tuple[int, dict[str, Any]]
MAX_KEY = 200
RECORDS = IDEMPOTENCY


def fingerprint(path: str, body: Any) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{path}\n{canonical}".encode()).hexdigest()


def run(
    env: Env, principal: str, key: str | None, print_: str, work: Callable[[Session], Outcome]
) -> Outcome:
    """Run `work` in a write transaction; with a key, at most once per (caller, key)."""
    if key is None:
        with env.db.write() as session:
            return work(session)
    if not key or len(key) > MAX_KEY:
        raise Invalid(f"Idempotency-Key must be 1 to {MAX_KEY} characters.")
    for _ in range(3):
        try:
            with env.db.write() as session:
                conn = session.connection()
                found = conn.execute(select(RECORDS).where(*_this(principal, key))).first()
                if found is not None and found.created_at < _expiry(env):
                    # Past its retention the key is forgotten: this is a new request.
                    conn.execute(delete(RECORDS).where(*_this(principal, key)))
                elif found is not None:
                    return _replay(found.request_hash, found.status_code, found.response, print_)
                # Claiming the key first makes a racing twin wait on this row, then replay.
                try:
                    conn.execute(
                        insert(RECORDS).values(
                            principal=principal,
                            key=key,
                            request_hash=print_,
                            status_code=0,
                            response=None,
                            created_at=env.clock(),
                        )
                    )
                except IntegrityError:
                    raise _Raced from None
                status, body = work(session)
                conn.execute(
                    update(RECORDS).where(*_this(principal, key)).values(status_code=status, response=body)
                )
                return status, body
        except _Raced:
            continue  # the twin committed first: read its record on the next pass
    raise IdempotencyConflict("A request with this Idempotency-Key is still in flight; retry later.")


def _expiry(env: Env) -> datetime:
    return env.clock() - timedelta(hours=env.settings.idempotency_retention_hours)


def purge(env: Env) -> int:
    """Forget the keys past their retention (the sweep calls this); returns how many."""
    with env.db.write() as session:
        result = session.execute(delete(RECORDS).where(RECORDS.c.created_at < _expiry(env)))
        return int(getattr(result, "rowcount", 0) or 0)


class _Raced(Exception):
    """A twin request claimed the same key first."""


def _this(principal: str, key: str) -> tuple[Any, Any]:
    return RECORDS.c.principal == principal, RECORDS.c.key == key


def _replay(request_hash: str, status: int, response: dict[str, Any] | None, print_: str) -> Outcome:
    if request_hash != print_:
        raise IdempotencyMismatch("This Idempotency-Key was used with a different request.")
    if response is None:
        raise IdempotencyConflict("A request with this Idempotency-Key is still in flight; retry later.")
    return status, response
