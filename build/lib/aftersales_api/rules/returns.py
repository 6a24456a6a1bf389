"""Returns and exchanges (000 §三(一), 000 "三包", 003 售后流程)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal

from .base import CENT, ZERO, Decision, TraceEntry, entry, failed, money
from .orders import LineClaim, duplicate_entry
from .params import Policy
from .vocabulary import RECEIPT_ONLY_METHODS

COMPANY_SIDE = frozenset({"company", "carrier", "manufacturer", "unclear"})
_EVIDENCE_RULES: dict[str, tuple[str, tuple[tuple[str, ...], ...], bool]] = {
    # reason: (code, evidence groups (any one of each group), all kept items required)
    "appearance_defect": ("APPEARANCE_DEFECT", (("courier_unboxing_proof",), ("photos",)), False),
    "mislabeled_listing": ("MISLABELED_LISTING", (("listing_screenshot",),), True),
    "quality_defect": (
        "QUALITY_DEFECT",
        (("inspection_report", "manufacturer_confirmation"),),
        True,
    ),
}
_NEEDS_PM_APPROVAL = frozenset({"appearance_defect", "mislabeled_listing"})


@dataclass(frozen=True, slots=True)
class Kept:
    invoice: bool = False
    original_packaging: bool = False
    accessories: bool = False
    gifts: bool = False

    def missing(self) -> list[str]:
        return [
            name
            for name in ("invoice", "original_packaging", "accessories", "gifts")
            if not getattr(self, name)
        ]


@dataclass(frozen=True, slots=True)
class GoodsRequest:
    """A return or exchange request as the rules see it."""

    kind: str
    reason: str
    invoice_date: date
    request_date: date
    goods_amount: Decimal
    package_state: str | None = None
    outer_packaging_intact: bool | None = None
    kept: Kept = Kept()
    evidence: frozenset[str] = frozenset()
    responsibility: str | None = None
    lines: tuple[LineClaim, ...] = ()  # the order lines claimed, for DUPLICATE_CLAIM


def default_responsibility(reason: str) -> str:
    return "customer" if reason == "no_reason" else "company"


def window_entry(kind: str, days: int, policy: Policy) -> TraceEntry:
    if kind == "return":
        limit = policy.return_window_days
        return entry(
            "WINDOW_RETURN",
            0 <= days <= limit,
            "Day {0} after the invoice date; returns are accepted up to day {1}.",
            "自发票开具之日起第{0}天;退货期限为{1}天。",
            days,
            limit,
        )
    limit = policy.exchange_window_days
    return entry(
        "WINDOW_EXCHANGE",
        0 <= days <= limit,
        "Day {0} after the invoice date; exchanges are accepted up to day {1}.",
        "自发票开具之日起第{0}天;换货期限为{1}天。",
        days,
        limit,
    )


def restocking_fee(amount: Decimal, policy: Policy) -> Decimal:
    return money(amount * policy.restocking_fee_rate)


def alternatives(req: GoodsRequest, days: int, policy: Policy) -> tuple[str, ...]:
    """The other kinds the same facts would allow today: never a bare no."""
    out: list[str] = []
    if req.kind == "return" and req.reason != "no_reason" and 0 <= days <= policy.exchange_window_days:
        out.append("exchange")
    if req.reason == "quality_defect":
        out.append("repair")
    return tuple(out)


def _evidence(req: GoodsRequest, trace: list[TraceEntry], missing: list[str]) -> None:
    rule = _EVIDENCE_RULES.get(req.reason)
    if rule is None:
        return
    code, groups, all_kept = rule
    lacking = [group[0] for group in groups if not req.evidence.intersection(group)]
    if all_kept:
        lacking += req.kept.missing()
    if code == "APPEARANCE_DEFECT" and req.outer_packaging_intact is not True:
        lacking.append("outer_packaging_intact")
    missing.extend(lacking)
    if lacking:
        trace.append(entry(code, False, "Missing: {0}.", "缺少:{0}。", ", ".join(lacking)))
    else:
        trace.append(entry(code, True, "Evidence and kept items complete.", "证据与保存物品齐全。"))


def _no_reason(req: GoodsRequest, trace: list[TraceEntry]) -> None:
    if req.kind != "return":
        trace.append(
            entry(
                "NO_REASON_SEALED",
                False,
                "No-reason applies to returns only, never to exchanges.",
                "无理由仅适用于退货,不适用于换货。",
            )
        )
        return
    sealed = req.package_state == "sealed"
    trace.append(
        entry(
            "NO_REASON_SEALED",
            sealed,
            "Package is {0}; a no-reason return needs the factory seal unopened.",
            "包装状态:{0};无理由退货要求原厂密封包装未打开。",
            req.package_state or "unknown",
        )
    )


def _money(req: GoodsRequest, policy: Policy, trace: list[TraceEntry]) -> tuple[Decimal, Decimal]:
    amount = money(req.goods_amount)
    if req.kind == "return" and req.reason == "no_reason":
        fee = restocking_fee(amount, policy)
        trace.append(
            entry(
                "RESTOCKING_FEE",
                None,
                "Restocking fee {0:.2f} ({1:%} of {2:.2f}).",
                "退货手续费{0:.2f}(货款{2:.2f}的{1:%})。",
                fee,
                policy.restocking_fee_rate,
                amount,
            )
        )
        return fee, amount - fee
    return ZERO, amount


def evaluate_goods(req: GoodsRequest, policy: Policy) -> Decision:
    """WINDOW_*, AFTER_WINDOWS, reason rules, RESTOCKING_FEE and PICKUP."""
    days = (req.request_date - req.invoice_date).days
    trace = [window_entry(req.kind, days, policy)]
    if days > policy.exchange_window_days:
        trace.append(
            entry(
                "AFTER_WINDOWS",
                False,
                "More than {0} days after the invoice date: only repair remains for a product fault.",
                "已超过发票开具之日起{0}天:产品故障只能维修。",
                policy.exchange_window_days,
            )
        )
    if req.lines:
        trace.append(duplicate_entry(req.lines))
    missing: list[str] = []
    if req.reason == "no_reason":
        _no_reason(req, trace)
    else:
        _evidence(req, trace, missing)
    fee, refund = _money(req, policy, trace)
    given = req.responsibility or default_responsibility(req.reason)
    if given == "unclear":
        trace.append(
            entry("PICKUP", None, "Responsibility unclear: counts as the company's.", "责任不清的,以我为主。")
        )
    pickup = given in COMPANY_SIDE
    responsibility = "company" if given == "unclear" else given
    trace.append(
        entry(
            "PICKUP",
            None,
            "The company arranges a carrier pickup at its cost."
            if pickup
            else "The customer ships the goods back.",
            "通知物流上门提退货,费用由公司承担。" if pickup else "客户自行寄回商品。",
        )
    )
    approvals = ("product_manager",) if req.reason in _NEEDS_PM_APPROVAL else ()
    notify = _notify(req.reason, pickup)
    eligible = not failed(trace)
    return Decision(
        eligible=eligible,
        kind=req.kind,
        policy_version=policy.version,
        trace=tuple(trace),
        days_since_invoice=days,
        alternatives=() if eligible else alternatives(req, days, policy),
        responsibility=responsibility,
        pickup=pickup,
        goods_amount=money(req.goods_amount),
        restocking_fee=fee,
        refund_amount=refund,
        missing=tuple(missing),
        required_approvals=approvals,
        notify=notify,
    )


def _notify(reason: str, pickup: bool) -> tuple[str, ...]:
    out = ["product_manager"] if reason == "quality_defect" else []
    if pickup:
        out.append("logistics")
    return tuple(out)


INSPECTION_ITEMS = (
    "invoice_returned",
    "outer_packaging_intact",
    "accessories_complete",
    "gifts_complete",
    "seal_intact",
)


@dataclass(frozen=True, slots=True)
class InspectionResult:
    passed: bool
    failed: tuple[str, ...]
    trace: tuple[TraceEntry, ...]


def evaluate_inspection(checks: dict[str, bool | None], reason: str | None) -> InspectionResult:
    """INSPECTION: every item must pass; the seal counts for no-reason returns only."""
    items = INSPECTION_ITEMS if reason == "no_reason" else INSPECTION_ITEMS[:-1]
    bad = tuple(name for name in items if checks.get(name) is not True)
    trace = (
        entry(
            "INSPECTION",
            not bad,
            "Inspection failed: {0}." if bad else "Inspection passed.",
            "验货未通过:{0}。" if bad else "验货通过。",
            ", ".join(bad),
        ),
    )
    return InspectionResult(passed=not bad, failed=bad, trace=trace)


def check_partial_refund(amount: Decimal, exchange_cost: Decimal) -> TraceEntry:
    """PARTIAL_REFUND: the cash given back must cost less than an exchange."""
    ok = ZERO < amount < exchange_cost
    return entry(
        "PARTIAL_REFUND",
        ok,
        "Partial refund {0:.2f} must be above 0 and below the exchange cost {1:.2f}.",
        "折价退款{0:.2f}须大于0且低于换货成本{1:.2f}。",
        amount,
        exchange_cost,
    )


@dataclass(frozen=True, slots=True)
class RefundPart:
    method: str
    amount: Decimal
    document: str  # "invoice" (on request) or "receipt"


def split_refund(amount: Decimal, payments: Iterable[tuple[str, Decimal]]) -> tuple[RefundPart, ...]:
    """RECEIPT_ONLY and PAYMENTS_COVER: refund back to each original payment part, in
    proportion to what it paid, never more than it paid. Shares are rounded down to the
    cent and the cents left over go, one each, to the parts with the largest remainders
    (each of those still below what it paid), so the parts add up exactly."""
    parts = [(method, money(paid)) for method, paid in payments if paid > 0]
    total = sum((paid for _, paid in parts), ZERO)
    amount = money(amount)
    if not parts or total <= 0:
        return ()
    if amount > total:
        raise ValueError(f"refund {amount} exceeds the payments of {total}")
    exact = [amount * paid / total for _, paid in parts]
    shares = [share.quantize(CENT, rounding=ROUND_DOWN) for share in exact]
    left = int((amount - sum(shares, ZERO)) / CENT)
    by_remainder = sorted(range(len(parts)), key=lambda i: (shares[i] - exact[i], -parts[i][1]))
    for i in by_remainder[:left]:
        shares[i] += CENT
    return tuple(
        RefundPart(method, share, "receipt" if method in RECEIPT_ONLY_METHODS else "invoice")
        for (method, _), share in zip(parts, shares, strict=True)
    )
