"""A database outage is a 503 with Retry-After, and the service recovers by itself: the
database is reached through a TCP proxy the test cuts and restores while the service
keeps running."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from aftersales_api.core import db as db_module
from aftersales_api.core.config import Settings
from aftersales_api.core.db import Database
from aftersales_api.core.migrations import upgrade
from aftersales_api.core.policy import build_calendar
from aftersales_api.main import create_app
from aftersales_api.rules.params import Policy
from aftersales_api.services import keys
from aftersales_api.services.env import Env

from ..conftest import PG_URL, Clock, fresh_postgres
from ..factories import return_body

pytestmark = pytest.mark.skipif(PG_URL is None, reason="needs PostgreSQL (AFTERSALES_TEST_DATABASE_URL)")


class Proxy:
    """Forwards 127.0.0.1:<port> to the database; `cut` drops every connection and
    refuses new ones, `restore` listens again on the same port."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self.conns: list[socket.socket] = []
        self.lock = threading.Lock()
        self.listener: socket.socket | None = None
        self.restore()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        assert self.listener is not None
        with contextlib.suppress(OSError):  # wakes the thread blocked in accept()
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            for conn in self.conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
            self.conns.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self.lock:
                self.conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.close()


@pytest.fixture
def proxied() -> Iterator[tuple[Proxy, Env]]:
    assert PG_URL is not None
    direct = fresh_postgres("outage")
    upgrade(direct)
    url = make_url(direct)
    proxy = Proxy((url.host or "127.0.0.1", url.port or 5432))
    through = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    settings = Settings(database_url=through, sweep_interval=0, auth_cache_seconds=0, _env_file=None)  # type: ignore[call-arg]
    db = Database(through, pool_size=4)
    env = Env(db=db, policy=Policy(), calendar=build_calendar(settings), settings=settings, clock=Clock())
    yield proxy, env
    db.dispose()
    with contextlib.suppress(OSError):
        proxy.cut()


def test_an_outage_is_503_and_the_service_recovers_without_a_restart(proxied: tuple[Proxy, Env]) -> None:
    proxy, env = proxied
    headers = {"Authorization": f"Bearer {keys.create(env, 'agent', 'agent')}"}
    with TestClient(create_app(env.settings, env), raise_server_exceptions=False) as client:
        before = client.post("/v1/tickets", json=return_body(), headers=headers)
        assert before.status_code == 201, before.text
        assert client.get("/v1/tickets", headers=headers).status_code == 200  # pooled connections

        proxy.cut()
        for call in (
            lambda: client.get("/v1/tickets", headers=headers),
            lambda: client.get(f"/v1/tickets/{before.json()['number']}", headers=headers),
            lambda: client.post("/v1/tickets", json=return_body(), headers=headers),
            lambda: client.post(f"/v1/tickets/{before.json()['number']}/verify", json={}, headers=headers),
        ):
            r: Any = call()
            assert r.status_code == 503, r.text
            assert r.headers["retry-after"] == "5"
            assert r.headers["content-type"] == "application/problem+json"
            assert r.json()["code"] == "unavailable"
            assert "127.0.0.1" not in r.text and "psycopg" not in r.text
        ready = client.get("/readyz")
        assert ready.status_code == 503 and ready.json() == {
            "status": "unavailable",
            "detail": "database unreachable",
        }

        proxy.restore()
        # The first request after the restart succeeds: stale pooled connections are
        # replaced before use.
        after = client.post("/v1/tickets", json=return_body(), headers=headers)
        assert after.status_code == 201, after.text
        listed = client.get("/v1/tickets", headers=headers)
        assert listed.status_code == 200 and len(listed.json()["items"]) == 2
        assert client.get("/readyz").status_code == 200


def _terminate_pool(db: Database) -> None:
    """The server ends every connection the pool holds (as a restart would), silently."""
    admin = create_engine(db.engine.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        mine = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        conn.exec_driver_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> %s",
            (mine,),
        )
    admin.dispose()


def _read(db: Database) -> Any:
    with db.read() as session:
        return session.connection().exec_driver_sql("SELECT 1").scalar_one()


@pytest.fixture
def pg_database() -> Iterator[Database]:
    assert PG_URL is not None
    db = Database(fresh_postgres("restart"), pool_size=2)
    yield db
    db.dispose()


def test_a_connection_idle_past_the_window_is_pinged_and_replaced(
    pg_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server restart while the pool sits idle costs no request."""
    assert _read(pg_database) == 1
    _terminate_pool(pg_database)
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE", 0.0)  # as if idle for longer than the window
    assert _read(pg_database) == 1


def test_a_connection_in_use_a_moment_ago_is_not_pinged(pg_database: Database) -> None:
    """Within the window nothing is pinged: a connection the server ended is found dead
    by the request that uses it (503), and every pooled connection older than that
    death is pinged before its next use."""
    with pg_database.read() as a, pg_database.read() as b:  # two pooled connections
        a.connection().exec_driver_sql("SELECT 1")
        b.connection().exec_driver_sql("SELECT 1")
    _terminate_pool(pg_database)
    with pytest.raises(OperationalError):
        _read(pg_database)
    assert _read(pg_database) == 1  # the other one was pinged and replaced
