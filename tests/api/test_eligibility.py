"""POST /v1/eligibility and GET /v1/policy."""

from __future__ import annotations

from typing import Any

import pytest

from ..factories import Api, eligibility_body

BASE = eligibility_body()


def check(api: Api, **over: Any) -> dict[str, Any]:
    r = api.post("/v1/eligibility", {**BASE, **over}, role="storefront")
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_the_example_of_the_contract(api: Api) -> None:
    d = check(api)
    assert {
        k: d[k]
        for k in (
            "eligible",
            "kind",
            "days_since_invoice",
            "alternatives",
            "responsibility",
            "pickup",
            "goods_amount",
            "restocking_fee",
            "refund_amount",
            "missing",
            "required_approvals",
            "notify",
            "policy_version",
        )
    } == {
        "eligible": True,
        "kind": "return",
        "days_since_invoice": 7,
        "alternatives": [],
        "responsibility": "customer",
        "pickup": False,
        "goods_amount": "199.00",
        "restocking_fee": "19.90",
        "refund_amount": "179.10",
        "missing": [],
        "required_approvals": [],
        "notify": [],
        "policy_version": "2026-11-23.2",
    }
    assert d["trace"][0] == {
        "code": "WINDOW_RETURN",
        "outcome": "pass",
        "message": "Day 7 after the invoice date; returns are accepted up to day 7.",
        "message_zh": "自发票开具之日起第7天;退货期限为7天。",
    }


@pytest.mark.parametrize(
    ("over", "eligible", "failing", "extra"),
    [
        ({"request_date": "2026-11-24"}, False, ["WINDOW_RETURN"], {"alternatives": []}),
        (
            {"reason": "quality_defect", "request_date": "2026-11-26", "evidence": ["inspection_report"]},
            False,
            ["WINDOW_RETURN"],
            {"alternatives": ["exchange", "repair"]},
        ),
        (
            {"reason": "quality_defect", "request_date": "2026-12-10", "evidence": ["inspection_report"]},
            False,
            ["WINDOW_RETURN", "AFTER_WINDOWS"],
            {"alternatives": ["repair"]},
        ),
        ({"package_state": "semi_sealed"}, False, ["NO_REASON_SEALED"], {}),
        (
            {"reason": "appearance_defect", "evidence": ["photos"]},
            False,
            ["APPEARANCE_DEFECT"],
            {"missing": ["courier_unboxing_proof"], "required_approvals": ["product_manager"]},
        ),
        (
            {"reason": "mislabeled_listing", "evidence": []},
            False,
            ["MISLABELED_LISTING"],
            {"missing": ["listing_screenshot"]},
        ),
        (
            {"reason": "quality_defect", "evidence": ["manufacturer_confirmation"]},
            True,
            [],
            {
                "notify": ["product_manager", "logistics"],
                "pickup": True,
                "restocking_fee": "0.00",
                "refund_amount": "199.00",
            },
        ),
        (
            {"kind": "exchange", "reason": "wrong_item", "request_date": "2026-12-01"},
            True,
            [],
            {"pickup": True},
        ),
        (
            {"kind": "repair", "reason": "quality_defect", "request_date": "2027-11-17"},
            True,
            [],
            {"warranty": False},
        ),
        (
            {"kind": "repair", "reason": "quality_defect", "onsite": True},
            True,
            [],
            {"warranty": True, "required_approvals": ["onsite_repair"]},
        ),
        ({"goods_amount": "19.95"}, True, [], {"restocking_fee": "2.00", "refund_amount": "17.95"}),
    ],
)
def test_decisions(
    api: Api, over: dict[str, Any], eligible: bool, failing: list[str], extra: dict[str, Any]
) -> None:
    d = check(api, **over)
    assert d["eligible"] is eligible
    assert [t["code"] for t in d["trace"] if t["outcome"] == "fail"] == failing
    for key, value in extra.items():
        assert d[key] == value, key


def test_request_date_defaults_to_today_in_shanghai(api: Api, clock: Any) -> None:
    body = {k: v for k, v in BASE.items() if k != "request_date"}
    clock.advance(hours=14)  # Tuesday 00:00 in Shanghai, still Monday in UTC
    r = api.post("/v1/eligibility", body, role="storefront")
    assert r.json()["days_since_invoice"] == 8 and r.json()["eligible"] is False


def test_chinese_messages(api: Api) -> None:
    r = api.client.post(
        "/v1/eligibility", json=BASE, headers={**api.keys["storefront"], "Accept-Language": "zh-CN"}
    )
    assert r.json()["trace"][0]["message"] == "自发票开具之日起第7天;退货期限为7天。"


@pytest.mark.parametrize(
    "over",
    [
        {"kind": "complaint"},
        {"goods_amount": "abc"},
        {"invoice_date": "16/11/2026"},
        {"evidence": ["selfie"]},
        {"reason": None},
    ],
)
def test_bad_requests(api: Api, over: dict[str, Any]) -> None:
    r = api.post("/v1/eligibility", {**BASE, **over}, role="storefront")
    assert r.status_code == 422 and r.json()["code"] == "validation"


def test_policy_shows_version_parameters_and_calendar_coverage(api: Api) -> None:
    p = api.get("/v1/policy").json()
    assert p["version"] == "2026-11-23.2"
    assert p["parameters"]["return_window_days"] == 7
    assert p["parameters"]["restocking_fee_rate"] == "0.10"
    assert p["parameters"]["major_compensation_threshold"] == "0.00"
    assert 2026 in p["calendar"]["official_years"] and 2027 not in p["calendar"]["official_years"]
    assert p["calendar"]["timezone"] == "Asia/Shanghai"
