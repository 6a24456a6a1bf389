"""A typed error for the generated client: every call through `call` returns the parsed
2xx body or raises `ApiProblem` carrying the problem document.

    from aftersales_client import AuthenticatedClient
    from aftersales_client.api.tickets import close_ticket
    from aftersales_ops.errors import ApiProblem, call

    client = AuthenticatedClient(base_url="http://127.0.0.1:8000", token=key)
    try:
        ticket = call(close_ticket, client=client, ticket="AS-20261123-000001")
    except ApiProblem as problem:
        print(problem.status, problem.code, problem.detail, problem.failing_rules)
"""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any


class ApiProblem(Exception):
    """An RFC 9457 problem document answered by the service."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        self.status = status
        self.problem = problem
        self.code: str = str(problem.get("code", "error"))
        self.detail: str = str(problem.get("detail", ""))
        self.trace: list[dict[str, str]] = list(problem.get("trace") or [])
        super().__init__(f"{status} {self.code}: {self.detail}")

    @property
    def failing_rules(self) -> list[str]:
        return [t["code"] for t in self.trace if t.get("outcome") == "fail"]


def checked(response: Any) -> Any:
    """The parsed body of a 2xx `Response`; any other answer raises `ApiProblem`."""
    if 200 <= response.status_code < 300:
        return response.parsed
    try:
        problem = json.loads(response.content)
    except ValueError:
        problem = {"code": "error", "detail": response.content.decode(errors="replace")[:500]}
    if not isinstance(problem, dict):
        problem = {"code": "error", "detail": str(problem)}
    raise ApiProblem(int(response.status_code), problem)


def call(endpoint: ModuleType, **kwargs: Any) -> Any:
    """`endpoint.sync_detailed(**kwargs)`, checked: the body, or `ApiProblem`."""
    return checked(endpoint.sync_detailed(**kwargs))
