"""The workflow over HTTP: every transition, stale versions and the policy guards."""

from __future__ import annotations

from typing import Any

import pytest

from aftersales_api.workflow import STATES, TRANSITIONS, TRIGGERS

from ..factories import PAID, ROOT_CAUSE, Api, complaint_body, inspection_body, return_body

ALLOWED = {(name, src) for name, sources, _ in TRANSITIONS for src in sources}
# The shortest walk from a new ticket to each state (a complaint: no inspection needed).
PATHS = {
    "received": [],
    "verified": ["verify"],
    "resolved": ["verify", "resolve"],
    "confirmed": ["verify", "resolve", "confirm"],
    "closed": ["verify", "resolve", "confirm", "close"],
    "rejected": ["reject"],
    "cancelled": ["cancel"],
}
BODIES: dict[str, Any] = {
    "resolve": {"resolution": {"type": "explanation", "note": "sorry"}},
    "reject": {"code": "other", "note": "duplicate"},
    "close": {"root_cause": ROOT_CAUSE},
}


def walk(api: Api, state: str) -> dict[str, Any]:
    t = api.create(complaint_body())
    for step in PATHS[state]:
        if step == "close":  # SURVEY_REQUIRED
            api.post(f"/v1/tickets/{t['number']}/survey", {"declined": True}, role="storefront")
        t = api.trigger(t, step, BODIES.get(step), role="supervisor")
    assert t["state"] == state
    return t


@pytest.mark.parametrize(("trigger", "state"), [(t, s) for t in TRIGGERS for s in STATES])
def test_every_transition_over_http(api: Api, trigger: str, state: str) -> None:
    t = walk(api, state)
    if trigger == "close" and state == "confirmed":  # SURVEY_REQUIRED
        t = api.post(f"/v1/tickets/{t['number']}/survey", {"declined": True}, role="storefront").json()
    r = api.post(f"/v1/tickets/{t['number']}/{trigger}", BODIES.get(trigger), role="supervisor")
    if (trigger, state) in ALLOWED:
        assert r.status_code == 200, r.text
        assert r.json()["version"] == t["version"] + 1
        assert api.events(t)[-1] == trigger
    else:
        assert r.status_code == 409, r.text
        assert r.json()["code"] == "invalid_transition"
        assert api.get(f"/v1/tickets/{t['number']}").json()["version"] == t["version"]


def test_full_walk_leaves_an_event_per_step(api: Api) -> None:
    t = walk(api, "closed")
    events = api.get(f"/v1/tickets/{t['number']}/events").json()["items"]
    assert [(e["type"], e["from_state"], e["to_state"]) for e in events] == [
        ("received", None, "received"),
        ("verify", "received", "verified"),
        ("resolve", "verified", "resolved"),
        ("confirm", "resolved", "confirmed"),
        ("survey", None, None),
        ("close", "confirmed", "closed"),
    ]
    assert [e["seq"] for e in events] == [1, 2, 3, 4, 5, 6]
    assert events[2]["data"]["resolution"]["type"] == "explanation"
    assert t["closed_at"] is not None and t["due"] == dict.fromkeys(t["due"])


def test_stale_if_match_is_412_and_changes_nothing(api: Api) -> None:
    t = api.create(return_body())
    stale = api.post(f"/v1/tickets/{t['number']}/verify", {}, If_Match='"7"')
    assert stale.status_code == 412 and stale.json()["code"] == "version_conflict"
    assert api.get(f"/v1/tickets/{t['number']}").json()["state"] == "received"
    fresh = api.post(f"/v1/tickets/{t['number']}/verify", {}, If_Match='"1"')
    assert fresh.status_code == 200 and fresh.headers["etag"] == '"2"'
    again = api.post(
        f"/v1/tickets/{t['number']}/contacts", {"channel": "phone", "summary": "hi"}, If_Match='"1"'
    )
    assert again.status_code == 412


def test_appeal_raises_the_level_and_clears_the_resolution(api: Api) -> None:
    t = walk(api, "resolved")
    t = api.trigger(t, "appeal", {"note": "not good enough"}, role="storefront")
    assert (t["state"], t["level"], t["resolution"]) == ("verified", "supervisor", None)
    t = api.trigger(t, "resolve", BODIES["resolve"])
    t = api.trigger(t, "appeal", {}, role="storefront")
    t = api.trigger(t, "reject", BODIES["reject"], role="manager")
    t = api.trigger(t, "appeal", {}, role="storefront")
    assert (t["state"], t["level"]) == ("verified", "manager")


def test_reject_needs_a_known_code(api: Api) -> None:
    t = api.create(complaint_body())
    r = api.post(f"/v1/tickets/{t['number']}/reject", {"code": "BECAUSE"})
    assert r.status_code == 422 and r.json()["code"] == "validation"


def test_rejecting_an_eligible_ticket_needs_a_supervisor(api: Api) -> None:
    t = api.create(return_body())
    r = api.post(f"/v1/tickets/{t['number']}/reject", {"code": "other"}, role="agent")
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    assert api.trigger(t, "reject", {"code": "other"}, role="supervisor")["state"] == "rejected"
    late = api.create(return_body(order={"id": "O-1", "invoice_date": "2026-11-01", "payments": PAID}))
    assert late["decision"]["eligible"] is False
    assert api.trigger(late, "reject", {"code": "WINDOW_RETURN"}, role="agent")["state"] == "rejected"


def rule_failure(
    api: Api, t: dict[str, Any], trigger: str, body: Any = None, code: str | None = None
) -> dict[str, Any]:
    r = api.post(f"/v1/tickets/{t['number']}/{trigger}", body)
    assert r.status_code == 422, r.text
    problem = r.json()
    assert problem["code"] == "rule_violation"
    failing = [e["code"] for e in problem["trace"] if e["outcome"] == "fail"]
    if code is not None:
        assert code in failing
    assert api.get(f"/v1/tickets/{t['number']}").json()["version"] == t["version"]
    return dict(problem)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (return_body(order={"id": "O-1", "invoice_date": "2026-11-15", "payments": PAID}), "WINDOW_RETURN"),
        (
            return_body(
                kind="exchange",
                reason="wrong_item",
                order={"id": "O-1", "invoice_date": "2026-11-07", "payments": PAID},
            ),
            "WINDOW_EXCHANGE",
        ),
        (return_body(package_state="unsealed"), "NO_REASON_SEALED"),
        (return_body(kind="exchange"), "NO_REASON_SEALED"),
        (return_body(reason="appearance_defect", evidence=[{"type": "photos"}]), "APPEARANCE_DEFECT"),
        (return_body(reason="mislabeled_listing", evidence=[]), "MISLABELED_LISTING"),
        (
            return_body(
                reason="quality_defect", kept={"invoice": True}, evidence=[{"type": "inspection_report"}]
            ),
            "QUALITY_DEFECT",
        ),
    ],
)
def test_verify_guard_per_reason(api: Api, body: dict[str, Any], code: str) -> None:
    t = api.create(body)
    assert t["decision"]["eligible"] is False
    rule_failure(api, t, "verify", {}, code)


def test_verify_takes_new_evidence_and_waits_for_the_product_manager(api: Api) -> None:
    t = api.create(return_body(reason="appearance_defect", evidence=[{"type": "photos"}]))
    assert t["decision"]["missing"] == ["courier_unboxing_proof"]
    problem = rule_failure(
        api, t, "verify", {"evidence": [{"type": "courier_unboxing_proof"}]}, "APPEARANCE_DEFECT"
    )
    assert any("product_manager" in e["message"] for e in problem["trace"] if e["outcome"] == "fail")
    api.post(f"/v1/tickets/{t['number']}/approvals", {"type": "product_manager"}, role="product_manager")
    t = api.trigger(t, "verify", {"evidence": [{"type": "courier_unboxing_proof"}]})
    assert t["state"] == "verified" and t["decision"]["eligible"] and t["decision"]["missing"] == []
    assert t["pickup_requested_at"] is not None


def test_verify_checks_at_the_request_date_not_today(api: Api, clock: Any) -> None:
    t = api.create(return_body())  # day 7: still eligible
    clock.advance(days=3)
    assert api.trigger(t, "verify")["decision"]["days_since_invoice"] == 7


def test_verify_with_responsibility(api: Api) -> None:
    t = api.create(return_body(reason="wrong_item"))
    t = api.trigger(t, "verify", {"responsibility": "unclear"})
    assert (t["decision"]["responsibility"], t["decision"]["pickup"]) == ("company", True)


def test_resolve_refund_needs_a_passed_inspection(api: Api) -> None:
    t = api.create(return_body())
    t = api.trigger(t, "verify")
    rule_failure(api, t, "resolve", {"resolution": {"type": "refund"}}, "INSPECTION")
    # The amount of a refund is computed (199.00 less the 19.90 fee), never typed in.
    rule_failure(
        api, t, "resolve", {"resolution": {"type": "refund", "amount": "199.00"}}, "RESOLUTION_TYPES"
    )


def test_close_only_after_confirm(api: Api) -> None:
    t = walk(api, "resolved")
    r = api.post(f"/v1/tickets/{t['number']}/close", {})
    assert r.status_code == 409
    t = api.trigger(t, "confirm", role="storefront")
    rule_failure(api, t, "close", {"root_cause": ROOT_CAUSE}, "SURVEY_REQUIRED")
    t = api.post(f"/v1/tickets/{t['number']}/survey", {"score": 4}, role="storefront").json()
    rule_failure(api, t, "close", {}, "ROOT_CAUSE")  # a complaint closes with its root cause
    rule_failure(api, t, "close", {"root_cause": {**ROOT_CAUSE, "lesson": " "}}, "ROOT_CAUSE")
    closed = api.trigger(t, "close", {"root_cause": ROOT_CAUSE})
    assert closed["state"] == "closed" and closed["root_cause"] == ROOT_CAUSE
    last = api.get(f"/v1/tickets/{t['number']}/events").json()["items"][-1]
    assert last["data"]["rules"] == [
        {"code": "CLOSED_LOOP", "outcome": "pass"},
        {"code": "REFUND_DUE", "outcome": "pass"},
        {"code": "SURVEY_REQUIRED", "outcome": "pass"},
        {"code": "ROOT_CAUSE", "outcome": "pass"},
    ]


def test_cancel_not_after_a_passed_inspection(api: Api) -> None:
    t = api.create(return_body())
    t = api.trigger(t, "verify")
    api.post(f"/v1/tickets/{t['number']}/inspections", inspection_body(), role="warehouse")
    r = api.post(f"/v1/tickets/{t['number']}/cancel", {}, role="storefront")
    assert r.status_code == 409 and "inspection" in r.json()["detail"]


def test_a_general_complaint_is_filed_by_a_supervisor(api: Api) -> None:
    t = api.create(complaint_body())
    r = api.post(f"/v1/tickets/{t['number']}/verify", {}, role="agent")
    assert r.status_code == 403 and "supervisor" in r.json()["detail"]
    assert api.trigger(t, "verify", role="supervisor")["state"] == "verified"


def repair_body(**over: Any) -> dict[str, Any]:
    return return_body(
        kind="repair",
        reason="quality_defect",
        order={"id": "O-R1", "invoice_date": "2026-03-01", "payments": PAID},
        **over,
    )


def test_onsite_repair_waits_for_a_supervisor(api: Api) -> None:
    t = api.create(repair_body(onsite=True))
    assert t["decision"]["warranty"] is True and t["decision"]["required_approvals"] == ["onsite_repair"]
    rule_failure(api, t, "verify", {}, "SELF_SEND")
    assert (
        api.post(f"/v1/tickets/{t['number']}/approvals", {"type": "onsite_repair"}, role="agent").status_code
        == 403
    )
    api.post(f"/v1/tickets/{t['number']}/approvals", {"type": "onsite_repair"}, role="supervisor")
    t = api.trigger(t, "verify")
    assert t["state"] == "verified"
    resolved = api.trigger(
        t,
        "resolve",
        {"resolution": {"type": "repair", "cause": "loose wire", "fix": "resoldered", "parts": ["switch"]}},
    )
    assert resolved["resolution"]["parts"] == ["switch"] and resolved["resolution"]["cause"] == "loose wire"


def test_a_repeat_repair_is_flagged_and_raised(api: Api) -> None:
    first = api.create(repair_body())
    again = api.create(repair_body())
    assert (first["flags"], first["level"]) == ([], "agent")
    assert (again["flags"], again["level"]) == (["repeat_repair"], "supervisor")
    # Only earlier repairs count: re-deciding the first at verify does not see the second.
    assert api.trigger(first, "verify")["decision"]["flags"] == []
    assert api.trigger(again, "verify")["decision"]["flags"] == ["repeat_repair"]
