"""REPAIR_QUOTE, REPAIR_REPORT and WARRANTY over HTTP: a paid repair resolves only
against the quote the customer accepted."""

from __future__ import annotations

from typing import Any

import pytest

from ..factories import PAID, Api, failing, return_body

REPORT = {"cause": "worn heating element", "fix": "element replaced", "parts": ["heating element"]}
QUOTE = {
    "parts": [{"name": "heating element", "amount": "120.00"}],
    "labour": "50.00",
    "travel": "10.00",
    "total": "180.00",
    "note": "",
}


def repair_body(invoice_date: str = "2025-10-01", **over: Any) -> dict[str, Any]:
    """A kettle invoiced on `invoice_date`: by default day 418, outside the 365-day warranty."""
    order = {"id": "O-R9", "invoice_date": invoice_date, "payments": PAID}
    return return_body(kind="repair", reason="quality_defect", order=order, **over)


def quote(api: Api, t: dict[str, Any], body: dict[str, Any] | None = None, role: str = "agent") -> Any:
    return api.post(f"/v1/tickets/{t['number']}/quotes", body or QUOTE, role=role)


def decide(api: Api, t: dict[str, Any], n: int, accepted: bool, role: str = "storefront") -> Any:
    return api.post(f"/v1/tickets/{t['number']}/quotes/{n}/decision", {"accepted": accepted}, role=role)


def test_full_paid_repair_story(api: Api) -> None:
    t = api.create(repair_body())
    assert t["decision"]["warranty"] is False
    t = api.trigger(t, "verify")
    no_quote = api.post(f"/v1/tickets/{t['number']}/resolve", {"resolution": {"type": "repair", **REPORT}})
    assert failing(no_quote) == ["REPAIR_QUOTE"]

    first = quote(api, t)
    assert first.status_code == 201, first.text
    assert (first.json()["n"], first.json()["status"], first.json()["total"]) == (1, "pending", "180.00")
    assert quote(api, t).status_code == 409  # one quote waits for an answer at a time
    refused = decide(api, t, 1, accepted=False)
    assert (
        refused.json()["status"] == "refused" and refused.json()["ticket"]["quotes"][0]["status"] == "refused"
    )
    assert failing(
        api.post(f"/v1/tickets/{t['number']}/resolve", {"resolution": {"type": "repair", **REPORT}})
    ) == ["REPAIR_QUOTE"]

    cheaper = {**QUOTE, "labour": "30.00", "total": "160.00"}
    second = quote(api, t, cheaper)
    assert second.json()["n"] == 2
    accepted = decide(api, t, 2, accepted=True)
    assert accepted.json()["status"] == "accepted" and accepted.json()["decided_by"] == "storefront"
    assert decide(api, t, 2, accepted=False).status_code == 409  # decided once
    wrong_amount = api.post(
        f"/v1/tickets/{t['number']}/resolve",
        {"resolution": {"type": "repair", "amount": "180.00", **REPORT}},
    )
    assert failing(wrong_amount) == ["REPAIR_QUOTE"]

    t = api.trigger(t, "resolve", {"resolution": {"type": "repair", **REPORT}})
    assert t["resolution"]["amount"] == "160.00" and t["payments"] == []
    t = api.trigger(t, "confirm", role="storefront")
    api.post(f"/v1/tickets/{t['number']}/survey", {"score": 5}, role="storefront")
    t = api.close(t)
    assert t["state"] == "closed"
    assert api.events(t) == [
        "received",
        "verify",
        "quote",
        "quote_decision",
        "quote",
        "quote_decision",
        "resolve",
        "confirm",
        "survey",
        "close",
    ]
    month = api.get("/v1/reports/monthly", role="supervisor", month="2026-11").json()
    assert month["repair_charges_total"] == "160.00" and month["refunds_total"] == "0.00"


def test_customer_damage_inside_the_warranty_is_a_paid_repair(api: Api) -> None:
    t = api.create(repair_body(invoice_date="2026-08-01"))
    assert t["decision"]["warranty"] is True
    assert failing(quote(api, t)) == ["REPAIR_QUOTE"]  # a free repair needs no quote
    t = api.trigger(t, "verify", {"responsibility": "customer"})
    assert (t["decision"]["warranty"], t["decision"]["responsibility"]) == (False, "customer")
    r = api.post(f"/v1/tickets/{t['number']}/resolve", {"resolution": {"type": "repair", **REPORT}})
    assert failing(r) == ["REPAIR_QUOTE"]
    assert quote(api, t).status_code == 201


def test_a_free_repair_resolves_with_its_report_and_no_charge(api: Api) -> None:
    t = api.trigger(api.create(repair_body(invoice_date="2026-08-01")), "verify")
    missing = api.post(f"/v1/tickets/{t['number']}/resolve", {"resolution": {"type": "repair", "fix": "x"}})
    assert failing(missing) == ["REPAIR_REPORT"]
    assert "cause, parts" in missing.json()["detail"]
    charged = api.post(
        f"/v1/tickets/{t['number']}/resolve", {"resolution": {"type": "repair", "amount": "20.00", **REPORT}}
    )
    assert failing(charged) == ["WARRANTY"]
    t = api.trigger(t, "resolve", {"resolution": {"type": "repair", **{**REPORT, "parts": []}}})
    assert t["resolution"]["amount"] is None and t["resolution"]["parts"] == []


def test_quotes_only_for_repairs_before_resolution(api: Api) -> None:
    goods = api.create(return_body())
    assert quote(api, goods).status_code == 409
    t = api.trigger(api.create(repair_body()), "verify")
    quote(api, t)
    decide(api, t, 1, accepted=True)
    api.trigger(t, "resolve", {"resolution": {"type": "repair", **REPORT}})
    assert quote(api, t).status_code == 409
    assert decide(api, t, 1, accepted=False).status_code == 409


def test_quote_roles(api: Api) -> None:
    t = api.create(repair_body())
    for role in ("storefront", "warehouse", "finance"):
        assert quote(api, t, role=role).status_code == 403
    quote(api, t)
    for role in ("warehouse", "finance", "product_manager"):
        assert decide(api, t, 1, accepted=True, role=role).status_code == 403
    assert decide(api, t, 1, accepted=True, role="agent").status_code == 200
    assert decide(api, t, 9, accepted=True).status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {**QUOTE, "total": "179.99"},  # the total must be the sum
        {**QUOTE, "labour": "-1.00", "total": "129.00"},
        {**QUOTE, "parts": [{"name": "", "amount": "120.00"}]},
        {**QUOTE, "total": "abc"},
        {**QUOTE, "extra": 1},
        {"parts": [], "labour": "10.00"},
    ],
)
def test_bad_quotes_change_nothing(api: Api, body: dict[str, Any]) -> None:
    t = api.create(repair_body())
    r = quote(api, t, body)
    assert r.status_code == 422 and r.json()["code"] == "validation", r.text
    assert api.get(f"/v1/tickets/{t['number']}").json()["version"] == t["version"]


def test_a_quote_decision_replays_with_its_key(api: Api) -> None:
    t = api.create(repair_body())
    quote(api, t)
    path = f"/v1/tickets/{t['number']}/quotes/1/decision"
    first = api.post(path, {"accepted": True}, role="storefront", Idempotency_Key="q-1")
    again = api.post(path, {"accepted": True}, role="storefront", Idempotency_Key="q-1")
    assert first.status_code == again.status_code == 200 and first.json() == again.json()
    assert api.events(t).count("quote_decision") == 1


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("quotes/1/decision", {}),
        ("quotes/1/decision", {"accepted": None}),
        ("quotes/1/decision", {"accepted": True, "other": 1}),
        ("quotes/0/decision", {"accepted": True}),
        ("quotes/one/decision", {"accepted": True}),
    ],
)
def test_bad_quote_decisions_change_nothing(api: Api, path: str, body: dict[str, Any]) -> None:
    t = api.create(repair_body())
    t = quote(api, t).json()["ticket"]
    r = api.post(f"/v1/tickets/{t['number']}/{path}", body, role="storefront")
    assert r.status_code == 422 and r.json()["code"] == "validation", r.text
    after = api.get(f"/v1/tickets/{t['number']}").json()
    assert (after["version"], after["quotes"][0]["status"]) == (t["version"], "pending")
