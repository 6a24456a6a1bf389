"""Webhook subscriptions (admin) and their deliveries, as the API shows them."""

from __future__ import annotations

import base64
import secrets
from typing import Any

from sqlalchemy import delete, select

from ..core.errors import InvalidTransition, NotFound
from ..core.security import Principal
from ..models import OUTBOX_HEAD, Delivery, Webhook
from ..schemas import WebhookBody
from . import outbox, repository
from .env import Env
from .views import iso

DELIVERY_ID = repository.SEQ


def new_secret() -> str:
    """Standard Webhooks' form: whsec_ + base64 of 32 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def create(env: Env, who: Principal, body: WebhookBody) -> dict[str, Any]:
    """A subscription to the events committed from now on; its secret is shown here only."""
    now = env.clock()
    hook = Webhook(
        id="wh_" + secrets.token_hex(8),
        url=body.url,
        events=sorted(set(body.events)),
        description=body.description,
        secret=new_secret(),
        created_by=who.name,
        created_at=now,
    )
    with env.db.write() as session:
        hook.cursor = session.execute(select(OUTBOX_HEAD.c.position)).scalar_one()
        session.add(hook)
    return {**view(hook), "secret": hook.secret}


def view(h: Webhook) -> dict[str, Any]:
    return {
        "id": h.id,
        "url": h.url,
        "events": h.events,
        "description": h.description,
        "created_by": h.created_by,
        "created_at": iso(h.created_at),
    }


def list_(env: Env) -> dict[str, Any]:
    with env.db.read() as session:
        hooks = session.scalars(select(Webhook).order_by(Webhook.created_at, Webhook.id)).all()
        return {"items": [view(h) for h in hooks]}


def remove(env: Env, hook_id: str) -> None:
    """The subscription and its deliveries go; nothing more is sent to it."""
    with env.db.write() as session:
        gone = session.execute(delete(Webhook).where(Webhook.id == hook_id))
        if not getattr(gone, "rowcount", 0):
            raise NotFound(f"There is no webhook {hook_id}.")


def deliveries(env: Env, hook_id: str, status: str | None, limit: int, cursor: str | None) -> dict[str, Any]:
    """The deliveries of a subscription, oldest first."""
    q = select(Delivery).where(Delivery.webhook_id == hook_id)
    if status is not None:
        q = q.where(Delivery.status == status)
    if cursor is not None:
        (after,) = repository.decode_cursor(cursor, DELIVERY_ID)
        q = q.where(Delivery.id > int(after))
    with env.db.read() as session:
        _exists(session, hook_id)
        rows = session.scalars(q.order_by(Delivery.id).limit(limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        return {
            "items": [delivery_view(d) for d in rows],
            "next_cursor": repository.encode_cursor(str(rows[-1].id)) if more else None,
        }


def retry(env: Env, hook_id: str, delivery_id: int) -> dict[str, Any]:
    """One more attempt, now: for a failed delivery, or a pending one waiting its turn."""
    with env.db.write() as session:
        _exists(session, hook_id)
        d = session.get(Delivery, delivery_id, with_for_update=True)
        if d is None or d.webhook_id != hook_id:
            raise NotFound(f"Webhook {hook_id} has no delivery {delivery_id}.")
        if d.status == "delivered":
            raise InvalidTransition(f"Delivery {delivery_id} has been delivered.")
        d.status, d.next_attempt_at = "pending", env.clock()
        view_ = delivery_view(d)
    outbox.published.set()
    return view_


def _exists(session: Any, hook_id: str) -> None:
    if session.get(Webhook, hook_id) is None:
        raise NotFound(f"There is no webhook {hook_id}.")


def delivery_view(d: Delivery) -> dict[str, Any]:
    return {
        "id": d.id,
        "event": outbox.event_id(d.position),
        "type": d.type,
        "ticket_id": d.ticket_id,
        "status": d.status,
        "attempts": d.attempts,
        "next_attempt_at": iso(d.next_attempt_at) if d.status == "pending" else None,
        "delivered_at": iso(d.delivered_at),
        "log": d.log,
    }
