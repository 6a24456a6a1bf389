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


def test_many_rows_at_once_are_written_as_one_at_a_time(api: Api, env: Env) -> None:
    """`driver.Rows` (COPY on PostgreSQL) stores what the statement a row stores: text
    COPY would mangle unescaped (tabs, newlines, backslashes, quotes), JSON as JSON,
    SQL NULLs, and timestamps of any zone as the same instants."""
    from datetime import UTC, datetime, timezone

    from aftersales_api.models import EVENTS

    t = api.create(return_body())
    with env.db.read() as session:
        ticket_id = session.execute(select(TICKETS.c.id).where(TICKETS.c.number == t["number"])).scalar_one()
    shanghai = timezone(timedelta(hours=8))
    odd = 'tab\there, line\nbreak, back\\slash, "quoted", 中文, \\N'

    def row(seq: int) -> dict[str, Any]:
        return {
            "ticket_id": ticket_id,
            "seq": seq,
            "at": datetime(2026, 12, 1, 18, seq - 100, 5, 123456, tzinfo=shanghai),
            "actor": odd,
            "type": "contact",
            "from_state": None,
            "to_state": "verified" if seq % 2 else None,
            "data": {"note": odd, "nested": [1, 2.5, None, {"k": odd}], "empty": {}},
        }

    rows = driver.Rows(EVENTS, [c.name for c in EVENTS.c])
    with env.db.write() as session:
        rows.write(session.connection(), [row(100)])  # one row: one statement
        rows.write(session.connection(), [row(101), row(102), row(103)])  # many: COPY on PostgreSQL
    with env.db.read() as session:
        stored = session.execute(select(EVENTS).where(EVENTS.c.seq >= 100).order_by(EVENTS.c.seq)).all()
    assert [dict(r._mapping) for r in stored] == [
        {**row(seq), "at": row(seq)["at"].astimezone(UTC)} for seq in (100, 101, 102, 103)
    ]
    assert all(r.at.tzinfo is UTC for r in stored)


def test_a_batch_that_commits_ends_the_transaction_in_its_round_trip(api: Api, env: Env) -> None:
    """`driver.run(..., commit=True)`: on PostgreSQL the batch commits its rows itself
    (another connection sees them before the session's commit, which then has nothing
    left to do); on SQLite they commit with the session, so a rollback undoes them."""
    from datetime import UTC, datetime

    from sqlalchemy import insert

    from aftersales_api.models import EVENTS

    t = api.create(return_body())
    with env.db.read() as session:
        ticket_id = session.execute(select(TICKETS.c.id).where(TICKETS.c.number == t["number"])).scalar_one()
    insert_event = driver.Statement(insert(EVENTS))

    def events(*seqs: int) -> driver.Step:
        at = datetime.now(UTC)
        rows = [
            {"ticket_id": ticket_id, "seq": n, "at": at, "actor": "x", "type": "contact", "data": {}}
            for n in seqs
        ]
        return driver.Step(insert_event, rows)

    def stored() -> list[int]:
        with env.db.read() as other:
            return list(other.scalars(select(EVENTS.c.seq).where(EVENTS.c.seq >= 50).order_by(EVENTS.c.seq)))

    postgres = env.db.engine.dialect.name == "postgresql"
    with env.db.write() as session:
        driver.run(session.connection(), [events(50, 51)], commit=True)
        assert stored() == ([50, 51] if postgres else [])
    assert stored() == [50, 51]
    if not postgres:
        with env.db.write() as session:
            driver.run(session.connection(), [events(60, 61)], commit=True)
            session.rollback()
        assert stored() == [50, 51]


def test_a_batch_carries_the_commit_only_when_nothing_is_left_to_write(api: Api, env: Env) -> None:
    """`tickets.may_commit`: an ORM object waiting for the session's flush (a contact, a
    closed case) or outbox rows staged for its commit keep the COMMIT with the session,
    so that they commit with the batch's rows."""
    from datetime import UTC, datetime

    from aftersales_api.models import Contact
    from aftersales_api.services import outbox
    from aftersales_api.services.tickets import may_commit

    t = api.create(return_body())
    with env.db.write() as session:
        assert may_commit(session)
        contact = Contact(ticket_id=t["id"], channel="phone", summary="s", actor="a", at=datetime.now(UTC))
        session.add(contact)
        assert not may_commit(session)
        session.expunge(contact)
        assert may_commit(session)
        outbox.stage(session, [])
        assert may_commit(session)  # nothing staged after all
        outbox.stage(session, [{"ticket_id": t["id"]}])
        assert not may_commit(session)
        session.info.pop(outbox.PENDING)
