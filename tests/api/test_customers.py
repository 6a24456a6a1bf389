"""Customers, complaints and closure over HTTP (policy v2)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from ..factories import CUSTOMER, ROOT_CAUSE, Api, complaint_body, failing, inspection_body, return_body


def profile(api: Api, customer: str = CUSTOMER["id"], role: str = "supervisor", **body: Any) -> Any:
    return api.client.put(f"/v1/customers/{customer}", json=body, headers=api.keys[role])


def test_a_profile_is_made_on_first_sight_and_every_change_is_audited(api: Api, env: Any) -> None:
    assert api.get(f"/v1/customers/{CUSTOMER['id']}").status_code == 404
    api.create(return_body())
    seen = api.get(f"/v1/customers/{CUSTOMER['id']}").json()
    assert (seen["tier"], seen["blocked"], seen["name"], seen["claims_recent"]) == (
        "regular",
        False,
        "张三",
        1,
    )
    assert profile(api, role="agent", tier="vip").status_code == 403
    set_ = profile(api, tier="vip", name="张三")
    assert set_.status_code == 200 and set_.json()["tier"] == "vip" and set_.json()["version"] == 2
    profile(api, tier="vip", name="张三")  # no change, nothing audited
    from aftersales_api.services import customers

    trail = customers.changes(env, CUSTOMER["id"])
    assert [(c["seq"], c["actor"], c["data"]) for c in trail] == [
        (2, "supervisor", {"tier": {"from": "regular", "to": "vip"}})
    ]


@pytest.mark.parametrize(
    "body",
    [{"tier": "gold"}, {"blocked": "yes"}, {"name": "a\x00b"}, {"tier": "vip", "extra": 1}],
)
def test_bad_profiles_change_nothing(api: Api, body: dict[str, Any]) -> None:
    r = profile(api, "C-NEW", **body)
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    assert api.get("/v1/customers/C-NEW").status_code == 404


def test_a_vip_ticket_starts_high_at_supervisor(api: Api) -> None:
    profile(api, tier="vip")
    t = api.create(return_body())
    assert (t["priority"], t["level"], t["flags"]) == ("high", "supervisor", ["vip"])
    assert "VIP_PRIORITY" in [e["code"] for e in t["decision"]["trace"]]


def test_a_blocked_customers_return_waits_for_a_supervisor_review(api: Api) -> None:
    profile(api, blocked=True, blocked_reason="chargebacks")
    t = api.create(return_body())
    assert t["flags"] == ["blocked"] and t["decision"]["required_approvals"] == ["supervisor_review"]
    assert "BLOCKLIST" in failing(api.post(f"/v1/tickets/{t['number']}/verify", {}))
    path = f"/v1/tickets/{t['number']}/approvals"
    assert api.post(path, {"type": "supervisor_review"}, role="agent").status_code == 403
    assert api.post(path, {"type": "supervisor_review"}, role="supervisor").status_code == 201
    assert api.trigger(t, "verify")["state"] == "verified"


def test_the_fourth_claim_in_90_days_is_flagged(api: Api, clock: Any) -> None:
    lines = [{"sku": f"S-{n}", "name": "Cup", "quantity": 1, "unit_price": "199.00"} for n in range(5)]
    first = api.create(return_body(items=[lines[0]]))
    clock.advance(days=1)  # the 91-day window ends before the first
    for line in lines[1:3]:
        assert "frequent_claimant" not in api.create(return_body(items=[line]))["flags"]
    clock.advance(days=89)  # day 90 after the first: it still counts
    fourth = api.create(
        return_body(items=[lines[3]], order={**return_body()["order"], "invoice_date": "2027-02-20"})
    )
    assert fourth["flags"] == ["frequent_claimant"]
    assert fourth["decision"]["required_approvals"] == ["supervisor_review"]
    clock.advance(days=1)  # 91 days after the first: three claims in the window again
    fifth = api.create(
        return_body(items=[lines[4]], order={**return_body()["order"], "invoice_date": "2027-02-20"})
    )
    assert "frequent_claimant" in fifth["flags"]  # the second, third and fourth still count
    assert api.get(f"/v1/customers/{CUSTOMER['id']}").json()["claims_recent"] == 4
    assert first["flags"] == []


def test_a_late_handover_is_recorded_breached(api: Api, clock: Any) -> None:
    late = (clock.now - timedelta(minutes=31)).isoformat()
    t = api.create(complaint_body(complaint={"received_by": "sales", "received_at": late}))
    assert t["breached"] == ["handover"] and t["due"]["handover"] is None
    check = next(e for e in t["decision"]["trace"] if e["code"] == "HANDOVER_30MIN")
    assert check["outcome"] == "fail" and "31 minutes" in check["message"]
    on_time = (clock.now - timedelta(minutes=30)).isoformat()
    t = api.create(complaint_body(complaint={"received_by": "sales", "received_at": on_time}))
    assert t["breached"] == []
    half = api.post("/v1/tickets", complaint_body(complaint={"received_by": "sales"}), role="storefront")
    assert half.status_code == 422


def test_a_major_complaint_resolves_only_with_the_general_manager(api: Api) -> None:
    t = api.create(complaint_body(complaint={"major_flags": ["media"]}))
    api.post(f"/v1/tickets/{t['number']}/approvals", {"type": "major_filing"}, role="manager")
    t = api.trigger(t, "verify", role="manager")
    assert failing(
        api.post(f"/v1/tickets/{t['number']}/resolve", {"resolution": {"type": "explanation"}})
    ) == ["MAJOR_FINAL"]
    gm = api.post(f"/v1/tickets/{t['number']}/approvals", {"type": "general_manager"}, role="general_manager")
    assert gm.status_code == 201  # no compensation at stake: no finance review first
    assert api.trigger(t, "resolve", {"resolution": {"type": "explanation"}})["state"] == "resolved"


def test_a_quality_defect_closes_with_its_root_cause_into_the_case_library(api: Api) -> None:
    t = api.trigger(
        api.create(return_body(reason="quality_defect", evidence=[{"type": "inspection_report"}])), "verify"
    )
    api.post(f"/v1/tickets/{t['number']}/inspections", inspection_body(), role="warehouse")
    t = api.trigger(t, "resolve", {"resolution": {"type": "refund"}})
    t = api.pay_out(t)
    t = api.trigger(t, "confirm", role="storefront")
    api.post(f"/v1/tickets/{t['number']}/survey", {"declined": True}, role="storefront")
    assert failing(api.post(f"/v1/tickets/{t['number']}/close", {})) == ["ROOT_CAUSE"]
    t = api.trigger(t, "close", {"root_cause": ROOT_CAUSE})
    cases = api.get("/v1/cases", sku="SKU-1").json()
    assert [
        (c["ticket"], c["category"], c["department"], c["lesson"], c["resolution"]) for c in cases["items"]
    ] == [(t["number"], ROOT_CAUSE["category"], "logistics", ROOT_CAUSE["lesson"], "refund")]
    assert api.get("/v1/cases", sku="SKU-9").json()["items"] == []
    assert (
        api.get("/v1/cases", department="logistics").json()["items"][0]["product_category"] == "electronics"
    )
    assert api.get("/v1/cases", role="storefront").status_code == 403
    report = api.get("/v1/reports/monthly", role="supervisor", month="2026-11").json()
    assert report["top_root_causes"]["by_category"] == [{"key": ROOT_CAUSE["category"], "tickets": 1}]
    assert report["survey"] == {"closed": 1, "responded": 1, "rate": 1.0}
    assert report["pickups"] == 1


def test_cases_page_by_cursor(api: Api, clock: Any) -> None:
    for _ in range(3):
        t = api.trigger(api.create(complaint_body()), "verify", role="supervisor")
        t = api.trigger(t, "resolve", {"resolution": {"type": "explanation"}})
        api.close(api.trigger(t, "confirm", role="storefront"))
        clock.advance(minutes=1)
    first = api.get("/v1/cases", limit=2).json()
    rest = api.get("/v1/cases", limit=2, cursor=first["next_cursor"]).json()
    assert len(first["items"]) == 2 and len(rest["items"]) == 1 and rest["next_cursor"] is None
    assert api.get("/v1/cases", cursor="!!").status_code == 422


def test_invalid_complaints_are_rejected_by_a_supervisor_with_a_note(api: Api) -> None:
    t = api.create(complaint_body())
    path = f"/v1/tickets/{t['number']}/reject"
    assert api.post(path, {"code": "INVALID_COMPLAINT", "note": "abuse"}, role="agent").status_code == 403
    assert api.post(path, {"code": "INVALID_COMPLAINT"}, role="supervisor").status_code == 422
    goods = api.create(return_body(package_state="unsealed"))
    assert (
        api.post(
            f"/v1/tickets/{goods['number']}/reject",
            {"code": "INVALID_COMPLAINT", "note": "x"},
            role="supervisor",
        ).status_code
        == 422
    )
    assert (
        api.trigger(t, "reject", {"code": "INVALID_COMPLAINT", "note": "abuse"}, role="supervisor")["state"]
        == "rejected"
    )


def test_an_installation_appointment_is_met_by_the_visit(api: Api, clock: Any) -> None:
    at = (clock.now + timedelta(days=1)).isoformat()
    t = api.create({**complaint_body(), "kind": "installation", "complaint": None, "appointment_at": at})
    assert t["due"]["appointment"] is not None
    visit = {"technician": "T-7", "arrived_at": at}
    r = api.post(f"/v1/tickets/{t['number']}/visits", visit)
    assert (
        r.status_code == 201
        and r.json()["due"]["appointment"] is None
        and r.json()["visits"][0]["technician"] == "T-7"
    )
    assert (
        api.post("/v1/tickets", {**return_body(), "appointment_at": at}, role="storefront").status_code == 422
    )
    other = api.create(return_body())
    assert api.post(f"/v1/tickets/{other['number']}/visits", visit).status_code == 409
