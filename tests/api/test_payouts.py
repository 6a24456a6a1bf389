"""REFUND_SIGNOFF and REFUND_DUE: the signed refund request, its payment, and
everything that must be refused on the way."""

from __future__ import annotations

from typing import Any

import pytest

from ..factories import Api, compensation_claim, failing, inspection_body, return_body


def refunded(api: Api) -> dict[str, Any]:
    """A no-reason return, inspected and resolved as a refund of 179.10."""
    t = api.trigger(api.create(return_body()), "verify")
    r = api.post(f"/v1/tickets/{t['number']}/inspections", inspection_body(), role="warehouse")
    assert r.status_code == 201, r.text
    return api.trigger(t, "resolve", {"resolution": {"type": "refund"}})


def sign(api: Api, t: dict[str, Any], kind: str, role: str, **body: Any) -> Any:
    return api.post(f"/v1/tickets/{t['number']}/approvals", {"type": kind, **body}, role=role)


def pay(api: Api, t: dict[str, Any], role: str = "finance", **headers: str) -> Any:
    return api.post(f"/v1/tickets/{t['number']}/payments", {"reference": "BANK-42"}, role=role, **headers)


def test_full_refund_story(api: Api, clock: Any) -> None:
    t = api.trigger(api.create(return_body()), "verify")
    clock.advance(days=2)  # inspected Wednesday 2026-11-25 10:00 Shanghai
    api.post(f"/v1/tickets/{t['number']}/inspections", inspection_body(), role="warehouse")
    t = api.trigger(t, "resolve", {"resolution": {"type": "refund", "note": "fee applies"}})
    assert t["due"]["refund"] == "2026-11-30T02:00:00+00:00"  # 3 working days after the inspection
    (payout,) = t["payments"]
    assert {
        k: payout[k] for k in ("n", "type", "amount", "order_id", "methods", "reason", "sale", "status")
    } == {
        "n": 1,
        "type": "refund",
        "amount": "179.10",
        "order_id": "O-5001",
        "methods": ["cash"],
        "reason": "no_reason",
        "sale": "after_sale",
        "status": "requested",
    }
    assert payout["parts"] == [{"method": "cash", "amount": "179.10", "document": "invoice"}]

    early = sign(api, t, "manager_signoff", "manager")
    assert failing(early) == ["REFUND_SIGNOFF"]
    clock.advance(hours=1)
    assert sign(api, t, "supervisor_signoff", "supervisor").status_code == 201
    clock.advance(hours=1)
    t = sign(api, t, "manager_signoff", "manager").json()
    assert t["payments"][0]["supervisor_signoff"]["by"] == "supervisor"
    assert t["payments"][0]["manager_signoff"] == {"by": "manager", "at": "2026-11-25T04:00:00+00:00"}
    assert t["due"]["refund"] is not None

    clock.advance(days=1)
    r = pay(api, t)
    assert r.status_code == 201, r.text
    t = r.json()
    assert t["due"]["refund"] is None  # REFUND_DUE is met by the payment, not at close
    paid = t["payments"][0]
    assert (paid["status"], paid["reference"], paid["paid_by"]) == ("paid", "BANK-42", "finance")
    t = api.trigger(t, "confirm", role="storefront")
    t = api.close(t)
    assert t["state"] == "closed"

    events = api.get(f"/v1/tickets/{t['number']}/events").json()["items"]
    assert [e["type"] for e in events] == [
        "received",
        "verify",
        "inspection",
        "resolve",
        "approval",
        "approval",
        "payment",
        "confirm",
        "survey",
        "close",
    ]
    assert [e["data"]["type"] for e in events if e["type"] == "approval"] == [
        "supervisor_signoff",
        "manager_signoff",
    ]
    payment = events[6]["data"]
    assert (payment["amount"], payment["reference"], payment["parts"]) == ("179.10", "BANK-42", paid["parts"])


def test_a_ticket_with_an_unpaid_payout_does_not_close(api: Api) -> None:
    t = api.trigger(refunded(api), "confirm", role="storefront")
    r = api.post(f"/v1/tickets/{t['number']}/close", {})
    assert failing(r) == ["REFUND_DUE", "SURVEY_REQUIRED"]
    assert api.get(f"/v1/tickets/{t['number']}").json()["state"] == "confirmed"


@pytest.mark.parametrize(
    ("kind", "role"),
    [
        ("supervisor_signoff", "agent"),
        ("supervisor_signoff", "finance"),
        ("supervisor_signoff", "storefront"),
        ("manager_signoff", "supervisor"),
        ("manager_signoff", "general_manager"),
    ],
)
def test_signoffs_by_the_wrong_role_are_forbidden(api: Api, kind: str, role: str) -> None:
    t = refunded(api)
    assert sign(api, t, kind, role).status_code == 403
    assert api.get(f"/v1/tickets/{t['number']}").json()["version"] == t["version"]


def test_signing_twice_and_paying_twice_are_refused(api: Api) -> None:
    t = refunded(api)
    assert sign(api, t, "supervisor_signoff", "supervisor").status_code == 201
    again = sign(api, t, "supervisor_signoff", "manager")
    assert again.status_code == 409 and again.json()["code"] == "invalid_transition"
    assert sign(api, t, "manager_signoff", "manager").status_code == 201
    assert sign(api, t, "manager_signoff", "manager").status_code == 409
    assert pay(api, t).status_code == 201
    twice = pay(api, t)
    assert twice.status_code == 409 and "already been paid" in twice.json()["detail"]
    assert api.events(t).count("payment") == 1


def test_finance_pays_only_after_both_signoffs(api: Api) -> None:
    t = refunded(api)
    assert failing(pay(api, t)) == ["REFUND_SIGNOFF"]
    sign(api, t, "supervisor_signoff", "supervisor")
    assert failing(pay(api, t)) == ["REFUND_SIGNOFF"]
    for role in ("agent", "manager", "supervisor", "general_manager", "storefront"):
        assert pay(api, t, role=role).status_code == 403
    declined = sign(api, t, "manager_signoff", "manager", approved=False, note="check the fee")
    assert declined.status_code == 201
    assert declined.json()["payments"][0]["manager_signoff"] is None
    assert failing(pay(api, t)) == ["REFUND_SIGNOFF"]
    assert api.events(t).count("payment") == 0


def test_no_signoff_or_payment_without_a_payout(api: Api) -> None:
    t = api.trigger(api.create(return_body(reason="wrong_item")), "verify")
    assert sign(api, t, "supervisor_signoff", "supervisor").status_code == 409  # not resolved yet
    t = api.trigger(t, "resolve", {"resolution": {"type": "exchange"}})
    assert t["payments"] == []
    assert sign(api, t, "supervisor_signoff", "supervisor").status_code == 409
    r = pay(api, t)
    assert r.status_code == 409 and r.json()["detail"] == "This ticket has no payout to pay."
    assert api.close(api.trigger(t, "confirm", role="storefront"))["state"] == "closed"


def test_a_payment_replays_with_its_key(api: Api) -> None:
    t = refunded(api)
    sign(api, t, "supervisor_signoff", "supervisor")
    sign(api, t, "manager_signoff", "manager")
    first = pay(api, t, Idempotency_Key="pay-1")
    again = pay(api, t, Idempotency_Key="pay-1")
    assert first.status_code == again.status_code == 201 and first.json() == again.json()
    other = api.post(
        f"/v1/tickets/{t['number']}/payments", {"reference": "OTHER"}, role="finance", Idempotency_Key="pay-1"
    )
    assert other.status_code == 422 and other.json()["code"] == "idempotency_mismatch"
    assert api.events(t).count("payment") == 1


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"reference": ""},
        {"reference": "x" * 101},
        {"reference": "B-1", "amount": "10.00"},
        {"reference": 7},
    ],
)
def test_bad_payment_bodies_change_nothing(api: Api, body: dict[str, Any]) -> None:
    t = refunded(api)
    sign(api, t, "supervisor_signoff", "supervisor")
    t = sign(api, t, "manager_signoff", "manager").json()
    r = api.post(f"/v1/tickets/{t['number']}/payments", body, role="finance")
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    assert r.json()["code"] == "validation"
    assert api.get(f"/v1/tickets/{t['number']}").json()["version"] == t["version"]


def test_an_appeal_voids_the_unpaid_request_and_the_new_one_is_signed_anew(api: Api) -> None:
    t = refunded(api)
    sign(api, t, "supervisor_signoff", "supervisor")
    sign(api, t, "manager_signoff", "manager")
    t = api.trigger(t, "appeal", {"note": "the fee is unfair"}, role="storefront")
    assert [p["status"] for p in t["payments"]] == ["void"]
    assert pay(api, t).status_code == 409
    t = api.trigger(t, "resolve", {"resolution": {"type": "refund"}}, role="supervisor")
    assert [(p["n"], p["status"]) for p in t["payments"]] == [(1, "void"), (2, "requested")]
    assert failing(pay(api, t)) == ["REFUND_SIGNOFF"]  # the old sign-offs were on the void request
    paid = api.pay_out(t, reference="BANK-2")
    assert [p["status"] for p in paid["payments"]] == ["void", "paid"]


def test_a_paid_resolution_cannot_be_appealed(api: Api) -> None:
    t = refunded(api)
    api.pay_out(t)
    r = api.post(f"/v1/tickets/{t['number']}/appeal", {"note": "more"}, role="storefront")
    assert r.status_code == 409
    assert api.get(f"/v1/tickets/{t['number']}").json()["state"] == "resolved"


def test_compensation_story_pays_in_one_part(api: Api) -> None:
    t = compensation_claim(api)
    path = f"/v1/tickets/{t['number']}/approvals"
    api.post(path, {"type": "finance_review"}, role="finance")
    api.post(path, {"type": "general_manager"}, role="general_manager")
    t = api.trigger(t, "resolve", {"resolution": {"type": "compensation", "amount": "300.00"}})
    (payout,) = t["payments"]
    assert (payout["type"], payout["amount"], payout["order_id"], payout["reason"]) == (
        "compensation",
        "300.00",
        None,
        "delivery_delay",
    )
    assert payout["parts"] == [{"method": "transfer", "amount": "300.00", "document": "receipt"}]
    assert t["due"]["refund"] is not None and t["due"]["archive"] is not None
    t = api.pay_out(t)
    t = api.close(api.trigger(t, "confirm", role="storefront"))
    assert t["state"] == "closed" and t["payments"][0]["status"] == "paid"
