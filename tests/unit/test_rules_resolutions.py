"""Resolutions and money: RESOLUTION_TYPES for every (kind, type) pair with the window
boundaries, and the rules of each type; DATES_VALID, PAYMENTS_COVER, DUPLICATE_CLAIM."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from aftersales_api.rules import Policy
from aftersales_api.rules.orders import LineClaim, dates_entry, duplicate_entry, payments_entry
from aftersales_api.rules.repairs import RepairRequest, evaluate_repair
from aftersales_api.rules.resolutions import (
    PAYOUT_TYPES,
    RESOLUTION_TYPES,
    RepairReport,
    ResolutionRequest,
    evaluate_resolution,
    paid_entry,
    payment_entry,
    signoff_entry,
)
from aftersales_api.rules.vocabulary import Kind
from aftersales_api.schemas import ResolutionType

POLICY = Policy()
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]
TYPES: tuple[str, ...] = ResolutionType.__args__  # type: ignore[attr-defined]
REPORT = RepairReport("loose wire", "resoldered", ())

# Every resolution type each kind allows, by window (policy.md RESOLUTION_TYPES).
ALWAYS = {
    "return": {"refund", "partial_refund", "exchange"},
    "exchange": {"exchange", "repair", "partial_refund"},
    "repair": {"repair", "replacement_parts"},
    "accessory": {"replacement_parts", "exchange", "partial_refund"},
    "invoice": {"invoice_reissue"},
    "refund": {"explanation"},
    "installation": {"installation"},
    "complaint": {"explanation", "compensation", "exchange", "repair", "replacement_parts"},
    "inquiry": {"explanation"},
    "suggestion": {"explanation"},
}


def types_outcome(kind: str, type_: str, day: int, reason: str = "quality_defect") -> str:
    req = ResolutionRequest(kind=kind, type=type_, days_since_invoice=day, reason=reason)
    (entry,) = [t for t in evaluate_resolution(req, POLICY).trace if t.code == "RESOLUTION_TYPES"][:1]
    return entry.outcome


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("type_", TYPES)
def test_every_kind_and_type_on_a_day_inside_every_window(kind: str, type_: str) -> None:
    windowed = {("exchange", "refund"), ("repair", "exchange"), ("repair", "refund")}
    expected = type_ in ALWAYS[kind] or (kind, type_) in windowed
    assert types_outcome(kind, type_, day=3) == ("pass" if expected else "fail")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("type_", TYPES)
def test_every_kind_and_type_after_every_window(kind: str, type_: str) -> None:
    expected = type_ in ALWAYS[kind]
    assert types_outcome(kind, type_, day=16) == ("pass" if expected else "fail")


@pytest.mark.parametrize(
    ("kind", "type_", "day", "reason", "outcome"),
    [
        # 三包 包退: a refund on an exchange ticket while the return window is open.
        ("exchange", "refund", 7, "wrong_item", "pass"),
        ("exchange", "refund", 8, "wrong_item", "fail"),
        ("exchange", "refund", 12, "wrong_item", "fail"),
        # 包换: an exchange on a repair ticket while the exchange window is open.
        ("repair", "exchange", 15, "quality_defect", "pass"),
        ("repair", "exchange", 16, "quality_defect", "fail"),
        # 包退 for a repair: only a quality defect, only in the return window.
        ("repair", "refund", 7, "quality_defect", "pass"),
        ("repair", "refund", 8, "quality_defect", "fail"),
        ("repair", "refund", 7, "appearance_defect", "fail"),
        ("repair", "refund", 400, "quality_defect", "fail"),
        ("repair", "refund", -1, "quality_defect", "fail"),
    ],
)
def test_window_bound_types_at_their_boundaries(
    kind: str, type_: str, day: int, reason: str, outcome: str
) -> None:
    assert types_outcome(kind, type_, day, reason) == outcome


def test_the_table_is_the_one_place_for_kinds_and_types() -> None:
    assert set(RESOLUTION_TYPES) == set(KINDS)
    assert all(set(allowed) <= set(TYPES) for allowed in RESOLUTION_TYPES.values())
    assert PAYOUT_TYPES == {"refund", "partial_refund", "compensation"}
    # Money on a complaint is always compensation.
    assert not {"refund", "partial_refund"} & set(RESOLUTION_TYPES["complaint"])


def test_a_refused_type_names_what_is_allowed_in_both_languages() -> None:
    req = ResolutionRequest(kind="complaint", type="refund", amount=Decimal("300.00"))
    d = evaluate_resolution(req, POLICY)
    assert not d.allowed
    assert d.trace[0].message == (
        "A complaint ticket cannot be resolved with refund; allowed now: "
        "explanation, compensation, exchange, repair, replacement_parts."
    )
    assert d.trace[0].message_zh.startswith("complaint工单不能以refund方式解决")


def test_a_refund_is_computed_and_needs_the_inspection() -> None:
    base = ResolutionRequest(
        kind="return",
        type="refund",
        days_since_invoice=3,
        goods_amount=Decimal("199.00"),
        refund_amount=Decimal("179.10"),
    )
    uninspected = evaluate_resolution(base, POLICY)
    assert not uninspected.allowed and [t.code for t in uninspected.trace if t.outcome == "fail"] == [
        "INSPECTION"
    ]
    inspected = ResolutionRequest(**{**_fields(base), "inspection_passed": True})
    ok = evaluate_resolution(inspected, POLICY)
    assert (ok.allowed, ok.amount, ok.payout) == (True, Decimal("179.10"), True)
    typed = ResolutionRequest(**{**_fields(inspected), "amount": Decimal("199.00")})
    assert not evaluate_resolution(typed, POLICY).allowed
    same = ResolutionRequest(**{**_fields(inspected), "amount": Decimal("179.10")})
    assert evaluate_resolution(same, POLICY).allowed


def test_a_refund_never_exceeds_what_the_order_paid() -> None:
    req = ResolutionRequest(
        kind="repair",
        type="refund",
        days_since_invoice=2,
        reason="quality_defect",
        goods_amount=Decimal("199.00"),
        paid=Decimal("150.00"),
    )
    d = evaluate_resolution(req, POLICY)
    assert not d.allowed and [t.code for t in d.trace if t.outcome == "fail"] == ["PAYMENTS_COVER"]


@pytest.mark.parametrize(
    ("amount", "cost", "allowed"),
    [
        ("99.99", "100.00", True),
        ("100.00", "100.00", False),
        ("0.00", "100.00", False),
        (None, "100.00", False),
    ],
)
def test_partial_refund_below_the_exchange_cost(amount: str | None, cost: str, allowed: bool) -> None:
    req = ResolutionRequest(
        kind="accessory",
        type="partial_refund",
        amount=None if amount is None else Decimal(amount),
        exchange_cost=Decimal(cost),
    )
    d = evaluate_resolution(req, POLICY)
    assert d.allowed is allowed
    assert [t.code for t in d.trace if t.outcome == "fail"] == ([] if allowed else ["PARTIAL_REFUND"])


@pytest.mark.parametrize(
    ("approvals", "allowed"),
    [
        ((), False),
        (("finance_review",), False),
        (("general_manager", "finance_review"), False),
        (("finance_review", "general_manager"), True),
    ],
)
def test_compensation_needs_finance_then_general_manager(approvals: tuple[str, ...], allowed: bool) -> None:
    req = ResolutionRequest(
        kind="complaint", type="compensation", amount=Decimal("300.00"), approvals=approvals
    )
    d = evaluate_resolution(req, POLICY)
    assert (d.allowed, d.payout) == (allowed, True)


def test_compensation_needs_an_amount_above_zero() -> None:
    for amount in (None, Decimal("0.00")):
        req = ResolutionRequest(
            kind="complaint",
            type="compensation",
            amount=amount,
            approvals=("finance_review", "general_manager"),
        )
        assert not evaluate_resolution(req, POLICY).allowed


@pytest.mark.parametrize(
    ("report", "missing"),
    [
        (RepairReport("loose wire", "resoldered", ()), ""),
        (RepairReport("loose wire", "resoldered", ("switch",)), ""),
        (RepairReport("loose wire", "resoldered", None), "parts"),
        (RepairReport(None, None, ()), "cause, fix"),
        (RepairReport("  ", "resoldered", ()), "cause"),
    ],
)
def test_a_repair_records_its_service_report(report: RepairReport, missing: str) -> None:
    req = ResolutionRequest(kind="repair", type="repair", warranty=True, report=report)
    d = evaluate_resolution(req, POLICY)
    entry = next(t for t in d.trace if t.code == "REPAIR_REPORT")
    assert d.allowed is (not missing)
    assert entry.message == (f"Service report lacks: {missing}." if missing else entry.message)


def test_a_paid_repair_resolves_against_the_accepted_quote() -> None:
    base = ResolutionRequest(
        kind="repair", type="repair", days_since_invoice=400, warranty=False, report=REPORT
    )
    no_quote = evaluate_resolution(base, POLICY)
    assert [t.code for t in no_quote.trace if t.outcome == "fail"] == ["REPAIR_QUOTE"]
    quoted = ResolutionRequest(**{**_fields(base), "accepted_quote": Decimal("180.00")})
    d = evaluate_resolution(quoted, POLICY)
    assert (d.allowed, d.amount, d.payout) == (True, Decimal("180.00"), False)
    other = ResolutionRequest(**{**_fields(quoted), "amount": Decimal("150.00")})
    assert [t.code for t in evaluate_resolution(other, POLICY).trace if t.outcome == "fail"] == [
        "REPAIR_QUOTE"
    ]


def test_a_free_repair_charges_nothing() -> None:
    req = ResolutionRequest(
        kind="repair", type="repair", warranty=True, report=REPORT, amount=Decimal("50.00")
    )
    assert not evaluate_resolution(req, POLICY).allowed
    free = ResolutionRequest(kind="repair", type="repair", warranty=True, report=REPORT)
    assert evaluate_resolution(free, POLICY).amount is None


@pytest.mark.parametrize("type_", ["exchange", "replacement_parts", "explanation"])
def test_a_type_that_moves_no_money_takes_no_amount(type_: str) -> None:
    req = ResolutionRequest(kind="complaint", type=type_, amount=Decimal("10.00"))
    assert not evaluate_resolution(req, POLICY).allowed


@pytest.mark.parametrize(
    ("type_", "allowed"), [("explanation", True), ("compensation", False), ("exchange", False)]
)
def test_no_first_contact_money(type_: str, allowed: bool) -> None:
    req = ResolutionRequest(kind="complaint", type=type_, first_contact=True, amount=None)
    d = evaluate_resolution(req, POLICY)
    entry = next(t for t in d.trace if t.code == "NO_FIRST_CONTACT_MONEY")
    assert entry.outcome == ("pass" if allowed else "fail")


@pytest.mark.parametrize(
    ("kind", "signed", "outcome"),
    [
        ("supervisor_signoff", (), "pass"),
        ("manager_signoff", (), "fail"),
        ("manager_signoff", ("supervisor_signoff",), "pass"),
    ],
)
def test_refund_signoff_order(kind: str, signed: tuple[str, ...], outcome: str) -> None:
    assert signoff_entry(kind, signed).outcome == outcome


def test_finance_pays_only_a_request_signed_twice() -> None:
    assert payment_entry(()).outcome == "fail"
    assert payment_entry(("supervisor_signoff",)).outcome == "fail"
    assert payment_entry(("supervisor_signoff", "manager_signoff")).outcome == "pass"
    assert (paid_entry(True).outcome, paid_entry(False).outcome) == ("fail", "pass")


@pytest.mark.parametrize(
    ("invoice", "request_day", "outcome"),
    [
        (date(2026, 11, 23), date(2026, 11, 23), "pass"),
        (date(2026, 11, 24), date(2026, 11, 24), "fail"),  # invoice in the future
        (date(2026, 11, 16), date(2026, 11, 15), "fail"),  # request before the invoice
        (date(2026, 11, 16), date(2026, 11, 30), "pass"),  # a request in the future is a what-if
    ],
)
def test_dates_valid(invoice: date, request_day: date, outcome: str) -> None:
    entry = dates_entry(invoice, request_day, today=date(2026, 11, 23))
    assert entry.outcome == outcome
    if outcome == "fail":
        assert invoice.isoformat() in entry.message and invoice.isoformat() in entry.message_zh


@pytest.mark.parametrize(
    ("paid", "goods", "outcome"),
    [
        (("199.00",), "199.00", "pass"),
        (("100.00", "50.00"), "199.00", "fail"),
        (("1.00",), "1000.00", "fail"),
        (("150.00", "49.00"), "199.00", "pass"),
        (("198.99",), "199.00", "fail"),
    ],
)
def test_payments_cover_the_goods(paid: tuple[str, ...], goods: str, outcome: str) -> None:
    assert payments_entry((Decimal(p) for p in paid), Decimal(goods)).outcome == outcome


@pytest.mark.parametrize(
    ("quantity", "ordered", "earlier", "outcome"),
    [
        (1, 1, (), "pass"),
        (1, 1, (("AS-20261123-000001", 1),), "fail"),
        (1, 2, (("AS-20261123-000001", 1),), "pass"),
        (1, 2, (("AS-20261123-000001", 1), ("AS-20261123-000002", 1)), "fail"),
        (2, 3, (("AS-20261123-000001", 1),), "pass"),
    ],
)
def test_duplicate_claims_on_an_order_line(
    quantity: int, ordered: int, earlier: tuple[tuple[str, int], ...], outcome: str
) -> None:
    entry = duplicate_entry([LineClaim("SKU-1", quantity, ordered, earlier)])
    assert entry.outcome == outcome
    if outcome == "fail":
        assert earlier[-1][0] in entry.message and earlier[-1][0] in entry.message_zh


def test_customer_damage_inside_the_warranty_is_paid() -> None:
    req = RepairRequest(invoice_date=date(2026, 6, 1), request_date=date(2026, 11, 23))
    assert evaluate_repair(req, POLICY).warranty is True
    own = RepairRequest(
        invoice_date=date(2026, 6, 1), request_date=date(2026, 11, 23), responsibility="customer"
    )
    d = evaluate_repair(own, POLICY)
    assert (d.warranty, d.responsibility) == (False, "customer")
    assert "customer's own" in d.trace[0].message


def _fields(req: ResolutionRequest) -> dict[str, object]:
    return {name: getattr(req, name) for name in req.__dataclass_fields__}
