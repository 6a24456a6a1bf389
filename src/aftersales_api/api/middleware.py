"""The edge of every request: the request id, body size and pace limits, the access log
and metrics, and a last line of defence that answers an unexpected error with a problem
document without dropping the keep-alive connection (an exception that escapes to the
server makes it close it)."""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid

import structlog
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..core import logs
from ..core.metrics import LATENCY, REQUESTS
from .errors import problem_body, problem_bytes

log = logging.getLogger(__name__)
REQUEST_ID = re.compile(rb"[A-Za-z0-9._-]{1,64}")
# Probes and scrapes are logged only when they fail.
QUIET = frozenset({"/healthz", "/readyz", "/metrics"})
CALLER = "aftersales.caller"  # the scope key the authentication sets


class Edge:
    def __init__(self, app: ASGIApp, max_body_bytes: int, body_timeout: float) -> None:
        self.app, self.max_body, self.timeout = app, max_body_bytes, body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start, status, started = time.perf_counter(), 500, False
        rid = _request_id(scope)
        structlog.contextvars.bind_contextvars(request_id=rid)

        async def sending(message: Message) -> None:
            nonlocal status, started
            if message["type"] == "http.response.start":
                status, started = message["status"], True
                message["headers"] = [*message.get("headers", ()), (b"x-request-id", rid.encode())]
            await send(message)

        try:
            declared = _content_length(scope)
            if declared is not None and declared > self.max_body:
                raise _too_large(self.max_body)
            await self.app(scope, self._bounded(receive), sending)
        except HTTPException as exc:  # refused before the app could answer (size, pace)
            if not started:
                body = problem_body(exc.status_code, str(exc.detail), scope["path"])
                await _answer(send, exc.status_code, body, {})
                status = exc.status_code
        except Exception:
            log.exception("unhandled error on %s %s", scope["method"], scope["path"])
            if not started:
                detail = "The service failed; the change was not saved."
                await _answer(send, 500, problem_body(500, detail, scope["path"]), {})
        finally:
            elapsed = time.perf_counter() - start
            route = getattr(scope.get("route"), "path", "unmatched")
            REQUESTS.labels(scope["method"], route, str(status)).inc()
            LATENCY.labels(scope["method"], route).observe(elapsed)
            if status >= 400 or scope["path"] not in QUIET:
                logs.access.info(
                    "request",
                    method=scope["method"],
                    route=route,
                    status=status,
                    ms=round(elapsed * 1000, 1),
                    caller=scope.get(CALLER),
                )
            structlog.contextvars.unbind_contextvars("request_id")

    def _bounded(self, receive: Receive) -> Receive:
        """The body, refused once it grows past the limit or stalls past the timeout."""
        seen = 0

        async def bounded() -> Message:
            nonlocal seen
            try:
                message = await asyncio.wait_for(receive(), self.timeout)
            except TimeoutError:
                raise HTTPException(408, f"The body did not arrive within {self.timeout:g} s.") from None
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _too_large(self.max_body)
            return message

        return bounded


def _request_id(scope: Scope) -> str:
    """The caller's X-Request-ID when it is a sane token, else a new one."""
    for name, value in scope["headers"]:
        if name == b"x-request-id" and REQUEST_ID.fullmatch(value):
            return bytes(value).decode()
    return uuid.uuid4().hex


def _too_large(limit: int) -> HTTPException:
    # An HTTPException, because FastAPI turns any other error raised while it reads the
    # body into a 400.
    return HTTPException(413, f"The body may be at most {limit} bytes.")


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


async def _answer(send: Send, status: int, body: dict[str, object], headers: dict[str, str]) -> None:
    content = problem_bytes(body)
    raw = [
        (b"content-type", b"application/problem+json"),
        (b"content-length", str(len(content)).encode()),
        *((k.lower().encode(), v.encode()) for k, v in headers.items()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": content})
