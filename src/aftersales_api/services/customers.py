"""CUSTOMER_PROFILE: profiles (created on first sight), their audited changes, and the
figures FREQUENT_CLAIMANT reads, looked up by indexed queries and passed to the rules."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..core.driver import Lookup, Query, Records, Statement, look_up, one_of
from ..core.errors import NotFound
from ..core.security import Principal
from ..models import CUSTOMERS, PAYOUTS, TICKETS, Customer, CustomerChange
from ..rules.base import ZERO
from ..rules.customers import CustomerFacts
from ..schemas import CustomerBody
from .env import Env

CLAIM_KINDS = ("return", "exchange")


def first_sight(dialect: str) -> Statement:
    """INSERT the profile unless it exists: one statement in the ticket's batch."""
    insert = sqlite.insert if dialect == "sqlite" else postgresql.insert
    values: dict[str, Any] = {c: bindparam(c) for c in ("id", "name", "created_at")}
    stmt = insert(Customer).values(
        **values, tier="regular", blocked=False, version=1, updated_at=bindparam("created_at")
    )
    return Statement(stmt.on_conflict_do_nothing(index_elements=["id"]))


FIRST_SIGHT = {d: first_sight(d) for d in ("sqlite", "postgresql")}


def _since(env: Env, today: date, days: int) -> datetime:
    return env.calendar.at(today - timedelta(days=days), time(0))


def _facts_statement() -> Any:
    """One SELECT of five scalar subqueries: the profile's tier, block and reason, the
    claims in the claim window and the payouts paid in the paid window. Built once."""
    t, p, c = TICKETS, PAYOUTS, CUSTOMERS
    claim = or_(one_of(t.c.kind, CLAIM_KINDS), and_(t.c.kind == "complaint", t.c.claimed_compensation > ZERO))
    claims = select(func.count()).where(
        t.c.customer_id == bindparam("customer"),
        t.c.created_at >= bindparam("claims_since"),
        t.c.state != "cancelled",
        t.c.number < bindparam("before"),
        claim,
    )
    paid = (
        select(func.sum(p.c.amount))
        .join_from(p, t, t.c.id == p.c.ticket_id)
        .where(
            t.c.customer_id == bindparam("customer"),
            p.c.status == "paid",
            p.c.paid_at >= bindparam("paid_since"),
        )
    )
    profile = [
        select(col).where(c.c.id == bindparam("customer")).scalar_subquery().label(col.key)
        for col in (c.c.tier, c.c.blocked, c.c.blocked_reason)
    ]
    return Query(
        select(claims.scalar_subquery().label("claims"), paid.scalar_subquery().label("paid"), *profile)
    )


FACTS = _facts_statement()


def facts_lookup(env: Env, customer_id: str, today: date, before: str | None = None) -> Lookup[CustomerFacts]:
    """The profile and the claims (return, exchange, compensation) in the claim window and
    the payouts paid in the paid window, of tickets numbered before `before`."""
    policy = env.policy
    params = {
        "customer": customer_id,
        "claims_since": _since(env, today, policy.frequent_claim_days),
        "paid_since": _since(env, today, policy.frequent_paid_days),
        "before": before or "AT",  # "AT" sorts after every "AS-…"
    }
    return Lookup(FACTS, params, _facts)


def _facts(rows: Records) -> CustomerFacts:
    (row,) = rows
    claims, paid = int(row.claims or 0), row.paid or ZERO
    if row.tier is None:
        return CustomerFacts(claims=claims, paid=paid)
    return CustomerFacts(row.tier, bool(row.blocked), row.blocked_reason, claims, paid)


def view(env: Env, session: Session, c: Customer) -> dict[str, Any]:
    (f,) = look_up(session.connection(), facts_lookup(env, c.id, env.calendar.local_date(env.clock())))
    return {
        "id": c.id,
        "name": c.name,
        "tier": c.tier,
        "blocked": c.blocked,
        "blocked_reason": c.blocked_reason,
        "claims_recent": f.claims,
        "claims_days": env.policy.frequent_claim_days,
        "paid_recent": f"{f.paid:.2f}",
        "paid_days": env.policy.frequent_paid_days,
        "version": c.version,
        "created_at": c.created_at.isoformat(),
        "updated_at": c.updated_at.isoformat(),
    }


def get(env: Env, customer_id: str) -> dict[str, Any]:
    with env.db.read() as session:
        c = session.get(Customer, customer_id)
        if c is None:
            raise NotFound(f"No customer {customer_id}.")
        return view(env, session, c)


def put(env: Env, who: Principal, customer_id: str, body: CustomerBody) -> tuple[int, dict[str, Any]]:
    """Set the profile (created if new); every change is one audited row."""
    now = env.clock()
    with env.db.write() as session:
        c = session.get(Customer, customer_id, with_for_update=True)
        created = c is None
        if c is None:
            c = Customer(id=customer_id, tier="regular", blocked=False, version=0, created_at=now)
            session.add(c)
        before = {"name": c.name, "tier": c.tier, "blocked": c.blocked, "blocked_reason": c.blocked_reason}
        after = body.model_dump()
        after["blocked_reason"] = after["blocked_reason"] if after["blocked"] else None
        changed = {k: {"from": before[k], "to": v} for k, v in after.items() if before[k] != v}
        if changed or created:
            c.name, c.tier, c.blocked, c.blocked_reason = (
                after["name"],
                after["tier"],
                after["blocked"],
                after["blocked_reason"],
            )
            c.version += 1
            c.updated_at = now
            session.add(CustomerChange(customer_id=c.id, seq=c.version, at=now, actor=who.name, data=changed))
        session.flush()
        return 200, view(env, session, c)


def changes(env: Env, customer_id: str) -> list[dict[str, Any]]:
    with env.db.read() as session:
        rows = session.scalars(
            select(CustomerChange)
            .where(CustomerChange.customer_id == customer_id)
            .order_by(CustomerChange.seq)
        )
        return [{"seq": r.seq, "at": r.at.isoformat(), "actor": r.actor, "data": r.data} for r in rows]
