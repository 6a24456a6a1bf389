"""The outbox: every ticket event is published, in the transaction that writes it, at a
position in one global feed; the feed and the webhooks read it.

Positions are taken from `outbox_head` just before commit. The head row stays locked
until the transaction commits, so positions follow commit order with no gaps: a reader
that has seen position n has seen every position below it, and a consumer resuming from
its last position misses nothing and sees nothing twice.
"""

from __future__ import annotations

import threading
from typing import Any, Final

from sqlalchemy import bindparam, event, insert, select, update
from sqlalchemy.orm import Session

from ..core import driver
from ..models import OUTBOX, OUTBOX_HEAD
from . import notifications
from .env import Env
from .views import iso

# The trail's event types → the published ones (api.md "Events and webhooks").
PUBLIC: Final[dict[str, str]] = {
    "received": "ticket.created",
    "verify": "ticket.verified",
    "reject": "ticket.rejected",
    "resolve": "ticket.resolved",
    "confirm": "ticket.confirmed",
    "appeal": "ticket.appealed",
    "close": "ticket.closed",
    "cancel": "ticket.cancelled",
    "escalated": "ticket.escalated",
    "inspection": "ticket.inspected",
    "approval": "approval.recorded",
    "quote": "quote.created",
    "quote_decision": "quote.decided",
    "payment": "payment.recorded",
    "contact": "contact.recorded",
    "survey": "survey.recorded",
    "assigned": "ticket.assigned",
    "forwarded": "ticket.forwarded",
    "remedy": "remedy.recorded",
    "visit": "visit.recorded",
}
BREACHED, PICKUP, NOTIFICATION = "deadline.breached", "pickup.requested", "customer.notification"
TYPES: Final = tuple(sorted({*PUBLIC.values(), BREACHED, PICKUP, NOTIFICATION}))
PENDING, PUBLISHED = "outbox.pending", "outbox.published"
# Set after every commit that published: wakes the in-process delivery worker.
published = threading.Event()


def messages(t: Any, row: dict[str, Any], *, notify: bool = True) -> list[dict[str, Any]]:
    """The outbox rows of one trail event (without their positions)."""
    kind, data = row["type"], row["data"]
    base = {"ticket_id": t.id, "ticket": t.number, "at": row["at"]}
    trail = {
        "seq": row["seq"],
        "event": kind,
        "actor": row["actor"],
        "from_state": row["from_state"],
        "to_state": row["to_state"],
        "state": t.state,
        "kind": t.kind,
        "store": t.store,
        "details": data,
    }
    out = []
    if kind == "escalated" and data.get("trigger") == "deadline_breached":
        out.append({**base, "type": BREACHED, "data": trail})
    out.append({**base, "type": PUBLIC.get(kind, f"ticket.{kind}"), "data": trail})
    if "pickup_requested_at" in data:
        out.append({**base, "type": PICKUP, "data": _pickup(t, data["pickup_requested_at"])})
    if notify:
        to = notifications.recipient(t.customer or {})
        for template, values in notifications.for_event(t, kind, data):
            note = {"seq": row["seq"], "template": template, "values": values, **to}
            out.append({**base, "type": NOTIFICATION, "data": note})
    return out


def _pickup(t: Any, at: str) -> dict[str, Any]:
    """For the carrier: the RMA number, where to collect and what."""
    customer = t.customer or {}
    return {
        "rma": t.number,
        "requested_at": at,
        "store": t.store,
        "address": customer.get("address"),
        "contact": {k: customer.get(k) for k in ("name", "phone")},
        "items": [{"sku": i.sku, "name": i.name, "quantity": i.quantity} for i in t.items],
    }


def stage(session: Session, rows: list[dict[str, Any]]) -> None:
    """Publish with the transaction: the rows get their positions at commit."""
    session.info.setdefault(PENDING, []).extend(rows)


STAGED = driver.Rows(OUTBOX, [c.name for c in OUTBOX.c])
TAKE = (
    update(OUTBOX_HEAD)
    .where(OUTBOX_HEAD.c.id == 1)
    .values(position=OUTBOX_HEAD.c.position + bindparam("n"))
    .returning(OUTBOX_HEAD.c.position)
)


@event.listens_for(Session, "before_commit")
def _positions(session: Session) -> None:
    """Last in the transaction, so the head stays locked as briefly as possible."""
    rows = session.info.pop(PENDING, None)
    if not rows:
        return
    session.flush()
    conn = session.connection()
    last = conn.execute(TAKE, {"n": len(rows)}).scalar_one()
    first = last - len(rows) + 1
    STAGED.write(conn, [{**r, "position": first + i} for i, r in enumerate(rows)])
    session.info[PUBLISHED] = True


@event.listens_for(Session, "after_commit")
def _wake(session: Session) -> None:
    if session.info.pop(PUBLISHED, False):
        published.set()


def batch_steps() -> tuple[Any, Any]:
    """For a ticket's first insert, in one batch: take the head, then insert the rows at
    positions counted back from it."""
    head = select(OUTBOX_HEAD.c.position).where(OUTBOX_HEAD.c.id == 1).scalar_subquery()
    columns = ("ticket_id", "ticket", "type", "at", "data")
    rows = insert(OUTBOX).values(
        **{c: bindparam(c, type_=OUTBOX.c[c].type) for c in columns}, position=head - bindparam("back")
    )
    return TAKE, rows


def feed(env: Env, after: int, type_: str | None, limit: int) -> dict[str, Any]:
    """A page of the feed, oldest first; `next_cursor` resumes after its last item (or
    stays where it was when there is nothing new)."""
    q = select(OUTBOX).where(OUTBOX.c.position > after)
    if type_ is not None:
        q = q.where(OUTBOX.c.type == type_)
    with env.db.read() as session:
        rows = session.execute(q.order_by(OUTBOX.c.position).limit(limit)).all()
    return {"items": [item(r) for r in rows], "next_cursor": str(rows[-1].position if rows else after)}


def item(r: Any) -> dict[str, Any]:
    """An event as the feed and the webhooks publish it."""
    data = r.data
    if r.type == NOTIFICATION:
        data = {**data, "messages": notifications.render(data["template"], data["values"], r.ticket)}
    return {
        "id": event_id(r.position),
        "position": r.position,
        "type": r.type,
        "ticket": r.ticket,
        "at": iso(r.at),
        "data": data,
    }


def event_id(position: int) -> str:
    return f"evt_{position}"
