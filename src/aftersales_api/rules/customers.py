"""Customers (002: 客户档案、重点顾客、VIP、黑名单、多次索赔预警): who the customer is
changes how a ticket starts and what it needs before `verify`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .base import ZERO, TraceEntry, entry
from .params import Policy


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    """The profile and the figures the service looked up (rules do no lookups)."""

    tier: str = "regular"
    blocked: bool = False
    blocked_reason: str | None = None
    claims: int = 0  # return/exchange/compensation tickets in the claim window, before this one
    paid: Decimal = ZERO  # paid out to the customer in the paid window


@dataclass(frozen=True, slots=True)
class CustomerDecision:
    flags: tuple[str, ...]
    priority: str | None  # None: the kind's own
    level: str | None
    required_approvals: tuple[str, ...]
    trace: tuple[TraceEntry, ...]


def is_claim(kind: str, claimed_compensation: Decimal) -> bool:
    """Returns, exchanges and compensation claims are what BLOCKLIST and FREQUENT_CLAIMANT watch."""
    return kind in ("return", "exchange") or (kind == "complaint" and claimed_compensation > 0)


def evaluate_customer(kind: str, claim: bool, facts: CustomerFacts, policy: Policy) -> CustomerDecision:
    """VIP_PRIORITY, BLOCKLIST and FREQUENT_CLAIMANT."""
    trace: list[TraceEntry] = []
    flags: list[str] = []
    priority = level = None
    approvals: list[str] = []
    if facts.tier in ("key", "vip"):
        flags.append("vip" if facts.tier == "vip" else "key_customer")
        priority, level = "high", "supervisor"
        trace.append(
            entry(
                "VIP_PRIORITY",
                None,
                "A {0} customer: priority high, handled from supervisor level.",
                "{0}客户:优先级高,由主管级处理。",
                facts.tier,
            )
        )
    if facts.blocked:
        flags.append("blocked")
        trace.append(
            entry(
                "BLOCKLIST",
                None,
                "A blocked customer ({0}): this claim needs a supervisor review before verify."
                if claim
                else "A blocked customer ({0}): the ticket is handled as usual.",
                "黑名单客户({0}):此申请须主管审核后方可立案。" if claim else "黑名单客户({0}):工单照常处理。",
                facts.blocked_reason or "no reason given",
            )
        )
        if claim:
            approvals.append("supervisor_review")
    frequent = facts.claims >= policy.frequent_claims or facts.paid >= policy.frequent_paid_amount
    if claim and frequent:
        flags.append("frequent_claimant")
        trace.append(
            entry(
                "FREQUENT_CLAIMANT",
                None,
                "{0} claims in {1} days and {2:.2f} paid out in {3} days: a frequent claimant; "
                "a supervisor reviews before verify.",
                "{1}天内{0}次索赔、{3}天内赔付{2:.2f}:多次索赔客户,须主管审核后立案。",
                facts.claims,
                policy.frequent_claim_days,
                facts.paid,
                policy.frequent_paid_days,
            )
        )
        if "supervisor_review" not in approvals:
            approvals.append("supervisor_review")
    return CustomerDecision(tuple(flags), priority, level, tuple(approvals), tuple(trace))
