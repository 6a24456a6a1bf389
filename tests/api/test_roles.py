"""Every role on every endpoint: 403 where the contract does not allow it, 401 without a key."""

from __future__ import annotations

from typing import Any

import pytest

from aftersales_api.core.security import ROLES

from ..factories import Api, inspection_body, return_body

AGENTS = {"agent", "supervisor", "manager", "admin"}
CUSTOMER_SIDE = AGENTS | {"storefront"}
EVERYONE = set(ROLES)

# (method, path template, body, roles allowed)
MATRIX: list[tuple[str, str, Any, set[str]]] = [
    (
        "POST",
        "/v1/eligibility",
        {
            "kind": "return",
            "reason": "no_reason",
            "invoice_date": "2026-11-20",
            "goods_amount": "10.00",
            "package_state": "sealed",
        },
        CUSTOMER_SIDE,
    ),
    ("GET", "/v1/policy", None, EVERYONE),
    ("POST", "/v1/tickets", return_body(), CUSTOMER_SIDE),
    ("GET", "/v1/tickets", None, EVERYONE),
    ("GET", "/v1/tickets/{n}", None, EVERYONE),
    ("GET", "/v1/tickets/{n}/events", None, EVERYONE),
    ("POST", "/v1/tickets/{n}/verify", {}, AGENTS),
    ("POST", "/v1/tickets/{n}/reject", {"code": "other"}, {"supervisor", "manager", "admin"}),
    ("POST", "/v1/tickets/{n}/resolve", {"resolution": {"type": "explanation"}}, AGENTS),
    ("POST", "/v1/tickets/{n}/confirm", {}, CUSTOMER_SIDE),
    ("POST", "/v1/tickets/{n}/appeal", {}, CUSTOMER_SIDE),
    ("POST", "/v1/tickets/{n}/close", {}, AGENTS),
    ("POST", "/v1/tickets/{n}/cancel", {}, CUSTOMER_SIDE),
    # The warehouse inspects first (roles run in ROLES order); supervisors+ then correct.
    (
        "POST",
        "/v1/tickets/{n}/inspections",
        inspection_body(),
        {"warehouse", "supervisor", "manager", "admin"},
    ),
    ("POST", "/v1/tickets/{n}/approvals", {"type": "product_manager"}, {"product_manager", "admin"}),
    ("POST", "/v1/tickets/{n}/approvals", {"type": "major_filing"}, {"manager", "admin"}),
    ("POST", "/v1/tickets/{n}/approvals", {"type": "finance_review"}, {"finance", "admin"}),
    (
        "POST",
        "/v1/tickets/{n}/approvals",
        {"type": "general_manager", "approved": False},
        {"general_manager", "admin"},
    ),
    ("POST", "/v1/tickets/{n}/approvals", {"type": "onsite_repair"}, {"supervisor", "manager", "admin"}),
    ("POST", "/v1/tickets/{n}/escalate", {"trigger": "customer_unsatisfied"}, CUSTOMER_SIDE),
    ("POST", "/v1/tickets/{n}/contacts", {"channel": "phone", "summary": "called"}, AGENTS),
    ("POST", "/v1/tickets/{n}/survey", {"score": 5}, CUSTOMER_SIDE),
    ("POST", "/v1/tickets/{n}/assign", {"owner": "agent"}, {"supervisor", "manager", "admin"}),
    ("POST", "/v1/tickets/{n}/forward", {"department": "quality"}, AGENTS),
    (
        "POST",
        "/v1/tickets/{n}/remedy",
        {"steps": ["fix"], "deadline": "2026-12-01", "responsible": "Li"},
        AGENTS,
    ),
    ("GET", "/v1/reports/monthly?month=2026-11", None, {"supervisor", "manager", "admin"}),
]


def call(api: Api, method: str, path: str, body: Any, headers: dict[str, str]) -> int:
    if method == "GET":
        return api.client.get(path, headers=headers).status_code
    return api.client.post(path, json=body, headers=headers).status_code


@pytest.mark.parametrize(
    ("method", "template", "body", "allowed"),
    MATRIX,
    ids=[f"{m} {p} {b.get('type', '') if isinstance(b, dict) else ''}" for m, p, b, _ in MATRIX],
)
def test_roles(api: Api, method: str, template: str, body: Any, allowed: set[str]) -> None:
    # A verified, eligible return: every endpoint has something to act on.
    t = api.create(return_body())
    api.trigger(t, "verify")
    path = template.format(n=t["number"])
    for role in ROLES:
        status = call(api, method, path, body, api.keys[role])
        assert (status == 403) is (role not in allowed), f"{role}: {status}"
        assert status not in (401, 500)
    assert call(api, method, path, body, {}) == 401
    assert call(api, method, path, body, {"Authorization": "Bearer nope"}) == 401


def test_health_endpoints_need_no_key(api: Api) -> None:
    assert api.client.get("/healthz").json() == {"status": "ok"}
    ready = api.client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ok"
    metrics = api.client.get("/metrics")
    assert metrics.status_code == 200 and "aftersales_requests_total" in metrics.text


def test_revoked_keys_stop_working(api: Api, env: Any) -> None:
    from aftersales_api.services import keys

    assert api.get("/v1/policy").status_code == 200
    keys.revoke(env, "agent")
    r = api.get("/v1/policy")
    assert r.status_code == 401 and r.json()["code"] == "unauthenticated"


def test_the_first_inspection_is_the_warehouses(api: Api) -> None:
    t = api.create(return_body())
    api.trigger(t, "verify")
    r = api.post(f"/v1/tickets/{t['number']}/inspections", inspection_body(), role="supervisor")
    assert r.status_code == 403
