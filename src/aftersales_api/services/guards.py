"""The checks the workflow's guards run: ticket facts → rules → a trace."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..models import Payout, Ticket
from ..rules import Decision
from ..rules.base import ZERO, TraceEntry, entry
from ..rules.closure import needs_root_cause, root_cause_entry, survey_entry
from ..rules.complaints import category_entry
from ..rules.resolutions import (
    RepairReport,
    ResolutionDecision,
    ResolutionRequest,
    evaluate_resolution,
    paid_entry,
)
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
    "supervisor_review": "FREQUENT_CLAIMANT",
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
        if kind == "supervisor_review" and "blocked" in t.flags:
            code = "BLOCKLIST"
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


def resolution_request(t: Ticket, resolution: dict[str, Any]) -> ResolutionRequest:
    """The ticket's facts as the resolution rules read them."""
    d = t.decision
    accepted = next((q.total for q in t.quotes if q.status == "accepted"), None)
    parts = resolution.get("parts")
    inspected = t.inspections[-1].passed if t.inspections else None
    payments = (t.order or {}).get("payments") or ()
    paid = sum((Decimal(str(p["amount"])) for p in payments), ZERO) if payments else None
    return ResolutionRequest(
        kind=t.kind,
        type=resolution["type"],
        days_since_invoice=d.get("days_since_invoice"),
        reason=t.reason,
        amount=_decimal(resolution.get("amount")),
        exchange_cost=_decimal(resolution.get("exchange_cost")),
        goods_amount=_decimal(d.get("goods_amount")),
        refund_amount=_decimal(d.get("refund_amount")) if t.kind in GOODS_KINDS else None,
        inspection_passed=inspected,
        approvals=tuple(approved(t)),
        warranty=d.get("warranty"),
        accepted_quote=accepted,
        claimed_compensation=_decimal((t.complaint or {}).get("claimed_compensation")) or ZERO,
        paid=paid,
        major=t.kind == "complaint" and t.major,
        report=RepairReport(
            resolution.get("cause"), resolution.get("fix"), None if parts is None else tuple(parts)
        ),
    )


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def resolve(env: Env, t: Ticket, resolution: dict[str, Any]) -> ResolutionDecision:
    return evaluate_resolution(resolution_request(t, resolution), env.policy)


def open_payout(t: Ticket) -> Payout | None:
    return next((p for p in t.payouts if p.status == "requested"), None)


def close(t: Ticket, root_cause: dict[str, str] | None) -> list[TraceEntry]:
    """CLOSED_LOOP (the state machine checks confirmation), REFUND_DUE, SURVEY_REQUIRED, ROOT_CAUSE."""
    survey = t.satisfaction or {}
    first_contact = bool((t.resolution or {}).get("first_contact"))
    return [
        entry(
            "CLOSED_LOOP", True, "The customer confirmed the resolution.", "客户已确认问题完全解决,可以结案。"
        ),
        paid_entry(open_payout(t) is not None),
        survey_entry(survey.get("score") is not None, bool(survey.get("declined")), first_contact),
        root_cause_entry(needs_root_cause(t.kind, t.reason), root_cause),
    ]
