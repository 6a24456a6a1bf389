"""The FastAPI application."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from prometheus_client import Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import __version__
from .api import errors, health, policy, reports, tickets
from .api.responses import JSONResponse
from .core.config import Settings, get_settings
from .services.env import Env
from .services.sweep import PeriodicSweep

REQUESTS = Counter("aftersales_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram("aftersales_request_seconds", "HTTP request latency", ["method", "route"])


class Metrics:
    """Counts and times every request by route template (not raw path)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start, status = time.perf_counter(), 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            REQUESTS.labels(scope["method"], route, str(status)).inc()
            LATENCY.labels(scope["method"], route).observe(time.perf_counter() - start)


def create_app(settings: Settings | None = None, env: Env | None = None) -> FastAPI:
    settings = settings or get_settings()
    logging.basicConfig(level=settings.log_level.upper())
    logging.getLogger("transitions").setLevel(logging.WARNING)  # one line per callback otherwise
    env = env or Env.from_settings(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        sweeper = PeriodicSweep(env, settings.sweep_interval)
        sweeper.start()
        try:
            yield
        finally:
            sweeper.stop()

    app = FastAPI(
        title="aftersales-api",
        version=__version__,
        lifespan=lifespan,
        summary="Returns, exchanges, repairs and complaints: tickets decided by written policy.",
        default_response_class=JSONResponse,
    )
    app.state.env = env
    errors.install(app)
    for module in (tickets, policy, reports, health):
        app.include_router(module.router)
    app.add_middleware(Metrics)
    return app
