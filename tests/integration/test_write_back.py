"""A write on a ticket writes back only what changed: the ticket's changed columns, the
children that changed, and the children added (services/repository.py)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from aftersales_api.core import driver
from aftersales_api.models import APPROVALS, DEADLINES, TICKET_LEVELS, TICKETS, Approval
from aftersales_api.services import repository
from aftersales_api.services.env import Env

from ..factories import Api, return_body


def _steps(t: Any, was: repository.Loaded) -> list[tuple[str, list[dict[str, Any]]]]:
    steps = repository.changes(t, was)
    return [(str(s.statement.stmt.table.name), [dict(r) for r in s.rows]) for s in steps]  # type: ignore[attr-defined]


def test_nothing_changed_writes_nothing(api: Api, env: Env) -> None:
    number = api.create(return_body())["number"]
    with env.db.write() as session:
        t = repository.read(session, number, lock=True)
        assert repository.changes(t, repository.loaded(t)) == []


def test_only_the_changed_columns_and_rows_are_written(api: Api, env: Env) -> None:
    number = api.create(return_body())["number"]
    with env.db.write() as session:
        t = repository.read(session, number, lock=True)
        was = repository.loaded(t)
        t.level, t.version = "supervisor", t.version + 1
        met = t.deadlines[0]
        met.met_at = t.created_at + timedelta(hours=1)
        t.approvals.append(
            Approval(
                ticket_id=t.id,
                type="supervisor_review",
                approved=True,
                actor="s",
                role="supervisor",
                at=t.created_at,
            )
        )
        approval = {
            "ticket_id": t.id,
            "type": "supervisor_review",
            "approved": True,
            "actor": "s",
            "role": "supervisor",
            "at": t.created_at,
        }
        assert _steps(t, was) == [
            ("tickets", [{"level": "supervisor", "version": t.version, "pk_id": t.id}]),
            ("ticket_levels", [{"pk_ticket_id": t.id, "level": "supervisor"}]),  # its filter's copy
            ("approvals", [approval]),  # unset columns keep their defaults
            ("deadlines", [{"met_at": met.met_at, "pk_id": met.id}]),
        ]
        driver.run(session.connection(), repository.changes(t, was))
    with env.db.read() as session:
        conn = session.connection()
        assert conn.execute(select(TICKETS.c.level).where(TICKETS.c.id == t.id)).scalar_one() == "supervisor"
        level = select(TICKET_LEVELS.c.level).where(TICKET_LEVELS.c.ticket_id == t.id)
        assert conn.execute(level).scalar_one() == "supervisor"
        rows = conn.execute(
            select(DEADLINES.c.id, DEADLINES.c.met_at).where(DEADLINES.c.ticket_id == t.id)
        ).all()
        assert {r.id: r.met_at for r in rows}[met.id] == met.met_at
        assert [r.id for r in rows if r.met_at is not None] == [met.id]  # the others untouched
        approvals = conn.execute(
            select(APPROVALS.c.type, APPROVALS.c.note).where(APPROVALS.c.ticket_id == t.id)
        ).all()
        assert [tuple(a) for a in approvals] == [("supervisor_review", "")]  # the column's default
