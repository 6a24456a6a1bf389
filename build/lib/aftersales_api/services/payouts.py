"""REFUND_SIGNOFF and REFUND_DUE: the signed refund request (支票申请单) of a money
resolution, its two sign-offs, and the payment finance records."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ..core.errors import InvalidTransition, RuleViolation
from ..core.security import Principal
from ..models import Payout, Ticket
from ..rules import deadlines as limits
from ..rules.base import Lang, trace_dicts
from ..rules.resolutions import REFUND_TYPES, SIGNOFFS, payment_entry, signoff_entry
from ..rules.returns import split_refund
from ..rules.vocabulary import GOODS_KINDS
from ..schemas import PaymentBody
from . import deadlines
from .changes import Outcome, write
from .env import Env
from .guards import open_payout

# Compensation goes out in one sum; refunds go back to the order's payment methods.
COMPENSATION_METHOD = "transfer"


def order_payments(t: Ticket) -> list[tuple[str, Decimal]]:
    return [(p["method"], Decimal(str(p["amount"]))) for p in (t.order or {}).get("payments", [])]


def parts(t: Ticket, kind: str, amount: Decimal) -> list[dict[str, str]]:
    """RECEIPT_ONLY: part by part, each never above what its method paid."""
    split = split_refund(amount, order_payments(t)) if kind in REFUND_TYPES else ()
    if not split:
        return [{"method": COMPENSATION_METHOD, "amount": f"{amount:.2f}", "document": "receipt"}]
    return [{"method": p.method, "amount": f"{p.amount:.2f}", "document": p.document} for p in split]


def request(env: Env, t: Ticket, resolution: dict[str, Any], amount: Decimal, now: datetime) -> Payout:
    """The refund request of a money resolution, waiting for its sign-offs; the payment
    falls due 3 working days after the inspection passed, or after resolution."""
    kind = resolution["type"]
    payout = Payout(
        ticket_id=t.id,
        n=len(t.payouts) + 1,
        type=kind,
        amount=amount,
        parts=parts(t, kind, amount),
        order_id=t.order_id,
        reason=t.reason or (t.complaint or {}).get("category"),
        sale="after_sale" if (t.order or {}).get("delivered_at") else "before_sale",
        status="requested",
        requested_at=now,
    )
    t.payouts.append(payout)
    resolution["refund_parts"] = payout.parts
    resolution["payout"] = payout.n
    inspected = t.inspections[-1] if t.kind in GOODS_KINDS and t.inspections else None
    base = inspected.at if inspected is not None and inspected.passed else now
    deadlines.open_deadline(env, t, "refund", limits.refund(base, env.policy, env.calendar))
    return payout


def signed(p: Payout) -> tuple[str, ...]:
    return tuple(kind for kind in SIGNOFFS if getattr(p, f"{kind}_at") is not None)


def sign(t: Ticket, who: Principal, kind: str, approved: bool, now: datetime, lang: Lang) -> None:
    """A supervisor's, then a manager's sign-off on the open refund request."""
    p = open_payout(t)
    if p is None:
        raise InvalidTransition(f"No refund request waits for a sign-off; the ticket is {t.state}.")
    if kind in signed(p):
        raise InvalidTransition(f"The refund request already has the {kind}.")
    check = signoff_entry(kind, signed(p))
    if check.outcome == "fail":
        raise RuleViolation(check.message, trace=trace_dicts([check], lang))
    if approved:
        setattr(p, f"{kind}_by", who.name)
        setattr(p, f"{kind}_at", now)


def pay(
    env: Env, who: Principal, ref: str, body: PaymentBody, key: str | None, if_match: str | None, lang: Lang
) -> Outcome:
    """Finance pays a refund request both have signed; meets `due.refund`."""

    def work(session: Session, t: Ticket, now: datetime) -> dict[str, Any]:
        p = open_payout(t)
        if p is None:
            paid = any(x.status == "paid" for x in t.payouts)
            raise InvalidTransition(
                "The payout has already been paid." if paid else "This ticket has no payout to pay."
            )
        check = payment_entry(signed(p))
        if check.outcome == "fail":
            raise RuleViolation(check.message, trace=trace_dicts([check], lang))
        p.status, p.reference, p.note, p.paid_by, p.paid_at = "paid", body.reference, body.note, who.name, now
        deadlines.settle(t, now, ["refund"])
        return {
            "payout": p.n,
            "amount": f"{p.amount:.2f}",
            "parts": p.parts,
            "reference": body.reference,
            "note": body.note,
        }

    return write(
        env, who, ref, if_match, lang, "payment", work, key=key, body=body, status=201, path="payments"
    )


def void(t: Ticket) -> None:
    """An appeal withdraws the unpaid request; a paid one cannot be taken back."""
    if any(p.status == "paid" for p in t.payouts):
        raise InvalidTransition("The payout has been paid: the resolution can no longer be appealed.")
    p = open_payout(t)
    if p is not None:
        p.status = "void"
