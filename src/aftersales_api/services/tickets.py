"""Opening and reading tickets."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import orjson
from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session
from uuid_utils import uuid7

from ..core import driver
from ..core.errors import Forbidden, RuleViolation
from ..core.metrics import TICKETS_OPENED
from ..core.security import DEFAULT_STORE, Principal
from ..models import DEADLINES, EVENTS, TICKET_ITEMS, TICKETS, TicketCounter
from ..rules import Decision
from ..rules import deadlines as limits
from ..rules.base import Lang, trace_dicts
from ..rules.complaints import first_contact, handover_entry
from ..rules.resolutions import ResolutionRequest, evaluate_resolution
from ..schemas import TicketCreate
from . import customers, deadlines, decisions, idempotency, outbox, repository, views
from .env import Env
from .idempotency import Outcome

TICKET_COLUMNS = tuple(c.key for c in TICKETS.c)
INSERT_ITEMS, INSERT_DEADLINES, INSERT_EVENTS = (
    driver.Statement(insert(table).inline()) for table in (TICKET_ITEMS, DEADLINES, EVENTS)
)
TAKE_POSITIONS, INSERT_PUBLISHED = (driver.Statement(s) for s in outbox.batch_steps())


DIALECTS = ("sqlite", "postgresql")
INSERT_TICKET = driver.Statement(insert(TICKETS))
# The day's counter, taken and returned with the lookups: the row stays locked until commit.
COUNTER = {d: driver.Query(repository.counter_upsert(d).returning(TicketCounter.last)) for d in DIALECTS}
FIRST_CONTACT_STEPS = (
    ("verify", "received", "verified"),
    ("resolve", "verified", "resolved"),
    ("confirm", "resolved", "confirmed"),
    ("close", "confirmed", "closed"),
)


def publish(t: Any, messages: list[dict[str, Any]]) -> list[driver.Step]:
    """The steps that publish a ticket's outbox rows, last in its batch: the head stays
    locked from there to the commit."""
    for back, m in enumerate(reversed(messages)):
        m["back"] = back
    return [
        driver.Step(TAKE_POSITIONS, [{"n": len(messages)}]),
        driver.Step(INSERT_PUBLISHED, [{**m, "ticket": t.number} for m in messages]),
    ]


def may_commit(session: Session) -> bool:
    """Whether a write's last batch may carry the COMMIT (`driver.run(commit=True)`):
    nothing is left for the session's own commit to write, no ORM object to flush and
    no outbox rows staged."""
    return not (session.new or session.dirty or session.deleted or session.info.get(outbox.PENDING))


def create(env: Env, who: Principal, body: TicketCreate, key: str | None, lang: Lang) -> Outcome:
    """One transaction, two batches (on PostgreSQL a round trip each, after the driver's
    BEGIN): the key, the lookups the policy needs and the day's counter (for the
    number); then every row, the key and its answer included, and the COMMIT. The
    answer is rendered to JSON once, for both. A replayed key rolls back what the first
    batch took."""
    facts = body.model_dump(mode="json")
    now = env.clock()
    today = env.calendar.local_date(now)
    day = today.strftime("%Y%m%d")
    decisions.order_checks(facts, today)
    dialect = env.db.engine.dialect.name
    lookups = decisions.lookups(env, dialect, body.kind, facts, today, None)
    counter = driver.Lookup(COUNTER[dialect], {"day": day}, _last)

    def work(
        session: Session, store: idempotency.Store | None, values: list[Any]
    ) -> tuple[int, dict[str, Any]]:
        *found, last = values
        draft = _draft(env, who, body, facts, now, decisions.found(body.kind, found))
        view = views.ticket(draft.t, now, lang, who.masked)
        conn = session.connection()
        number = f"AS-{day}-{last:06d}"
        answer = {**view, "number": number}
        raw = orjson.dumps(answer, default=str)
        _insert(conn, draft, number, [] if store is None else [store(201, raw)], may_commit(session))
        session.info[outbox.PUBLISHED] = True
        TICKETS_OPENED.labels(body.kind).inc()
        return 201, views.Rendered(answer, raw)

    print_ = idempotency.fingerprint("POST /v1/tickets", facts)
    return idempotency.once(env, who.name, key, print_, work, [*lookups, counter])


def _last(rows: driver.Records) -> int:
    return int(rows[0].last)


@dataclass(frozen=True, slots=True)
class Draft:
    t: Any  # the ticket's row, with the attributes of a loaded Ticket
    items: list[dict[str, Any]]
    deadlines: list[dict[str, Any]]
    events: list[dict[str, Any]]
    published: list[dict[str, Any]]  # the outbox rows, positioned and numbered in SQL


def _decide(
    env: Env, body: TicketCreate, facts: dict[str, Any], today: date, found: decisions.Found
) -> Decision:
    """The policy's decision, from the facts and what was looked up for them."""
    decision = decisions.decide(env, found, body.kind, body.channel, facts, today)
    return decisions.with_customer(decision, decisions.customer_part(env, body.kind, facts, found))


def _draft(
    env: Env, who: Principal, body: TicketCreate, facts: dict[str, Any], now: datetime, found: decisions.Found
) -> Draft:
    """The rows of a new ticket, its items, deadlines and events."""
    today = env.calendar.local_date(now)
    decision = _decide(env, body, facts, today, found)
    if body.complaint and body.complaint.received_by and body.complaint.received_at:
        late = (now - body.complaint.received_at).total_seconds() / 60
        check = handover_entry(body.complaint.received_by, late, env.policy)
        decision = replace(decision, trace=(*decision.trace, check))
    complaint = facts.get("complaint")
    t = SimpleNamespace(
        id=str(uuid7()),  # time-ordered: new rows go to the right edge of every ticket_id index
        number=None,
        store=_store(who, body),
        kind=body.kind,
        channel=body.channel,
        state="received",
        level=decision.level,
        priority=decision.priority,
        major=decision.major,
        owner=who.name,
        customer_id=body.customer.id,
        customer=facts["customer"],
        order_id=body.order.id if body.order else None,
        order=facts.get("order"),
        reason=body.reason,
        package_state=body.package_state,
        outer_packaging_intact=body.outer_packaging_intact,
        kept=facts.get("kept"),
        evidence=facts["evidence"],
        description=body.description,
        complaint=complaint,
        category=complaint["category"] if complaint else None,
        request_date=today,
        responsibility=decision.responsibility,
        decision=decision.as_dict(),
        resolution=None,
        handling=None,
        flags=list(decision.flags),
        repeat_repair="repeat_repair" in decision.flags,
        policy_version=decision.policy_version,
        refund_amount=None,
        restocking_fee=None,
        compensation_amount=None,
        repair_charge=None,
        claimed_compensation=body.complaint.claimed_compensation if body.complaint else None,
        appointment_at=body.appointment_at,
        visits=None,
        root_cause=None,
        satisfaction=None,
        satisfaction_score=None,
        pickup_requested_at=None,
        first_response_at=None,
        last_contact_at=None,
        next_breach_at=None,
        resolution_seconds=None,
        version=0,
        created_at=now,
        updated_at=now,
        resolved_at=None,
        closed_at=None,
    )
    items = [
        {
            "ticket_id": t.id,
            "line": n,
            "sku": i.sku,
            "name": i.name,
            "quantity": i.quantity,
            "unit_price": i.unit_price,
            "category": i.category,
            "ordered_quantity": i.ordered_quantity,
        }
        for n, i in enumerate(body.items, start=1)
    ]
    data = {
        "eligible": decision.eligible,
        "level": t.level,
        "priority": t.priority,
        "policy_version": decision.policy_version,
    }
    events = [event_row(t, who.name, "received", now, None, "received", data)]
    dues: list[dict[str, Any]] = []
    if body.first_contact_resolution is not None:
        events += _first_contact(env, t, who, body, now)
    else:
        complaint_in = body.complaint
        initial = limits.initial(
            t.kind,
            t.channel,
            t.major,
            now,
            env.policy,
            env.calendar,
            handed_over_from=complaint_in.received_at if complaint_in else None,
            appointment_at=body.appointment_at,
        )
        dues = [deadlines.new(env, t.id, key, due) for key, due in initial.items()]
        for d in dues:
            if d["key"] == "handover":  # HANDOVER_30MIN: met by this registration, late or not
                d["met_at"] = now
        t.next_breach_at = min((d["breach_at"] for d in dues if d["met_at"] is None), default=None)
    t.items = [SimpleNamespace(**i) for i in items]
    t.deadlines = [SimpleNamespace(**d) for d in dues]
    t.approvals, t.inspections, t.quotes, t.payouts = [], [], [], []
    # Solved on the call: the customer hears of the closing only.
    fcr = body.first_contact_resolution is not None
    published = [m for e in events for m in outbox.messages(t, e, notify=not fcr or e["type"] == "close")]
    return Draft(t=t, items=items, deadlines=dues, events=events, published=published)


def _store(who: Principal, body: TicketCreate) -> str:
    """A storefront key opens tickets for its own store; agents name it (default `default`)."""
    if who.store is None:
        return body.store or DEFAULT_STORE
    if body.store not in (None, who.store):
        raise Forbidden(f"This key opens tickets for store {who.store!r} only.")
    return who.store


def _insert(conn: Connection, draft: Draft, number: str, more: list[driver.Step], commit: bool) -> None:
    """One batch: the customer's profile on first sight, the ticket, its items,
    deadlines and events, `more`, and last its outbox rows and, with `commit`, the
    COMMIT (the head stays locked from there to the commit, in the same round trip)."""
    draft.t.number = number
    row = {c: getattr(draft.t, c) for c in TICKET_COLUMNS}
    first_sight = {
        "id": draft.t.customer_id,
        "name": draft.t.customer.get("name"),
        "created_at": draft.t.created_at,
    }
    driver.run(
        conn,
        [
            driver.Step(customers.FIRST_SIGHT[conn.dialect.name], [first_sight]),
            driver.Step(INSERT_TICKET, [row]),
            driver.Step(repository.INSERT_LEVEL, [repository.level_row(draft.t)]),
            driver.Step(INSERT_ITEMS, draft.items),
            driver.Step(INSERT_DEADLINES, draft.deadlines),
            driver.Step(INSERT_EVENTS, draft.events),
            *more,
            *publish(draft.t, draft.published),
        ],
        commit=commit,
    )


def event_row(
    t: Any, actor: str, kind: str, now: datetime, before: str | None, after: str | None, data: dict[str, Any]
) -> dict[str, Any]:
    """Every change bumps the version and appends one event with seq = version."""
    t.version += 1
    t.updated_at = now
    return {
        "ticket_id": t.id,
        "seq": t.version,
        "at": now,
        "actor": actor,
        "type": kind,
        "from_state": before,
        "to_state": after,
        "data": data,
    }


def _first_contact(
    env: Env, t: Any, who: Principal, body: TicketCreate, now: datetime
) -> list[dict[str, Any]]:
    """FIRST_CONTACT: solved on the call, so the ticket walks every state at once;
    NO_FIRST_CONTACT_MONEY: and it never pays."""
    fcr = body.first_contact_resolution
    assert fcr is not None
    compensation = body.complaint.claimed_compensation if body.complaint else Decimal(0)
    request = ResolutionRequest(kind=t.kind, type=fcr.resolution, first_contact=True)
    checks = [
        first_contact(t.kind, t.channel, compensation, t.major),
        *evaluate_resolution(request, env.policy).trace,
    ]
    bad = next((c for c in checks if c.outcome == "fail"), None)
    if bad is not None:
        raise RuleViolation(bad.message, trace=trace_dicts(checks))
    t.resolution = {"type": fcr.resolution, "note": fcr.note, "first_contact": True}
    t.first_response_at = t.resolved_at = t.closed_at = now
    t.resolution_seconds = 0
    events = []
    for trigger, before, after in FIRST_CONTACT_STEPS:
        t.state = after
        data = {"rule": "FIRST_CONTACT", "note": fcr.note} if trigger == "close" else {}
        events.append(event_row(t, who.name, trigger, now, before, after, data))
    return events


def get(env: Env, who: Principal, ref: str, lang: Lang) -> dict[str, Any]:
    with env.db.read() as session:
        t = repository.read(session, ref, store=who.store)
        return views.ticket(t, env.clock(), lang, who.masked)


def list_(
    env: Env, who: Principal, f: repository.TicketFilter, limit: int, cursor: str | None, lang: Lang
) -> dict[str, Any]:
    """A page of tickets; a storefront key sees its own store's only."""
    now = env.clock()
    if who.store is not None:
        f = replace(f, store=who.store)
    with env.db.read() as session:
        rows, next_cursor = repository.list_tickets(session, f, limit, cursor)
        return {"items": [views.ticket(t, now, lang, who.masked) for t in rows], "next_cursor": next_cursor}


def events(env: Env, who: Principal, ref: str, limit: int, cursor: str | None) -> dict[str, Any]:
    with env.db.read() as session:
        t = repository.read(session, ref, store=who.store)
        rows, next_cursor = repository.list_events(session, t.id, limit, cursor)
        return {"items": [views.event(e) for e in rows], "next_cursor": next_cursor}
