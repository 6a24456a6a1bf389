"""Complaints (001, 002 第五章, 004 §(一))."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .base import ZERO, Decision, TraceEntry, entry, money
from .params import Policy
from .vocabulary import CALL_CHANNELS, CATEGORIES, PRIORITIES


@dataclass(frozen=True, slots=True)
class ComplaintRequest:
    channel: str
    category: str | None = None
    priority: str | None = None
    major_flags: frozenset[str] = frozenset()
    claimed_compensation: Decimal = ZERO


def is_major(req: ComplaintRequest, policy: Policy) -> bool:
    return bool(req.major_flags) or req.claimed_compensation > policy.major_compensation_threshold


def evaluate_complaint(req: ComplaintRequest, policy: Policy) -> Decision:
    """COMPLAINT_CATEGORY, MAJOR_COMPLAINT / GENERAL_COMPLAINT, FORWARD_1WD."""
    trace: list[TraceEntry] = [category_entry(req.category, req.priority)]
    major = is_major(req, policy)
    if major:
        why = sorted(req.major_flags) or [f"compensation > {policy.major_compensation_threshold:.2f}"]
        trace.append(
            entry(
                "MAJOR_COMPLAINT",
                None,
                "Major complaint ({0}): priority high, raised to manager, report within {1} minutes, "
                "filing needs manager approval within {2} working day(s).",
                "重大投诉({0}):优先级高,立即升级至经理,{1}分钟内上报,经理批准后{2}个工作日内立案。",
                ", ".join(why),
                policy.major_report_minutes,
                policy.major_verify_working_days,
            )
        )
    else:
        trace.append(
            entry(
                "GENERAL_COMPLAINT",
                None,
                "General complaint: verified the same day by a supervisor or above; the customer is "
                "told the same day.",
                "一般投诉:当日由部门负责人立案,并当日回复投诉人。",
            )
        )
    trace.append(
        entry(
            "FORWARD_1WD",
            None,
            "Unless solved at first contact, forward to the department in charge within {0} working day(s).",
            "未能即时解决的投诉须在{0}个工作日内转交责任部门。",
            policy.forward_working_days,
        )
    )
    if req.claimed_compensation > 0:
        trace.append(compensation_entry(None))
    return Decision(
        eligible=trace[0].outcome == "pass",
        kind="complaint",
        policy_version=policy.version,
        trace=tuple(trace),
        goods_amount=money(req.claimed_compensation),
        required_approvals=("major_filing",) if major else (),
        major=major,
        priority="high" if major else (req.priority or "medium"),
        level="manager" if major else "agent",
    )


def category_entry(category: str | None, priority: str | None) -> TraceEntry:
    ok = category in CATEGORIES and priority in PRIORITIES
    return entry(
        "COMPLAINT_CATEGORY",
        ok,
        "Category {0}, priority {1}.",
        "类别{0},优先级{1}。",
        category or "missing",
        priority or "missing",
    )


def compensation_entry(approved: bool | None) -> TraceEntry:
    """None: the requirement stated up front; True/False: checked at resolution."""
    return entry(
        "COMPENSATION_APPROVAL",
        approved,
        "Compensation approved by finance review and then the general manager."
        if approved
        else "Compensation needs a finance review and then general-manager approval.",
        "赔偿已经财务审核并经总经理批准。" if approved else "赔偿须先经财务审核,再经总经理批准。",
    )


def compensation_approvals(approved_in_order: tuple[str, ...]) -> TraceEntry:
    """`approved_in_order`: the approval types recorded as approved, oldest first."""
    try:
        ok = approved_in_order.index("finance_review") < approved_in_order.index("general_manager")
    except ValueError:
        ok = False
    return compensation_entry(ok)


def first_contact(kind: str, channel: str, compensation: Decimal, major: bool) -> TraceEntry:
    """FIRST_CONTACT: solved on the call, accepted, no compensation → created closed."""
    ok = kind in ("complaint", "inquiry") and channel in CALL_CHANNELS and compensation == 0 and not major
    return entry(
        "FIRST_CONTACT",
        ok,
        "Solved during the call with no compensation: closed with the call record."
        if ok
        else "First-contact resolution needs a phone or hotline complaint or inquiry "
        "with no compensation and not major.",
        "电话中即时解决且无赔偿:以通话记录结案。"
        if ok
        else "首次接触解决仅适用于电话/热线的投诉或咨询,且无赔偿、非重大投诉。",
    )


def handover_entry(received_by: str, minutes: float, policy: Policy) -> TraceEntry:
    """HANDOVER_30MIN: a complaint taken elsewhere reaches customer service within 30 minutes."""
    ok = minutes <= policy.handover_minutes
    return entry(
        "HANDOVER_30MIN",
        ok,
        "Handed over by {0} after {1:.0f} minutes (limit {2})."
        if ok
        else "Handed over by {0} after {1:.0f} minutes: later than {2} minutes.",
        "由{0}转交,用时{1:.0f}分钟(时限{2}分钟)。" if ok else "由{0}转交,用时{1:.0f}分钟,超过{2}分钟时限。",
        received_by,
        minutes,
        policy.handover_minutes,
    )


def major_final_entry(approved: tuple[str, ...]) -> TraceEntry:
    """MAJOR_FINAL: the general manager decides a major complaint's resolution."""
    ok = "general_manager" in approved
    return entry(
        "MAJOR_FINAL",
        ok,
        "The general manager approved the resolution of this major complaint."
        if ok
        else "A major complaint's resolution needs the general manager's approval.",
        "总经理已批准重大投诉的处理措施。" if ok else "重大投诉的处理措施须经总经理最终确定。",
    )
