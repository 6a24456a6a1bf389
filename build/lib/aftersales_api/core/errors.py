"""Domain errors, each mapped to one RFC 9457 problem document by one handler."""

from __future__ import annotations

from typing import Any


class ProblemError(Exception):
    status = 400
    code = "bad_request"
    title = "Bad request"

    headers: dict[str, str] = {}

    def __init__(
        self, detail: str, *, trace: list[dict[str, str]] | None = None, extra: dict[str, Any] | None = None
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.trace = trace
        self.extra = extra or {}

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": f"https://aftersales.example/problems/{self.code}",
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
            "code": self.code,
        }
        if self.trace is not None:
            out["trace"] = self.trace
        out.update(self.extra)
        return out


class Unauthenticated(ProblemError):
    status, code, title = 401, "unauthenticated", "Unauthenticated"
    headers = {"WWW-Authenticate": "Bearer"}


class Forbidden(ProblemError):
    status, code, title = 403, "forbidden", "Forbidden"


class NotFound(ProblemError):
    status, code, title = 404, "not_found", "Not found"


class InvalidTransition(ProblemError):
    status, code, title = 409, "invalid_transition", "Invalid transition"


class IdempotencyConflict(ProblemError):
    status, code, title = 409, "idempotency_conflict", "Request with this key still in flight"


class VersionConflict(ProblemError):
    status, code, title = 412, "version_conflict", "Version conflict"


class IdempotencyMismatch(ProblemError):
    status, code, title = 422, "idempotency_mismatch", "Idempotency key reused with another body"


class Invalid(ProblemError):
    status, code, title = 422, "validation", "Validation failed"


class RuleViolation(ProblemError):
    status, code, title = 422, "rule_violation", "Policy rule violated"


class Unavailable(ProblemError):
    status, code, title = 503, "unavailable", "Service unavailable"
    headers = {"Retry-After": "5"}
