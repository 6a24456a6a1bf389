"""The outbox as the feed shows it: every ticket event, pickups and customer
notifications, in commit order (api.md "Events and webhooks")."""

from __future__ import annotations

from typing import Any, get_args

import pytest

from aftersales_api.schemas import EventType
from aftersales_api.services import outbox

from ..factories import CUSTOMER, Api, another_return, inspection_body, merge, return_body

ADDRESS = "上海市浦东新区世纪大道100号 8楼"


def feed(api: Api, **params: Any) -> list[dict[str, Any]]:
    r = api.get("/v1/events", limit=200, **params)
    assert r.status_code == 200, r.text
    return list(r.json()["items"])


def quality_return(api: Api) -> dict[str, Any]:
    """A quality defect (company side: picked up) by a customer with an address."""
    body = return_body(
        reason="quality_defect",
        evidence=[{"type": "inspection_report"}],
        customer=merge(CUSTOMER, {"address": ADDRESS}),
    )
    return api.create(body)


def refund_story(api: Api) -> dict[str, Any]:
    """Created, verified (pickup), inspected, refunded, paid, confirmed, closed."""
    t = api.trigger(quality_return(api), "verify")
    r = api.post(f"/v1/tickets/{t['number']}/inspections", inspection_body(), role="warehouse")
    assert r.status_code == 201, r.text
    t = api.trigger(t, "resolve", {"resolution": {"type": "refund"}})
    t = api.pay_out(t)
    t = api.trigger(t, "confirm", role="storefront")
    return api.close(t)


def test_the_published_types_are_the_documented_ones() -> None:
    assert set(outbox.TYPES) == set(get_args(EventType))


def test_a_return_story_is_published_in_order_with_pickup_and_notifications(api: Api) -> None:
    t = refund_story(api)
    items = feed(api)
    assert [e["position"] for e in items] == list(range(1, len(items) + 1))
    assert all(e["id"] == f"evt_{e['position']}" and e["ticket"] == t["number"] for e in items)
    trail = [e["type"] for e in items if e["type"] not in ("customer.notification", "pickup.requested")]
    assert trail == [
        "ticket.created",
        "ticket.verified",
        "ticket.inspected",
        "ticket.resolved",
        "approval.recorded",
        "approval.recorded",
        "payment.recorded",
        "ticket.confirmed",
        "survey.recorded",
        "ticket.closed",
    ]
    seqs = [e["data"]["seq"] for e in items if e["type"] in trail]
    assert seqs == sorted(seqs) and seqs == [
        e["seq"] for e in api.get(f"/v1/tickets/{t['number']}/events").json()["items"]
    ]

    (pickup,) = [e for e in items if e["type"] == "pickup.requested"]
    assert pickup["data"]["rma"] == t["number"]
    assert pickup["data"]["address"] == ADDRESS
    assert pickup["data"]["items"] == [{"sku": "SKU-1", "name": "Kettle", "quantity": 1}]
    assert pickup["data"]["contact"] == {"name": CUSTOMER["name"], "phone": CUSTOMER["phone"]}

    notes = [e["data"] for e in items if e["type"] == "customer.notification"]
    assert [n["template"] for n in notes] == [
        "received",
        "verified",
        "pickup",
        "inspection_passed",
        "resolved_amount",
        "paid",
        "closed",
    ]
    assert all(n["channel"] == "sms" and n["to"] == CUSTOMER["phone"] for n in notes)
    received, _, booked, _, resolved, paid, closed = (n["messages"] for n in notes)
    assert t["number"] in received["zh"] and t["number"] in received["en"]
    assert ADDRESS in booked["zh"] and ADDRESS in booked["en"]
    # The refund (a quality defect: no fee) and the ticket's number, in both languages.
    for lang in ("zh", "en"):
        assert "199.00" in resolved[lang] and t["number"] in resolved[lang]
        assert "199.00" in paid[lang]
    assert "退款" in resolved["zh"] and "refund" in resolved["en"]
    assert "评价" in closed["zh"] and "tell us how we did" in closed["en"]


def test_a_rejection_tells_the_customer_the_rules_message(api: Api) -> None:
    late = return_body(
        order={
            "id": "O-9",
            "invoice_date": "2026-11-01",
            "payments": [{"method": "cash", "amount": "199.00"}],
        }
    )
    t = api.create(late)
    window = next(e for e in t["decision"]["trace"] if e["code"] == "WINDOW_RETURN")
    api.trigger(t, "reject", {"code": "WINDOW_RETURN", "note": "22 days"}, role="supervisor")
    (note,) = [
        e["data"] for e in feed(api, type="customer.notification") if e["data"]["template"] == "rejected"
    ]
    assert window["message"] in note["messages"]["en"] and window["message_zh"] in note["messages"]["zh"]
    assert "22 days" in note["messages"]["en"] and t["number"] in note["messages"]["zh"]


def test_email_when_no_phone_is_known(api: Api) -> None:
    api.create(return_body(customer={"id": "C-2", "email": "li@example.com"}))
    (note,) = feed(api, type="customer.notification")
    assert (note["data"]["channel"], note["data"]["to"]) == ("email", "li@example.com")


def test_a_resumed_reader_sees_each_event_once(api: Api) -> None:
    for n in range(3):
        api.create(another_return(n))
    first = api.get("/v1/events", limit=4).json()
    assert len(first["items"]) == 4
    rest = api.get("/v1/events", after=first["next_cursor"], limit=200).json()
    positions = [e["position"] for e in first["items"] + rest["items"]]
    assert positions == list(range(1, 7))
    again = api.get("/v1/events", after=rest["next_cursor"]).json()
    assert again == {"items": [], "next_cursor": rest["next_cursor"]}
    created = feed(api, type="ticket.created")
    assert [e["type"] for e in created] == ["ticket.created"] * 3


def test_a_deadline_sweep_is_published_as_breached_and_escalated(api: Api, env: Any, clock: Any) -> None:
    from aftersales_api.services.sweep import sweep

    t = api.create(return_body())
    clock.advance(days=10)
    assert len(sweep(env)) == 1
    kinds = [e["type"] for e in feed(api) if e["ticket"] == t["number"]]
    assert kinds[-3:] == ["deadline.breached", "ticket.escalated", "customer.notification"]


def test_a_first_contact_resolution_notifies_the_closing_only(api: Api) -> None:
    body = return_body(
        kind="inquiry", channel="phone", order=None, items=[], reason=None, package_state=None, kept=None
    )
    body["first_contact_resolution"] = {"resolution": "explanation", "note": "explained"}
    body.pop("outer_packaging_intact")
    t = api.create(body)
    items = feed(api)
    assert [e["type"] for e in items] == [
        "ticket.created",
        "ticket.verified",
        "ticket.resolved",
        "ticket.confirmed",
        "ticket.closed",
        "customer.notification",
    ]
    assert items[-1]["data"]["template"] == "closed" and t["state"] == "closed"


@pytest.mark.parametrize("role", ["storefront", "warehouse", "finance"])
def test_the_feed_is_for_agents_and_admins(api: Api, role: str) -> None:
    assert api.get("/v1/events", role=role).status_code == 403
    assert api.get("/v1/events", role="admin").status_code == 200


@pytest.mark.parametrize(
    "params", [{"after": "-1"}, {"after": "x"}, {"type": "ticket.exploded"}, {"limit": "0"}, {"since": "1"}]
)
def test_bad_feed_queries_are_422(api: Api, params: dict[str, str]) -> None:
    r = api.get("/v1/events", **params)
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
