"""/v1/events and /v1/webhooks: the global event feed and signed webhooks."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from ..schemas import (
    DeliveryOut,
    DeliveryPage,
    DeliveryStatus,
    EventType,
    FeedPage,
    WebhookBody,
    WebhookCreated,
    WebhookList,
)
from ..services import outbox, webhooks
from .deps import STRICT_QUERY, Admin, Agent, Cursor, EnvDep, Limit
from .errors import responses
from .responses import JSONResponse

router = APIRouter(prefix="/v1", dependencies=STRICT_QUERY)
WebhookId = Annotated[str, Path(pattern=r"^wh_[0-9a-f]{16}$", description="The subscription's id.")]
DeliveryId = Annotated[int, Path(ge=1, le=2**62)]


@router.get(
    "/events",
    response_model=FeedPage,
    operation_id="list_events",
    tags=["events"],
    summary="The global event feed, oldest first, resumable from a cursor",
    responses=responses(),
)
def list_events(
    env: EnvDep,
    who: Agent,
    after: Annotated[int, Query(ge=0, le=2**62, description="next_cursor of the previous page.")] = 0,
    type: Annotated[EventType | None, Query(description="Only events of this type.")] = None,  # noqa: A002
    limit: Limit = 100,
) -> JSONResponse:
    return JSONResponse(outbox.feed(env, after, type, limit))


@router.post(
    "/webhooks",
    response_model=WebhookCreated,
    status_code=201,
    operation_id="create_webhook",
    tags=["webhooks"],
    summary="Subscribe a URL to events; the signing secret is shown in this answer only",
    responses=responses(),
)
async def create_webhook(body: WebhookBody, env: EnvDep, who: Admin) -> JSONResponse:
    return JSONResponse(await env.db.run(webhooks.create, env, who, body), status_code=201)


@router.get(
    "/webhooks",
    response_model=WebhookList,
    operation_id="list_webhooks",
    tags=["webhooks"],
    summary="The subscriptions (without their secrets)",
    responses=responses(),
)
def list_webhooks(env: EnvDep, who: Admin) -> JSONResponse:
    return JSONResponse(webhooks.list_(env))


@router.delete(
    "/webhooks/{webhook}",
    status_code=204,
    operation_id="delete_webhook",
    tags=["webhooks"],
    summary="End a subscription; its pending deliveries are dropped",
    responses=responses(404),
)
async def delete_webhook(webhook: WebhookId, env: EnvDep, who: Admin) -> Response:
    await env.db.run(webhooks.remove, env, webhook)
    return Response(status_code=204)


@router.get(
    "/webhooks/{webhook}/deliveries",
    response_model=DeliveryPage,
    operation_id="list_deliveries",
    tags=["webhooks"],
    summary="A subscription's deliveries and their attempts, oldest first",
    responses=responses(404),
)
def list_deliveries(
    webhook: WebhookId,
    env: EnvDep,
    who: Admin,
    status: Annotated[DeliveryStatus | None, Query()] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> JSONResponse:
    return JSONResponse(webhooks.deliveries(env, webhook, status, limit, cursor))


@router.post(
    "/webhooks/{webhook}/deliveries/{delivery}/retry",
    response_model=DeliveryOut,
    status_code=202,
    operation_id="retry_delivery",
    tags=["webhooks"],
    summary="Attempt a failed (or waiting) delivery again now",
    responses=responses(404, 409),
)
async def retry_delivery(webhook: WebhookId, delivery: DeliveryId, env: EnvDep, who: Admin) -> JSONResponse:
    return JSONResponse(await env.db.run(webhooks.retry, env, webhook, delivery), status_code=202)
