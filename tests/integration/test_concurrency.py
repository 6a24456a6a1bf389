"""Real parallel requests against a running server, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx

from ..conftest import Keys
from ..factories import inspection_body, return_body

PARALLEL = 8


def race(url: str, calls: list[Callable[[httpx.Client], httpx.Response]]) -> list[httpx.Response]:
    """Run the calls at the same instant, one thread and connection each."""
    barrier = threading.Barrier(len(calls))
    out: list[httpx.Response | None] = [None] * len(calls)

    def run(i: int) -> None:
        with httpx.Client(base_url=url, timeout=30) as client:
            barrier.wait()
            out[i] = calls[i](client)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r is not None for r in out)
    return [r for r in out if r is not None]


def create(url: str, keys: Keys, **headers: str) -> dict[str, Any]:
    r = httpx.post(f"{url}/v1/tickets", json=return_body(), headers={**keys["agent"], **headers})
    assert r.status_code == 201, r.text
    return dict(r.json())


def test_two_triggers_never_both_succeed(live_url: str, keyring: Keys) -> None:
    t = create(live_url, keyring)
    path = f"/v1/tickets/{t['number']}/verify"
    results = race(live_url, [lambda c: c.post(path, json={}, headers=keyring["agent"])] * PARALLEL)
    assert Counter(r.status_code for r in results) == {200: 1, 409: PARALLEL - 1}
    events = httpx.get(f"{live_url}/v1/tickets/{t['number']}/events", headers=keyring["agent"]).json()
    assert [e["type"] for e in events["items"]] == ["received", "verify"]


def test_concurrent_writes_take_turns(live_url: str, keyring: Keys) -> None:
    t = create(live_url, keyring)
    path = f"/v1/tickets/{t['number']}/contacts"
    body = {"channel": "phone", "summary": "called"}
    results = race(live_url, [lambda c: c.post(path, json=body, headers=keyring["agent"])] * PARALLEL)
    assert {r.status_code for r in results} == {201}
    assert sorted(r.json()["version"] for r in results) == list(range(2, PARALLEL + 2))


def test_same_if_match_only_one_wins(live_url: str, keyring: Keys) -> None:
    t = create(live_url, keyring)
    path = f"/v1/tickets/{t['number']}/contacts"
    headers = {**keyring["agent"], "If-Match": '"1"'}
    results = race(
        live_url,
        [lambda c: c.post(path, json={"channel": "phone", "summary": "x"}, headers=headers)] * PARALLEL,
    )
    assert Counter(r.status_code for r in results) == {201: 1, 412: PARALLEL - 1}


def test_racing_idempotent_creates_make_one_ticket(live_url: str, keyring: Keys) -> None:
    headers = {**keyring["storefront"], "Idempotency-Key": "race-1"}
    results = race(
        live_url, [lambda c: c.post("/v1/tickets", json=return_body(), headers=headers)] * PARALLEL
    )
    assert {r.status_code for r in results} == {201}
    assert len({r.json()["id"] for r in results}) == 1
    listed = httpx.get(f"{live_url}/v1/tickets", headers=keyring["agent"]).json()["items"]
    assert len(listed) == 1


def test_ticket_numbers_are_unique_under_load(live_url: str, keyring: Keys) -> None:
    results = race(
        live_url,
        [lambda c: c.post("/v1/tickets", json=return_body(), headers=keyring["storefront"])] * (2 * PARALLEL),
    )
    numbers = sorted(r.json()["number"] for r in results)
    assert numbers == [f"AS-20261123-{n:06d}" for n in range(1, 2 * PARALLEL + 1)]


def test_racing_inspections_leave_exactly_one(live_url: str, keyring: Keys) -> None:
    t = create(live_url, keyring)
    httpx.post(f"{live_url}/v1/tickets/{t['number']}/verify", json={}, headers=keyring["agent"])
    path = f"/v1/tickets/{t['number']}/inspections"
    bodies = [inspection_body(inspector=f"W-{i}") for i in range(PARALLEL)]
    results = race(
        live_url, [lambda c, b=b: c.post(path, json=b, headers=keyring["warehouse"]) for b in bodies]
    )
    assert Counter(r.status_code for r in results) == {201: 1, 409: PARALLEL - 1}
    loser = next(r for r in results if r.status_code == 409).json()
    assert "correction needs a supervisor" in loser["detail"]


def signed_refund(url: str, keys: Keys) -> dict[str, Any]:
    """A refund resolved and signed by a supervisor and a manager, waiting for finance."""
    t = create(url, keys)
    path = f"{url}/v1/tickets/{t['number']}"
    steps = [
        ("verify", {}, "agent"),
        ("inspections", inspection_body(), "warehouse"),
        ("resolve", {"resolution": {"type": "refund"}}, "agent"),
        ("approvals", {"type": "supervisor_signoff"}, "supervisor"),
        ("approvals", {"type": "manager_signoff"}, "manager"),
    ]
    for step, body, role in steps:
        r = httpx.post(f"{path}/{step}", json=body, headers=keys[role])
        assert r.status_code in (200, 201), r.text
    return dict(r.json())


def payments_of(url: str, keys: Keys, t: dict[str, Any]) -> list[dict[str, Any]]:
    events = httpx.get(f"{url}/v1/tickets/{t['number']}/events", headers=keys["agent"]).json()["items"]
    return [e for e in events if e["type"] == "payment"]


def test_racing_payments_without_a_key_pay_once(live_url: str, keyring: Keys) -> None:
    t = signed_refund(live_url, keyring)
    path = f"/v1/tickets/{t['number']}/payments"

    def payment(n: int) -> Callable[[httpx.Client], httpx.Response]:
        return lambda c: c.post(path, json={"reference": f"BANK-{n}"}, headers=keyring["finance"])

    results = race(live_url, [payment(n) for n in range(PARALLEL)])
    assert Counter(r.status_code for r in results) == {201: 1, 409: PARALLEL - 1}
    (paid,) = payments_of(live_url, keyring, t)
    winner = next(r for r in results if r.status_code == 201).json()
    assert paid["data"]["reference"] == winner["payments"][0]["reference"]


def test_racing_payments_with_one_key_pay_once(live_url: str, keyring: Keys) -> None:
    t = signed_refund(live_url, keyring)
    path = f"/v1/tickets/{t['number']}/payments"
    headers = {**keyring["finance"], "Idempotency-Key": "pay-race"}
    results = race(
        live_url, [lambda c: c.post(path, json={"reference": "BANK-1"}, headers=headers)] * PARALLEL
    )
    codes = Counter(r.status_code for r in results)
    assert set(codes) <= {201, 409} and codes[201] >= 1
    assert len({r.text for r in results if r.status_code == 201}) == 1  # replays of one response
    assert len(payments_of(live_url, keyring, t)) == 1
