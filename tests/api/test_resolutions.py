"""Every way money once left against the policy, now answered as policy.md says."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from aftersales_api.services.sweep import sweep

from ..factories import (
    PAID,
    Api,
    compensation_claim,
    complaint_body,
    eligibility_body,
    failing,
    inspection_body,
    return_body,
)

SH = ZoneInfo("Asia/Shanghai")
REPORT = {"cause": "loose wire", "fix": "resoldered", "parts": []}


def order(invoice_date: str, payments: list[dict[str, str]] | None = None, **over: Any) -> dict[str, Any]:
    return {
        "id": "O-7",
        "invoice_date": invoice_date,
        "payments": PAID if payments is None else payments,
        **over,
    }


def resolve(api: Api, t: dict[str, Any], **resolution: Any) -> Any:
    return api.post(f"/v1/tickets/{t['number']}/resolve", {"resolution": resolution})


def tickets_written(api: Api) -> int:
    return len(api.get("/v1/tickets", role="admin").json()["items"])


def test_an_exchange_on_day_12_is_not_refunded(api: Api) -> None:
    t = api.create(return_body(kind="exchange", reason="wrong_item", order=order("2026-11-11")))
    assert t["decision"]["days_since_invoice"] == 12
    t = api.trigger(t, "verify")
    api.post(f"/v1/tickets/{t['number']}/inspections", inspection_body(), role="warehouse")
    r = resolve(api, t, type="refund")
    assert failing(r) == ["RESOLUTION_TYPES"]
    assert "only up to day 7" in r.json()["detail"]
    assert api.trigger(t, "resolve", {"resolution": {"type": "exchange"}})["state"] == "resolved"


def test_an_exchange_on_day_7_may_still_be_refunded_in_full(api: Api) -> None:
    t = api.create(return_body(kind="exchange", reason="wrong_item", order=order("2026-11-16")))
    t = api.trigger(t, "verify")
    assert failing(resolve(api, t, type="refund")) == ["INSPECTION"]
    api.post(f"/v1/tickets/{t['number']}/inspections", inspection_body(), role="warehouse")
    t = api.trigger(t, "resolve", {"resolution": {"type": "refund"}})
    assert t["resolution"]["amount"] == "199.00" and t["payments"][0]["amount"] == "199.00"


@pytest.mark.parametrize(
    ("resolution", "code"),
    [
        ({"type": "refund", "amount": "300.00"}, "RESOLUTION_TYPES"),
        ({"type": "partial_refund", "amount": "300.00"}, "RESOLUTION_TYPES"),
        ({"type": "compensation", "amount": "300.00"}, "COMPENSATION_APPROVAL"),
        ({"type": "invoice_reissue"}, "RESOLUTION_TYPES"),
        ({"type": "explanation", "amount": "300.00"}, "RESOLUTION_TYPES"),
    ],
)
def test_a_complaint_pays_only_as_approved_compensation(
    api: Api, resolution: dict[str, Any], code: str
) -> None:
    t = compensation_claim(api)
    r = resolve(api, t, **resolution)
    assert code in failing(r)
    assert r.json()["code"] == "rule_violation"
    after = api.get(f"/v1/tickets/{t['number']}").json()
    assert (after["version"], after["state"], after["payments"]) == (t["version"], "verified", [])


@pytest.mark.parametrize("kind", ["compensation", "refund", "exchange", "repair"])
def test_a_first_contact_resolution_never_pays(api: Api, kind: str) -> None:
    body = complaint_body(channel="phone", first_contact_resolution={"resolution": kind, "note": "sorted"})
    r = api.post("/v1/tickets", body)
    assert "NO_FIRST_CONTACT_MONEY" in failing(r)
    assert tickets_written(api) == 0


def test_an_out_of_warranty_repair_needs_a_quote(api: Api) -> None:
    t = api.create(return_body(kind="repair", reason="quality_defect", order=order("2025-10-20")))
    assert t["decision"]["days_since_invoice"] == 399 and t["decision"]["warranty"] is False
    t = api.trigger(t, "verify")
    assert failing(resolve(api, t, type="repair", **REPORT)) == ["REPAIR_QUOTE"]


def test_a_repair_ticket_is_not_refunded_outside_the_return_window(api: Api) -> None:
    t = api.trigger(
        api.create(return_body(kind="repair", reason="quality_defect", order=order("2025-10-20"))), "verify"
    )
    r = resolve(api, t, type="refund", amount="0.00")
    assert "RESOLUTION_TYPES" in failing(r)
    assert (
        api.get("/v1/reports/monthly", role="supervisor", month="2026-11").json()["refunds_total"] == "0.00"
    )


def test_a_repair_ticket_in_the_return_window_may_be_refunded(api: Api) -> None:
    t = api.trigger(
        api.create(return_body(kind="repair", reason="quality_defect", order=order("2026-11-20"))), "verify"
    )
    t = api.trigger(t, "resolve", {"resolution": {"type": "refund"}})
    assert t["resolution"]["amount"] == "199.00" and t["payments"][0]["status"] == "requested"


def test_a_repair_resolution_needs_its_service_report(api: Api) -> None:
    t = api.trigger(
        api.create(return_body(kind="repair", reason="quality_defect", order=order("2026-08-01"))), "verify"
    )
    r = resolve(api, t, type="repair", note="fixed")
    assert failing(r) == ["REPAIR_REPORT"]
    assert api.trigger(t, "resolve", {"resolution": {"type": "repair", **REPORT}})["state"] == "resolved"


@pytest.mark.parametrize(
    ("payments", "goods"),
    [
        ([{"method": "cash", "amount": "100.00"}, {"method": "store_card", "amount": "50.00"}], "199.00"),
        ([{"method": "cash", "amount": "1.00"}], "1000.00"),
        ([], "199.00"),
    ],
)
def test_payments_must_cover_the_goods(api: Api, payments: list[dict[str, str]], goods: str) -> None:
    items = [{"sku": "SKU-1", "name": "Kettle", "quantity": 1, "unit_price": goods}]
    r = api.post(
        "/v1/tickets", return_body(order=order("2026-11-20", payments), items=items), role="storefront"
    )
    assert r.status_code == 422 and r.json()["code"] == "validation"
    assert [e["code"] for e in r.json()["trace"] if e["outcome"] == "fail"] == ["PAYMENTS_COVER"]
    assert tickets_written(api) == 0


def test_refund_parts_never_exceed_what_each_method_paid(api: Api) -> None:
    payments = [{"method": "cash", "amount": "100.00"}, {"method": "store_card", "amount": "99.00"}]
    t = api.trigger(api.create(return_body(order=order("2026-11-20", payments))), "verify")
    api.post(f"/v1/tickets/{t['number']}/inspections", inspection_body(), role="warehouse")
    t = api.trigger(t, "resolve", {"resolution": {"type": "refund"}})
    parts = t["resolution"]["refund_parts"]
    assert parts == [
        {"method": "cash", "amount": "90.00", "document": "invoice"},
        {"method": "store_card", "amount": "89.10", "document": "receipt"},
    ]
    assert parts == t["payments"][0]["parts"]


def test_one_claim_per_order_line(api: Api) -> None:
    first = api.trigger(api.create(return_body()), "verify")
    second = api.create(return_body())
    assert second["decision"]["eligible"] is False
    dup = next(e for e in second["decision"]["trace"] if e["code"] == "DUPLICATE_CLAIM")
    assert (
        dup["outcome"] == "fail"
        and first["number"] in dup["message"]
        and first["number"] in dup["message_zh"]
    )
    r = api.post(f"/v1/tickets/{second['number']}/verify", {})
    assert "DUPLICATE_CLAIM" in failing(r)
    third = api.create(return_body(kind="exchange", reason="wrong_item"))
    assert "DUPLICATE_CLAIM" in [e["code"] for e in third["decision"]["trace"] if e["outcome"] == "fail"]
    # Rejecting the duplicate uses its rule code; cancelling the first frees the line.
    api.trigger(second, "reject", {"code": "DUPLICATE_CLAIM", "note": "see the first"}, role="supervisor")
    api.trigger(first, "cancel", role="storefront")
    assert api.trigger(third, "verify")["state"] == "verified"


def test_an_order_line_of_two_takes_two_claims(api: Api) -> None:
    item = {"sku": "SKU-1", "name": "Kettle", "quantity": 1, "unit_price": "99.50", "ordered_quantity": 2}
    body = return_body(items=[item])
    first, second, third = (api.create(body) for _ in range(3))
    assert (first["decision"]["eligible"], second["decision"]["eligible"]) == (True, True)
    assert third["decision"]["eligible"] is False
    assert first["items"][0]["ordered_quantity"] == 2
    too_many = api.post("/v1/tickets", return_body(items=[{**item, "quantity": 3}]), role="storefront")
    assert too_many.status_code == 422 and too_many.json()["code"] == "validation"


def test_other_order_lines_and_repairs_are_not_duplicates(api: Api) -> None:
    api.create(return_body())
    other_sku = {"sku": "SKU-2", "name": "Lid", "quantity": 1, "unit_price": "199.00"}
    assert api.create(return_body(items=[other_sku]))["decision"]["eligible"] is True
    repair = api.create(return_body(kind="repair", reason="quality_defect"))
    assert "DUPLICATE_CLAIM" not in [e["code"] for e in repair["decision"]["trace"]]


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"invoice_date": "2027-01-19"}, "lies in the future"),
        ({"invoice_date": "2026-11-16", "request_date": "2026-11-15"}, "is before the invoice date"),
    ],
)
def test_eligibility_refuses_impossible_dates(api: Api, over: dict[str, str], message: str) -> None:
    r = api.post("/v1/eligibility", eligibility_body(**over), role="storefront")
    assert r.status_code == 422 and r.json()["code"] == "validation"
    assert message in r.json()["detail"]
    assert [e["code"] for e in r.json()["trace"]] == ["DATES_VALID"]


def test_a_ticket_with_an_invoice_from_the_future_is_refused(api: Api) -> None:
    r = api.post("/v1/tickets", return_body(order=order("2026-11-24")), role="storefront")
    assert r.status_code == 422 and r.json()["code"] == "validation"
    assert r.json()["trace"][0]["code"] == "DATES_VALID"
    assert tickets_written(api) == 0
    assert api.create(return_body(order=order("2026-11-23")))["decision"]["days_since_invoice"] == 0


def test_one_lapse_raises_one_level(api: Api, env: Any, clock: Any) -> None:
    t = api.create(return_body(kind="repair", reason="quality_defect"))
    assert t["due"]["first_response"] == t["due"]["verify"]
    clock.advance(hours=24, seconds=1)
    (done,) = sweep(env)
    assert (done.deadlines, done.level_from, done.level_to) == (
        ("first_response", "verify"),
        "agent",
        "supervisor",
    )
    t = api.get(f"/v1/tickets/{t['number']}").json()
    assert t["level"] == "supervisor"
    events = api.get(f"/v1/tickets/{t['number']}/events").json()["items"]
    escalated = [e for e in events if e["type"] == "escalated"]
    assert len(escalated) == 1
    assert escalated[0]["data"]["deadlines"] == ["first_response", "verify"]
    assert set(escalated[0]["data"]["due"]) == {"first_response", "verify"}
    assert sweep(env) == []


def close_complaint(api: Api, t: dict[str, Any]) -> None:
    for step in ("verify", "resolve", "confirm"):
        body = {"resolution": {"type": "explanation"}} if step == "resolve" else {}
        t = api.trigger(t, step, body, role="supervisor")
    api.close(t)


def test_resolution_rate_is_of_the_month_received(api: Api, clock: Any) -> None:
    clock.now = datetime(2026, 10, 30, 10, 0, tzinfo=SH)
    october = [api.create(complaint_body()) for _ in range(2)]
    clock.now = datetime(2026, 11, 10, 10, 0, tzinfo=SH)
    november = api.create(complaint_body())
    for t in (*october, november):
        close_complaint(api, t)
    clock.now = datetime(2026, 12, 2, 10, 0, tzinfo=SH)
    nov = api.get("/v1/reports/monthly", role="supervisor", month="2026-11").json()
    assert (nov["received"], nov["closed"], nov["resolution_rate"]) == (1, 3, 1.0)
    oct_ = api.get("/v1/reports/monthly", role="supervisor", month="2026-10").json()
    assert (oct_["received"], oct_["closed"], oct_["resolution_rate"]) == (2, 0, 0.0)
