"""Repairs (000 §三(二), 003)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .base import ZERO, Decision, TraceEntry, entry, money
from .params import Policy


@dataclass(frozen=True, slots=True)
class RepairRequest:
    invoice_date: date
    request_date: date
    goods_amount: Decimal = ZERO
    category: str | None = None
    onsite: bool = False
    previous_repairs: tuple[date, ...] = ()  # same order line and fault
    responsibility: str | None = None  # found at verify: `customer` means the customer's own damage


def is_repeat(request_date: date, previous: Iterable[date], policy: Policy) -> bool:
    return any(0 <= (request_date - day).days <= policy.repeat_repair_days for day in previous)


def evaluate_repair(req: RepairRequest, policy: Policy) -> Decision:
    """WARRANTY, SELF_SEND and REPEAT_REPAIR. A repair is always possible: outside
    the warranty it is paid and needs an accepted quote first."""
    days = (req.request_date - req.invoice_date).days
    limit = policy.warranty_for(req.category)
    in_period = 0 <= days <= limit
    own_damage = req.responsibility == "customer"
    warranty = in_period and not own_damage
    trace: list[TraceEntry] = [warranty_entry(days, limit, in_period, own_damage)]
    approvals: tuple[str, ...] = ()
    if req.onsite:
        approvals = ("onsite_repair",)
        trace.append(
            entry(
                "SELF_SEND",
                None,
                "On-site or pickup repair requested: needs supervisor approval.",
                "客户坚持上门或取件维修:需请示主管批准。",
            )
        )
    else:
        trace.append(
            entry(
                "SELF_SEND",
                None,
                "The customer takes the product and the original invoice to the local service point.",
                "客户自行送修至当地维修网点,并携带发票原件。",
            )
        )
    flags: tuple[str, ...] = ()
    level = "agent"
    if is_repeat(req.request_date, req.previous_repairs, policy):
        flags, level = ("repeat_repair",), "supervisor"
        trace.append(
            entry(
                "REPEAT_REPAIR",
                None,
                "Same order line and fault repaired within {0} days: raised to supervisor.",
                "{0}天内同一问题重复维修:升级至主管。",
                policy.repeat_repair_days,
            )
        )
    amount = money(req.goods_amount)
    return Decision(
        eligible=True,
        kind="repair",
        policy_version=policy.version,
        trace=tuple(trace),
        days_since_invoice=days,
        responsibility=req.responsibility or ("company" if warranty else "customer"),
        goods_amount=amount,
        restocking_fee=ZERO,
        refund_amount=ZERO,
        required_approvals=approvals,
        warranty=warranty,
        flags=flags,
        level=level,
    )


def warranty_entry(days: int, limit: int, in_period: bool, own_damage: bool) -> TraceEntry:
    """WARRANTY: free inside the period unless the damage is the customer's own."""
    if in_period and not own_damage:
        return entry(
            "WARRANTY",
            None,
            "Day {0} of a {1}-day warranty: free repair.",
            "保修期{1}天内第{0}天:免费维修。",
            days,
            limit,
        )
    if in_period:
        return entry(
            "WARRANTY",
            None,
            "Day {0} of a {1}-day warranty, but the damage is the customer's own: paid repair, "
            "the customer accepts a quote first.",
            "保修期{1}天内第{0}天,但属人为损坏:有偿维修,需客户先确认报价。",
            days,
            limit,
        )
    return entry(
        "WARRANTY",
        None,
        "Day {0}, outside the {1}-day warranty: paid repair, the customer accepts a quote first.",
        "第{0}天,已过{1}天保修期:有偿维修,需客户先确认报价。",
        days,
        limit,
    )
