"""PostgreSQL batches (core/driver.py `_Batch`): the transaction they begin, what they
prepare, and a failed batch leaving its connection usable."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, bindparam, insert, select, text
from sqlalchemy.exc import IntegrityError

from aftersales_api.core import driver
from aftersales_api.core.db import Database

from ..conftest import PG_URL, fresh_postgres

pytestmark = pytest.mark.skipif(PG_URL is None, reason="needs PostgreSQL (AFTERSALES_TEST_DATABASE_URL)")

NOTES = Table("notes", MetaData(), Column("id", Integer, primary_key=True), Column("body", String))
INSERT = driver.Statement(insert(NOTES))
BY_ID = driver.Query(select(NOTES.c.id, NOTES.c.body).where(NOTES.c.id == bindparam("id")))


@pytest.fixture(scope="module")
def db() -> Iterator[Database]:
    database = Database(fresh_postgres("driver"), pool_size=1)  # one connection: every test reuses it
    with database.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE notes (id integer PRIMARY KEY, body text)")
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def emptied(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM notes")


def notes(db: Database) -> list[int]:
    with db.engine.connect() as conn:  # another transaction's view
        return list(conn.scalars(select(NOTES.c.id).order_by(NOTES.c.id)))


def prepared(session: Any) -> int:
    return int(session.execute(text("SELECT count(*) FROM pg_prepared_statements")).scalar_one())


def test_a_write_batch_begins_the_transaction_and_a_rollback_undoes_it(db: Database) -> None:
    with db.write() as session:
        driver.run(
            session.connection(), [driver.Step(INSERT, [{"id": 1, "body": "a"}, {"id": 2, "body": "b"}])]
        )
        assert notes(db) == []  # not committed: the batch began a transaction
        session.rollback()
    assert notes(db) == []
    with db.write() as session:
        driver.run(session.connection(), [driver.Step(INSERT, [{"id": 3, "body": "c"}])])
    assert notes(db) == [3]


def test_a_read_batch_leaves_no_transaction_open(db: Database) -> None:
    with db.write() as session:
        driver.run(session.connection(), [driver.Step(INSERT, [{"id": 1, "body": "a"}])])
    with db.read() as session:
        conn = session.connection()
        (found,) = driver.fetch(conn, [(BY_ID, {"id": 1})])
        assert [(r.id, r.body) for r in found] == [(1, "a")]
        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        assert raw.info.transaction_status == psycopg.pq.TransactionStatus.IDLE


def test_statements_are_prepared_once_per_connection(db: Database) -> None:
    for n in range(3):
        with db.write() as session:
            driver.run(session.connection(), [driver.Step(INSERT, [{"id": n, "body": "x"}])])
            driver.fetch(session.connection(), [(BY_ID, {"id": n})])
            counted = prepared(session)
        if n == 0:
            first = counted
    assert counted == first >= 2


def test_an_error_mid_batch_aborts_the_rest_and_the_connection_goes_on(db: Database) -> None:
    """A duplicate key is SQLAlchemy's IntegrityError; the statement queued after it, never
    run, is not taken for prepared: run alone after the rollback, it works."""
    with db.write() as session:
        driver.run(session.connection(), [driver.Step(INSERT, [{"id": 1, "body": "a"}])])
    after = driver.Statement(NOTES.update().where(NOTES.c.id == bindparam("key")).values(body="z"))
    with db.write() as session, pytest.raises(IntegrityError):
        driver.run(
            session.connection(),
            [driver.Step(INSERT, [{"id": 1, "body": "again"}]), driver.Step(after, [{"key": 1}])],
        )
    with db.write() as session:
        driver.run(session.connection(), [driver.Step(after, [{"key": 1}])])
    with db.read() as session:
        (found,) = driver.fetch(session.connection(), [(BY_ID, {"id": 1})])
    assert found[0].body == "z"


def test_a_value_that_cannot_be_adapted_fails_before_anything_is_sent(db: Database) -> None:
    with db.write() as session, pytest.raises(psycopg.ProgrammingError):
        driver.run(
            session.connection(),
            [
                driver.Step(INSERT, [{"id": 1, "body": "a"}]),
                driver.Step(INSERT, [{"id": 2, "body": object()}]),
            ],
        )
    assert notes(db) == []
    with db.write() as session:
        driver.run(session.connection(), [driver.Step(INSERT, [{"id": 3, "body": "c"}])])
    assert notes(db) == [3]


def test_a_rollback_keeps_what_the_driver_prepared(db: Database) -> None:
    """psycopg prepares nothing of its own (`prepare_threshold=None`): with statements of
    its own prepared, it deallocates them all, ours too, after any rollback."""
    with db.write() as session:
        driver.run(session.connection(), [driver.Step(INSERT, [{"id": 1, "body": "a"}])])
        before = prepared(session)
    with db.write() as session:
        for _ in range(10):  # psycopg's default would prepare this after five runs
            session.execute(text("SELECT 1"))
        session.rollback()
    with db.write() as session:
        assert prepared(session) == before
        driver.run(session.connection(), [driver.Step(INSERT, [{"id": 2, "body": "b"}])])
    assert notes(db) == [1, 2]


def test_statements_deallocated_behind_its_back_fail_once_then_are_prepared_again(db: Database) -> None:
    with db.write() as session:
        driver.run(session.connection(), [driver.Step(INSERT, [{"id": 1, "body": "a"}])])
    with db.write() as session:
        session.execute(text("DEALLOCATE ALL"))
    with db.write() as session, pytest.raises(psycopg.errors.InvalidSqlStatementName):
        driver.run(session.connection(), [driver.Step(INSERT, [{"id": 2, "body": "b"}])])
    with db.write() as session:
        driver.run(session.connection(), [driver.Step(INSERT, [{"id": 3, "body": "c"}])])
    assert notes(db) == [1, 3]
