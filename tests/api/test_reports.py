"""The monthly report against figures worked out by hand."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from ..factories import PAID, Api, complaint_body, inspection_body, return_body

SH = ZoneInfo("Asia/Shanghai")


def at(clock: Any, *args: int) -> None:
    clock.now = datetime(*args, tzinfo=SH)


def repair(order: str = "O-R") -> dict[str, Any]:
    return return_body(
        kind="repair",
        channel="app",
        reason="quality_defect",
        order={"id": order, "invoice_date": "2026-06-01", "payments": PAID},
    )


def test_monthly_report_matches_hand_computed_figures(api: Api, clock: Any) -> None:
    at(clock, 2026, 10, 31, 23, 30)
    api.create(complaint_body())  # October: not counted as received
    at(clock, 2026, 11, 1, 0, 10)  # November starts at 00:00 Shanghai time
    t2 = api.create(
        return_body(
            order={
                "id": "O-2",
                "invoice_date": "2026-10-30",
                "payments": [{"method": "cash", "amount": "199.00"}],
            }
        )
    )
    api.trigger(t2, "verify")
    api.post(f"/v1/tickets/{t2['number']}/inspections", inspection_body(), role="warehouse")
    api.trigger(t2, "resolve", {"resolution": {"type": "refund"}})
    api.pay_out(t2)
    api.post(f"/v1/tickets/{t2['number']}/survey", {"score": 3}, role="storefront")
    api.trigger(t2, "confirm", role="storefront")
    at(clock, 2026, 11, 3, 0, 10)
    api.trigger(t2, "close")  # 2 days = 172,800 s
    at(clock, 2026, 11, 15, 10, 0)
    t3 = api.create(complaint_body(channel="phone", first_contact_resolution={}), role="agent")
    api.post(f"/v1/tickets/{t3['number']}/survey", {"score": 5}, role="storefront")
    api.create(complaint_body(channel="email", complaint={"category": "billing"}))  # never forwarded
    at(clock, 2026, 11, 30, 10, 0)
    api.create(repair())
    api.create(repair())  # same order line and fault: a repeat
    at(clock, 2026, 11, 30, 23, 50)
    api.create(complaint_body(complaint={"category": "product_quality"}))
    at(clock, 2026, 12, 1, 0, 5)
    api.create(return_body())  # December
    at(clock, 2026, 12, 2, 9, 0)

    r = api.get("/v1/reports/monthly", role="supervisor", month="2026-11")
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["from"] == "2026-10-31T16:00:00+00:00" and report["to"] == "2026-11-30T16:00:00+00:00"
    assert report["complete"] is True
    assert report["received"] == 6
    assert report["by_kind"] == {"return": 1, "complaint": 3, "repair": 2}
    assert report["by_channel"] == {"web": 2, "phone": 1, "email": 1, "app": 2}
    assert report["by_category"] == {"delivery_delay": 1, "billing": 1, "product_quality": 1}
    assert report["by_state"] == {"closed": 2, "received": 4}
    assert report["closed"] == 2
    assert report["resolution_rate"] == round(2 / 6, 4)
    assert report["processing_seconds"] == {"average": 86400.0, "p90": 172800}
    assert report["satisfaction"] == {"answered": 2, "satisfied": 1, "rate": 0.5}
    assert (report["refunds_total"], report["restocking_fees_total"], report["compensation_total"]) == (
        "179.10",
        "19.90",
        "0.00",
    )
    assert report["repeat_repairs"] == 1
    limits = report["time_limits"]
    # verify: October's complaint (due 1 Nov 00:00, missed), the return (met), the email one (missed);
    # the 30 Nov complaint's same-day limit falls at 1 Dec 00:00, outside the month.
    assert limits["verify"] == {"total": 3, "breached": 2, "rate": round(2 / 3, 4)}
    assert limits["first_response"] == {"total": 3, "breached": 2, "rate": round(2 / 3, 4)}
    # FORWARD_1WD for every complaint not solved at first contact: October's (Saturday 31st
    # 23:30, due Monday 2 November) and the email one (Sunday the 15th, due by Tuesday 00:00)
    # were never forwarded; the 30 November one falls due in December.
    assert limits["forward"] == {"total": 2, "breached": 2, "rate": 1.0}
    assert limits["archive"] == {"total": 0, "breached": 0, "rate": None}

    december = api.get("/v1/reports/monthly", role="supervisor", month="2026-12").json()
    assert december["received"] == 1 and december["complete"] is False


def test_month_must_be_yyyy_mm(api: Api) -> None:
    for bad in ("2026-13", "2026-1", "november"):
        r = api.get("/v1/reports/monthly", role="supervisor", month=bad)
        assert r.status_code == 422 and r.json()["code"] == "validation"


def test_a_ticket_closed_on_the_first_call_is_no_survey_response(api: Api) -> None:
    """SURVEY_REQUIRED's response rate counts answered or declined surveys only."""
    from ..factories import return_body

    body = return_body(kind="inquiry", channel="phone", order=None, items=[], reason=None, package_state=None)
    body.update(kept=None, first_contact_resolution={"resolution": "explanation", "note": "explained"})
    body.pop("outer_packaging_intact")
    assert api.create(body)["state"] == "closed"
    report = api.get("/v1/reports/monthly", role="supervisor", month="2026-11").json()
    assert report["survey"] == {"closed": 1, "responded": 0, "rate": 0.0}
