"""The shared machine: every allowed and every forbidden transition."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aftersales_api.core.errors import InvalidTransition, RuleViolation
from aftersales_api.rules.base import entry
from aftersales_api.workflow import MACHINE, STATES, TRANSITIONS, TRIGGERS, Guarded, allowed, fire

ALLOWED = {(name, src): dest for name, sources, dest in TRANSITIONS for src in sources}
NOW = datetime(2026, 11, 23, tzinfo=UTC)


class Ticket:
    def __init__(self, state: str) -> None:
        self.state = state


@pytest.mark.parametrize(("trigger", "state"), [(t, s) for t in TRIGGERS for s in STATES])
def test_every_pair(trigger: str, state: str) -> None:
    t = Ticket(state)
    if (trigger, state) in ALLOWED:
        assert fire(t, trigger, Guarded(t, {}, NOW)) == state
        assert t.state == ALLOWED[(trigger, state)]
    else:
        with pytest.raises(InvalidTransition):
            fire(t, trigger, Guarded(t, {}, NOW))
        assert t.state == state


def test_the_table_is_the_contract() -> None:
    assert ALLOWED == {
        ("verify", "received"): "verified",
        ("reject", "received"): "rejected",
        ("reject", "verified"): "rejected",
        ("resolve", "verified"): "resolved",
        ("confirm", "resolved"): "confirmed",
        ("appeal", "resolved"): "verified",
        ("appeal", "rejected"): "verified",
        ("close", "confirmed"): "closed",
        ("cancel", "received"): "cancelled",
        ("cancel", "verified"): "cancelled",
    }
    assert allowed("closed") == [] and allowed("cancelled") == []


def test_a_failing_guard_leaves_the_state_and_carries_the_trace() -> None:
    t = Ticket("received")
    ctx = Guarded(t, {}, NOW, check=lambda c: [entry("WINDOW_RETURN", False, "too late", "太晚")])
    with pytest.raises(RuleViolation) as err:
        fire(t, "verify", ctx)
    assert t.state == "received"
    assert err.value.trace is not None and err.value.trace[0]["code"] == "WINDOW_RETURN"


def test_one_shared_machine_keeps_no_tickets() -> None:
    for _ in range(3):
        t = Ticket("received")
        fire(t, "verify", Guarded(t, {}, NOW))
    assert MACHINE.models == []
    assert not hasattr(MACHINE, "to_closed")  # no auto transitions bypassing the table


def test_the_readme_diagram_is_the_machine() -> None:
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    drawn = set(re.findall(r"^\s+(\w+) --> (\w+): (\w+)$", readme, flags=re.MULTILINE))
    assert drawn == {(src, dest, name) for name, sources, dest in TRANSITIONS for src in sources}
