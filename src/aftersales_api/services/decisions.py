"""From ticket facts to the rules' plain inputs, and back to a stored decision."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ..core import driver
from ..core.driver import Lookup
from ..core.errors import Invalid
from ..rules import (
    ComplaintRequest,
    Decision,
    GoodsRequest,
    Kept,
    RepairRequest,
    evaluate_complaint,
    evaluate_goods,
    evaluate_other,
    evaluate_repair,
    money,
)
from ..rules.base import ZERO, Lang, TraceEntry, trace_dicts
from ..rules.customers import CustomerDecision, CustomerFacts, evaluate_customer, is_claim
from ..rules.orders import LineClaim, dates_entry, payments_entry
from ..rules.vocabulary import GOODS_KINDS, LEVELS
from . import customers, repository
from .env import Env


def goods_amount(items: list[dict[str, Any]]) -> Decimal:
    return money(sum((Decimal(str(i["unit_price"])) * int(i["quantity"]) for i in items), ZERO))


def order_checks(facts: dict[str, Any], today: date) -> None:
    """DATES_VALID and PAYMENTS_COVER: input that is no claim at all is a 422 `validation`."""
    order = facts.get("order")
    if not order:
        return
    checks = [dates_entry(date.fromisoformat(str(order["invoice_date"])), today, today)]
    if facts.get("items"):
        paid = (Decimal(str(p["amount"])) for p in order.get("payments") or ())
        checks.append(payments_entry(paid, goods_amount(facts["items"])))
    refuse_failed(checks)


def refuse_failed(checks: list[TraceEntry], lang: Lang = "en") -> None:
    """Input the rules find to be no valid claim at all: 422 `validation` with the trace."""
    bad = next((c for c in checks if c.outcome == "fail"), None)
    if bad is not None:
        raise Invalid(bad.message_zh if lang == "zh" else bad.message, trace=trace_dicts(checks, lang))


@dataclass(frozen=True)
class Found:
    """What the rules need from the database for one ticket's facts."""

    customer: CustomerFacts
    earlier: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # DUPLICATE_CLAIM
    repairs: tuple[date, ...] = ()  # REPEAT_REPAIR


def lookups(
    env: Env, dialect: str, kind: str, facts: dict[str, Any], today: date, number: str | None
) -> list[Lookup[Any]]:
    """The lookups the rules need for these facts, to be run in one round trip (the rules
    do none): the customer's figures, and the earlier claims or repairs of the order line."""
    out: list[Lookup[Any]] = [customers.facts_lookup(env, facts["customer"]["id"], today, number)]
    skus = [i["sku"] for i in facts.get("items") or ()]
    if kind in GOODS_KINDS:
        out.append(repository.earlier_claims(dialect, facts["order"]["id"], skus, number))
    elif kind == "repair":
        order = facts["order"]["id"]
        out.append(repository.previous_repairs(dialect, order, skus, facts.get("reason"), number))
    return out


def found(kind: str, values: list[Any]) -> Found:
    """What `lookups` found, by name."""
    customer, *more = values
    if kind in GOODS_KINDS:
        return Found(customer, earlier=more[0])
    if kind == "repair":
        return Found(customer, repairs=more[0])
    return Found(customer)


def look_up(
    env: Env, session: Session, kind: str, facts: dict[str, Any], today: date, number: str | None
) -> Found:
    conn = session.connection()
    return found(kind, driver.look_up(conn, *lookups(env, conn.dialect.name, kind, facts, today, number)))


def line_claims(facts: dict[str, Any], earlier: dict[str, list[tuple[str, int]]]) -> tuple[LineClaim, ...]:
    """DUPLICATE_CLAIM: this ticket's order lines with the live claims filed on them earlier."""
    items = facts["items"]
    return tuple(
        LineClaim(
            sku=i["sku"],
            quantity=int(i["quantity"]),
            ordered_quantity=int(i.get("ordered_quantity") or i["quantity"]),
            earlier=tuple(earlier.get(i["sku"], ())),
        )
        for i in items
    )


def goods_request(
    kind: str,
    facts: dict[str, Any],
    request_date: date,
    responsibility: str | None = None,
    lines: tuple[LineClaim, ...] = (),
) -> GoodsRequest:
    kept = facts.get("kept") or {}
    return GoodsRequest(
        kind=kind,
        reason=facts["reason"],
        invoice_date=date.fromisoformat(str(facts["order"]["invoice_date"])),
        request_date=request_date,
        goods_amount=goods_amount(facts["items"]),
        package_state=facts.get("package_state"),
        outer_packaging_intact=facts.get("outer_packaging_intact"),
        kept=Kept(
            **{k: bool(kept.get(k)) for k in ("invoice", "original_packaging", "accessories", "gifts")}
        ),
        evidence=frozenset(e["type"] for e in facts.get("evidence") or ()),
        responsibility=responsibility,
        lines=lines,
    )


def decide(
    env: Env,
    found: Found,
    kind: str,
    channel: str,
    facts: dict[str, Any],
    request_date: date,
    responsibility: str | None = None,
) -> Decision:
    """The decision for a ticket's facts (the shape of TicketCreate, as JSON data) and
    what was looked up for them."""
    policy = env.policy
    if kind in GOODS_KINDS:
        lines = line_claims(facts, found.earlier)
        return evaluate_goods(goods_request(kind, facts, request_date, responsibility, lines), policy)
    if kind == "repair":
        items, order = facts["items"], facts["order"]
        return evaluate_repair(
            RepairRequest(
                invoice_date=date.fromisoformat(str(order["invoice_date"])),
                request_date=request_date,
                goods_amount=goods_amount(items),
                category=items[0].get("category"),
                onsite=bool(facts.get("onsite")),
                previous_repairs=found.repairs,
                responsibility=responsibility,
            ),
            policy,
        )
    if kind == "complaint":
        c = facts["complaint"]
        return evaluate_complaint(
            ComplaintRequest(
                channel=channel,
                category=c.get("category"),
                priority=c.get("priority"),
                major_flags=frozenset(c.get("major_flags") or ()),
                claimed_compensation=Decimal(str(c.get("claimed_compensation") or "0")),
            ),
            policy,
        )
    delivered = (facts.get("order") or {}).get("delivered_at")
    delivered_on = None
    if delivered:
        delivered_on = env.calendar.local_date(datetime.fromisoformat(str(delivered)))
    return evaluate_other(kind, policy, reason=facts.get("reason"), delivered_on=delivered_on)


def with_customer(decision: Decision, customer: CustomerDecision) -> Decision:
    """The ticket's decision with what VIP_PRIORITY, BLOCKLIST and FREQUENT_CLAIMANT add."""
    level = max(decision.level, customer.level or "agent", key=LEVELS.index)
    return replace(
        decision,
        flags=tuple(dict.fromkeys((*decision.flags, *customer.flags))),
        priority=customer.priority or decision.priority,
        level=level,
        required_approvals=tuple(dict.fromkeys((*decision.required_approvals, *customer.required_approvals))),
        trace=(*decision.trace, *customer.trace),
    )


def customer_part(env: Env, kind: str, facts: dict[str, Any], found: Found) -> CustomerDecision:
    claimed = Decimal(str((facts.get("complaint") or {}).get("claimed_compensation") or "0"))
    return evaluate_customer(kind, is_claim(kind, claimed), found.customer, env.policy)
