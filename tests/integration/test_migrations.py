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
    answered from the partial index, without visiting a deadline row for each."""
    from datetime import UTC, datetime

    from aftersales_api.core.driver import Query
    from aftersales_api.services.sweep import BREACHED

    index = "ix_deadlines_unescalated_breach_at"
    dialect = database.engine.dialect
    query = Query(BREACHED)
    compiled = query.compiled(dialect, ())
    params = tuple(query.params(compiled, {"now": datetime(2026, 12, 1, tzinfo=UTC)}))
    with database.engine.begin() as conn:
        if database.is_sqlite:
            # SQLite picks its index by statistics: here, that this one can answer it
            # (INDEXED BY fails when it cannot).
            sql = compiled.sql.replace("FROM deadlines", f"FROM deadlines INDEXED BY {index}")
            plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))
            assert f"SEARCH deadlines USING INDEX {index} (breach_at<?)" in plan, plan
        else:
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
            plan = " ".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {compiled.sql}", params))
            assert f"Index Only Scan using {index}" in plan, plan


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
