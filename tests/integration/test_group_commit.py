"""SQLite's group commit: writes queued while one runs share its next transaction, each in
a savepoint of its own; none is answered before the commit that keeps it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError

from aftersales_api.core.db import Database
from aftersales_api.core.migrations import upgrade
from aftersales_api.models import TicketCounter

from ..conftest import fresh_sqlite


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    url = fresh_sqlite(tmp_path, "group")
    upgrade(url)
    database = Database(url)
    yield database
    database.dispose()


def counter(db: Database, day: str) -> Callable[[], str]:
    def write() -> str:
        with db.write() as session:
            session.add(TicketCounter(day=day, last=1))
        return day

    return write


def failing(db: Database, day: str, exc: Exception, lose_transaction: bool = False) -> Callable[[], str]:
    def write() -> str:
        with db.write() as session:
            session.add(TicketCounter(day=day, last=1))
            session.flush()
            if lose_transaction:  # as SQLite does itself on a full disk or an I/O error
                session.connection().connection.driver_connection.execute("ROLLBACK")  # type: ignore[union-attr]
            raise exc

    return write


def days(db: Database) -> list[str]:
    with db.read() as session:
        return sorted(session.scalars(select(TicketCounter.day)))


def queued_behind_a_running_write(db: Database, *writes: Callable[[], str]) -> list[Future[Any]]:
    """`writes` queued while another write runs, so that they form the next group."""
    assert db._group is not None
    running, release = threading.Event(), threading.Event()

    def first() -> None:
        running.set()
        release.wait(10)

    db._group.submit(first)
    running.wait(10)
    futures = [db._group.submit(w) for w in writes]
    release.set()
    return futures


def commits(db: Database) -> list[int]:
    seen: list[int] = []
    event.listen(db.engine, "commit", lambda conn: seen.append(1))
    return seen


def test_queued_writes_share_one_commit_and_each_gets_its_answer(db: Database) -> None:
    seen = commits(db)
    futures = queued_behind_a_running_write(db, *(counter(db, f"2026120{n}") for n in range(1, 6)))
    assert [f.result(10) for f in futures] == [f"2026120{n}" for n in range(1, 6)]
    assert len(seen) == 2  # the running write's transaction, then one for the five
    assert days(db) == [f"2026120{n}" for n in range(1, 6)]


def test_a_failing_write_rolls_back_its_own_savepoint_only(db: Database) -> None:
    futures = queued_behind_a_running_write(
        db, counter(db, "20261201"), failing(db, "20261202", ValueError("no")), counter(db, "20261203")
    )
    assert futures[0].result(10) == "20261201" and futures[2].result(10) == "20261203"
    with pytest.raises(ValueError, match="no"):
        futures[1].result(10)
    assert days(db) == ["20261201", "20261203"]


def test_a_failed_commit_answers_every_write_of_the_group_with_the_failure(db: Database) -> None:
    def refuse(conn: Any) -> None:
        if conn.in_nested_transaction() is False and refusing:
            raise OSError("disk full")

    refusing = True
    event.listen(db.engine, "commit", refuse)
    futures = queued_behind_a_running_write(db, counter(db, "20261201"), counter(db, "20261202"))
    for f in futures:
        with pytest.raises(OSError, match="disk full"):
            f.result(10)
    refusing = False
    assert days(db) == []


def test_a_transaction_sqlite_rolled_back_runs_the_other_writes_again_alone(db: Database) -> None:
    futures = queued_behind_a_running_write(
        db,
        counter(db, "20261201"),
        failing(db, "20261202", OSError("I/O error"), lose_transaction=True),
        counter(db, "20261203"),
    )
    assert futures[0].result(10) == "20261201" and futures[2].result(10) == "20261203"
    with pytest.raises((OSError, OperationalError)):  # its own, or the savepoint SQLite dropped
        futures[1].result(10)
    assert days(db) == ["20261201", "20261203"]


def test_savepoints_go_to_sqlite_as_they_are_and_fail_as_sqlalchemy_errors(db: Database) -> None:
    with db.engine.connect() as conn, conn.begin():
        raw = conn.connection.driver_connection
        sent: list[str] = []
        statements: list[str] = []
        named: list[str] = []
        raw.set_trace_callback(sent.append)  # type: ignore[union-attr]
        event.listen(conn, "before_cursor_execute", lambda *a: statements.append(a[2]))
        event.listen(conn, "savepoint", lambda *_: named.append("savepoint"))
        kept = conn.begin_nested()
        conn.execute(TicketCounter.__table__.insert(), {"day": "20261201", "last": 1})
        kept.commit()
        dropped = conn.begin_nested()
        raw.execute("ROLLBACK")  # type: ignore[union-attr]  # as SQLite does on an I/O error
        with pytest.raises(OperationalError, match="no such savepoint"):
            dropped.rollback()
        raw.set_trace_callback(None)  # type: ignore[union-attr]
    # Not through SQLAlchemy's statement path (only the INSERT is), but its events fire.
    assert [s.split()[0] for s in statements] == ["INSERT"]
    assert named == ["savepoint", "savepoint"]
    first, second = '"sa_savepoint_1"', '"sa_savepoint_2"'  # SQLAlchemy's names
    assert sent[0] == f"SAVEPOINT {first}" and f"RELEASE SAVEPOINT {first}" in sent
    assert sent[-1] == f"ROLLBACK TO SAVEPOINT {second}"
