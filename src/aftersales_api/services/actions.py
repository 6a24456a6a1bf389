"""The other writes on a ticket: inspections, approvals, contacts, escalation,
survey, assignment, forwarding and remedy plans. Each writes one event."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.errors import Forbidden, Invalid, InvalidTransition, RuleViolation
from ..core.metrics import ESCALATIONS
from ..core.security import Principal, role_allows
from ..models import ApiKey, Approval, Contact, Inspection, Ticket
from ..rules import deadlines as limits
from ..rules.base import Lang, trace_dicts
from ..rules.complaints import compensation_approvals
from ..rules.resolutions import SIGNOFFS
from ..rules.returns import evaluate_inspection
from ..rules.vocabulary import GOODS_KINDS
from ..schemas import (
    ApprovalBody,
    AssignBody,
    ContactBody,
    EscalateBody,
    ForwardBody,
    InspectionBody,
    RemedyBody,
    SurveyBody,
    VisitBody,
)
from ..workflow import DONE_STATES
from . import deadlines, payouts
from .changes import Outcome, write
from .env import Env
from .guards import approved

APPROVER = {
    "product_manager": ("product_manager",),
    "major_filing": ("manager",),
    "finance_review": ("finance",),
    "general_manager": ("general_manager",),
    "onsite_repair": ("supervisor+",),
    "supervisor_review": ("supervisor+",),
    "supervisor_signoff": ("supervisor+",),
    "manager_signoff": ("manager",),
}


def _open(t: Ticket) -> None:
    if t.state in DONE_STATES:
        raise InvalidTransition(f"The ticket is {t.state}.")


def inspect(
    env: Env,
    who: Principal,
    ref: str,
    body: InspectionBody,
    key: str | None,
    if_match: str | None,
    lang: Lang,
) -> Outcome:
    """INSPECTION by the warehouse; a second, different one is a correction for a supervisor."""
    result: dict[str, Any] = {}

    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        if t.kind not in GOODS_KINDS or t.state != "verified":
            raise InvalidTransition("Inspections are for verified return and exchange tickets.")
        correcting = bool(t.inspections)
        if correcting and not role_allows(who.role, ("supervisor+",)):
            raise InvalidTransition("This ticket already has an inspection; a correction needs a supervisor.")
        if not correcting and who.role != "warehouse" and who.role != "admin":
            raise Forbidden("The first inspection is the warehouse's; supervisors correct it.")
        checks = body.model_dump(
            include={
                "invoice_returned",
                "outer_packaging_intact",
                "accessories_complete",
                "gifts_complete",
                "seal_intact",
            }
        )
        verdict = evaluate_inspection(checks, t.reason)
        t.inspections.append(
            Inspection(
                ticket_id=t.id,
                inspector=body.inspector,
                checks=checks,
                passed=verdict.passed,
                failed=list(verdict.failed),
                notes=body.notes,
                photos=body.photos,
                corrected=correcting,
                actor=who.name,
                at=now,
            )
        )
        result.update(
            passed=verdict.passed, failed=list(verdict.failed), trace=trace_dicts(verdict.trace, lang)
        )
        return {
            "inspector": body.inspector,
            "checks": checks,
            "passed": verdict.passed,
            "failed": list(verdict.failed),
            "corrected": correcting,
        }

    return write(
        env,
        who,
        ref,
        if_match,
        lang,
        "inspection",
        work,
        key=key,
        body=body,
        status=201,
        path="inspections",
        extra=lambda: result,
    )


def approve(
    env: Env, who: Principal, ref: str, body: ApprovalBody, key: str | None, if_match: str | None, lang: Lang
) -> Outcome:
    if not role_allows(who.role, APPROVER[body.type]):
        raise Forbidden(f"A {body.type} approval is for the {APPROVER[body.type][0]} role.")

    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        if body.type in SIGNOFFS:
            payouts.sign(t, who, body.type, body.approved, now, lang)
        elif t.state not in ("received", "verified"):
            raise InvalidTransition(f"Approvals are recorded before resolution; the ticket is {t.state}.")
        if body.type == "general_manager" and body.approved and (t.claimed_compensation or 0) > 0:
            # With compensation at stake the finance review comes first (COMPENSATION_APPROVAL);
            # a major complaint without it goes to the general manager directly (MAJOR_FINAL).
            check = compensation_approvals((*approved(t), "general_manager"))
            if check.outcome == "fail":
                raise RuleViolation(
                    "General-manager approval comes after an approved finance review.",
                    trace=trace_dicts([check], lang),
                )
        t.approvals.append(
            Approval(
                ticket_id=t.id,
                type=body.type,
                approved=body.approved,
                actor=who.name,
                role=who.role,
                note=body.note,
                at=now,
            )
        )
        if body.type == "major_filing":
            deadlines.settle(t, now, ["report"])
        return {"type": body.type, "approved": body.approved, "role": who.role, "note": body.note}

    return write(
        env,
        who,
        ref,
        if_match,
        lang,
        "approval",
        work,
        key=key,
        body=body,
        status=201,
    )


def contact(
    env: Env, who: Principal, ref: str, body: ContactBody, key: str | None, if_match: str | None, lang: Lang
) -> Outcome:
    """The first contact meets FIRST_RESPONSE_24H; each one restarts CONTACT_CADENCE."""

    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        _open(t)
        session.add(
            Contact(ticket_id=t.id, channel=body.channel, summary=body.summary, actor=who.name, at=now)
        )
        if t.first_response_at is None:
            t.first_response_at = now
            deadlines.settle(t, now, ["first_response"])
        t.last_contact_at = now
        if "contact" in deadlines.open_keys(t):
            deadlines.settle(t, now, ["contact"])
            deadlines.open_deadline(env, t, "contact", limits.contact(now, env.policy))
        return {"channel": body.channel, "summary": body.summary}

    return write(env, who, ref, if_match, lang, "contact", work, key=key, body=body, status=201)


def escalate(
    env: Env, who: Principal, ref: str, body: EscalateBody, key: str | None, if_match: str | None, lang: Lang
) -> Outcome:
    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        _open(t)
        raised = limits.raise_level(t.level)
        if raised == t.level:
            raise InvalidTransition(f"The ticket is already at {t.level}, the highest level.")
        data = {"trigger": body.trigger, "note": body.note, "level": {"from": t.level, "to": raised}}
        t.level = raised
        ESCALATIONS.labels("request").inc()
        return data

    return write(env, who, ref, if_match, lang, "escalated", work, key=key, body=body)


def survey(
    env: Env, who: Principal, ref: str, body: SurveyBody, key: str | None, if_match: str | None, lang: Lang
) -> Outcome:
    """SATISFACTION and SURVEY_REQUIRED: answered or declined once per ticket, after resolution."""

    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        if t.state not in ("resolved", "confirmed", "closed"):
            raise InvalidTransition("The survey comes after resolution.")
        if t.satisfaction is not None:
            raise InvalidTransition("This ticket's survey has already been answered or declined.")
        satisfied = None if body.score is None else body.score >= 4
        t.satisfaction = {
            "score": body.score,
            "comment": body.comment,
            "declined": body.declined,
            "satisfied": satisfied,
            "at": now.isoformat(),
        }
        t.satisfaction_score = body.score
        return {"score": body.score, "comment": body.comment, "declined": body.declined}

    return write(env, who, ref, if_match, lang, "survey", work, key=key, body=body)


def assign(
    env: Env, who: Principal, ref: str, body: AssignBody, key: str | None, if_match: str | None, lang: Lang
) -> Outcome:
    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        _open(t)
        exists = session.scalar(
            select(ApiKey.id).where(ApiKey.name == body.owner, ApiKey.revoked_at.is_(None))
        )
        if exists is None:
            raise Invalid(f"No active key named {body.owner!r} to assign to.")
        data = {"owner": {"from": t.owner, "to": body.owner}}
        t.owner = body.owner
        return data

    return write(env, who, ref, if_match, lang, "assigned", work, key=key, body=body)


def forward(
    env: Env, who: Principal, ref: str, body: ForwardBody, key: str | None, if_match: str | None, lang: Lang
) -> Outcome:
    """FORWARD_1WD met; REMEDY_10WD starts."""

    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        _open(t)
        deadlines.settle(t, now, ["forward"])
        if "remedy" not in deadlines.open_keys(t):
            deadlines.open_deadline(env, t, "remedy", limits.remedy(now, env.policy, env.calendar))
        t.handling = {
            **(t.handling or {}),
            "department": body.department,
            "forwarded_at": now.isoformat(),
            "note": body.note,
        }
        return {"department": body.department, "note": body.note}

    return write(env, who, ref, if_match, lang, "forwarded", work, key=key, body=body)


def remedy(
    env: Env, who: Principal, ref: str, body: RemedyBody, key: str | None, if_match: str | None, lang: Lang
) -> Outcome:
    """REMEDY_10WD met; the plan's own deadline becomes the remedy due date."""

    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        _open(t)
        if body.deadline < env.calendar.local_date(now):
            raise Invalid("The remedy deadline is in the past.")
        deadlines.settle(t, now, ["remedy"])
        deadlines.open_deadline(env, t, "remedy", limits.plan(body.deadline, env.calendar))
        plan = body.model_dump(mode="json")
        t.handling = {**(t.handling or {}), "remedy": plan}
        return plan

    return write(env, who, ref, if_match, lang, "remedy", work, key=key, body=body)


def visit(
    env: Env, who: Principal, ref: str, body: VisitBody, key: str | None, if_match: str | None, lang: Lang
) -> Outcome:
    """APPOINTMENT: the technician's arrival meets `due.appointment`."""

    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        _open(t)
        if t.appointment_at is None:
            raise InvalidTransition("Visits are for on-site repairs and installations with an appointment.")
        record = {**body.model_dump(mode="json"), "actor": who.name, "at": now.isoformat()}
        t.visits = [*(t.visits or []), record]
        deadlines.settle(t, body.arrived_at, ["appointment"])
        return record

    return write(env, who, ref, if_match, lang, "visit", work, key=key, body=body, status=201, path="visits")
