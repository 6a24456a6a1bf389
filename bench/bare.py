"""The bare app the service is measured against: FastAPI, sync endpoints, SQLAlchemy Core,
the same database and the same SQLite settings as the service, nothing else.

    BENCH_DATABASE_URL=… uvicorn --factory bench.bare:app --port 8766 --no-access-log

- POST /insert: one INSERT and commit (what opening a ticket is compared with);
- POST /trigger/{id}: SELECT … FOR UPDATE, UPDATE, INSERT of an event, in one
  transaction (what a workflow trigger is compared with);
- GET /row/{id}: one row by its key (what reading a ticket is compared with).
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    insert,
    select,
    update,
)

metadata = MetaData()
rows = Table(
    "bare_rows",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("note", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True)),
)
events = Table(
    "bare_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("row_id", String(36), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)
SEEDED = 1000  # rows r-0 … r-999 for /trigger and /row


class Body(BaseModel):
    note: str


def app() -> FastAPI:
    url = os.environ["BENCH_DATABASE_URL"]
    sqlite = url.startswith("sqlite")
    engine = create_engine(
        url, pool_size=20, **({"connect_args": {"check_same_thread": False}} if sqlite else {})
    )
    if sqlite:

        @event.listens_for(engine, "connect")
        def _pragmas(conn: Any, _: Any) -> None:
            conn.isolation_level = None
            for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=30000"):
                conn.execute(f"PRAGMA {pragma}")

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    metadata.drop_all(engine)
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(rows), [{"id": f"r-{n}", "version": 0, "note": "seed"} for n in range(SEEDED)])
    api = FastAPI()

    @api.post("/insert", status_code=201)
    def insert_one(body: Body) -> dict[str, Any]:
        row = {"id": str(uuid.uuid4()), "version": 0, "note": body.note, "updated_at": datetime.now(UTC)}
        with engine.begin() as conn:
            conn.execute(insert(rows), row)
        return row

    @api.post("/trigger/{row_id}")
    def trigger(row_id: str) -> dict[str, Any]:
        now = datetime.now(UTC)
        with engine.begin() as conn:
            found = conn.execute(select(rows).where(rows.c.id == row_id).with_for_update()).first()
            if found is None:
                raise HTTPException(404)
            version = found.version + 1
            conn.execute(update(rows).where(rows.c.id == row_id).values(version=version, updated_at=now))
            conn.execute(insert(events), {"row_id": row_id, "seq": version, "at": now})
        return {"id": row_id, "version": version}

    @api.get("/row/{row_id}")
    def read(row_id: str) -> dict[str, Any]:
        with engine.connect() as conn:
            found = conn.execute(select(rows).where(rows.c.id == row_id)).first()
        if found is None:
            raise HTTPException(404)
        return dict(found._mapping)

    return api
