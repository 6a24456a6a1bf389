"""Engine and transactions. One transaction per request, committed by the service
layer before the response is sent."""

from __future__ import annotations

import asyncio
import functools
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any, ParamSpec, TypeVar

import orjson
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from .writer import GroupWriter

WRITER_THREADS = 2
P = ParamSpec("P")
T = TypeVar("T")


def dumps(value: Any) -> str:
    """JSON for the JSON columns: orjson is several times faster than json."""
    return orjson.dumps(value, default=str).decode()


def make_engine(url: str, pool_size: int = 10) -> Engine:
    # Statement parameters carry customers' phones and e-mails and idempotency keys:
    # they never go into an exception message or a log line.
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            json_serializer=dumps,
            json_deserializer=orjson.loads,
            hide_parameters=True,
        )
        _sqlite_setup(engine)
        return engine
    engine = create_engine(
        url,
        paramstyle="format",  # positional parameters: cheaper to adapt than named ones
        # psycopg prepares nothing itself: the driver prepares its statements, and psycopg
        # would deallocate all of them after any rollback (core/driver.py).
        connect_args={**_utc_sessions(url), "prepare_threshold": None},
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_timeout=10,
        json_serializer=dumps,
        json_deserializer=orjson.loads,
        hide_parameters=True,
    )
    _ping_when_in_doubt(engine)
    return engine


def _utc_sessions(url: str) -> dict[str, str]:
    """Sessions in UTC: psycopg then reads timestamps as UTC already, with nothing to
    convert (UTCDateTime converts any other zone). Options the URL sets are its own."""
    return {} if "options" in make_url(url).query else {"options": "-c TimeZone=UTC"}


PING_AFTER_IDLE = 1.0  # seconds


def _ping_when_in_doubt(engine: Engine) -> None:
    """A pooled connection that a restarted (or unreachable) server closed is replaced
    before use, so a restart costs no request. Pinged only when in doubt: idle for more
    than a second, or older than the last connection found dead (the pool's
    `pool_pre_ping` pings on every checkout, a round trip per request). Raising
    DisconnectionError at checkout makes the pool retry with a new connection."""
    dead_since = [0.0]

    @event.listens_for(engine, "checkin")
    def _used(_: Any, record: Any) -> None:
        record.info["used"] = time.monotonic()

    @event.listens_for(engine, "invalidate")
    def _dead(_: Any, __: Any, exception: BaseException | None) -> None:
        if exception is not None:
            dead_since[0] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi_conn: Any, record: Any, _: Any) -> None:
        used = record.info.get("used")
        if used is None or (time.monotonic() - used < PING_AFTER_IDLE and used > dead_since[0]):
            return  # new, or in use a moment ago and nothing has died since
        try:
            with dbapi_conn.cursor() as cur:
                cur.execute("SELECT 1")
        except Exception as exc:
            raise DisconnectionError("the pooled connection is gone") from exc


def _sqlite_setup(engine: Engine) -> None:
    """WAL, foreign keys, and explicit BEGIN: writes take the write lock up front
    (BEGIN IMMEDIATE) so that two writers queue instead of deadlocking."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in (
            "journal_mode=WAL",
            "foreign_keys=ON",
            "synchronous=NORMAL",
            "busy_timeout=30000",
            "wal_autocheckpoint=0",  # checkpoints run off the request path, see Checkpointer
            "journal_size_limit=67108864",
        ):
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("write", False)
        _send(conn, "BEGIN IMMEDIATE" if immediate else "BEGIN")

    # Every write of SQLite's group is a savepoint: SQLAlchemy compiles each SAVEPOINT,
    # RELEASE and ROLLBACK TO afresh (its names are unique) and runs it through its
    # whole statement path. Its names and its savepoint events stay.
    dialect: Any = engine.dialect
    dialect.do_savepoint = lambda conn, name: _send(conn, f'SAVEPOINT "{name}"')
    dialect.do_release_savepoint = lambda conn, name: _send(conn, f'RELEASE SAVEPOINT "{name}"')
    dialect.do_rollback_to_savepoint = lambda conn, name: _send(conn, f'ROLLBACK TO SAVEPOINT "{name}"')


def _send(conn: Connection, statement: str) -> None:
    """A transaction statement sent to sqlite3 as it is, at a tenth of what SQLAlchemy's
    statement path costs; its errors raised as SQLAlchemy raises them."""
    raw = conn.connection.driver_connection
    assert raw is not None
    error = conn.dialect.loaded_dbapi.Error
    try:
        raw.execute(statement)
    except error as exc:
        raise DBAPIError.instance(statement, None, exc, error) from exc


class Checkpointer:
    """Copies the SQLite write-ahead log back into the database file once a second, on
    its own thread and connection. Left to SQLite, the checkpoint (and its fsync) runs
    inside whichever commit crosses the threshold, holding up every writer behind it."""

    def __init__(self, engine: Engine, interval: float = 1.0) -> None:
        self.engine, self.interval = engine, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="sqlite-checkpoint", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
            except Exception:  # noqa: BLE001 - a missed checkpoint is retried next time
                continue

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


class Database:
    def __init__(self, url: str, pool_size: int = 10) -> None:
        self.url = url
        self.engine = make_engine(url, pool_size)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        lock = threading.Lock()
        self._writer: AbstractContextManager[Any] = lock if self.is_sqlite else nullcontext()
        # SQLite: one writer thread whose queued writes share a transaction (group commit).
        # PostgreSQL: a few threads, enough for round trips to overlap, few enough not to
        # fight over the GIL.
        self._group = GroupWriter(self.engine.execution_options(write=True), lock) if self.is_sqlite else None
        self._writers = None if self.is_sqlite else ThreadPoolExecutor(WRITER_THREADS, "db-writer")
        self._checkpointer = Checkpointer(self.engine) if self.is_sqlite else None
        self._read = sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        self._write = sessionmaker(
            self.engine.execution_options(write=True), expire_on_commit=False, autoflush=False
        )
        self._savepoint = sessionmaker(
            join_transaction_mode="create_savepoint", expire_on_commit=False, autoflush=False
        )

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: commits when the block ends, rolls back on error.

        SQLite has one writer at a time. Threads of this process queue on a lock and
        wake as soon as it is free, instead of polling in SQLite's busy handler (which
        sleeps in steps of milliseconds); other processes still wait on busy_timeout.
        On SQLite's writer thread the block is a savepoint of the group's transaction."""
        group = self._group.joined() if self._group is not None else None
        if group is not None:
            with self._savepoint(bind=group) as session, session.begin():
                yield session
            return
        with self._writer, self._write() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a blocking use case that writes, from an async endpoint, on the writer
        threads: with the GIL, a few threads doing the work beat many fighting over it."""
        job = functools.partial(fn, *args, **kwargs)
        if self._group is not None:
            return await asyncio.wrap_future(self._group.submit(job))
        assert self._writers is not None
        return await asyncio.wrap_future(self._writers.submit(job))

    def dispose(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
        if self._group is not None:
            self._group.stop()
        if self._writers is not None:
            self._writers.shutdown(wait=True)
        self.engine.dispose()
