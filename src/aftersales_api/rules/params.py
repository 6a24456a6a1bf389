"""The policy parameters: one versioned object, defaults from policy.md."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

# .2: policy v2 (complaints to the letter of the seeds, customers, closure).
DEFAULT_VERSION = "2026-11-23.2"


@dataclass(frozen=True, slots=True)
class Policy:
    version: str = DEFAULT_VERSION
    return_window_days: int = 7
    exchange_window_days: int = 15
    restocking_fee_rate: Decimal = Decimal("0.10")
    warranty_days: dict[str, int] = field(default_factory=lambda: {"default": 365})
    repeat_repair_days: int = 90
    # Any compensation claim above this makes a complaint major (涉及到赔偿的投诉, 001 规范 1.1.3).
    major_compensation_threshold: Decimal = Decimal("0.00")
    handover_minutes: int = 30
    first_response_hours: int = 24
    major_report_minutes: int = 30
    major_verify_working_days: int = 1
    forward_working_days: int = 1
    remedy_working_days: int = 10
    refund_working_days: int = 3
    archive_working_days: int = 3
    contact_followup_days: int = 3
    contact_overdue_days: int = 5
    # FREQUENT_CLAIMANT (the seeds give no numbers: these are defaults).
    frequent_claims: int = 3
    frequent_claim_days: int = 90
    frequent_paid_amount: Decimal = Decimal("2000.00")
    frequent_paid_days: int = 365

    def warranty_for(self, category: str | None) -> int:
        days = self.warranty_days
        return days.get(category or "default", days.get("default", 365))

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["restocking_fee_rate"] = str(self.restocking_fee_rate)
        out["major_compensation_threshold"] = f"{self.major_compensation_threshold:.2f}"
        out["frequent_paid_amount"] = f"{self.frequent_paid_amount:.2f}"
        return out
