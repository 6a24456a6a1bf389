"""Idempotent POSTs: the key, the rows the request creates and its stored response
commit in one transaction, so a retry or a racing twin can never create twice."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Text, bindparam, cast, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..core import driver
from ..core.errors import IdempotencyConflict, IdempotencyMismatch, Invalid
from ..models import IDEMPOTENCY
from .env import Env

Outcome = tuple[int, dict[str, Any]]
MAX_KEY = 200
RECORDS = IDEMPOTENCY
# Built once, for the writes that store their answer in their own batch (opening a ticket).
LOOKUP = driver.Query(
    select(RECORDS.c.request_hash, RECORDS.c.status_code, RECORDS.c.response, RECORDS.c.created_at).where(
        RECORDS.c.principal == bindparam("principal"), RECORDS.c.key == bindparam("key")
    )
)


def _store(dialect: str) -> driver.Statement:
    """INSERT the key with its answer, given as JSON text (rendered once)."""
    text = bindparam("response", type_=Text())
    # PostgreSQL casts the text to json; SQLite keeps JSON as text (CAST would mangle it).
    response = cast(text, JSON) if dialect == "postgresql" else text
    return driver.Statement(
        insert(RECORDS).values(
            principal=bindparam("principal"),
            key=bindparam("key"),
            request_hash=bindparam("request_hash"),
            status_code=bindparam("status_code"),
            response=response,
            created_at=bindparam("created_at", type_=RECORDS.c.created_at.type),
        )
    )


STORE = {d: _store(d) for d in ("sqlite", "postgresql")}
Store = Callable[[int, bytes], driver.Step]


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
    _check(key)
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


def once(
    env: Env,
    principal: str,
    key: str | None,
    print_: str,
    work: Callable[[Session, Store | None, list[Any]], Outcome],
    lookups: Sequence[driver.Lookup[Any]] = (),
) -> Outcome:
    """Like `run`, for a write that runs as one batch: `work` adds the step `store` makes
    (the key with the answer, rendered once) to its own batch, so the key costs one lookup
    and one row, and gets what `lookups` found (read with the key, in one round trip;
    a lookup may take a row lock or a counter, which a replay rolls back).
    A racing twin waits on the rows the first one locked, then fails on the key and
    replays the first answer."""
    if key is None:
        with env.db.write() as session:
            return work(session, None, driver.look_up(session.connection(), *lookups))
    _check(key)
    for _ in range(3):
        try:
            with env.db.write() as session:
                conn = session.connection()
                claimed = driver.Lookup(LOOKUP, {"principal": principal, "key": key}, _first)
                found, *values = driver.look_up(conn, claimed, *lookups)
                if found is not None and found.created_at < _expiry(env):
                    conn.execute(delete(RECORDS).where(*_this(principal, key)))
                elif found is not None:
                    session.rollback()  # a replay writes nothing: give back what the lookups took
                    return _replay(found.request_hash, found.status_code, found.response, print_)

                def store(status: int, answer: bytes) -> driver.Step:
                    row = {
                        "principal": principal,
                        "key": key,
                        "request_hash": print_,
                        "status_code": status,
                        "response": answer.decode(),
                        "created_at": env.clock(),
                    }
                    return driver.Step(STORE[env.db.engine.dialect.name], [row])

                return work(session, store, values)
        except IntegrityError:
            continue  # the twin committed first: read its record on the next pass
    raise IdempotencyConflict("A request with this Idempotency-Key is still in flight; retry later.")


def _check(key: str) -> None:
    if not key or len(key) > MAX_KEY:
        raise Invalid(f"Idempotency-Key must be 1 to {MAX_KEY} characters.")


def _expiry(env: Env) -> datetime:
    return env.clock() - timedelta(hours=env.settings.idempotency_retention_hours)


def purge(env: Env) -> int:
    """Forget the keys past their retention (the sweep calls this); returns how many."""
    with env.db.write() as session:
        result = session.execute(delete(RECORDS).where(RECORDS.c.created_at < _expiry(env)))
        return int(getattr(result, "rowcount", 0) or 0)


def _first(rows: driver.Records) -> Any:
    return rows[0] if rows else None


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
