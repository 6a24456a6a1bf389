"""The service plus a bare one-row insert endpoint, for comparing the two in one run.

uvicorn --factory bench.server:app
"""

from __future__ import annotations

import uuid

from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy import Column, MetaData, String, Table, insert

from aftersales_api.main import create_app

metadata = MetaData()
raw = Table("bench_raw", metadata, Column("id", String(36), primary_key=True), Column("note", String(200)))


class RawBody(BaseModel):
    note: str


def app() -> FastAPI:
    service = create_app()
    db = service.state.env.db
    metadata.create_all(db.engine)

    @service.post("/bench/raw", status_code=201, include_in_schema=False)
    def bare_insert(body: RawBody) -> dict[str, str]:
        row = {"id": str(uuid.uuid4()), "note": body.note}
        with db.write() as session:
            session.execute(insert(raw).values(row))
        return row

    return service
