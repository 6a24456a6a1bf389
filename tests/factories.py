"""Request bodies and small helpers for the API tests."""

from __future__ import annotations

import copy
from typing import Any

from fastapi.testclient import TestClient
from httpx import Response

ALL_KEPT = {"invoice": True, "original_packaging": True, "accessories": True, "gifts": True}
CUSTOMER = {"id": "C-1001", "name": "张三", "phone": "13800000000", "email": "z@example.com"}
PAID = [{"method": "cash", "amount": "199.00"}]  # covers the 199.00 kettle (PAYMENTS_COVER)
ROOT_CAUSE = {"category": "carrier_delay", "department": "logistics", "lesson": "book the earlier carrier"}


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    out.update(over)
    return out


def return_body(**over: Any) -> dict[str, Any]:
    """A no-reason return of a sealed 199.00 kettle invoiced 2026-11-16 (day 7 on START)."""
    return merge(
        {
            "kind": "return",
            "channel": "web",
            "customer": CUSTOMER,
            "order": {
                "id": "O-5001",
                "invoice_no": "INV-77",
                "invoice_date": "2026-11-16",
                "delivered_at": "2026-11-17T10:00:00+08:00",
                "payments": [{"method": "cash", "amount": "199.00"}],
            },
            "items": [
                {
                    "sku": "SKU-1",
                    "name": "Kettle",
                    "quantity": 1,
                    "unit_price": "199.00",
                    "category": "electronics",
                }
            ],
            "reason": "no_reason",
            "package_state": "sealed",
            "outer_packaging_intact": True,
            "kept": ALL_KEPT,
            "evidence": [],
            "description": "Changed my mind",
        },
        over,
    )


def another_return(n: int, **over: Any) -> dict[str, Any]:
    """return_body for customer C-n and order O-n: a claim of its own (no DUPLICATE_CLAIM)."""
    body = return_body(**over)
    body["customer"] = {**body["customer"], "id": f"C-{n}"}
    body["order"] = {**body["order"], "id": f"O-{n}"}
    return body


def eligibility_body(**over: Any) -> dict[str, Any]:
    """The example of api.md: a sealed 199.00 kettle, day 7 after the invoice."""
    return merge(
        {
            "kind": "return",
            "reason": "no_reason",
            "invoice_date": "2026-11-16",
            "request_date": "2026-11-23",
            "package_state": "sealed",
            "goods_amount": "199.00",
            "product_category": "electronics",
            "outer_packaging_intact": True,
            "kept": ALL_KEPT,
            "evidence": ["photos", "courier_unboxing_proof"],
        },
        over,
    )


def complaint_body(**over: Any) -> dict[str, Any]:
    complaint = {
        "category": "delivery_delay",
        "priority": "medium",
        "major_flags": [],
        "claimed_compensation": "0.00",
    }
    complaint.update(over.pop("complaint", {}))
    return merge(
        {
            "kind": "complaint",
            "channel": "web",
            "customer": CUSTOMER,
            "complaint": complaint,
            "description": "Late again",
        },
        over,
    )


def inspection_body(**over: Any) -> dict[str, Any]:
    return merge(
        {
            "inspector": "W-01",
            "invoice_returned": True,
            "outer_packaging_intact": True,
            "accessories_complete": True,
            "gifts_complete": True,
            "seal_intact": True,
            "notes": "",
            "photos": [],
        },
        over,
    )


def failing(r: Response) -> list[str]:
    """The codes of the rules a 422 problem document says failed."""
    assert r.status_code == 422, r.text
    return [e["code"] for e in r.json().get("trace") or () if e["outcome"] == "fail"]


class Api:
    """A thin caller: role names instead of headers, JSON bodies, status checks."""

    def __init__(self, client: TestClient, keys: Any) -> None:
        self.client, self.keys = client, keys

    def post(self, path: str, body: Any = None, *, role: str = "agent", **headers: str) -> Response:
        hdrs = {**self.keys[role], **{k.replace("_", "-"): v for k, v in headers.items()}}
        return self.client.post(path, json=body, headers=hdrs)

    def get(self, path: str, *, role: str = "agent", **params: Any) -> Response:
        return self.client.get(path, headers=self.keys[role], params=params)

    def create(self, body: dict[str, Any], *, role: str = "storefront") -> dict[str, Any]:
        r = self.post("/v1/tickets", body, role=role)
        assert r.status_code == 201, r.text
        return dict(r.json())

    def trigger(
        self,
        ticket: dict[str, Any] | str,
        name: str,
        body: Any = None,
        *,
        role: str = "agent",
        expect: int = 200,
        **headers: str,
    ) -> dict[str, Any]:
        ref = ticket if isinstance(ticket, str) else ticket["number"]
        r = self.post(f"/v1/tickets/{ref}/{name}", body, role=role, **headers)
        assert r.status_code == expect, r.text
        return dict(r.json())

    def pay_out(self, ticket: dict[str, Any], reference: str = "PAY-1") -> dict[str, Any]:
        """REFUND_SIGNOFF: supervisor, then manager sign the refund request; finance pays."""
        path = f"/v1/tickets/{ticket['number']}"
        for kind, role in (("supervisor_signoff", "supervisor"), ("manager_signoff", "manager")):
            r = self.post(f"{path}/approvals", {"type": kind}, role=role)
            assert r.status_code == 201, r.text
        r = self.post(f"{path}/payments", {"reference": reference}, role="finance")
        assert r.status_code == 201, r.text
        return dict(r.json())

    def close(self, ticket: dict[str, Any], *, role: str = "agent", survey: Any = None) -> dict[str, Any]:
        """SURVEY_REQUIRED and ROOT_CAUSE met the simplest way: the survey declined (unless
        answered already) and a root cause for complaints and quality defects."""
        path = f"/v1/tickets/{ticket['number']}"
        current = self.get(path).json()
        if current["satisfaction"] is None:
            r = self.post(f"{path}/survey", survey or {"declined": True}, role="storefront")
            assert r.status_code == 200, r.text
        needs = current["kind"] == "complaint" or current["reason"] == "quality_defect"
        return self.trigger(ticket, "close", {"root_cause": ROOT_CAUSE} if needs else {}, role=role)

    def events(self, ticket: dict[str, Any]) -> list[str]:
        r = self.get(f"/v1/tickets/{ticket['number']}/events", limit=200)
        assert r.status_code == 200, r.text
        return [e["type"] for e in r.json()["items"]]


def compensation_claim(api: Api, amount: str = "300.00") -> dict[str, Any]:
    """A complaint claiming compensation: major (any claim above 0.00), filed by a manager
    and verified, waiting for the finance review and the general manager."""
    t = api.create(complaint_body(complaint={"claimed_compensation": amount}))
    assert t["major"] and t["level"] == "manager"
    r = api.post(f"/v1/tickets/{t['number']}/approvals", {"type": "major_filing"}, role="manager")
    assert r.status_code == 201, r.text
    return api.trigger(t, "verify", role="manager")
