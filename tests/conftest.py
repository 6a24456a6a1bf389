"""Fixtures shared by every tier.

Databases: SQLite always; PostgreSQL too when AFTERSALES_TEST_DATABASE_URL is set. The
schema is built by the Alembic migrations (never create_all), once per database and
pytest-xdist worker; tables are emptied between tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from aftersales_api.core.config import Settings
from aftersales_api.core.db import Database
from aftersales_api.core.migrations import upgrade
from aftersales_api.core.policy import build_calendar
from aftersales_api.core.security import ROLES
from aftersales_api.main import create_app
from aftersales_api.models import Base
from aftersales_api.rules.params import Policy
from aftersales_api.services import keys
from aftersales_api.services.env import Env

from .factories import Api

PG_URL = os.environ.get("AFTERSALES_TEST_DATABASE_URL")
BACKENDS = ["sqlite", *(["postgres"] if PG_URL else [])]
# Monday 2026-11-23, 10:00 in Shanghai.
START = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def fresh_postgres(suffix: str) -> str:
    """A database of its own for this worker (and purpose), created anew."""
    assert PG_URL is not None
    base = make_url(PG_URL)
    name = f"{base.database}_{suffix}_{worker()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def fresh_sqlite(tmp: Path, suffix: str) -> str:
    return f"sqlite:///{tmp / f'{suffix}.db'}"


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def migrated_url(backend: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = (
        fresh_postgres("suite")
        if backend == "postgres"
        else fresh_sqlite(tmp_path_factory.mktemp("db"), "suite")
    )
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def database(migrated_url: str) -> Iterator[Database]:
    db = Database(migrated_url, pool_size=20)
    yield db
    db.dispose()


def empty(db: Database, keep: tuple[str, ...] = ()) -> None:
    """Every table emptied (but those to `keep`), and the outbox head (the migration's
    one row) back at 0."""
    kept = {"outbox_head", *keep}
    tables = [t.name for t in reversed(Base.metadata.sorted_tables) if t.name not in kept]
    with db.engine.begin() as conn:
        if db.is_sqlite:
            for name in tables:
                conn.execute(text(f"DELETE FROM {name}"))
        else:
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        conn.execute(text("UPDATE outbox_head SET position = 0"))


@dataclass
class Clock:
    """The service's clock, moved by the tests."""

    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@dataclass
class Keys:
    headers: dict[str, dict[str, str]] = field(default_factory=dict)

    def __getitem__(self, role: str) -> dict[str, str]:
        return self.headers[role]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def env(database: Database, clock: Clock, migrated_url: str) -> Env:
    empty(database)
    settings = Settings(  # type: ignore[call-arg]
        database_url=migrated_url, sweep_interval=0, delivery_interval=0, auth_cache_seconds=0, _env_file=None
    )
    calendar = build_calendar(settings)
    return Env(db=database, policy=Policy(), calendar=calendar, settings=settings, clock=clock)


@pytest.fixture
def keyring(env: Env) -> Keys:
    ring = Keys()
    for role in ROLES:
        ring.headers[role] = {"Authorization": f"Bearer {keys.create(env, role, role)}"}
    return ring


@pytest.fixture
def client(env: Env) -> Iterator[TestClient]:
    with TestClient(create_app(env.settings, env), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def api(client: TestClient, keyring: Keys) -> Api:
    return Api(client, keyring)


@contextmanager
def running(app: Any) -> Iterator[str]:
    """The app behind a real uvicorn server on a free loopback port."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def live_url(env: Env) -> Iterator[str]:
    with running(create_app(env.settings, env)) as url:
        yield url
