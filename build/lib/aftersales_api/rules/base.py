"""Shared vocabulary of the rules: trace entries, money, and the decision object.

Nothing here touches a database, a clock, settings or I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final, Literal, NamedTuple

Outcome = Literal["pass", "fail", "info"]
Lang = Literal["en", "zh"]

CENT: Final = Decimal("0.01")
ZERO: Final = Decimal("0.00")


def money(value: Decimal | str | int) -> Decimal:
    """An amount rounded half-up to the cent, the only rounding the policy knows."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


class TraceEntry(NamedTuple):
    """One rule evaluated. Messages are formatted on demand: building them is the
    dominant cost of an evaluation, and most callers only look at codes. (A named
    tuple: several are built per decision, and it is the cheapest immutable record.)"""

    code: str
    outcome: Outcome
    en: str
    zh: str
    args: tuple[Any, ...] = ()

    @property
    def message(self) -> str:
        return self.en.format(*self.args) if self.args else self.en

    @property
    def message_zh(self) -> str:
        return self.zh.format(*self.args) if self.args else self.zh

    def as_dict(self, lang: Lang = "en") -> dict[str, str]:
        en, zh = self.message, self.message_zh
        return {
            "code": self.code,
            "outcome": self.outcome,
            "message": zh if lang == "zh" else en,
            "message_zh": zh,
        }


def entry(code: str, ok: bool | None, en: str, zh: str, *args: Any) -> TraceEntry:
    """`ok` True → pass, False → fail, None → info."""
    outcome: Outcome = "info" if ok is None else ("pass" if ok else "fail")
    return TraceEntry(code, outcome, en, zh, args)


def trace_dicts(trace: tuple[TraceEntry, ...] | list[TraceEntry], lang: Lang = "en") -> list[dict[str, str]]:
    return [t.as_dict(lang) for t in trace]


def failed(trace: tuple[TraceEntry, ...] | list[TraceEntry]) -> bool:
    return any(t.outcome == "fail" for t in trace)


@dataclass(slots=True)
class Decision:
    """What the customer is entitled to, and why (the `decision` of api.md). Not frozen
    only because frozen dataclasses are several times slower to build; nothing changes
    a decision once made."""

    eligible: bool
    kind: str
    policy_version: str
    trace: tuple[TraceEntry, ...]
    days_since_invoice: int | None = None
    alternatives: tuple[str, ...] = ()
    responsibility: str | None = None
    pickup: bool = False
    goods_amount: Decimal | None = None
    restocking_fee: Decimal | None = None
    refund_amount: Decimal | None = None
    missing: tuple[str, ...] = ()
    required_approvals: tuple[str, ...] = ()
    notify: tuple[str, ...] = ()
    warranty: bool | None = None
    major: bool = False
    priority: str = "medium"
    level: str = "agent"
    flags: tuple[str, ...] = field(default=())

    def as_dict(self, lang: Lang = "en") -> dict[str, Any]:
        out: dict[str, Any] = {
            "eligible": self.eligible,
            "kind": self.kind,
            "days_since_invoice": self.days_since_invoice,
            "alternatives": list(self.alternatives),
            "responsibility": self.responsibility,
            "pickup": self.pickup,
            "goods_amount": _fmt(self.goods_amount),
            "restocking_fee": _fmt(self.restocking_fee),
            "refund_amount": _fmt(self.refund_amount),
            "missing": list(self.missing),
            "required_approvals": list(self.required_approvals),
            "notify": list(self.notify),
            "major": self.major,
            "priority": self.priority,
            "level": self.level,
            "flags": list(self.flags),
            "policy_version": self.policy_version,
            "trace": trace_dicts(self.trace, lang),
        }
        if self.warranty is not None:
            out["warranty"] = self.warranty
        return out


def _fmt(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"
