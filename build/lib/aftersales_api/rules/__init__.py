"""The after-sales policy as pure functions: plain data in, a decision with a trace out.

No database, no clock, no settings, no I/O: "today" and the policy are arguments.
"""

from datetime import date

from .base import Decision, TraceEntry, failed, money, trace_dicts
from .calendar import BusinessCalendar
from .complaints import ComplaintRequest, evaluate_complaint
from .other import evaluate_other
from .params import Policy
from .repairs import RepairRequest, evaluate_repair
from .returns import GoodsRequest, Kept, evaluate_goods, evaluate_inspection


def evaluate_eligibility(
    req: GoodsRequest,
    policy: Policy,
    *,
    category: str | None = None,
    onsite: bool = False,
    previous_repairs: tuple[date, ...] = (),
) -> Decision:
    """The decision for a return, an exchange or a repair request."""
    if req.kind == "repair":
        return evaluate_repair(
            RepairRequest(
                invoice_date=req.invoice_date,
                request_date=req.request_date,
                goods_amount=req.goods_amount,
                category=category,
                onsite=onsite,
                previous_repairs=previous_repairs,
                responsibility=req.responsibility,
            ),
            policy,
        )
    return evaluate_goods(req, policy)


__all__ = [
    "BusinessCalendar",
    "ComplaintRequest",
    "Decision",
    "GoodsRequest",
    "Kept",
    "Policy",
    "RepairRequest",
    "TraceEntry",
    "evaluate_complaint",
    "evaluate_eligibility",
    "evaluate_goods",
    "evaluate_inspection",
    "evaluate_other",
    "evaluate_repair",
    "failed",
    "money",
    "trace_dicts",
]
