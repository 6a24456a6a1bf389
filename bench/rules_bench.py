"""Decisions per second for a full return eligibility evaluation, and for a resolution
(RESOLUTION_TYPES and the rules of the type), on one core.

    .venv/bin/python bench/rules_bench.py [--seconds 3]

"evaluate" builds the decision with its trace; "evaluate+render" also renders it as the
JSON-ready dict the API sends (both languages' messages formatted); "resolve" decides a
refund, a paid repair and a compensation in turn.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from aftersales_api.rules import GoodsRequest, Kept, Policy, evaluate_goods
from aftersales_api.rules.resolutions import RepairReport, ResolutionRequest, evaluate_resolution

POLICY = Policy()
CASES = [
    GoodsRequest(
        kind="return",
        reason="no_reason",
        invoice_date=date(2026, 11, 16),
        request_date=date(2026, 11, 23),
        goods_amount=Decimal("199.00"),
        package_state="sealed",
        outer_packaging_intact=True,
        kept=Kept(True, True, True, True),
    ),
    GoodsRequest(
        kind="return",
        reason="appearance_defect",
        invoice_date=date(2026, 11, 16),
        request_date=date(2026, 11, 20),
        goods_amount=Decimal("2399.00"),
        outer_packaging_intact=True,
        kept=Kept(True, True, True, True),
        evidence=frozenset({"photos"}),
    ),
    GoodsRequest(
        kind="return",
        reason="quality_defect",
        invoice_date=date(2026, 11, 1),
        request_date=date(2026, 11, 23),
        goods_amount=Decimal("59.90"),
        kept=Kept(True, True, True, False),
        evidence=frozenset({"inspection_report"}),
    ),
]

RESOLUTIONS = [
    ResolutionRequest(
        kind="return",
        type="refund",
        days_since_invoice=7,
        reason="no_reason",
        goods_amount=Decimal("199.00"),
        refund_amount=Decimal("179.10"),
        inspection_passed=True,
        paid=Decimal("199.00"),
    ),
    ResolutionRequest(
        kind="repair",
        type="repair",
        days_since_invoice=400,
        warranty=False,
        accepted_quote=Decimal("180.00"),
        report=RepairReport("worn element", "replaced", ("element",)),
    ),
    ResolutionRequest(
        kind="complaint",
        type="compensation",
        amount=Decimal("300.00"),
        approvals=("finance_review", "general_manager"),
    ),
]


def rate(fn: Callable[[], object], seconds: float) -> tuple[float, float]:
    """Best and median of five rounds, in calls per second."""
    rounds = []
    for _ in range(5):
        n, start = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - start) < seconds / 5:
            for _ in range(1000):
                fn()
            n += 1000
        rounds.append(n / elapsed)
    return max(rounds), statistics.median(rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    cases = iter(CASES * 10**7)

    def evaluate() -> object:
        return evaluate_goods(next(cases), POLICY)

    def render() -> object:
        return evaluate_goods(next(cases), POLICY).as_dict()

    resolutions = iter(RESOLUTIONS * 10**7)

    def resolve() -> object:
        return evaluate_resolution(next(resolutions), POLICY)

    for name, fn in (("evaluate", evaluate), ("evaluate+render", render), ("resolve", resolve)):
        best, median = rate(fn, args.seconds)
        print(
            f"{name:16} {best:>10,.0f} decisions/s best   {median:>10,.0f} median   "
            f"({1e6 / best:.1f} µs each)"
        )


if __name__ == "__main__":
    main()
