"""The policy parameters: one versioned object, defaults from policy.md."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

DEFAULT_VERSION = "2026-11-23.1"


@dataclass(frozen=True, slots=True)
class Policy:
    version: str = DEFAULT_VERSION
    return_window_days: int = 7
    exchange_window_days: int = 15
    restocking_fee_rate: Decimal = Decimal("0.10")
    warranty_days: dict[str, int] = field(default_factory=lambda: {"default": 365})
    repeat_repair_days: int = 90
    major_compensation_threshold: Decimal = Decimal("5000.00")
    first_response_hours: int = 24
    major_report_minutes: int = 30
    major_verify_working_days: int = 1
    forward_working_days: int = 1
    remedy_working_days: int = 10
    refund_working_days: int = 3
    archive_working_days: int = 3
    contact_followup_days: int = 3
    contact_overdue_days: int = 5

    def warranty_for(self, category: str | None) -> int:
        days = self.warranty_days
        return days.get(category or "default", days.get("default", 365))

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["restocking_fee_rate"] = str(self.restocking_fee_rate)
        out["major_compensation_threshold"] = f"{self.major_compensation_threshold:.2f}"
        return out
