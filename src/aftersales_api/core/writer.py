"""Group commit for SQLite: the process's writes run on one thread, and those that queue
up while one runs share its next transaction, each in a savepoint of its own.

SQLite has one writer at a time, so writes take turns anyway; what a turn costs is
mostly BEGIN IMMEDIATE, the commit's write of every page it changed to the log, and the
statements. Sharing the transaction shares the first two: the index pages a dozen new
tickets touch are written once, not a dozen times. Each write still succeeds or fails
alone (a failure rolls back to its savepoint), and none is answered before the commit
that keeps it.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)
MAX_GROUP = 32  # writes in one transaction at most: a bound on how long the lock is held


@dataclass
class _Job:
    fn: Callable[[], Any]
    future: Future[Any] = field(default_factory=Future)


class GroupWriter:
    def __init__(self, engine: Engine, lock: threading.Lock) -> None:
        self.engine, self.lock = engine, lock
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._local = threading.local()
        self._thread = threading.Thread(target=self._loop, name="db-writer", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[], Any]) -> Future[Any]:
        job = _Job(fn)
        self._queue.put(job)
        return job.future

    def joined(self) -> Connection | None:
        """The group's connection, when the calling thread runs a write of a group."""
        conn: Connection | None = getattr(self._local, "conn", None)
        return conn

    def stop(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=30)

    def _loop(self) -> None:
        while (job := self._queue.get()) is not None:
            jobs = [job]
            while len(jobs) < MAX_GROUP:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._queue.put(None)  # stop after this group
                    break
                jobs.append(more)
            self._group(jobs)

    def _group(self, jobs: list[_Job]) -> None:
        done: list[tuple[_Job, Any, BaseException | None]] = []
        try:
            with self.lock, self._transaction() as conn:
                for job in jobs:
                    try:
                        done.append((job, job.fn(), None))
                    except BaseException as exc:  # noqa: BLE001 - the job's own outcome
                        done.append((job, None, exc))
                        if not conn.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
                            raise _Lost from exc  # SQLite rolled the whole transaction back
        except _Lost:
            # Nothing of the group was kept: each write that had not failed runs again, alone.
            for job, _, failed in done[:-1]:
                if failed is None:
                    self._group([_Job(job.fn, job.future)])
            _settle(*done[-1])
            for job in jobs[len(done) :]:
                self._group([job])
            return
        except BaseException as exc:  # BEGIN or COMMIT failed: no write of the group was kept
            for job, _, own in done:
                job.future.set_exception(own or exc)
            for job in jobs[len(done) :]:
                job.future.set_exception(exc)
            return
        for outcome in done:
            _settle(*outcome)

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            self._local.conn = conn
            try:
                yield conn
            finally:
                self._local.conn = None


class _Lost(Exception):
    """The group's transaction was rolled back by SQLite itself."""


def _settle(job: _Job, result: Any, exc: BaseException | None) -> None:
    if exc is None:
        job.future.set_result(result)
    else:
        job.future.set_exception(exc)
