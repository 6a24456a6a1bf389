"""One place that turns every failure into an RFC 9457 problem document."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException

from ..core.errors import ProblemError
from ..schemas import Problem
from .responses import JSONResponse

log = logging.getLogger(__name__)
PROBLEM = "application/problem+json"
_STATUS_CODES = {
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "invalid_transition",
    412: "version_conflict",
    422: "validation",
}


def problem(status: int, code: str, title: str, detail: str, **extra: Any) -> JSONResponse:
    body = {
        "type": f"https://aftersales.example/problems/{code}",
        "title": title,
        "status": status,
        "detail": detail,
        "code": code,
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The problem responses a route can return, for the OpenAPI document."""
    return {
        s: {"model": Problem, "content": {PROBLEM: {}}, "description": _STATUS_CODES.get(s, "error")}
        for s in (401, 403, 422, *statuses)
    }


def install(app: FastAPI) -> None:
    @app.exception_handler(ProblemError)
    async def _domain(_: Request, exc: ProblemError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, media_type=PROBLEM)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"])
        return problem(422, "validation", "Validation failed", f"{where}: {first['msg']}", errors=errors)

    @app.exception_handler(HTTPException)
    async def _http(_: Request, exc: HTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "error")
        return problem(exc.status_code, code, str(exc.detail), str(exc.detail))

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return problem(500, "internal", "Internal error", "The service failed; the change was not saved.")
