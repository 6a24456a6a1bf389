"""Returned goods and money: inspections, refunds, partial refunds, compensation."""

from __future__ import annotations

from typing import Any

from ..factories import Api, compensation_claim, complaint_body, failing, inspection_body, return_body


def inspect(api: Api, t: dict[str, Any], role: str = "warehouse", **over: Any) -> dict[str, Any]:
    r = api.post(f"/v1/tickets/{t['number']}/inspections", inspection_body(**over), role=role)
    assert r.status_code == 201, r.text
    return dict(r.json())


def test_no_reason_return_with_fee_from_creation_to_closed(api: Api, clock: Any) -> None:
    t = api.create(return_body())
    t = api.trigger(t, "verify")
    assert t["pickup_requested_at"] is None  # the customer ships it back
    clock.advance(days=2)  # Wednesday 2026-11-25 10:00 Shanghai
    result = inspect(api, t)
    assert (result["passed"], result["failed"]) == (True, [])
    assert result["trace"][0]["code"] == "INSPECTION"
    t = api.trigger(result["ticket"], "resolve", {"resolution": {"type": "refund", "note": "ok"}})
    assert t["resolution"]["amount"] == "179.10"
    assert t["resolution"]["refund_parts"] == [{"method": "cash", "amount": "179.10", "document": "invoice"}]
    # REFUND_DUE: 3 working days after the inspection passed → Monday 2026-11-30 10:00.
    assert t["due"]["refund"] == "2026-11-30T02:00:00+00:00"
    t = api.trigger(t, "confirm", role="storefront")
    assert failing(api.post(f"/v1/tickets/{t['number']}/close", {})) == ["REFUND_DUE", "SURVEY_REQUIRED"]
    api.pay_out(t)
    t = api.close(t)
    assert t["state"] == "closed"
    events = api.get(f"/v1/tickets/{t['number']}/events").json()["items"]
    assert [e["type"] for e in events] == [
        "received",
        "verify",
        "inspection",
        "resolve",
        "confirm",
        "approval",
        "approval",
        "payment",
        "survey",
        "close",
    ]
    resolve = events[3]["data"]["resolution"]
    assert (resolve["amount"], resolve["refund_parts"][0]["amount"]) == ("179.10", "179.10")
    assert events[3]["actor"] == "agent" and events[2]["actor"] == "warehouse"


def test_quality_return_with_pickup_and_failed_inspection_becomes_partial_refund(api: Api) -> None:
    t = api.create(return_body(reason="quality_defect", evidence=[{"type": "inspection_report"}]))
    assert t["decision"]["pickup"] is True and t["decision"]["notify"] == ["product_manager", "logistics"]
    t = api.trigger(t, "verify")
    assert t["pickup_requested_at"] == "2026-11-23T02:00:00+00:00"
    verify_event = api.get(f"/v1/tickets/{t['number']}/events").json()["items"][-1]
    assert verify_event["data"]["pickup_requested_at"] == "2026-11-23T02:00:00+00:00"
    result = inspect(api, t, accessories_complete=False)
    assert (result["passed"], result["failed"]) == (False, ["accessories_complete"])
    refused = api.post(f"/v1/tickets/{t['number']}/resolve", {"resolution": {"type": "refund"}})
    assert failing(refused) == ["INSPECTION"]
    too_much = api.post(
        f"/v1/tickets/{t['number']}/resolve", {"resolution": {"type": "partial_refund", "amount": "199.00"}}
    )
    assert failing(too_much) == ["PARTIAL_REFUND"]
    t = api.trigger(
        t,
        "resolve",
        {
            "resolution": {
                "type": "partial_refund",
                "amount": "60.00",
                "note": "keeps the kettle, missing lid",
            }
        },
    )
    assert t["resolution"]["refund_parts"] == [{"method": "cash", "amount": "60.00", "document": "invoice"}]
    assert t["due"]["refund"] is not None


def test_partial_refund_bound_uses_the_given_exchange_cost(api: Api) -> None:
    t = api.trigger(api.create(return_body(reason="wrong_item")), "verify")
    over = api.post(
        f"/v1/tickets/{t['number']}/resolve",
        {"resolution": {"type": "partial_refund", "amount": "150.00", "exchange_cost": "120.00"}},
    )
    assert over.status_code == 422
    assert (
        api.trigger(
            t,
            "resolve",
            {"resolution": {"type": "partial_refund", "amount": "100.00", "exchange_cost": "120.00"}},
        )["state"]
        == "resolved"
    )


def test_appearance_defect_blocked_until_the_product_manager_approves(api: Api) -> None:
    body = return_body(
        reason="appearance_defect", evidence=[{"type": "photos"}, {"type": "courier_unboxing_proof"}]
    )
    t = api.create(body)
    assert t["decision"]["eligible"] and t["decision"]["required_approvals"] == ["product_manager"]
    blocked = api.post(f"/v1/tickets/{t['number']}/verify", {})
    assert blocked.status_code == 422 and blocked.json()["code"] == "rule_violation"
    wrong_role = api.post(f"/v1/tickets/{t['number']}/approvals", {"type": "product_manager"}, role="manager")
    assert wrong_role.status_code == 403
    declined = api.post(
        f"/v1/tickets/{t['number']}/approvals",
        {"type": "product_manager", "approved": False},
        role="product_manager",
    )
    assert declined.status_code == 201
    assert api.post(f"/v1/tickets/{t['number']}/verify", {}).status_code == 422
    api.post(
        f"/v1/tickets/{t['number']}/approvals",
        {"type": "product_manager", "note": "photos ok"},
        role="product_manager",
    )
    t = api.trigger(t, "verify")
    assert [(a["type"], a["approved"], a["actor"]) for a in t["approvals"]] == [
        ("product_manager", False, "product_manager"),
        ("product_manager", True, "product_manager"),
    ]


def test_compensation_needs_finance_then_general_manager(api: Api, clock: Any) -> None:
    t = compensation_claim(api)
    path = f"/v1/tickets/{t['number']}"
    comp = {"resolution": {"type": "compensation", "amount": "300.00"}}
    r = api.post(f"{path}/resolve", comp)
    # A compensation claim is a major complaint: the general manager decides it too.
    assert failing(r) == ["MAJOR_FINAL", "COMPENSATION_APPROVAL"]
    early_gm = api.post(f"{path}/approvals", {"type": "general_manager"}, role="general_manager")
    assert early_gm.status_code == 422 and early_gm.json()["code"] == "rule_violation"
    assert api.post(f"{path}/approvals", {"type": "finance_review"}, role="agent").status_code == 403
    assert (
        api.post(f"{path}/approvals", {"type": "finance_review"}, role="general_manager").status_code == 403
    )
    assert api.post(f"{path}/approvals", {"type": "finance_review"}, role="finance").status_code == 201
    assert api.post(f"{path}/resolve", comp).status_code == 422  # finance alone is not enough
    clock.advance(hours=1)
    assert (
        api.post(f"{path}/approvals", {"type": "general_manager"}, role="general_manager").status_code == 201
    )
    t = api.trigger(t, "resolve", comp)
    assert t["resolution"]["amount"] == "300.00"
    # Archive within 3 working days of the general manager's approval (Monday 11:00 → Thursday 11:00).
    assert t["due"]["archive"] == "2026-11-26T03:00:00+00:00"
    events = api.get(f"{path}/events").json()["items"]
    approvals = [e["data"] for e in events if e["type"] == "approval"]
    assert [(a["type"], a["role"]) for a in approvals] == [
        ("major_filing", "manager"),
        ("finance_review", "finance"),
        ("general_manager", "general_manager"),
    ]


def test_mixed_cash_and_points_refund_part_by_part(api: Api) -> None:
    order = {
        "id": "O-9",
        "invoice_date": "2026-11-20",
        "payments": [{"method": "cash", "amount": "150.00"}, {"method": "points", "amount": "49.00"}],
    }
    t = api.trigger(api.create(return_body(order=order)), "verify")
    inspect(api, t)
    t = api.trigger(t, "resolve", {"resolution": {"type": "refund"}})
    assert t["resolution"]["refund_parts"] == [
        {"method": "cash", "amount": "135.00", "document": "invoice"},
        {"method": "points", "amount": "44.10", "document": "receipt"},
    ]


def test_inspection_replay_changes_nothing(api: Api) -> None:
    t = api.trigger(api.create(return_body()), "verify")
    path = f"/v1/tickets/{t['number']}/inspections"
    first = api.post(path, inspection_body(), role="warehouse", Idempotency_Key="rma-1")
    again = api.post(path, inspection_body(), role="warehouse", Idempotency_Key="rma-1")
    assert first.status_code == again.status_code == 201 and first.json() == again.json()
    assert api.events(t).count("inspection") == 1
    other = api.post(path, inspection_body(gifts_complete=False), role="warehouse", Idempotency_Key="rma-2")
    assert other.status_code == 409 and other.json()["code"] == "invalid_transition"


def test_supervisor_corrects_an_inspection(api: Api) -> None:
    t = api.trigger(api.create(return_body()), "verify")
    inspect(api, t, gifts_complete=False)
    corrected = inspect(api, t, role="supervisor")
    assert corrected["passed"] and corrected["ticket"]["inspection"]["corrected"] is True


def test_inspection_only_for_verified_goods_tickets(api: Api) -> None:
    t = api.create(return_body())
    r = api.post(f"/v1/tickets/{t['number']}/inspections", inspection_body(), role="warehouse")
    assert r.status_code == 409
    c = api.trigger(api.create(complaint_body()), "verify", role="supervisor")
    assert (
        api.post(f"/v1/tickets/{c['number']}/inspections", inspection_body(), role="warehouse").status_code
        == 409
    )


def test_contact_cadence(api: Api, clock: Any) -> None:
    t = api.create(return_body())
    clock.advance(days=5, seconds=1)
    t = api.get(f"/v1/tickets/{t['number']}").json()
    assert "contact" in t["overdue"] and "first_response" in t["overdue"]
    r = api.post(f"/v1/tickets/{t['number']}/contacts", {"channel": "phone", "summary": "pickup booked"})
    t = r.json()
    assert r.status_code == 201 and t["overdue"] == ["verify"]
    assert t["due"]["first_response"] is None
    assert t["due"]["contact"] == "2026-12-01T02:00:01+00:00"


def test_appeal_after_refund_clears_the_money(api: Api) -> None:
    t = api.trigger(api.create(return_body()), "verify")
    inspect(api, t)
    t = api.trigger(t, "resolve", {"resolution": {"type": "refund"}})
    t = api.trigger(t, "appeal", {"note": "fee is unfair"}, role="storefront")
    assert t["resolution"] is None and t["due"]["refund"] is None


def test_appeal_after_a_rejection_restarts_the_contact_cadence(api: Api) -> None:
    t = api.create(return_body(package_state="unsealed"))
    t = api.trigger(t, "reject", {"code": "NO_REASON_SEALED"})
    assert t["due"]["contact"] is None
    t = api.trigger(t, "appeal", {"note": "the seal was intact"}, role="storefront")
    assert (t["state"], t["due"]["contact"]) == ("verified", "2026-11-26T02:00:00+00:00")
