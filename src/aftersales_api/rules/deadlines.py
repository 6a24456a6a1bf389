"""Time limits (000 §四, 002, 003, 004): when each deadline falls and when it breaches."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from .calendar import BusinessCalendar
from .params import Policy
from .vocabulary import GOODS_KINDS, LEVELS

KEYS = (
    "first_response",
    "verify",
    "report",
    "forward",
    "remedy",
    "refund",
    "contact",
    "archive",
    "handover",
    "appointment",
)


def initial(
    kind: str,
    channel: str,
    major: bool,
    received_at: datetime,
    policy: Policy,
    cal: BusinessCalendar,
    *,
    handed_over_from: datetime | None = None,
    appointment_at: datetime | None = None,
) -> dict[str, datetime]:
    """Deadlines that start when a ticket is received."""
    due = {"first_response": received_at + timedelta(hours=policy.first_response_hours)}
    if kind == "complaint":
        if major:
            due["report"] = received_at + timedelta(minutes=policy.major_report_minutes)
            due["verify"] = cal.add_working_days(received_at, policy.major_verify_working_days)
        else:
            # GENERAL_COMPLAINT: filed and answered the same day.
            due["verify"] = due["first_response"] = cal.end_of_day(received_at)
        due["forward"] = cal.add_working_days(received_at, policy.forward_working_days)
        if handed_over_from is not None:
            due["handover"] = handover(handed_over_from, policy)
    if appointment_at is not None:
        due["appointment"] = appointment_at
    else:
        # Verification is the first answer to the customer's request.
        due["verify"] = due["first_response"]
    if kind in GOODS_KINDS:
        due["contact"] = contact(received_at, policy)
    return due


def handover(received_elsewhere: datetime, policy: Policy) -> datetime:
    return received_elsewhere + timedelta(minutes=policy.handover_minutes)


def contact(last_contact: datetime, policy: Policy) -> datetime:
    """CONTACT_CADENCE: the next follow-up is due this many days after the last."""
    return last_contact + timedelta(days=policy.contact_followup_days)


def breach(key: str, due: datetime, policy: Policy) -> datetime:
    """When a deadline counts as missed: a follow-up is due at 3 days, overdue after 5."""
    if key == "contact":
        return due + timedelta(days=policy.contact_overdue_days - policy.contact_followup_days)
    return due


def remedy(forwarded_at: datetime, policy: Policy, cal: BusinessCalendar) -> datetime:
    return cal.add_working_days(forwarded_at, policy.remedy_working_days)


def plan(deadline: date, cal: BusinessCalendar) -> datetime:
    """A remedy plan's own deadline: the end of that day."""
    return cal.end_of(deadline)


def refund(base: datetime, policy: Policy, cal: BusinessCalendar) -> datetime:
    return cal.add_working_days(base, policy.refund_working_days)


def archive(approved_at: datetime, policy: Policy, cal: BusinessCalendar) -> datetime:
    return cal.add_working_days(approved_at, policy.archive_working_days)


def raise_level(level: str) -> str:
    """ESCALATION_TRIGGERS: one level up; never down, never past manager."""
    index = LEVELS.index(level) if level in LEVELS else 0
    raised: str = LEVELS[min(index + 1, len(LEVELS) - 1)]
    return raised
