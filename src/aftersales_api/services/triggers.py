"""Workflow triggers: guard, transition, effects and event in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ..core.errors import Forbidden, Invalid, InvalidTransition
from ..core.metrics import TRANSITIONS
from ..core.security import Principal, role_allows
from ..models import Ticket
from ..rules import deadlines as limits
from ..rules.base import Lang, TraceEntry
from ..rules.resolutions import ResolutionDecision
from ..rules.vocabulary import GOODS_KINDS
from ..workflow import Guarded, ensure_allowed, fire
from . import cases, deadlines, decisions, guards, payouts, views
from .changes import change
from .env import Env

KEEP_AFTER_RESOLVE = {"contact"}
RULE_CODES_FOR_REJECT = {
    "WINDOW_RETURN",
    "WINDOW_EXCHANGE",
    "AFTER_WINDOWS",
    "NO_REASON_SEALED",
    "APPEARANCE_DEFECT",
    "MISLABELED_LISTING",
    "QUALITY_DEFECT",
    "INSPECTION",
    "WARRANTY",
    "REPEAT_REPAIR",
    "COMPLAINT_CATEGORY",
    "MAJOR_COMPLAINT",
    "COMPENSATION_APPROVAL",
    "DUPLICATE_CLAIM",
    "INVALID_COMPLAINT",
    "REPAIR_QUOTE",
    "other",
}


def run(
    env: Env, who: Principal, ref: str, trigger: str, body: dict[str, Any], if_match: str | None, lang: Lang
) -> dict[str, Any]:
    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        ensure_allowed(t.state, trigger)
        ctx = Guarded(ticket=t, body=body, now=now, lang=lang)
        STEPS[trigger](env, session, t, who, ctx)
        TRANSITIONS.labels(trigger).inc()
        rules = [{"code": e.code, "outcome": e.outcome} for e in ctx.trace]
        return {**body, **ctx.data, **({"rules": rules} if rules else {})}

    with env.db.write() as session:
        t = change(env, session, who, ref, if_match, trigger, work, last=True)
        return views.ticket(t, env.clock(), lang, who.masked)


Step = Callable[[Env, Session, Ticket, Principal, Guarded], str]


def _verify(env: Env, session: Session, t: Ticket, who: Principal, ctx: Guarded) -> str:
    body = ctx.body
    if t.kind == "complaint" and not t.major and not role_allows(who.role, ("supervisor+",)):
        # GENERAL_COMPLAINT: the department head decides whether to file (由部门负责人确定是否立案).
        raise Forbidden("A general complaint is filed by a supervisor or above.")
    facts = _facts(t)
    if body.get("evidence"):
        facts["evidence"] = t.evidence + body["evidence"]
    for field in ("kept", "outer_packaging_intact"):
        if body.get(field) is not None:
            facts[field] = body[field]
    found = decisions.look_up(env, session, t.kind, facts, t.request_date, t.number)
    decision = decisions.with_customer(
        decisions.decide(env, found, t.kind, t.channel, facts, t.request_date, body.get("responsibility")),
        decisions.customer_part(env, t.kind, facts, found),
    )
    ctx.check = lambda c: guards.verify(env, c, decision)
    before = fire(t, "verify", ctx)
    t.evidence, t.kept = facts["evidence"], facts.get("kept")
    t.outer_packaging_intact = facts.get("outer_packaging_intact")
    t.decision, t.responsibility = decision.as_dict(), decision.responsibility
    deadlines.settle(t, ctx.now, ["verify"])
    ctx.data["decision"] = {
        "eligible": decision.eligible,
        "responsibility": decision.responsibility,
        "pickup": decision.pickup,
        "refund_amount": t.decision["refund_amount"],
    }
    if decision.pickup and t.pickup_requested_at is None:
        t.pickup_requested_at = ctx.now
        ctx.data["pickup_requested_at"] = ctx.now.isoformat()
    return before


def _facts(t: Ticket) -> dict[str, Any]:
    return {
        "reason": t.reason,
        "order": t.order,
        "package_state": t.package_state,
        "outer_packaging_intact": t.outer_packaging_intact,
        "kept": t.kept,
        "evidence": list(t.evidence),
        "complaint": t.complaint,
        "customer": t.customer,
        "items": [
            {"sku": i.sku, "unit_price": str(i.unit_price), "quantity": i.quantity, "category": i.category}
            for i in t.items
        ],
        "onsite": "onsite_repair" in t.decision.get("required_approvals", ()),
    }


def _reject(env: Env, session: Session, t: Ticket, who: Principal, ctx: Guarded) -> str:
    code = ctx.body.get("code", "other")
    if code not in RULE_CODES_FOR_REJECT:
        raise Invalid(f"Unknown rejection code {code!r}: use a rule code or 'other'.")
    if t.decision.get("eligible") and not role_allows(who.role, ("supervisor+",)):
        raise Forbidden("Rejecting a ticket the policy finds eligible needs a supervisor.")
    if code == "INVALID_COMPLAINT":
        # 无效投诉: unreasonable demands or deliberate obstruction, decided by a supervisor+.
        if t.kind != "complaint":
            raise Invalid("INVALID_COMPLAINT rejects complaints only.")
        if not role_allows(who.role, ("supervisor+",)):
            raise Forbidden("Rejecting a complaint as invalid needs a supervisor.")
        if not str(ctx.body.get("note", "")).strip():
            raise Invalid("Rejecting a complaint as invalid needs a note saying why.")
    before = fire(t, "reject", ctx)
    deadlines.settle(t, ctx.now, dropped=True)
    return before


def _resolve(env: Env, session: Session, t: Ticket, who: Principal, ctx: Guarded) -> str:
    """RESOLUTION_TYPES and the rules of the type chosen decide; a payout becomes a
    refund request waiting for its sign-offs (REFUND_SIGNOFF)."""
    resolution = dict(ctx.body["resolution"])
    verdicts: list[ResolutionDecision] = []

    def check(_: Guarded) -> list[TraceEntry]:
        verdicts.append(guards.resolve(env, t, resolution))
        return list(verdicts[-1].trace)

    ctx.check = check
    before = fire(t, "resolve", ctx)
    verdict = verdicts[-1]
    deadlines.settle(t, ctx.now, set(limits.KEYS) - KEEP_AFTER_RESOLVE)
    amount = verdict.amount
    if amount is not None:
        resolution["amount"] = f"{amount:.2f}"
    kind = resolution["type"]
    if amount is not None and verdict.payout:
        payouts.request(env, t, resolution, amount, ctx.now)
        _money(env, t, kind, amount)
    elif kind == "repair":
        t.repair_charge = amount
    t.resolution, t.resolved_at = resolution, ctx.now
    ctx.data["resolution"] = resolution
    return before


def _money(env: Env, t: Ticket, kind: str, amount: Decimal) -> None:
    """The figures the monthly report sums, and COMPENSATION_APPROVAL's archive deadline."""
    if kind == "compensation":
        t.compensation_amount = amount
        gm = [a.at for a in t.approvals if a.type == "general_manager" and a.approved]
        deadlines.open_deadline(env, t, "archive", limits.archive(gm[-1], env.policy, env.calendar))
        return
    t.refund_amount = amount
    fee = t.decision.get("restocking_fee") if kind == "refund" else None
    t.restocking_fee = Decimal(fee or "0")


def _appeal(env: Env, session: Session, t: Ticket, who: Principal, ctx: Guarded) -> str:
    payouts.void(t)
    before = fire(t, "appeal", ctx)
    ctx.data["level"] = {"from": t.level, "to": limits.raise_level(t.level)}
    t.level = ctx.data["level"]["to"]
    t.resolution = t.resolved_at = None
    t.refund_amount = t.restocking_fee = t.compensation_amount = t.repair_charge = None
    deadlines.settle(t, ctx.now, ["refund", "archive"], dropped=True)
    if t.kind in GOODS_KINDS and "contact" not in deadlines.open_keys(t):  # reopened after a rejection
        deadlines.open_deadline(env, t, "contact", limits.contact(ctx.now, env.policy))
    return before


def _close(env: Env, session: Session, t: Ticket, who: Principal, ctx: Guarded) -> str:
    root_cause = ctx.body.get("root_cause")
    ctx.check = lambda c: guards.close(t, root_cause)
    before = fire(t, "close", ctx)
    deadlines.settle(t, ctx.now)
    t.closed_at = ctx.now
    t.resolution_seconds = int((ctx.now - t.created_at).total_seconds())
    if root_cause:
        t.root_cause = root_cause
        cases.add(session, t, root_cause, ctx.now)
    return before


def _cancel(env: Env, session: Session, t: Ticket, who: Principal, ctx: Guarded) -> str:
    if t.state in ("received", "verified") and guards.passed_inspection(t) is not None:
        raise InvalidTransition(
            "The returned goods passed inspection: the ticket can no longer be cancelled."
        )
    before = fire(t, "cancel", ctx)
    deadlines.settle(t, ctx.now, dropped=True)
    return before


def _plain(trigger: str) -> Step:
    def step(env: Env, session: Session, t: Ticket, who: Principal, ctx: Guarded) -> str:
        return fire(t, trigger, ctx)

    return step


STEPS: dict[str, Step] = {
    "verify": _verify,
    "reject": _reject,
    "resolve": _resolve,
    "confirm": _plain("confirm"),
    "appeal": _appeal,
    "close": _close,
    "cancel": _cancel,
}
