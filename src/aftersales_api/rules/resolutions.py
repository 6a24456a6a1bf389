"""What a ticket may be resolved with, and the money it moves (policy.md "Resolutions
and money": 000 "三包", 000 §三(五), 003, 004 §(一)4)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final, Literal

from .base import ZERO, TraceEntry, entry, failed, money
from .complaints import compensation_approvals, major_final_entry
from .orders import payments_entry
from .params import Policy
from .returns import check_partial_refund
from .vocabulary import GOODS_KINDS

# When a resolution type is open to a kind: always, or only inside a window counted from
# the invoice date to the ticket's request date (三包: 包退 7 days, 包换 15 days).
Window = Literal["always", "return_window", "exchange_window", "return_window_quality"]

# RESOLUTION_TYPES: kind → the resolution types it allows, and when.
RESOLUTION_TYPES: Final[dict[str, dict[str, Window]]] = {
    "return": {"refund": "always", "partial_refund": "always", "exchange": "always"},
    "exchange": {
        "exchange": "always",
        "repair": "always",
        "partial_refund": "always",
        "refund": "return_window",
    },
    "repair": {
        "repair": "always",
        "replacement_parts": "always",
        "exchange": "exchange_window",
        "refund": "return_window_quality",
    },
    "accessory": {"replacement_parts": "always", "exchange": "always", "partial_refund": "always"},
    "invoice": {"invoice_reissue": "always"},
    "refund": {"explanation": "always"},
    "installation": {"installation": "always"},
    "complaint": {
        "explanation": "always",
        "compensation": "always",
        "exchange": "always",
        "repair": "always",
        "replacement_parts": "always",
    },
    "inquiry": {"explanation": "always"},
    "suggestion": {"explanation": "always"},
}
# REFUND_SIGNOFF: the types whose money leaves the company on a signed refund request.
PAYOUT_TYPES: Final = frozenset({"refund", "partial_refund", "compensation"})
# The payouts that go back to the order's payment methods, part by part (RECEIPT_ONLY).
REFUND_TYPES: Final = frozenset({"refund", "partial_refund"})
SIGNOFFS: Final = ("supervisor_signoff", "manager_signoff")
FIRST_CONTACT_TYPES: Final = frozenset({"explanation"})


@dataclass(frozen=True, slots=True)
class RepairReport:
    """REPAIR_REPORT: 故障原因、解决办法、更换零件名称. `parts` None means not given."""

    cause: str | None = None
    fix: str | None = None
    parts: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class ResolutionRequest:
    """A proposed resolution and the ticket facts it is judged on."""

    kind: str
    type: str
    days_since_invoice: int | None = None
    reason: str | None = None
    amount: Decimal | None = None  # typed by the agent
    exchange_cost: Decimal | None = None
    goods_amount: Decimal | None = None
    refund_amount: Decimal | None = None  # computed by the eligibility decision
    inspection_passed: bool | None = None  # None: no inspection recorded
    approvals: tuple[str, ...] = ()  # approval types recorded as approved, oldest first
    warranty: bool | None = None  # repair: a free repair under warranty
    accepted_quote: Decimal | None = None  # the total of the quote the customer accepted
    claimed_compensation: Decimal = ZERO
    paid: Decimal | None = None  # what the order's payments add up to, when known
    report: RepairReport = RepairReport()
    first_contact: bool = False
    major: bool = False  # a major complaint (MAJOR_FINAL)


@dataclass(frozen=True, slots=True)
class ResolutionDecision:
    """Whether the resolution is allowed, the amount it moves, and why."""

    allowed: bool
    type: str
    amount: Decimal | None
    payout: bool
    trace: tuple[TraceEntry, ...]


def allowed_types(kind: str, days: int | None, reason: str | None, policy: Policy) -> tuple[str, ...]:
    """The resolution types open to `kind` on day `days` after the invoice."""
    return tuple(
        t for t, window in RESOLUTION_TYPES.get(kind, {}).items() if _open(window, days, reason, policy)
    )


def _open(window: Window, days: int | None, reason: str | None, policy: Policy) -> bool:
    if window == "always":
        return True
    if days is None or days < 0:
        return False
    if window == "exchange_window":
        return days <= policy.exchange_window_days
    in_return = days <= policy.return_window_days
    return in_return and (window == "return_window" or reason == "quality_defect")


_WINDOW_TEXT: Final[dict[Window, tuple[str, str]]] = {
    "always": ("", ""),
    "return_window": ("only up to day {1} after the invoice", "仅限发票开具之日起{1}天内"),
    "exchange_window": ("only up to day {2} after the invoice", "仅限发票开具之日起{2}天内"),
    "return_window_quality": (
        "only for a quality defect up to day {1} after the invoice",
        "仅限质量问题且在发票开具之日起{1}天内",
    ),
}


def types_entry(req: ResolutionRequest, policy: Policy) -> TraceEntry:
    """RESOLUTION_TYPES for this kind, on the ticket's day after the invoice."""
    table = RESOLUTION_TYPES.get(req.kind, {})
    open_now = allowed_types(req.kind, req.days_since_invoice, req.reason, policy)
    window = table.get(req.type)
    if req.type in open_now:
        return entry(
            "RESOLUTION_TYPES",
            True,
            "A {0} ticket may be resolved with {3}.",
            "{0}工单可以{3}方式解决。",
            req.kind,
            policy.return_window_days,
            policy.exchange_window_days,
            req.type,
        )
    if window is not None:
        en, zh = _WINDOW_TEXT[window]
        return entry(
            "RESOLUTION_TYPES",
            False,
            "Day {4} after the invoice: a {0} ticket is resolved with {3} " + en + ".",
            "发票开具之日起第{4}天:{0}工单" + zh + "可以{3}方式解决。",
            req.kind,
            policy.return_window_days,
            policy.exchange_window_days,
            req.type,
            "unknown" if req.days_since_invoice is None else req.days_since_invoice,
        )
    return entry(
        "RESOLUTION_TYPES",
        False,
        "A {0} ticket cannot be resolved with {1}; allowed now: {2}.",
        "{0}工单不能以{1}方式解决;当前允许:{2}。",
        req.kind,
        req.type,
        ", ".join(open_now) or "none",
    )


def evaluate_resolution(req: ResolutionRequest, policy: Policy) -> ResolutionDecision:
    """RESOLUTION_TYPES, NO_FIRST_CONTACT_MONEY, and the rules of the type chosen:
    INSPECTION and the computed amount for a refund, PARTIAL_REFUND,
    COMPENSATION_APPROVAL, REPAIR_REPORT / WARRANTY / REPAIR_QUOTE for a repair."""
    trace = [types_entry(req, policy)]
    if req.first_contact:
        ok = req.type in FIRST_CONTACT_TYPES
        trace.append(
            entry(
                "NO_FIRST_CONTACT_MONEY",
                ok,
                "A first-contact resolution is an explanation."
                if ok
                else "A first-contact resolution never pays: {0} is not allowed, only an explanation.",
                "首次接触解决为解释说明。" if ok else "首次接触解决不涉及赔付:不允许{0},仅可解释说明。",
                req.type,
            )
        )
    if req.major and not req.first_contact:
        trace.append(major_final_entry(req.approvals))
    amount = _BY_TYPE.get(req.type, _no_money)(req, policy, trace)
    if amount is not None and req.type in REFUND_TYPES and req.paid is not None:
        trace.append(payments_entry((req.paid,), amount))
    return ResolutionDecision(
        allowed=not failed(trace),
        type=req.type,
        amount=amount,
        payout=req.type in PAYOUT_TYPES,
        trace=tuple(trace),
    )


def _refund(req: ResolutionRequest, policy: Policy, trace: list[TraceEntry]) -> Decimal | None:
    """A refund's amount is computed (goods less any restocking fee), never typed in;
    goods that come back must have passed inspection."""
    computed = req.refund_amount if req.refund_amount is not None else req.goods_amount
    if computed is None:
        trace.append(_amount_entry("RESOLUTION_TYPES", None, None))
        return None
    computed = money(computed)
    if req.amount is not None and money(req.amount) != computed:
        trace.append(_amount_entry("RESOLUTION_TYPES", money(req.amount), computed))
    if req.kind in GOODS_KINDS:
        ok = req.inspection_passed is True
        trace.append(
            entry(
                "INSPECTION",
                ok,
                "Returned goods passed inspection."
                if ok
                else "A refund for returned goods needs a passed inspection first.",
                "退货已验货通过。" if ok else "退货须先验货通过才能退款。",
            )
        )
    return computed


def _amount_entry(code: str, typed: Decimal | None, computed: Decimal | None) -> TraceEntry:
    if computed is None:
        return entry(code, False, "This resolution needs an amount.", "该解决方式须填写金额。")
    return entry(
        code,
        False,
        "The amount is {1:.2f}, computed by the policy; {0:.2f} was given.",
        "金额由政策计算为{1:.2f},不能填写{0:.2f}。",
        typed,
        computed,
    )


def _partial_refund(req: ResolutionRequest, policy: Policy, trace: list[TraceEntry]) -> Decimal | None:
    if req.amount is None:
        trace.append(_amount_entry("PARTIAL_REFUND", None, None))
        return None
    cost = req.exchange_cost if req.exchange_cost is not None else (req.goods_amount or ZERO)
    trace.append(check_partial_refund(money(req.amount), money(cost)))
    return money(req.amount)


def _compensation(req: ResolutionRequest, policy: Policy, trace: list[TraceEntry]) -> Decimal | None:
    if req.amount is None or req.amount <= 0:
        trace.append(
            entry(
                "COMPENSATION_APPROVAL",
                False,
                "Compensation needs an amount above 0.00.",
                "赔偿金额须大于0.00。",
            )
        )
        return None
    trace.append(compensation_approvals(req.approvals))
    return money(req.amount)


def _repair(req: ResolutionRequest, policy: Policy, trace: list[TraceEntry]) -> Decimal | None:
    trace.append(report_entry(req.report))
    if req.kind != "repair" or req.warranty is not False:
        trace.append(entry("WARRANTY", None, "A free repair: nothing to charge.", "免费维修:不收取费用。"))
        if req.amount is not None and req.amount != 0:
            trace.append(_amount_entry("WARRANTY", money(req.amount), ZERO))
        return None
    accepted = req.accepted_quote
    trace.append(
        entry(
            "REPAIR_QUOTE",
            accepted is not None,
            "The customer accepted the quote of {0}."
            if accepted is not None
            else "A paid repair needs a quote the customer accepted before it is resolved.",
            "客户已接受报价{0}。" if accepted is not None else "有偿维修须先经客户接受报价才能解决。",
            "" if accepted is None else f"{accepted:.2f}",
        )
    )
    if accepted is None:
        return None
    if req.amount is not None and money(req.amount) != money(accepted):
        trace.append(_amount_entry("REPAIR_QUOTE", money(req.amount), money(accepted)))
    return money(accepted)


def report_entry(report: RepairReport) -> TraceEntry:
    lacking = [
        name
        for name, value in (("cause", report.cause), ("fix", report.fix), ("parts", report.parts))
        if value is None or (isinstance(value, str) and not value.strip())
    ]
    return entry(
        "REPAIR_REPORT",
        not lacking,
        "Service report: cause, fix and parts recorded." if not lacking else "Service report lacks: {0}.",
        "维修报告:故障原因、解决办法、更换零件已记录。" if not lacking else "维修报告缺少:{0}。",
        ", ".join(lacking),
    )


def _no_money(req: ResolutionRequest, policy: Policy, trace: list[TraceEntry]) -> Decimal | None:
    """Exchanges, parts, reissued invoices, explanations and installations move no money."""
    if req.amount is not None and req.amount != 0:
        trace.append(
            entry(
                "RESOLUTION_TYPES",
                False,
                "A {0} resolution moves no money; no amount may be given.",
                "{0}解决方式不涉及款项,不能填写金额。",
                req.type,
            )
        )
    return None


_BY_TYPE = {
    "refund": _refund,
    "partial_refund": _partial_refund,
    "compensation": _compensation,
    "repair": _repair,
}


def signoff_entry(kind: str, signed: tuple[str, ...]) -> TraceEntry:
    """REFUND_SIGNOFF: a supervisor, then a manager, sign the refund request.
    `signed`: the sign-offs already on the request."""
    needed = SIGNOFFS[: SIGNOFFS.index(kind)]
    ok = all(s in signed for s in needed)
    return entry(
        "REFUND_SIGNOFF",
        ok,
        "The refund request takes the {0}." if ok else "The {0} comes after the {1}.",
        "退款申请单可以{0}。" if ok else "{0}须在{1}之后。",
        kind,
        ", ".join(needed),
    )


def payment_entry(signed: tuple[str, ...]) -> TraceEntry:
    """REFUND_SIGNOFF: finance pays only a request both have signed."""
    ok = all(s in signed for s in SIGNOFFS)
    return entry(
        "REFUND_SIGNOFF",
        ok,
        "Signed by a supervisor and a manager: finance may pay."
        if ok
        else "Finance pays only after the supervisor and then the manager signed the refund request.",
        "主管、经理均已签字:财务可以付款。" if ok else "退款申请单须经主管、经理签字后财务才能付款。",
    )


def paid_entry(payout_open: bool) -> TraceEntry:
    """REFUND_DUE (amended): a ticket with a payout closes only after it is paid."""
    return entry(
        "REFUND_DUE",
        not payout_open,
        "No payout is waiting." if not payout_open else "The payout has not been paid yet.",
        "无待付款项。" if not payout_open else "款项尚未支付,不能结案。",
    )
