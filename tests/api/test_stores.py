"""Who sees what: a storefront key sees its own store's tickets only; warehouse, finance
and product-manager keys see the customer's phone and e-mail masked."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from aftersales_api.services import keys

from ..factories import CUSTOMER, Api, return_body

# Every write a storefront key may make on a ticket, with a body the schema accepts.
STOREFRONT_WRITES = [
    ("confirm", {}),
    ("appeal", {"note": "x"}),
    ("cancel", {}),
    ("escalate", {"trigger": "customer_unsatisfied"}),
    ("survey", {"score": 5}),
    ("quotes/1/decision", {"accepted": True}),
]


@pytest.fixture
def stores(env: Any, client: TestClient) -> dict[str, dict[str, str]]:
    return {
        store: {"Authorization": f"Bearer {keys.create(env, 'storefront', f'shop-{store}', store)}"}
        for store in ("north", "south")
    }


def test_a_storefront_key_reaches_only_its_own_store(
    api: Api, client: TestClient, stores: dict[str, dict[str, str]]
) -> None:
    north = client.post("/v1/tickets", json=return_body(), headers=stores["north"]).json()
    assert north["store"] == "north"
    south = client.post(
        "/v1/tickets",
        json=return_body(order={**return_body()["order"], "id": "O-S"}),
        headers=stores["south"],
    ).json()
    for ref in (north["number"], north["id"]):
        assert client.get(f"/v1/tickets/{ref}", headers=stores["south"]).status_code == 404
        assert client.get(f"/v1/tickets/{ref}/events", headers=stores["south"]).status_code == 404
    for path, body in STOREFRONT_WRITES:
        r = client.post(f"/v1/tickets/{north['number']}/{path}", json=body, headers=stores["south"])
        assert r.status_code == 404, (path, r.text)
        assert r.json()["code"] == "not_found"
    assert client.get(f"/v1/tickets/{north['number']}", headers=stores["north"]).json()["version"] == 1
    listed = {
        store: [t["number"] for t in client.get("/v1/tickets", headers=h).json()["items"]]
        for store, h in stores.items()
    }
    assert listed == {"north": [north["number"]], "south": [south["number"]]}
    # Agents see every store, and may filter nothing away by accident.
    assert len(api.get("/v1/tickets").json()["items"]) == 2


def test_agents_open_tickets_for_a_store_and_storefronts_only_for_their_own(
    api: Api, client: TestClient, stores: dict[str, dict[str, str]]
) -> None:
    assert api.create(return_body(store="north"), role="agent")["store"] == "north"
    assert (
        api.create(return_body(order={**return_body()["order"], "id": "O-2"}), role="agent")["store"]
        == "default"
    )
    r = client.post("/v1/tickets", json=return_body(store="south"), headers=stores["north"])
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    assert api.post("/v1/tickets", return_body(store="bad store"), role="agent").status_code == 422


def test_store_keys_are_created_for_storefronts_only(env: Any) -> None:
    from aftersales_api.core.errors import Invalid

    with pytest.raises(Invalid, match="Only storefront keys"):
        keys.create(env, "agent", "a-1", "north")
    with pytest.raises(Invalid, match="store's name"):
        keys.create(env, "storefront", "s-1", "no spaces")


@pytest.mark.parametrize(
    ("role", "phone", "email"),
    [
        ("warehouse", "138****0000", "z***@example.com"),
        ("finance", "138****0000", "z***@example.com"),
        ("product_manager", "138****0000", "z***@example.com"),
        ("agent", CUSTOMER["phone"], CUSTOMER["email"]),
        ("supervisor", CUSTOMER["phone"], CUSTOMER["email"]),
        ("admin", CUSTOMER["phone"], CUSTOMER["email"]),
        ("storefront", CUSTOMER["phone"], CUSTOMER["email"]),
    ],
)
def test_contact_details_are_masked_for_back_office_roles(
    api: Api, role: str, phone: str, email: str
) -> None:
    t = api.create(return_body())
    for seen in (
        api.get(f"/v1/tickets/{t['number']}", role=role).json(),
        api.get("/v1/tickets", role=role).json()["items"][0],
    ):
        assert (seen["customer"]["phone"], seen["customer"]["email"]) == (phone, email)
        assert seen["customer"]["id"] == CUSTOMER["id"]


def test_a_warehouse_write_answers_with_the_masked_ticket(api: Api) -> None:
    t = api.trigger(api.create(return_body()), "verify")
    r = api.post(
        f"/v1/tickets/{t['number']}/inspections",
        {
            "inspector": "W",
            "invoice_returned": True,
            "outer_packaging_intact": True,
            "accessories_complete": True,
            "gifts_complete": True,
            "seal_intact": True,
        },
        role="warehouse",
    )
    assert r.json()["ticket"]["customer"]["phone"] == "138****0000"


CANARY_PHONE, CANARY_EMAIL, CANARY_KEY = "19999999999", "canary@leak.example", "idem-canary-77"


def test_no_request_parameters_or_personal_data_reach_the_logs(
    api: Api, env: Any, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Canary values on a success path, and on error paths where the database refuses a
    statement that carries them."""
    caplog.set_level(logging.DEBUG)
    customer = {**CUSTOMER, "phone": CANARY_PHONE, "email": CANARY_EMAIL}
    api.post("/v1/tickets", return_body(customer=customer), role="storefront", Idempotency_Key=CANARY_KEY)

    from aftersales_api.services import tickets as service

    def failing_insert(conn: Any, draft: Any, today: Any) -> str:
        # A statement the database rejects, with the canaries among its parameters.
        conn.execute(
            text("INSERT INTO no_such_table (a, b, c) VALUES (:a, :b, :c)"),
            {"a": CANARY_PHONE, "b": CANARY_EMAIL, "c": CANARY_KEY},
        )
        return ""

    monkeypatch.setattr(service, "_insert", failing_insert)
    r = api.post(
        "/v1/tickets", return_body(customer=customer), role="storefront", Idempotency_Key=CANARY_KEY + "2"
    )
    assert r.status_code in (500, 503)
    assert CANARY_PHONE not in r.text and CANARY_EMAIL not in r.text
    logged = caplog.text
    assert caplog.records, "the failure was logged"
    for canary in (CANARY_PHONE, CANARY_EMAIL, CANARY_KEY):
        assert canary not in logged
