"""PostgreSQL sessions run in UTC, so timestamps come back with nothing to convert; a
URL that sets its own session options keeps them, and its timestamps still read as the
same instants in UTC."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import literal, select
from sqlalchemy.engine import make_url

from aftersales_api.core.db import Database
from aftersales_api.models import UTCDateTime

from ..conftest import PG_URL, fresh_postgres

pytestmark = pytest.mark.skipif(PG_URL is None, reason="needs PostgreSQL (AFTERSALES_TEST_DATABASE_URL)")
INSTANT = datetime(2026, 11, 23, 2, 0, 30, 123456, tzinfo=UTC)
SHANGHAI = timezone(timedelta(hours=8))


@pytest.fixture(scope="module")
def url() -> str:
    return fresh_postgres("timezones")


@pytest.fixture
def database(request: pytest.FixtureRequest, url: str) -> Iterator[Database]:
    options = getattr(request, "param", None)
    db = Database(
        make_url(url).update_query_dict({"options": options}).render_as_string(False) if options else url
    )
    yield db
    db.dispose()


def _session_zone_and_read(db: Database) -> tuple[str, datetime]:
    with db.read() as session:
        conn = session.connection()
        zone = conn.exec_driver_sql("SHOW TimeZone").scalar_one()
        # Sent as Shanghai time: the same instant, whatever the offset it is written with.
        read = conn.execute(select(literal(INSTANT.astimezone(SHANGHAI), UTCDateTime()))).scalar_one()
    return zone, read


def test_sessions_are_in_utc(database: Database) -> None:
    zone, read = _session_zone_and_read(database)
    assert zone == "UTC"
    assert read == INSTANT and read.tzinfo is UTC


@pytest.mark.parametrize("database", ["-c TimeZone=Asia/Shanghai"], indirect=True)
def test_a_url_with_its_own_options_keeps_them(database: Database) -> None:
    zone, read = _session_zone_and_read(database)
    assert zone == "Asia/Shanghai"
    assert read == INSTANT and read.tzinfo is UTC
