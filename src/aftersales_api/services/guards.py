"""The checks the workflow's guards run: ticket facts → rules → a trace."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..core.errors import Invalid
from ..models import Ticket
from ..rules import Decision
from ..rules.base import TraceEntry, entry, money
from ..rules.complaints import category_entry, compensation_approvals
from ..rules.returns import check_partial_refund
from ..rules.vocabulary import GOODS_KINDS
from ..workflow import Guarded
from .env import Env

# Which rule an approval belongs to, for the trace of a missing one.
APPROVAL_RULE = {
    "product_manager": "APPEARANCE_DEFECT",
    "major_filing": "MAJOR_COMPLAINT",
    "onsite_repair": "SELF_SEND",
    "finance_review": "COMPENSATION_APPROVAL",
    "general_manager": "COMPENSATION_APPROVAL",
}
REASON_RULE = {"appearance_defect": "APPEARANCE_DEFECT", "mislabeled_listing": "MISLABELED_LISTING"}


def approved(t: Ticket) -> list[str]:
    """Approval types whose latest record says yes, oldest first."""
    latest: dict[str, bool] = {}
    order: list[str] = []
    for a in t.approvals:
        latest[a.type] = a.approved
        if a.type in order:
            order.remove(a.type)
        order.append(a.type)
    return [kind for kind in order if latest[kind]]


def approvals_trace(t: Ticket, required: tuple[str, ...] | list[str]) -> list[TraceEntry]:
    have = set(approved(t))
    out = []
    for kind in required:
        code = APPROVAL_RULE[kind]
        if kind == "product_manager":  # appearance or mislabel: the reason's own rule
            code = REASON_RULE.get(t.reason or "", code)
        ok = kind in have
        out.append(
            entry(
                code,
                ok,
                "Approval {0}: recorded." if ok else "Approval {0}: not recorded yet.",
                "审批{0}:已记录。" if ok else "审批{0}:尚未记录。",
                kind,
            )
        )
    return out


def verify(env: Env, ctx: Guarded, decision: Decision) -> list[TraceEntry]:
    """Eligibility at the ticket's request date, evidence, approvals; complaints need
    category and priority."""
    t: Ticket = ctx.ticket
    trace = list(decision.trace)
    if t.kind == "complaint":
        complaint = t.complaint or {}
        trace = [category_entry(complaint.get("category"), complaint.get("priority")), *trace[1:]]
    return trace + approvals_trace(t, decision.required_approvals)


def passed_inspection(t: Ticket) -> Any:
    latest = t.inspections[-1] if t.inspections else None
    return latest if latest is not None and latest.passed else None


def resolve(t: Ticket, resolution: dict[str, Any]) -> list[TraceEntry]:
    kind = resolution["type"]
    if kind == "refund":
        return _refund(t, resolution)
    if kind == "partial_refund":
        amount = _required_amount(resolution)
        cost = Decimal(resolution.get("exchange_cost") or t.decision.get("goods_amount") or "0")
        return [check_partial_refund(amount, money(cost))]
    if kind == "compensation":
        _required_amount(resolution)
        return [compensation_approvals(tuple(approved(t)))]
    return []


def _refund(t: Ticket, resolution: dict[str, Any]) -> list[TraceEntry]:
    computed = t.decision.get("refund_amount")
    typed = resolution.get("amount")
    if computed is None:
        _required_amount(resolution)
        return []
    if typed is not None and money(Decimal(typed)) != money(Decimal(computed)):
        raise Invalid(f"A refund's amount is computed from the decision ({computed}), not typed in.")
    if t.kind not in GOODS_KINDS:
        return []
    ok = passed_inspection(t) is not None
    return [
        entry(
            "INSPECTION",
            ok,
            "Returned goods passed inspection."
            if ok
            else "A refund for returned goods needs a passed inspection first.",
            "退货已验货通过。" if ok else "退货须先验货通过才能退款。",
        )
    ]


def _required_amount(resolution: dict[str, Any]) -> Decimal:
    if resolution.get("amount") is None:
        raise Invalid(f"A {resolution['type']} resolution needs an amount.")
    return money(Decimal(resolution["amount"]))


def close(_t: Ticket) -> list[TraceEntry]:
    return [
        entry(
            "CLOSED_LOOP", True, "The customer confirmed the resolution.", "客户已确认问题完全解决,可以结案。"
        )
    ]
