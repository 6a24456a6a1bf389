"""The ticket workflow: one `transitions` machine shared by every ticket.

The table below is the only place that says which state may follow which; guards
call the rules module and raise `RuleViolation` with the trace when the policy says no.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from transitions import EventData, Machine, MachineError

from .core.errors import InvalidTransition, RuleViolation
from .rules.base import Lang, TraceEntry, trace_dicts

STATES: Final = ("received", "verified", "resolved", "confirmed", "closed", "rejected", "cancelled")
DONE_STATES: Final = frozenset({"closed", "cancelled"})


@dataclass
class Guarded:
    """What a guard gets: the ticket, the request body and the facts looked up for it."""

    ticket: Any
    body: dict[str, Any]
    now: datetime
    check: Callable[[Guarded], list[TraceEntry]] | None = None
    lang: Lang = "en"
    trace: list[TraceEntry] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)  # what the effects add to the event


def _guard(event: EventData) -> bool:
    ctx: Guarded = event.kwargs["ctx"]
    if ctx.check is not None:
        ctx.trace = ctx.check(ctx)
        if any(t.outcome == "fail" for t in ctx.trace):
            raise RuleViolation(_first_failure(ctx.trace, ctx.lang), trace=trace_dicts(ctx.trace, ctx.lang))
    return True


def _first_failure(trace: list[TraceEntry], lang: Lang) -> str:
    bad = next(t for t in trace if t.outcome == "fail")
    return bad.message_zh if lang == "zh" else bad.message


TRANSITIONS: Final = (
    ("verify", ("received",), "verified"),
    ("reject", ("received", "verified"), "rejected"),
    ("resolve", ("verified",), "resolved"),
    ("confirm", ("resolved",), "confirmed"),
    ("appeal", ("resolved", "rejected"), "verified"),
    ("close", ("confirmed",), "closed"),
    ("cancel", ("received", "verified"), "cancelled"),
)
TRIGGERS: Final = tuple(name for name, _, _ in TRANSITIONS)

MACHINE: Final = Machine(
    model=None,
    states=list(STATES),
    transitions=[
        {"trigger": name, "source": list(src), "dest": dest, "conditions": [_guard]}
        for name, src, dest in TRANSITIONS
    ],
    initial="received",
    auto_transitions=False,
    send_event=True,
    model_attribute="state",
)


def allowed(state: str) -> list[str]:
    return [name for name, src, _ in TRANSITIONS if state in src]


def ensure_allowed(state: str, trigger: str) -> None:
    if trigger not in allowed(state):
        raise InvalidTransition(
            f"'{trigger}' is not allowed from '{state}'; allowed: {', '.join(allowed(state)) or 'none'}.",
        )


def fire(ticket: Any, trigger: str, ctx: Guarded) -> str:
    """Run `trigger` on `ticket` (guards included); returns the state it left."""
    before: str = ticket.state
    ensure_allowed(before, trigger)
    # The event reads and sets the ticket's `state` itself: the ticket need not be added
    # to the machine (add_model writes a method per trigger onto the object, and the
    # shared model list would need a lock).
    try:
        MACHINE.events[trigger].trigger(ticket, ctx=ctx)
    except MachineError as exc:  # pragma: no cover - `allowed` above rules this out
        raise InvalidTransition(str(exc)) from exc
    return before
