"""Opening and reading tickets."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ..core.errors import RuleViolation
from ..core.security import Principal
from ..models import Event, Ticket, TicketItem
from ..rules import deadlines as limits
from ..rules.base import Lang, trace_dicts
from ..rules.complaints import first_contact
from ..schemas import TicketCreate
from . import deadlines, decisions, idempotency, repository, views
from .env import Env

FIRST_CONTACT_STEPS = (
    ("verify", "received", "verified"),
    ("resolve", "verified", "resolved"),
    ("confirm", "resolved", "confirmed"),
    ("close", "confirmed", "closed"),
)


def add_event(
    session: Session,
    t: Ticket,
    actor: str,
    kind: str,
    now: datetime,
    *,
    before: str | None = None,
    after: str | None = None,
    data: dict[str, Any] | None = None,
) -> None:
    """Every change bumps the version and appends one event with seq = version."""
    t.version += 1
    t.updated_at = now
    t.events.add(
        Event(
            ticket_id=t.id,
            seq=t.version,
            at=now,
            actor=actor,
            type=kind,
            from_state=before,
            to_state=after,
            data=data or {},
        )
    )


def create(
    env: Env, who: Principal, body: TicketCreate, key: str | None, lang: Lang
) -> tuple[int, dict[str, Any]]:
    facts = body.model_dump(mode="json")
    return idempotency.run(
        env,
        who.name,
        key,
        idempotency.fingerprint("POST /v1/tickets", facts),
        lambda session: (201, views.ticket(_open(env, session, who, body, facts), env.clock(), lang)),
    )


def _open(env: Env, session: Session, who: Principal, body: TicketCreate, facts: dict[str, Any]) -> Ticket:
    now = env.clock()
    today = env.calendar.local_date(now)
    decision = decisions.decide(env, session, body.kind, body.channel, facts, today)
    complaint = facts.get("complaint")
    t = Ticket(
        id=str(uuid.uuid4()),
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
        version=0,
        created_at=now,
        updated_at=now,
        items=[
            TicketItem(
                line=n,
                sku=i.sku,
                name=i.name,
                quantity=i.quantity,
                unit_price=i.unit_price,
                category=i.category,
            )
            for n, i in enumerate(body.items, start=1)
        ],
        approvals=[],
        inspections=[],
        deadlines=[],
    )
    add_event(
        session,
        t,
        who.name,
        "received",
        now,
        after="received",
        data={
            "eligible": decision.eligible,
            "level": t.level,
            "priority": t.priority,
            "policy_version": decision.policy_version,
        },
    )
    if body.first_contact_resolution is not None:
        _first_contact(session, t, who, body, now)
    else:
        for key, due in limits.initial(t.kind, t.channel, t.major, now, env.policy, env.calendar).items():
            deadlines.open_deadline(env, t, key, due)
    deadlines.refresh(t)
    # The counter row is locked until commit: take it last.
    t.number = repository.next_number(session, today)
    session.add(t)
    return t


def _first_contact(session: Session, t: Ticket, who: Principal, body: TicketCreate, now: datetime) -> None:
    """FIRST_CONTACT: solved on the call, so the ticket walks every state at once."""
    compensation = body.complaint.claimed_compensation if body.complaint else Decimal(0)
    check = first_contact(t.kind, t.channel, compensation, t.major)
    if check.outcome == "fail":
        raise RuleViolation(check.message, trace=trace_dicts([check]))
    fcr = body.first_contact_resolution
    assert fcr is not None
    t.resolution = {"type": fcr.resolution, "note": fcr.note, "first_contact": True}
    t.first_response_at = t.resolved_at = t.closed_at = now
    t.resolution_seconds = 0
    for trigger, before, after in FIRST_CONTACT_STEPS:
        t.state = after
        add_event(
            session,
            t,
            who.name,
            trigger,
            now,
            before=before,
            after=after,
            data={"rule": "FIRST_CONTACT", "note": fcr.note} if trigger == "close" else {},
        )


def get(env: Env, ref: str, lang: Lang) -> dict[str, Any]:
    with env.db.read() as session:
        return views.ticket(repository.get(session, ref), env.clock(), lang)


def list_(env: Env, f: repository.TicketFilter, limit: int, cursor: str | None, lang: Lang) -> dict[str, Any]:
    now = env.clock()
    with env.db.read() as session:
        rows, next_cursor = repository.list_tickets(session, f, limit, cursor)
        return {"items": [views.ticket(t, now, lang) for t in rows], "next_cursor": next_cursor}


def events(env: Env, ref: str, limit: int, cursor: str | None) -> dict[str, Any]:
    with env.db.read() as session:
        t = repository.get(session, ref)
        rows, next_cursor = repository.list_events(session, t.id, limit, cursor)
        return {"items": [views.event(e) for e in rows], "next_cursor": next_cursor}
