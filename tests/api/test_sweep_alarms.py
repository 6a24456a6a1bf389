"""Each ticket's alarm (ticket_levels.alarm_at), the sweep's only way to its tickets:
always the earliest breach among its open deadlines not yet escalated, and none once
the ticket is done. An alarm later than that would hide a missed deadline from the
sweep; one left behind would make every sweep visit the ticket again."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from aftersales_api.models import DEADLINES, TICKET_LEVELS, TICKETS
from aftersales_api.services.sweep import BREACHED, sweep

from ..factories import Api, complaint_body, return_body


def alarm(env: Any, number: str) -> datetime | None:
    """The ticket's alarm, after checking it against its deadlines and state."""
    with env.db.read() as session:
        conn = session.connection()
        t = conn.execute(select(TICKETS.c.id, TICKETS.c.state).where(TICKETS.c.number == number)).one()
        level = TICKET_LEVELS.c
        found = conn.execute(select(level.alarm_at).where(level.ticket_id == t.id)).scalar()
        rows = conn.execute(select(DEADLINES).where(DEADLINES.c.ticket_id == t.id)).all()
    pending = [d.breach_at for d in rows if d.met_at is None and d.escalated_at is None]
    expected = None if t.state in ("closed", "cancelled") or not pending else min(pending)
    assert found == expected, (t.state, [tuple(d) for d in rows])
    return found


def breached(env: Any, now: datetime) -> list[str]:
    with env.db.read() as session:
        return [r.ticket_id for r in session.execute(BREACHED, {"now": now})]


def test_a_new_ticket_sets_its_alarm_at_its_first_breach(api: Api, env: Any) -> None:
    t = api.create(complaint_body())
    assert alarm(env, t["number"]) is not None
    assert breached(env, env.clock()) == []  # none missed yet


def test_deadlines_met_move_the_alarm_and_the_last_one_clears_it(api: Api, env: Any, clock: Any) -> None:
    t = api.create(complaint_body())
    seen = [alarm(env, t["number"])]
    clock.advance(hours=1)
    t = api.trigger(t, "verify", role="supervisor")
    seen.append(alarm(env, t["number"]))
    t = api.trigger(t, "resolve", {"resolution": {"type": "explanation"}})
    seen.append(alarm(env, t["number"]))
    api.close(api.trigger(t, "confirm", role="storefront"))
    seen.append(alarm(env, t["number"]))
    assert seen[0] is not None and seen[-1] is None
    clock.advance(days=60)
    assert breached(env, clock()) == [] and sweep(env) == []


def test_deadlines_met_in_time_move_the_alarm_to_the_next(api: Api, env: Any, clock: Any) -> None:
    t = api.create(complaint_body())  # verification and first response due together
    first = alarm(env, t["number"])
    clock.advance(hours=1)
    t = api.trigger(t, "verify", role="supervisor")
    assert alarm(env, t["number"]) == first  # the first response is still due
    r = api.post(f"/v1/tickets/{t['number']}/contacts", {"channel": "phone", "summary": "called back"})
    assert r.status_code == 201, r.text
    after = alarm(env, t["number"])
    assert first is not None and after is not None and after > first
    clock.advance(hours=14)
    assert sweep(env) == []  # nothing missed at the first alarm's time


def test_a_cancelled_ticket_has_no_alarm(api: Api, env: Any) -> None:
    t = api.create(return_body())
    assert alarm(env, t["number"]) is not None
    api.trigger(t, "cancel", role="storefront")
    assert alarm(env, t["number"]) is None


def test_a_sweep_moves_the_alarm_to_the_next_deadline_to_escalate(api: Api, env: Any, clock: Any) -> None:
    t = api.create(complaint_body())  # verification and first response due at midnight
    clock.advance(hours=15)
    assert [e.deadlines for e in sweep(env)] == [("first_response", "verify")]
    after = alarm(env, t["number"])  # the forward limit, still ahead
    assert after is not None and after > clock()
    assert breached(env, clock()) == []  # not visited again before that
    clock.advance(hours=10)
    assert [e.deadlines for e in sweep(env)] == [("forward",)]
    alarm(env, t["number"])


def test_a_deadline_opened_after_an_escalation_sets_the_alarm_again(api: Api, env: Any, clock: Any) -> None:
    t = api.create(complaint_body())
    clock.advance(hours=15)
    sweep(env)
    t = api.post(f"/v1/tickets/{t['number']}/forward", {"department": "logistics"}).json()
    remedy = alarm(env, t["number"])  # the remedy's limit, opened by the forward
    assert remedy is not None and remedy > clock()
    clock.advance(days=30)
    assert [e.deadlines for e in sweep(env)] == [("remedy",)]
    alarm(env, t["number"])


def test_a_rejected_ticket_appealed_keeps_an_exact_alarm(api: Api, env: Any) -> None:
    t = api.create(return_body())
    t = api.trigger(t, "reject", {"code": "other", "note": "duplicate"}, role="supervisor")
    assert t["state"] == "rejected"
    alarm(env, t["number"])
    t = api.trigger(t, "appeal", {}, role="storefront")
    assert t["state"] == "verified"
    alarm(env, t["number"])
