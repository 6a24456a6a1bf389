"""One place that turns every failure into an RFC 9457 problem document."""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

import orjson
import psycopg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy import exc as sa
from starlette.exceptions import HTTPException
from starlette.routing import Match

from ..core.errors import ProblemError, Unavailable
from ..schemas import Problem
from .responses import JSONResponse

log = logging.getLogger(__name__)
PROBLEM = "application/problem+json"
# Status → (code, title) for the errors the framework raises itself.
_STATUS_CODES = {
    400: ("validation", "Validation failed"),
    401: ("unauthenticated", "Unauthenticated"),
    403: ("forbidden", "Forbidden"),
    404: ("not_found", "Not found"),
    405: ("method_not_allowed", "Method not allowed"),
    408: ("timeout", "Request body not received in time"),
    409: ("invalid_transition", "Invalid transition"),
    412: ("version_conflict", "Version conflict"),
    413: ("too_large", "Request body too large"),
    422: ("validation", "Validation failed"),
    500: ("internal", "Internal error"),
    503: ("unavailable", "Service unavailable"),
}
# A database that cannot be reached (or a pool that cannot hand out a connection) is an
# outage, not a bug: 503 and a hint when to retry.
# The batch insert path (core/driver.py) talks to the drivers directly: their own
# operational errors mean the same.
DATABASE_DOWN = (
    sa.OperationalError,
    sa.InterfaceError,
    sa.DisconnectionError,
    sa.TimeoutError,
    psycopg.OperationalError,
    sqlite3.OperationalError,
)


def problem_body(status: int, detail: str, instance: str, **extra: Any) -> dict[str, Any]:
    code, title = _STATUS_CODES.get(status, ("error", "Error"))
    return {
        "type": f"https://aftersales.example/problems/{code}",
        "title": title,
        "status": status,
        "detail": detail,
        "code": code,
        "instance": instance,
        **extra,
    }


def problem_bytes(body: dict[str, Any]) -> bytes:
    return orjson.dumps(body)


def _response(body: dict[str, Any], headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=body["status"], media_type=PROBLEM, headers=headers)


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The problem responses a route can return, for the OpenAPI document (declared
    under application/problem+json by `openapi.problem_content`)."""
    return {
        s: {"model": Problem, "description": _STATUS_CODES.get(s, ("error", "error"))[1]}
        for s in (401, 403, 413, 422, 503, *statuses)
    }


def _methods(request: Request) -> list[str]:
    found = []
    for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
            found.append(method)
    return found


def install(app: FastAPI) -> None:
    @app.exception_handler(ProblemError)
    async def _domain(request: Request, exc: ProblemError) -> JSONResponse:
        return _response(exc.body() | {"instance": request.url.path}, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"])
        body = problem_body(422, f"{where}: {first['msg']}", request.url.path, errors=errors)
        return _response(body)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        if exc.status_code == 400:  # FastAPI could not parse the body (not JSON, not UTF-8)
            return _response(problem_body(422, "The body is not valid JSON in UTF-8.", request.url.path))
        headers = dict(exc.headers) if exc.headers else {}
        if exc.status_code == 405:  # every method of the path, not just the first route's
            headers["Allow"] = ", ".join(_methods(request))
        return _response(problem_body(exc.status_code, str(exc.detail), request.url.path), headers)

    async def _database(request: Request, exc: Exception) -> JSONResponse:
        log.warning("database unavailable on %s %s: %s", request.method, request.url.path, type(exc).__name__)
        error = Unavailable("The database cannot be reached; retry shortly.")
        return _response(error.body() | {"instance": request.url.path}, error.headers)

    for kind in DATABASE_DOWN:
        app.add_exception_handler(kind, _database)
