"""Tickets and events as the API shows them (built once, never re-validated)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from ..models import Event, Ticket
from ..rules.base import Lang
from . import deadlines


class Rendered(dict[str, Any]):
    """An answer rendered to JSON once, where it was also stored: sent as it is."""

    def __init__(self, content: dict[str, Any], raw: bytes) -> None:
        super().__init__(content)
        self.raw = raw


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def amount(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def localized(decision: dict[str, Any], lang: Lang) -> dict[str, Any]:
    """Decisions are stored in English; zh-CN readers get the Chinese message."""
    if lang != "zh":
        return decision
    out = dict(decision)
    out["trace"] = [{**t, "message": t["message_zh"]} for t in decision.get("trace", [])]
    return out


def inspection(row: Any) -> dict[str, Any] | None:
    if row is None:
        return None
    return {
        "passed": row.passed,
        "failed": row.failed,
        "inspector": row.inspector,
        "checks": row.checks,
        "notes": row.notes,
        "photos": row.photos,
        "corrected": row.corrected,
        "actor": row.actor,
        "at": iso(row.at),
    }


def masked(customer: dict[str, Any]) -> dict[str, Any]:
    """The customer with phone and e-mail masked: 138****0000, z***@example.com."""
    out = dict(customer)
    phone, email = out.get("phone"), out.get("email")
    if phone:
        out["phone"] = phone[:3] + "****" + phone[-4:] if len(phone) > 7 else "****"
    if email:
        local, at, domain = email.partition("@")
        out["email"] = f"{local[:1]}***{at}{domain}"
    return out


def ticket(t: Ticket | Any, now: datetime, lang: Lang = "en", mask: bool = False) -> dict[str, Any]:
    """`t` is a loaded Ticket, or a new ticket's rows with the same attributes; `mask`
    hides the customer's phone and e-mail."""
    due, overdue, breached = deadlines.view(t, now)
    return {
        "id": t.id,
        "number": t.number,
        "store": t.store,
        "kind": t.kind,
        "state": t.state,
        "level": t.level,
        "priority": t.priority,
        "major": t.major,
        "owner": t.owner,
        "channel": t.channel,
        "customer": masked(t.customer) if mask else t.customer,
        "order": t.order,
        "items": [
            {
                "line": i.line,
                "sku": i.sku,
                "name": i.name,
                "quantity": i.quantity,
                "unit_price": amount(i.unit_price),
                "category": i.category,
                "ordered_quantity": i.ordered_quantity,
            }
            for i in t.items
        ],
        "reason": t.reason,
        "package_state": t.package_state,
        "complaint": t.complaint,
        "decision": localized(t.decision, lang),
        "resolution": t.resolution,
        "inspection": inspection(t.inspections[-1] if t.inspections else None),
        "approvals": [
            {
                "type": a.type,
                "approved": a.approved,
                "actor": a.actor,
                "role": a.role,
                "note": a.note,
                "at": iso(a.at),
            }
            for a in t.approvals
        ],
        "quotes": [quote(q) for q in t.quotes],
        "payments": [payout(p) for p in t.payouts],
        "handling": t.handling,
        "pickup_requested_at": iso(t.pickup_requested_at),
        "due": due,
        "overdue": overdue,
        "breached": breached,
        "appointment_at": iso(t.appointment_at),
        "visits": t.visits or [],
        "root_cause": t.root_cause,
        "flags": t.flags,
        "satisfaction": t.satisfaction,
        "policy_version": t.policy_version,
        "version": t.version,
        "created_at": iso(t.created_at),
        "updated_at": iso(t.updated_at),
        "closed_at": iso(t.closed_at),
    }


def quote(q: Any) -> dict[str, Any]:
    return {
        "n": q.n,
        "parts": q.parts,
        "labour": amount(q.labour),
        "travel": amount(q.travel),
        "total": amount(q.total),
        "note": q.note,
        "status": q.status,
        "actor": q.actor,
        "at": iso(q.at),
        "decided_by": q.decided_by,
        "decided_at": iso(q.decided_at),
        "decision_note": q.decision_note,
    }


def _signoff(by: str | None, at: datetime | None) -> dict[str, Any] | None:
    return None if at is None else {"by": by, "at": iso(at)}


def payout(p: Any) -> dict[str, Any]:
    """The signed refund request (REFUND_SIGNOFF) and, once paid, its payment."""
    return {
        "n": p.n,
        "type": p.type,
        "amount": amount(p.amount),
        "parts": p.parts,
        "order_id": p.order_id,
        "methods": [part["method"] for part in p.parts],
        "reason": p.reason,
        "sale": p.sale,
        "status": p.status,
        "requested_at": iso(p.requested_at),
        "supervisor_signoff": _signoff(p.supervisor_signoff_by, p.supervisor_signoff_at),
        "manager_signoff": _signoff(p.manager_signoff_by, p.manager_signoff_at),
        "reference": p.reference,
        "paid_by": p.paid_by,
        "paid_at": iso(p.paid_at),
        "note": p.note,
    }


def event(e: Event) -> dict[str, Any]:
    return {
        "seq": e.seq,
        "at": iso(e.at),
        "actor": e.actor,
        "type": e.type,
        "from_state": e.from_state,
        "to_state": e.to_state,
        "data": e.data,
    }
