"""The FastAPI application."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from anyio import to_thread
from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from . import __version__
from .api import customers, errors, events, health, policy, reports, tickets
from .api.middleware import Edge
from .api.responses import JSONResponse
from .core import heap, logs
from .core.config import Settings, get_settings
from .services import delivery
from .services.env import Env
from .services.sweep import PeriodicSweep


def create_app(settings: Settings | None = None, env: Env | None = None) -> FastAPI:
    settings = settings or get_settings()
    logs.configure(settings.log_level, settings.log_format)
    env = env or Env.from_settings(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        sweeper = PeriodicSweep(env, settings.sweep_interval)
        deliverer = delivery.Worker(env, settings.delivery_interval)
        to_thread.current_default_thread_limiter().total_tokens = settings.request_threads
        with heap.frozen():
            sweeper.start()
            deliverer.start()
            try:
                yield
            finally:
                deliverer.stop()
                sweeper.stop()

    # Swagger UI and ReDoc from the package's own files: /docs works without internet.
    app = FastAPIOffline(
        title="aftersales-api",
        version=__version__,
        lifespan=lifespan,
        summary="Returns, exchanges, repairs and complaints: tickets decided by written policy.",
        servers=[{"url": "http://127.0.0.1:8000", "description": "the embedded server of `make run`"}],
        default_response_class=JSONResponse,
    )
    app.state.env = env
    errors.install(app)
    for module in (tickets, customers, events, policy, reports, health):
        app.include_router(module.router)
    app.add_middleware(Edge, max_body_bytes=settings.max_body_bytes, body_timeout=settings.body_timeout)
    app.openapi = lambda: _document(app)  # type: ignore[method-assign]
    return app


def _document(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document with every error response under application/problem+json."""
    if app.openapi_schema is None:
        app.openapi_schema = problem_content(FastAPI.openapi(app))
    return app.openapi_schema


TICKET_BODIES = ("TicketOut", "InspectionResultOut", "QuoteResultOut")
ETAG = {"description": 'The ticket\'s version, for If-Match: "3".', "schema": {"type": "string"}}


def problem_content(doc: dict[str, Any]) -> dict[str, Any]:
    """Every error under application/problem+json; the ETag of every ticket answer."""
    problem = {"schema": {"$ref": "#/components/schemas/Problem"}}
    for path in doc.get("paths", {}).values():
        for operation in path.values():
            for status, response in operation.get("responses", {}).items():
                if status[0] in "45":
                    response["content"] = {errors.PROBLEM: problem}
                elif _answers_a_ticket(response):
                    response["headers"] = {"ETag": ETAG}
    schemas = doc.get("components", {}).get("schemas", {})  # FastAPI's own, unused here
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return doc


def _answers_a_ticket(response: dict[str, Any]) -> bool:
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    return str(schema.get("$ref", "")).rsplit("/", 1)[-1] in TICKET_BODIES
