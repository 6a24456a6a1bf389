"""Complaints, time limits, escalation and satisfaction."""

from __future__ import annotations

import threading
from typing import Any

from aftersales_api.services.sweep import sweep

from ..factories import Api, complaint_body, return_body


def test_major_complaint_is_high_manager_and_needs_filing(api: Api) -> None:
    t = api.create(complaint_body(complaint={"major_flags": ["media"], "priority": "low"}))
    assert (t["priority"], t["level"], t["major"]) == ("high", "manager", True)
    assert t["decision"]["required_approvals"] == ["major_filing"]
    assert t["due"]["report"] == "2026-11-23T02:30:00+00:00"
    assert t["due"]["verify"] == "2026-11-24T02:00:00+00:00"  # 1 working day
    blocked = api.post(f"/v1/tickets/{t['number']}/verify", {})
    assert blocked.status_code == 422
    assert any(e["code"] == "MAJOR_COMPLAINT" and e["outcome"] == "fail" for e in blocked.json()["trace"])
    assert (
        api.post(
            f"/v1/tickets/{t['number']}/approvals", {"type": "major_filing"}, role="supervisor"
        ).status_code
        == 403
    )
    t = api.post(f"/v1/tickets/{t['number']}/approvals", {"type": "major_filing"}, role="manager").json()
    assert t["due"]["report"] is None
    assert api.trigger(t, "verify")["state"] == "verified"


def test_compensation_above_the_threshold_is_major(api: Api) -> None:
    t = api.create(complaint_body(complaint={"claimed_compensation": "5000.01"}))
    assert t["major"] and t["level"] == "manager"


def test_general_complaint_is_due_the_same_day(api: Api) -> None:
    t = api.create(complaint_body())
    # GENERAL_COMPLAINT: filed and answered by midnight in Shanghai; FORWARD_1WD for every complaint.
    assert t["due"]["verify"] == t["due"]["first_response"] == "2026-11-23T16:00:00+00:00"
    assert t["due"]["forward"] == "2026-11-24T02:00:00+00:00"


def test_first_contact_resolution_is_closed_with_five_events(api: Api) -> None:
    t = api.create(
        complaint_body(
            channel="phone",
            first_contact_resolution={"resolution": "explanation", "note": "explained delivery"},
        ),
        role="agent",
    )
    assert t["state"] == "closed" and t["version"] == 5 and t["due"] == dict.fromkeys(t["due"])
    events = api.get(f"/v1/tickets/{t['number']}/events").json()["items"]
    assert [(e["type"], e["to_state"]) for e in events] == [
        ("received", "received"),
        ("verify", "verified"),
        ("resolve", "resolved"),
        ("confirm", "confirmed"),
        ("close", "closed"),
    ]
    inquiry = api.create(
        {
            "kind": "inquiry",
            "channel": "hotline",
            "customer": {"id": "C-2"},
            "first_contact_resolution": {"resolution": "explanation"},
        },
        role="agent",
    )
    assert inquiry["state"] == "closed"


def test_first_contact_only_for_calls_without_compensation(api: Api) -> None:
    for body in (
        complaint_body(channel="email", first_contact_resolution={}),
        complaint_body(
            channel="phone", complaint={"claimed_compensation": "10.00"}, first_contact_resolution={}
        ),
        complaint_body(channel="phone", complaint={"major_flags": ["lawyer"]}, first_contact_resolution={}),
    ):
        r = api.post("/v1/tickets", body)
        assert r.status_code == 422 and r.json()["trace"][0]["code"] == "FIRST_CONTACT"
    assert api.get("/v1/tickets").json()["items"] == []


def test_written_complaint_forward_and_remedy(api: Api, clock: Any) -> None:
    t = api.create(complaint_body(channel="letter"))
    assert t["due"]["forward"] == "2026-11-24T02:00:00+00:00"
    clock.advance(hours=2)
    t = api.post(f"/v1/tickets/{t['number']}/forward", {"department": "logistics", "note": "carrier"}).json()
    assert t["due"]["forward"] is None
    assert t["due"]["remedy"] == "2026-12-07T04:00:00+00:00"  # 10 working days
    assert t["handling"]["department"] == "logistics"
    plan = {
        "steps": ["switch carrier", "refund shipping"],
        "preventive": ["weekly carrier review"],
        "deadline": "2026-12-03",
        "responsible": "Wang",
    }
    no_prevention = {k: v for k, v in plan.items() if k != "preventive"}
    assert api.post(f"/v1/tickets/{t['number']}/remedy", no_prevention).status_code == 422  # REMEDY_10WD
    t = api.post(f"/v1/tickets/{t['number']}/remedy", plan).json()
    assert t["due"]["remedy"] == "2026-12-03T16:00:00+00:00"
    assert t["handling"]["remedy"]["steps"] == plan["steps"]
    assert t["handling"]["remedy"]["preventive"] == ["weekly carrier review"]
    past = api.post(f"/v1/tickets/{t['number']}/remedy", {**plan, "deadline": "2026-11-01"})
    assert past.status_code == 422


def test_first_contact_meets_first_response(api: Api) -> None:
    t = api.create(complaint_body())
    t = api.post(f"/v1/tickets/{t['number']}/contacts", {"channel": "phone", "summary": "called back"}).json()
    assert t["due"]["first_response"] is None


def test_manual_escalation_goes_up_only(api: Api) -> None:
    t = api.create(complaint_body())
    path = f"/v1/tickets/{t['number']}/escalate"
    assert (
        api.post(path, {"trigger": "customer_insists_superior"}, role="storefront").json()["level"]
        == "supervisor"
    )
    assert api.post(path, {"trigger": "department_uncooperative"}).json()["level"] == "manager"
    top = api.post(path, {"trigger": "customer_unsatisfied"})
    assert top.status_code == 409
    assert api.post(path, {"trigger": "bored"}).status_code == 422
    data = [
        e["data"]
        for e in api.get(f"/v1/tickets/{t['number']}/events").json()["items"]
        if e["type"] == "escalated"
    ]
    assert [d["level"] for d in data] == [
        {"from": "agent", "to": "supervisor"},
        {"from": "supervisor", "to": "manager"},
    ]


def test_survey_once_after_resolution(api: Api) -> None:
    t = api.create(complaint_body())
    path = f"/v1/tickets/{t['number']}/survey"
    assert api.post(path, {"score": 5}, role="storefront").status_code == 409
    t = api.trigger(t, "verify", role="supervisor")
    t = api.trigger(t, "resolve", {"resolution": {"type": "explanation"}})
    assert api.post(path, {"score": 6}, role="storefront").status_code == 422
    t = api.post(path, {"score": 4, "comment": "fine"}, role="storefront").json()
    assert t["satisfaction"]["score"] == 4 and t["satisfaction"]["satisfied"] is True
    assert api.post(path, {"score": 1}, role="storefront").status_code == 409


def test_assign_to_an_existing_key(api: Api) -> None:
    t = api.create(complaint_body())
    path = f"/v1/tickets/{t['number']}/assign"
    assert api.post(path, {"owner": "manager"}, role="supervisor").json()["owner"] == "manager"
    assert api.post(path, {"owner": "nobody"}, role="supervisor").status_code == 422


def test_missed_deadlines_escalate_once(api: Api, env: Any, clock: Any) -> None:
    t = api.create(complaint_body())  # verify due at midnight, first response in 24 h
    clock.advance(hours=15)
    done = sweep(env)
    # Filing and the same-day answer were both due at midnight: one lapse, one level.
    assert [(e.number, e.deadlines, e.level_to) for e in done] == [
        (t["number"], ("first_response", "verify"), "supervisor")
    ]
    assert sweep(env) == []
    clock.advance(hours=10)
    assert [(e.deadlines, e.level_to) for e in sweep(env)] == [(("forward",), "manager")]
    t = api.get(f"/v1/tickets/{t['number']}").json()
    assert t["level"] == "manager" and set(t["overdue"]) == {"verify", "first_response", "forward"}
    escalations = [
        e for e in api.get(f"/v1/tickets/{t['number']}/events").json()["items"] if e["type"] == "escalated"
    ]
    assert [(e["actor"], e["data"]["deadlines"]) for e in escalations] == [
        ("system", ["first_response", "verify"]),
        ("system", ["forward"]),
    ]
    assert api.get("/v1/tickets", overdue="true").json()["items"][0]["number"] == t["number"]


def test_a_deadline_opened_after_an_escalation_escalates_on_its_own(api: Api, env: Any, clock: Any) -> None:
    t = api.create(complaint_body())
    clock.advance(hours=15)
    assert [e.deadlines for e in sweep(env)] == [("first_response", "verify")]
    # Forwarded in time, after the ticket's mark: the remedy's clock starts now.
    t = api.post(f"/v1/tickets/{t['number']}/forward", {"department": "logistics"}).json()
    assert t["due"]["remedy"] is not None and t["due"]["forward"] is None
    assert sweep(env) == []
    clock.advance(days=30)
    assert [(e.deadlines, e.level_to) for e in sweep(env)] == [(("remedy",), "manager")]
    assert sweep(env) == []


def test_concurrent_sweeps_escalate_once(api: Api, env: Any, clock: Any) -> None:
    tickets = [api.create(complaint_body()) for _ in range(5)]
    clock.advance(hours=15)
    results: list[list[Any]] = [[], []]
    barrier = threading.Barrier(2)

    def run(i: int) -> None:
        barrier.wait()
        results[i] = sweep(env)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    escalated = sorted(e.number for r in results for e in r)
    assert escalated == sorted(t["number"] for t in tickets)
    for t in tickets:
        assert api.events(t).count("escalated") == 1


def test_a_sweep_in_many_batches_escalates_each_ticket_once(
    api: Api, env: Any, clock: Any, monkeypatch: Any
) -> None:
    from aftersales_api.services import sweep as sweeping

    monkeypatch.setattr(sweeping, "BATCH", 2)  # four batches, on two connections on PostgreSQL
    tickets = [api.create(complaint_body()) for _ in range(7)]
    clock.advance(hours=15)
    shown: list[tuple[int, int]] = []
    done = sweep(env, progress=lambda n, total: shown.append((n, total)))
    assert sorted(e.number for e in done) == sorted(t["number"] for t in tickets)
    assert shown == [(2, 7), (4, 7), (6, 7), (7, 7)]
    for t in tickets:
        assert api.events(t).count("escalated") == 1
        assert api.get(f"/v1/tickets/{t['number']}").json()["level"] == "supervisor"
    assert sweep(env) == []


def test_closed_tickets_are_not_swept(api: Api, env: Any, clock: Any) -> None:
    t = api.create(return_body())
    api.trigger(t, "cancel", role="storefront")
    clock.advance(days=10)
    assert sweep(env) == []


def test_the_periodic_job_sweeps_in_the_background(api: Api, env: Any, clock: Any) -> None:
    import time

    from aftersales_api.services.sweep import PeriodicSweep

    t = api.create(complaint_body())
    clock.advance(hours=15)
    job = PeriodicSweep(env, 0.05)
    job.start()
    try:
        for _ in range(100):
            if api.get(f"/v1/tickets/{t['number']}").json()["level"] == "supervisor":
                break
            time.sleep(0.05)
    finally:
        job.stop()
    assert api.events(t).count("escalated") == 1
    assert PeriodicSweep(env, 0)._thread is None  # interval 0: off


def test_the_level_filter_follows_every_change_of_level(api: Api, env: Any, clock: Any) -> None:
    """`level=` is answered from the levels' own table: a manual escalation, an appeal and
    a sweep each move a ticket there, and its pages keep the list's order."""
    made = []
    for _ in range(5):
        made.append(api.create(complaint_body()))
        clock.advance(seconds=1)
    by_hand, appealed, swept, *rest = made

    def numbers(level: str, **params: Any) -> list[str]:
        found, cursor = [], None
        while True:
            page = {"cursor": cursor} if cursor else {}
            r = api.get("/v1/tickets", level=level, limit=2, **params, **page)
            assert r.status_code == 200, r.text
            found += [t["number"] for t in r.json()["items"]]
            if (cursor := r.json()["next_cursor"]) is None:
                return found

    assert numbers("agent") == [t["number"] for t in made]
    api.post(f"/v1/tickets/{by_hand['number']}/escalate", {"trigger": "department_uncooperative"})
    t = api.trigger(appealed, "verify", role="supervisor")
    t = api.trigger(t, "resolve", {"resolution": {"type": "explanation"}})
    assert api.trigger(t, "appeal", {"note": "no"}, role="storefront")["level"] == "supervisor"
    assert numbers("supervisor") == [by_hand["number"], appealed["number"]]
    assert numbers("supervisor", state="verified") == [appealed["number"]]
    assert numbers("agent") == [swept["number"], *(t["number"] for t in rest)]
    clock.advance(hours=15)  # every open complaint's first deadlines are missed
    assert {e.number: e.level_to for e in sweep(env)} == {
        by_hand["number"]: "manager",
        swept["number"]: "supervisor",
        **{t["number"]: "supervisor" for t in rest},
    }
    assert numbers("manager") == [by_hand["number"]]
    assert numbers("supervisor") == [appealed["number"], swept["number"], *(t["number"] for t in rest)]
    assert numbers("agent") == []
    for t in made:  # the ticket's own level and its filter's copy agree
        level = api.get(f"/v1/tickets/{t['number']}").json()["level"]
        assert t["number"] in numbers(level)
