"""api.md "Conventions", limits and faults: every input that once gave a 500 or was
accepted against the schema is a 4xx problem document that writes nothing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from aftersales_api.services import idempotency
from aftersales_api.services.sweep import sweep

from ..factories import Api, complaint_body, inspection_body, return_body

NUL = "a\x00b"


def problem(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = dict(r.json())
    assert body["code"] == code and body["status"] == status and body["instance"]
    return body


def nothing_written(api: Api) -> None:
    assert api.get("/v1/tickets", role="admin").json()["items"] == []


@pytest.mark.parametrize(
    "over",
    [
        {"customer": {"id": NUL}},
        {"description": NUL},
        {"customer": {"id": "C-1", "name": NUL}},
        {"items": [{"sku": NUL, "name": "Kettle", "quantity": 1, "unit_price": "199.00"}]},
        {"evidence": [{"type": "photos", "url": NUL}]},
    ],
)
def test_a_nul_in_any_body_string_is_refused(api: Api, over: dict[str, Any]) -> None:
    problem(api.post("/v1/tickets", return_body(**over), role="storefront"), 422, "validation")
    nothing_written(api)


def test_a_nul_in_queries_and_paths_is_refused(api: Api) -> None:
    problem(api.get("/v1/tickets", customer_id=NUL), 422, "validation")
    problem(api.get("/v1/tickets", owner=NUL), 422, "validation")
    problem(api.get("/v1/tickets/AS-1%00"), 422, "validation")
    problem(api.post("/v1/tickets/AS-1%00/verify", {}), 422, "validation")
    t = api.create(return_body())
    problem(
        api.post(f"/v1/tickets/{t['number']}/assign", {"owner": NUL}, role="supervisor"), 422, "validation"
    )
    assert api.get(f"/v1/tickets/{t['number']}").json()["version"] == t["version"]


@pytest.mark.parametrize("month", ["0001-01", "9999-12", "1899-12", "3000-01", "2026-13", "２０２６-11"])
def test_report_months_outside_the_years_are_refused(api: Api, month: str) -> None:
    problem(api.get("/v1/reports/monthly", role="supervisor", month=month), 422, "validation")


@pytest.mark.parametrize(
    "value",
    ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-01:00", "3000-01-01T00:00:00+00:00", "2026", "x"],
)
def test_list_timestamps_outside_the_years_are_refused(api: Api, value: str) -> None:
    for name in ("created_from", "created_to", "due_before"):
        problem(api.get("/v1/tickets", **{name: value}), 422, "validation")


def test_a_naive_list_timestamp_is_refused(api: Api) -> None:
    problem(api.get("/v1/tickets", created_from="2026-11-23T10:00:00"), 422, "validation")


@pytest.mark.parametrize(
    "order",
    [
        {"id": "O-1", "invoice_date": "2026-11-20", "delivered_at": "9999-01-01T00:00:00+08:00"},
        {"id": "O-1", "invoice_date": "1899-12-31"},
        {"id": "O-1", "invoice_date": "20261120"},
        {"id": "O-1", "invoice_date": "2026-11-20", "delivered_at": 1763600000},
        {"id": "O-1", "invoice_date": "2026-11-20", "delivered_at": "2026-11-20T10:00:00"},
    ],
)
def test_dates_and_timestamps_in_bodies(api: Api, order: dict[str, Any]) -> None:
    body = return_body(order={**order, "payments": [{"method": "cash", "amount": "199.00"}]})
    problem(api.post("/v1/tickets", body, role="storefront"), 422, "validation")
    nothing_written(api)


def test_a_remedy_deadline_at_the_end_of_time_is_refused(api: Api) -> None:
    t = api.create(complaint_body())
    plan = {"steps": ["retrain"], "deadline": "9999-12-31", "responsible": "Wang"}
    problem(api.post(f"/v1/tickets/{t['number']}/remedy", plan), 422, "validation")
    assert api.get(f"/v1/tickets/{t['number']}").json()["version"] == t["version"]


@pytest.mark.parametrize(
    ("quantity", "price"),
    [(100000, "999999999999.99"), (100000, "9999999999.99"), (2, "9999999999.99"), (1, "199.001"), (1, 199)],
)
def test_amounts_beyond_the_limit_are_refused(api: Api, quantity: int, price: Any) -> None:
    items = [{"sku": "S", "name": "Kettle", "quantity": quantity, "unit_price": price}]
    payments = [{"method": "cash", "amount": "9999999999.99"}]
    body = return_body(items=items, order={"id": "O-1", "invoice_date": "2026-11-20", "payments": payments})
    problem(api.post("/v1/tickets", body, role="storefront"), 422, "validation")
    nothing_written(api)


def test_the_largest_amount_is_accepted_and_reported(api: Api) -> None:
    items = [{"sku": "S", "name": "Safe", "quantity": 1, "unit_price": "9999999999.99"}]
    payments = [{"method": "transfer", "amount": "9999999999.99"}]
    order = {"id": "O-1", "invoice_date": "2026-11-20", "payments": payments}
    t = api.trigger(api.create(return_body(items=items, order=order)), "verify")
    api.post(f"/v1/tickets/{t['number']}/inspections", inspection_body(), role="warehouse")
    t = api.trigger(t, "resolve", {"resolution": {"type": "refund"}})
    assert t["resolution"]["amount"] == "8999999999.99"
    report = api.get("/v1/reports/monthly", role="supervisor", month="2026-11").json()
    assert report["refunds_total"] == "8999999999.99"


@pytest.mark.parametrize("cursor", ["١٢٣", "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA", "YQ", "!!", "MQ" * 300])
def test_event_cursors_are_only_ours(api: Api, cursor: str) -> None:
    t = api.create(return_body())
    problem(api.get(f"/v1/tickets/{t['number']}/events", cursor=cursor), 422, "validation")


def test_list_cursors_are_only_ours(api: Api) -> None:
    import base64

    forged = base64.urlsafe_b64encode(b"2026-11-23T02:00:00+00:00|x\x00y").decode().rstrip("=")
    problem(api.get("/v1/tickets", cursor=forged), 422, "validation")
    year_one = base64.urlsafe_b64encode(b"0001-01-01T00:00:00|" + b"0" * 36).decode().rstrip("=")
    problem(api.get("/v1/tickets", cursor=year_one), 422, "validation")


@pytest.mark.parametrize(
    ("field", "value"), [("outer_packaging_intact", 0), ("outer_packaging_intact", "yes"), ("onsite", 1)]
)
def test_booleans_are_json_booleans(api: Api, field: str, value: Any) -> None:
    problem(api.post("/v1/tickets", return_body(**{field: value}), role="storefront"), 422, "validation")
    nothing_written(api)


@pytest.mark.parametrize("score", ["5", 4.5, True])
def test_integers_are_json_integers(api: Api, score: Any) -> None:
    t = api.trigger(api.create(complaint_body()), "verify", role="supervisor")
    t = api.trigger(t, "resolve", {"resolution": {"type": "explanation"}})
    problem(
        api.post(f"/v1/tickets/{t['number']}/survey", {"score": score}, role="storefront"), 422, "validation"
    )


def test_a_body_that_is_not_utf8_is_a_validation_problem(api: Api) -> None:
    r = api.client.post(
        "/v1/tickets",
        content=b'{"kind": "\xff\xfe"}',
        headers={**api.keys["storefront"], "content-type": "application/json"},
    )
    problem(r, 422, "validation")


def test_protocol_answers_carry_their_headers(api: Api) -> None:
    r = api.client.delete("/v1/tickets", headers=api.keys["agent"])
    assert problem(r, 405, "method_not_allowed") and "GET" in r.headers["allow"]
    r = api.client.get("/v1/tickets")
    problem(r, 401, "unauthenticated")
    assert r.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    ("if_match", "status"),
    [
        ("*", 200),
        ('"1"', 200),
        ('"0", "1"', 200),
        ('W/"1"', 412),
        ('"2"', 412),
        ('"1', 422),
        ("1", 422),
    ],
)
def test_if_match_compares_strongly(api: Api, if_match: str, status: int) -> None:
    t = api.create(return_body())
    r = api.post(f"/v1/tickets/{t['number']}/verify", {}, If_Match=if_match)
    assert r.status_code == status, r.text
    if status != 200:
        assert api.get(f"/v1/tickets/{t['number']}").json()["version"] == 1


def test_bodies_over_the_limit_are_refused_before_they_are_read(api: Api) -> None:
    big = return_body(description="x" * 3000)
    big["evidence"] = [{"type": "photos", "url": "u" * 1990}] * 50
    ok = api.post("/v1/tickets", return_body(), role="storefront")
    assert ok.status_code == 201
    r = api.client.post(
        "/v1/tickets",
        content=b"{" + b" " * (1024 * 1024) + b"}",
        headers={**api.keys["storefront"], "content-type": "application/json"},
    )
    problem(r, 413, "too_large")


def test_idempotency_keys_are_forgotten_after_their_retention(api: Api, env: Any, clock: Any) -> None:
    first = api.post("/v1/tickets", return_body(), role="storefront", Idempotency_Key="k-1")
    again = api.post("/v1/tickets", return_body(), role="storefront", Idempotency_Key="k-1")
    assert first.json()["number"] == again.json()["number"]
    clock.advance(hours=24, seconds=1)
    later = api.post("/v1/tickets", return_body(), role="storefront", Idempotency_Key="k-1")
    assert later.status_code == 201 and later.json()["number"] != first.json()["number"]
    clock.advance(hours=25)
    api.post("/v1/tickets", return_body(), role="storefront", Idempotency_Key="k-2")
    clock.advance(hours=1)
    sweep(env)  # the sweep purges what is past retention, and nothing younger
    assert idempotency.purge(env) == 0
    with env.db.read() as session:
        from sqlalchemy import select

        keys = sorted(session.scalars(select(idempotency.RECORDS.c.key)))
    assert keys == ["k-2"]
    assert timedelta(hours=env.settings.idempotency_retention_hours) == timedelta(hours=24)


def test_unknown_query_parameters_are_refused(api: Api) -> None:
    body = problem(api.get("/v1/tickets", overdue_="true"), 422, "validation")
    assert "overdue_" in body["detail"] and "overdue" in body["detail"]
    problem(
        api.get("/v1/reports/monthly", role="supervisor", month="2026-11", format="csv"), 422, "validation"
    )
    assert api.get("/v1/tickets", overdue="true", limit=5).status_code == 200
