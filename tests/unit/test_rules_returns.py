"""Returns and exchanges: every rule code and each boundary."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aftersales_api.rules import GoodsRequest, Kept, Policy, evaluate_goods
from aftersales_api.rules.base import money
from aftersales_api.rules.returns import (
    check_partial_refund,
    evaluate_inspection,
    restocking_fee,
    split_refund,
)

POLICY = Policy()
INVOICE = date(2026, 11, 16)
ALL_KEPT = Kept(True, True, True, True)


def request(kind: str = "return", reason: str = "no_reason", day: int = 3, **over: object) -> GoodsRequest:
    fields: dict[str, object] = {
        "kind": kind,
        "reason": reason,
        "invoice_date": INVOICE,
        "request_date": INVOICE + timedelta(days=day),
        "goods_amount": Decimal("199.00"),
        "package_state": "sealed",
        "outer_packaging_intact": True,
        "kept": ALL_KEPT,
        "evidence": frozenset(),
    }
    fields.update(over)
    return GoodsRequest(**fields)  # type: ignore[arg-type]


def outcome(decision: object, code: str) -> list[str]:
    return [t.outcome for t in decision.trace if t.code == code]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("kind", "reason", "day", "eligible", "code", "rule_outcome"),
    [
        ("return", "no_reason", 0, True, "WINDOW_RETURN", "pass"),
        ("return", "no_reason", 7, True, "WINDOW_RETURN", "pass"),
        ("return", "no_reason", 8, False, "WINDOW_RETURN", "fail"),
        ("return", "no_reason", -1, False, "WINDOW_RETURN", "fail"),
        ("exchange", "wrong_item", 0, True, "WINDOW_EXCHANGE", "pass"),
        ("exchange", "wrong_item", 8, True, "WINDOW_EXCHANGE", "pass"),
        ("exchange", "wrong_item", 15, True, "WINDOW_EXCHANGE", "pass"),
        ("exchange", "wrong_item", 16, False, "WINDOW_EXCHANGE", "fail"),
        ("return", "wrong_item", 16, False, "AFTER_WINDOWS", "fail"),
        ("exchange", "wrong_item", 15, True, "AFTER_WINDOWS", None),
    ],
)
def test_windows_count_from_the_invoice_date(
    kind: str, reason: str, day: int, eligible: bool, code: str, rule_outcome: str | None
) -> None:
    d = evaluate_goods(request(kind, reason, day), POLICY)
    assert d.eligible is eligible
    assert d.days_since_invoice == day
    assert outcome(d, code) == ([rule_outcome] if rule_outcome else [])


@pytest.mark.parametrize(
    ("kind", "reason", "day", "alternatives"),
    [
        ("return", "quality_defect", 8, ("exchange", "repair")),
        ("return", "quality_defect", 16, ("repair",)),
        ("return", "wrong_item", 10, ("exchange",)),
        ("return", "no_reason", 8, ()),
        ("exchange", "quality_defect", 20, ("repair",)),
        ("return", "no_reason", 3, ()),
    ],
)
def test_a_no_says_what_is_possible(kind: str, reason: str, day: int, alternatives: tuple[str, ...]) -> None:
    evidence = frozenset({"inspection_report"})
    assert evaluate_goods(request(kind, reason, day, evidence=evidence), POLICY).alternatives == alternatives


@pytest.mark.parametrize(
    ("kind", "state", "eligible"),
    [
        ("return", "sealed", True),
        ("return", "semi_sealed", False),
        ("return", "unsealed", False),
        ("return", None, False),
        ("exchange", "sealed", False),
    ],
)
def test_no_reason_needs_the_seal_and_is_for_returns_only(
    kind: str, state: str | None, eligible: bool
) -> None:
    d = evaluate_goods(request(kind, "no_reason", package_state=state), POLICY)
    assert d.eligible is eligible
    assert outcome(d, "NO_REASON_SEALED") == ["pass" if eligible else "fail"]


@pytest.mark.parametrize(
    ("amount", "fee"),
    [
        ("0.05", "0.01"),
        ("19.95", "2.00"),
        ("199.00", "19.90"),
        ("0.04", "0.00"),
        ("0.00", "0.00"),
        ("1234.56", "123.46"),
        ("99.99", "10.00"),
    ],
)
def test_restocking_fee_rounds_half_up(amount: str, fee: str) -> None:
    assert restocking_fee(Decimal(amount), POLICY) == Decimal(fee)
    d = evaluate_goods(request(goods_amount=Decimal(amount)), POLICY)
    assert (d.restocking_fee, d.refund_amount) == (Decimal(fee), Decimal(amount) - Decimal(fee))


@pytest.mark.parametrize(
    "reason", ["quality_defect", "appearance_defect", "mislabeled_listing", "wrong_item"]
)
def test_company_fault_returns_pay_no_fee_and_get_a_pickup(reason: str) -> None:
    evidence = frozenset({"inspection_report", "photos", "courier_unboxing_proof", "listing_screenshot"})
    d = evaluate_goods(request(reason=reason, evidence=evidence), POLICY)
    assert d.eligible
    assert (d.restocking_fee, d.refund_amount) == (Decimal("0.00"), Decimal("199.00"))
    assert d.pickup and d.responsibility == "company"
    assert "logistics" in d.notify


@pytest.mark.parametrize(
    ("given", "pickup", "shown"),
    [
        ("unclear", True, "company"),
        ("carrier", True, "carrier"),
        ("customer", False, "customer"),
        ("company", True, "company"),
        ("manufacturer", True, "manufacturer"),
    ],
)
def test_unclear_responsibility_counts_as_the_company(given: str, pickup: bool, shown: str) -> None:
    d = evaluate_goods(request(reason="wrong_item", responsibility=given), POLICY)
    assert (d.pickup, d.responsibility) == (pickup, shown)
    assert outcome(d, "PICKUP")[-1] == "info"


@pytest.mark.parametrize(
    ("reason", "evidence", "kept", "intact", "missing", "approvals", "notify"),
    [
        (
            "appearance_defect",
            {"photos", "courier_unboxing_proof"},
            ALL_KEPT,
            True,
            (),
            ("product_manager",),
            ("logistics",),
        ),
        (
            "appearance_defect",
            {"photos"},
            ALL_KEPT,
            True,
            ("courier_unboxing_proof",),
            ("product_manager",),
            ("logistics",),
        ),
        (
            "appearance_defect",
            set(),
            ALL_KEPT,
            False,
            ("courier_unboxing_proof", "photos", "outer_packaging_intact"),
            ("product_manager",),
            ("logistics",),
        ),
        (
            "mislabeled_listing",
            {"listing_screenshot"},
            ALL_KEPT,
            True,
            (),
            ("product_manager",),
            ("logistics",),
        ),
        (
            "mislabeled_listing",
            set(),
            Kept(invoice=True),
            True,
            ("listing_screenshot", "original_packaging", "accessories", "gifts"),
            ("product_manager",),
            ("logistics",),
        ),
        (
            "quality_defect",
            {"manufacturer_confirmation"},
            ALL_KEPT,
            True,
            (),
            (),
            ("product_manager", "logistics"),
        ),
        (
            "quality_defect",
            {"inspection_report"},
            Kept(True, True, True, False),
            True,
            ("gifts",),
            (),
            ("product_manager", "logistics"),
        ),
        (
            "quality_defect",
            set(),
            ALL_KEPT,
            True,
            ("inspection_report",),
            (),
            ("product_manager", "logistics"),
        ),
    ],
)
def test_evidence_and_approvals_by_reason(
    reason: str,
    evidence: set[str],
    kept: Kept,
    intact: bool,
    missing: tuple[str, ...],
    approvals: tuple[str, ...],
    notify: tuple[str, ...],
) -> None:
    d = evaluate_goods(
        request(reason=reason, evidence=frozenset(evidence), kept=kept, outer_packaging_intact=intact), POLICY
    )
    assert d.missing == missing
    assert d.eligible is (not missing)
    assert d.required_approvals == approvals
    assert d.notify == notify
    code = {
        "appearance_defect": "APPEARANCE_DEFECT",
        "mislabeled_listing": "MISLABELED_LISTING",
        "quality_defect": "QUALITY_DEFECT",
    }[reason]
    assert outcome(d, code) == ["fail" if missing else "pass"]


def test_every_trace_entry_speaks_both_languages() -> None:
    d = evaluate_goods(request(day=9, package_state="unsealed"), POLICY)
    for entry in d.as_dict("en")["trace"]:
        assert entry["message"] and entry["message_zh"] and entry["message"] != entry["message_zh"]
    zh = d.as_dict("zh")["trace"]
    assert all(e["message"] == e["message_zh"] for e in zh)


@pytest.mark.parametrize(
    ("checks", "reason", "failed"),
    [
        (
            {},
            "no_reason",
            (
                "invoice_returned",
                "outer_packaging_intact",
                "accessories_complete",
                "gifts_complete",
                "seal_intact",
            ),
        ),
        (
            dict.fromkeys(
                (
                    "invoice_returned",
                    "outer_packaging_intact",
                    "accessories_complete",
                    "gifts_complete",
                    "seal_intact",
                ),
                True,
            ),
            "no_reason",
            (),
        ),
        (
            {
                "invoice_returned": True,
                "outer_packaging_intact": True,
                "accessories_complete": False,
                "gifts_complete": True,
                "seal_intact": False,
            },
            "quality_defect",
            ("accessories_complete",),
        ),
        (
            {
                "invoice_returned": True,
                "outer_packaging_intact": True,
                "accessories_complete": True,
                "gifts_complete": True,
                "seal_intact": False,
            },
            "no_reason",
            ("seal_intact",),
        ),
    ],
)
def test_inspection(checks: dict[str, bool], reason: str, failed: tuple[str, ...]) -> None:
    result = evaluate_inspection(checks, reason)
    assert result.failed == failed
    assert result.passed is (not failed)
    assert result.trace[0].code == "INSPECTION"


@pytest.mark.parametrize(
    ("amount", "cost", "ok"),
    [
        ("50.00", "199.00", True),
        ("198.99", "199.00", True),
        ("199.00", "199.00", False),
        ("250.00", "199.00", False),
        ("0.00", "199.00", False),
    ],
)
def test_partial_refund_costs_less_than_an_exchange(amount: str, cost: str, ok: bool) -> None:
    assert check_partial_refund(Decimal(amount), Decimal(cost)).outcome == ("pass" if ok else "fail")


def test_refund_goes_back_part_by_part() -> None:
    parts = split_refund(Decimal("179.10"), [("cash", Decimal("150.00")), ("points", Decimal("49.00"))])
    assert [(p.method, str(p.amount), p.document) for p in parts] == [
        ("cash", "135.00", "invoice"),
        ("points", "44.10", "receipt"),
    ]
    assert sum(p.amount for p in parts) == Decimal("179.10")
    coupon = split_refund(Decimal("10.00"), [("coupon", Decimal("10.00"))])
    assert coupon[0].document == "receipt"
    assert split_refund(Decimal("10.00"), []) == ()


amounts = st.decimals(
    min_value=Decimal("0"), max_value=Decimal("1000000"), places=2, allow_nan=False, allow_infinity=False
)


@given(amounts)
def test_fee_plus_refund_is_the_goods_amount(amount: Decimal) -> None:
    d = evaluate_goods(request(goods_amount=amount), POLICY)
    assert d.restocking_fee is not None and d.refund_amount is not None
    assert d.restocking_fee + d.refund_amount == money(amount)
    assert d.restocking_fee >= 0 and d.refund_amount >= 0


@given(
    amounts,
    st.lists(
        st.tuples(
            st.sampled_from(["cash", "card", "points", "coupon", "store_card"]),
            amounts.filter(lambda a: a > 0),
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_refund_parts_add_up_and_never_exceed_a_method(
    amount: Decimal, payments: list[tuple[str, Decimal]]
) -> None:
    """PAYMENTS_COVER: the parts add up to the refund and none exceeds what it paid."""
    paid = sum((money(p) for _, p in payments), Decimal(0))
    if money(amount) > paid:
        with pytest.raises(ValueError, match="exceeds"):
            split_refund(amount, payments)
        return
    parts = split_refund(amount, payments)
    assert sum(p.amount for p in parts) == money(amount)
    for part, (_, paid_by_method) in zip(parts, payments, strict=True):
        assert Decimal(0) <= part.amount <= money(paid_by_method)


def test_the_cash_and_store_card_split_of_the_issue_stays_within_each_method() -> None:
    """Cash 100.00 + store card 50.00 once gave 119.40 + 59.70 for a 179.10 refund."""
    parts = split_refund(Decimal("150.00"), [("cash", Decimal("100.00")), ("store_card", Decimal("50.00"))])
    assert [(p.method, p.amount, p.document) for p in parts] == [
        ("cash", Decimal("100.00"), "invoice"),
        ("store_card", Decimal("50.00"), "receipt"),
    ]
    with pytest.raises(ValueError, match="exceeds"):
        split_refund(Decimal("179.10"), [("cash", Decimal("100.00")), ("store_card", Decimal("50.00"))])


def test_leftover_cents_go_to_the_largest_remainders() -> None:
    parts = split_refund(
        Decimal("0.02"), [("cash", Decimal("0.01")), ("card", Decimal("0.01")), ("points", Decimal("0.01"))]
    )
    assert [p.amount for p in parts] == [Decimal("0.01"), Decimal("0.01"), Decimal("0.00")]


@given(
    st.integers(-30, 60),
    st.integers(-30, 60),
    st.sampled_from(["return", "exchange"]),
    st.sampled_from(["no_reason", "wrong_item"]),
)
def test_window_decisions_only_change_at_a_boundary(a: int, b: int, kind: str, reason: str) -> None:
    """Two request dates on the same side of every boundary get the same decision."""
    boundaries = (0, POLICY.return_window_days + 1, POLICY.exchange_window_days + 1)

    def side(day: int) -> tuple[bool, ...]:
        return tuple(day >= edge for edge in boundaries)

    if side(a) == side(b):
        da, db = (evaluate_goods(request(kind, reason, day), POLICY) for day in (a, b))
        assert (da.eligible, da.alternatives, [t.code for t in da.trace]) == (
            db.eligible,
            db.alternatives,
            [t.code for t in db.trace],
        )
