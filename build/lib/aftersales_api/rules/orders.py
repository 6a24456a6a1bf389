"""The order behind a claim: its dates, its payments, its lines (DATES_VALID,
PAYMENTS_COVER, DUPLICATE_CLAIM)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .base import ZERO, TraceEntry, entry, money


def dates_entry(invoice_date: date, request_date: date, today: date) -> TraceEntry:
    """DATES_VALID: no request before its invoice, no invoice from the future."""
    if invoice_date > today:
        return entry(
            "DATES_VALID",
            False,
            "The invoice date {0} lies in the future (today is {1}).",
            "发票日期{0}晚于今天({1})。",
            invoice_date.isoformat(),
            today.isoformat(),
        )
    if request_date < invoice_date:
        return entry(
            "DATES_VALID",
            False,
            "The request date {1} is before the invoice date {0}.",
            "申请日期{1}早于发票日期{0}。",
            invoice_date.isoformat(),
            request_date.isoformat(),
        )
    return entry("DATES_VALID", True, "Dates are consistent.", "日期有效。")


def payments_entry(paid: Iterable[Decimal], goods_amount: Decimal) -> TraceEntry:
    """PAYMENTS_COVER: the order's payments add up to at least the goods claimed."""
    total = money(sum(paid, ZERO))
    goods = money(goods_amount)
    return entry(
        "PAYMENTS_COVER",
        total >= goods,
        "Payments of {0:.2f} cover goods of {1:.2f}."
        if total >= goods
        else "Payments of {0:.2f} do not cover goods of {1:.2f}.",
        "付款{0:.2f}覆盖货款{1:.2f}。" if total >= goods else "付款{0:.2f}不足货款{1:.2f}。",
        total,
        goods,
    )


@dataclass(frozen=True, slots=True)
class LineClaim:
    """One order line claimed by this ticket, and the live claims filed on it before."""

    sku: str
    quantity: int
    ordered_quantity: int
    earlier: tuple[tuple[str, int], ...] = ()  # (ticket number, quantity)


def duplicate_entry(lines: Iterable[LineClaim]) -> TraceEntry:
    """DUPLICATE_CLAIM: live claims on an order line never exceed what it holds."""
    for line in lines:
        claimed = line.quantity + sum(q for _, q in line.earlier)
        if claimed > line.ordered_quantity:
            return entry(
                "DUPLICATE_CLAIM",
                False,
                "Order line {0} holds {1}; {2} is already claimed by {3}.",
                "订单行{0}共{1}件;已由{3}申请{2}件。",
                line.sku,
                line.ordered_quantity,
                claimed - line.quantity,
                ", ".join(number for number, _ in line.earlier),
            )
    return entry(
        "DUPLICATE_CLAIM", True, "No other live claim on these order lines.", "这些订单行没有其他有效申请。"
    )
