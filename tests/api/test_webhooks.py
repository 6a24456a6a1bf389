"""Webhook subscriptions over HTTP: admin only, secrets shown once, bad input refused."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from ..factories import Api

URL = "https://hooks.example.com/aftersales"


def make(api: Api, **over: Any) -> Any:
    return api.post("/v1/webhooks", {"url": URL, "events": ["ticket.created"], **over}, role="admin")


def test_the_secret_is_shown_once(api: Api) -> None:
    r = make(api, description="ERP")
    assert r.status_code == 201, r.text
    hook = r.json()
    assert hook["secret"].startswith("whsec_") and len(base64.b64decode(hook["secret"][6:])) == 32
    listed = api.get("/v1/webhooks", role="admin").json()["items"]
    assert listed == [{k: v for k, v in hook.items() if k != "secret"}]
    assert hook["secret"] not in api.get("/v1/webhooks", role="admin").text
    assert make(api).json()["secret"] != hook["secret"]


def test_delete_ends_a_subscription_once(api: Api) -> None:
    hook = make(api).json()
    path = f"/v1/webhooks/{hook['id']}"
    assert api.client.delete(path, headers=api.keys["admin"]).status_code == 204
    again = api.client.delete(path, headers=api.keys["admin"])
    assert again.status_code == 404 and again.json()["code"] == "not_found"
    assert api.get("/v1/webhooks", role="admin").json()["items"] == []
    assert api.get(f"{path}/deliveries", role="admin").status_code == 404


@pytest.mark.parametrize("role", ["agent", "supervisor", "manager", "storefront", "finance"])
def test_only_admins_manage_webhooks(api: Api, role: str) -> None:
    hook = make(api).json()
    assert api.post("/v1/webhooks", {"url": URL, "events": ["*"]}, role=role).status_code == 403
    assert api.get("/v1/webhooks", role=role).status_code == 403
    assert api.get(f"/v1/webhooks/{hook['id']}/deliveries", role=role).status_code == 403
    assert api.client.delete(f"/v1/webhooks/{hook['id']}", headers=api.keys[role]).status_code == 403
    assert len(api.get("/v1/webhooks", role="admin").json()["items"]) == 1


@pytest.mark.parametrize(
    "body",
    [
        {"url": "http://hooks.example.com/x", "events": ["*"]},  # plain http off loopback
        {"url": "ftp://127.0.0.1/x", "events": ["*"]},
        {"url": "https://", "events": ["*"]},
        {"url": URL, "events": []},
        {"url": URL, "events": ["ticket.exploded"]},
        {"url": URL},
        {"url": URL, "events": ["*"], "secret": "whsec_mine"},
        {"url": URL, "events": "*"},
        # Whitespace and characters outside printable ASCII, whichever regex dialect
        # reads the schema's pattern (U+0085 and U+00A0 are `\s` in Python only).
        {"url": "https://hooks.example.com/a b", "events": ["*"]},
        {"url": "https://hooks.example.com/\u0085", "events": ["*"]},
        {"url": "https://hooks.example.com/\u00a0", "events": ["*"]},
        {"url": "https://hooks.example.com/中文", "events": ["*"]},
        {"url": "http://127.0.0.1/\x7f", "events": ["*"]},
    ],
)
def test_bad_subscriptions_are_422_and_make_nothing(api: Api, body: dict[str, Any]) -> None:
    r = api.post("/v1/webhooks", body, role="admin")
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    assert api.get("/v1/webhooks", role="admin").json()["items"] == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9000/hooks",
        "http://localhost/x",
        "http://[::1]:80/",
        "http://localhost/%E4%B8%AD?a=b&c",
    ],
)
def test_plain_http_is_for_loopback_receivers(api: Api, url: str) -> None:
    assert make(api, url=url).status_code == 201


def test_unknown_subscriptions_and_deliveries_are_404(api: Api) -> None:
    hook = make(api).json()
    assert api.get("/v1/webhooks/wh_0000000000000000/deliveries", role="admin").status_code == 404
    r = api.post(f"/v1/webhooks/{hook['id']}/deliveries/99/retry", role="admin")
    assert r.status_code == 404
    assert api.post("/v1/webhooks/wh_0000000000000000/deliveries/1/retry", role="admin").status_code == 404
    assert api.get("/v1/webhooks/not-an-id/deliveries", role="admin").status_code == 422
    assert api.post(f"/v1/webhooks/{hook['id']}/deliveries/0/retry", role="admin").status_code == 422
