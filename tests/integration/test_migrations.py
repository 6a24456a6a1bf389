"""The migrations are the schema: they round-trip and match the models exactly."""

from __future__ import annotations

import re
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from aftersales_api.core.migrations import downgrade, upgrade
from aftersales_api.models import Base

from ..conftest import fresh_postgres, fresh_sqlite


@pytest.fixture
def empty_url(backend: str, tmp_path: object) -> str:
    from pathlib import Path

    return fresh_postgres("migrations") if backend == "postgres" else fresh_sqlite(Path(str(tmp_path)), "m")


def tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def drift(url: str) -> list[object]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(ctx, Base.metadata))
    finally:
        engine.dispose()


def test_upgrade_downgrade_upgrade(empty_url: str) -> None:
    upgrade(empty_url)
    assert tables(empty_url) == set(Base.metadata.tables)
    downgrade(empty_url)
    assert tables(empty_url) == set()
    upgrade(empty_url)
    assert tables(empty_url) == set(Base.metadata.tables)


def test_migrated_schema_matches_the_models(empty_url: str) -> None:
    upgrade(empty_url)
    assert drift(empty_url) == []


def test_earlier_claims_are_found_through_the_order_index(database: Any) -> None:
    """DUPLICATE_CLAIM looks up an order's tickets by index, not by a scan of all tickets."""
    from aftersales_api.services.repository import EARLIER_CLAIMS

    dialect = database.engine.dialect
    query = EARLIER_CLAIMS[dialect.name]
    compiled = query.compiled(dialect, ())
    params = query.params(compiled, {"order": "O-1", "skus": ["SKU-1"], "before": "AS-20261123-000009"})
    with database.engine.begin() as conn:
        if database.is_sqlite:
            sql = f"EXPLAIN QUERY PLAN {compiled.sql}"
            plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(sql, tuple(params)))
        else:
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = " ".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {compiled.sql}", tuple(params)))
    assert "ix_tickets_order_id" in plan, plan


def test_the_sweep_finds_missed_deadlines_from_its_index_alone(database: Any) -> None:
    """The sweep's first question (which tickets have missed, unescalated deadlines) is
    answered from the partial index of the levels' alarms, without visiting a row."""
    from datetime import UTC, datetime

    from aftersales_api.core.driver import Query
    from aftersales_api.services.sweep import BREACHED

    index = "ix_ticket_levels_alarm_at"
    dialect = database.engine.dialect
    query = Query(BREACHED)
    compiled = query.compiled(dialect, ())
    params = tuple(query.params(compiled, {"now": datetime(2026, 12, 1, tzinfo=UTC)}))
    with database.engine.begin() as conn:
        if database.is_sqlite:
            plan = " ".join(
                str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled.sql}", params)
            )
            assert plan == f"SEARCH ticket_levels USING COVERING INDEX {index} (alarm_at<?)", plan
        else:
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
            plan = " ".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {compiled.sql}", params))
            assert f"Index Only Scan using {index}" in plan, plan


def test_a_sweeps_claim_changes_no_indexed_column_of_deadlines() -> None:
    """The claim writes `escalated_at` alone, which no index of `deadlines` holds (keys,
    included columns or predicates): PostgreSQL rewrites the row in place."""
    from aftersales_api.models import DEADLINES
    from aftersales_api.services.sweep import CLAIM

    for dialect in ("sqlite", "postgresql"):
        sql = str(CLAIM[dialect].stmt.compile())  # type: ignore[attr-defined]
        written = set(re.findall(r"(?:SET |, )(\w+)=", sql[sql.index(" SET ") : sql.index(" WHERE ")]))
        assert written == {"escalated_at"}, sql
    for index in DEADLINES.indexes:
        pg = index.dialect_options["postgresql"]
        covered = {c.name for c in index.columns} | set(pg["include"] or ())
        where = "" if pg["where"] is None else str(pg["where"])
        covered |= {c.name for c in DEADLINES.c if c.name in where}
        assert "escalated_at" not in covered, index.name


def test_a_sweeps_escalation_changes_no_indexed_column_of_tickets() -> None:
    """The sweep writes a ticket's level, version and update time: with none of them in
    an index of `tickets` (keys, included columns or predicates), PostgreSQL rewrites
    the row in place and leaves its seventeen-odd indexes alone."""
    from aftersales_api.models import TICKETS
    from aftersales_api.services.sweep import RAISE

    for dialect in ("sqlite", "postgresql"):
        sql = str(RAISE[dialect].stmt.compile())  # type: ignore[attr-defined]
        written = set(re.findall(r"(?:SET |, )(\w+)=", sql[sql.index(" SET ") : sql.index(" WHERE ")]))
        assert written == {"level", "version", "updated_at"}, sql
    for index in TICKETS.indexes:
        pg = index.dialect_options["postgresql"]
        covered = {c.name for c in index.columns} | set(pg["include"] or ())
        where = "" if pg["where"] is None else str(pg["where"])
        covered |= {c.name for c in TICKETS.c if c.name in where}
        assert not covered & written, index.name


def test_tickets_leave_room_for_in_place_updates(empty_url: str) -> None:
    from aftersales_api.models import TICKETS_FILLFACTOR

    upgrade(empty_url)
    if not empty_url.startswith("postgresql"):
        return  # SQLite has no such setting
    engine = create_engine(empty_url)
    try:
        with engine.connect() as conn:
            sql = "SELECT reloptions FROM pg_class WHERE relname = 'tickets'"
            options = conn.exec_driver_sql(sql).scalar()
    finally:
        engine.dispose()
    assert options == [f"fillfactor={TICKETS_FILLFACTOR}"]


def test_an_upgrade_sets_each_alarm_from_the_deadlines(empty_url: str) -> None:
    """0011 computes every ticket's alarm from what is already there: the earliest open,
    unescalated deadline of a ticket not done, and none for a done one."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import select, update

    from aftersales_api.core.config import Settings
    from aftersales_api.core.security import Principal
    from aftersales_api.models import DEADLINES, TICKET_LEVELS, TICKETS
    from aftersales_api.schemas import TicketCreate
    from aftersales_api.services import tickets
    from aftersales_api.services.env import Env

    from ..factories import another_return, complaint_body

    upgrade(empty_url)
    settings = Settings(database_url=empty_url, sweep_interval=0, delivery_interval=0, _env_file=None)  # type: ignore[call-arg]
    env = Env.from_settings(settings)
    who = Principal("storefront", "storefront")
    bodies = [complaint_body(), another_return(1), another_return(2)]
    made = [tickets.create(env, who, TicketCreate.model_validate(b), None, "en")[1]["number"] for b in bodies]
    at = datetime(2026, 12, 1, tzinfo=UTC)
    with env.db.engine.begin() as conn:
        ids = [conn.execute(select(TICKETS.c.id).where(TICKETS.c.number == n)).scalar_one() for n in made]
        first = conn.execute(
            select(DEADLINES.c.id).where(DEADLINES.c.ticket_id == ids[0]).order_by(DEADLINES.c.breach_at)
        ).first()
        assert first is not None
        conn.execute(update(DEADLINES).where(DEADLINES.c.id == first.id).values(escalated_at=at))
        conn.execute(update(TICKETS).where(TICKETS.c.id == ids[1]).values(state="cancelled"))
        conn.execute(
            update(DEADLINES).where(DEADLINES.c.ticket_id == ids[2]).values(met_at=at + timedelta(days=1))
        )
        rows = conn.execute(select(DEADLINES).where(DEADLINES.c.ticket_id == ids[0])).all()
    env.db.engine.dispose()
    downgrade(empty_url, "0010")
    upgrade(empty_url)
    engine = create_engine(empty_url)
    try:
        with engine.connect() as conn:
            alarms = dict(conn.execute(select(TICKET_LEVELS.c.ticket_id, TICKET_LEVELS.c.alarm_at)).all())
    finally:
        engine.dispose()
    pending = [d.breach_at for d in rows if d.met_at is None and d.escalated_at is None]
    assert alarms == {ids[0]: min(pending), ids[1]: None, ids[2]: None}
    assert drift(empty_url) == []
