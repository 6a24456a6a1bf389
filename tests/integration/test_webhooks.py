"""Webhooks delivered to a real receiver: signed, in order per ticket, retried on the
Standard Webhooks schedule with the service's clock moved by the test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from aftersales_api.services import delivery, webhooks
from aftersales_api.services.env import Env

from ..api.test_events import feed, refund_story
from ..conftest import Clock
from ..factories import Api, another_return, return_body
from ..receiver import receiving, signed_by


@pytest.fixture
def http(env: Env) -> Iterator[httpx.Client]:
    env.settings = env.settings.model_copy(update={"webhook_timeout": 0.3})
    with delivery.client(env) as c:
        yield c


def subscribe(api: Api, url: str, events: list[str] | None = None) -> dict[str, Any]:
    r = api.post("/v1/webhooks", {"url": url, "events": events or ["*"]}, role="admin")
    assert r.status_code == 201, r.text
    return dict(r.json())


def drain(env: Env, http: httpx.Client) -> int:
    total = 0
    while made := delivery.run_once(env, http):
        total += made
    return total


def deliveries(api: Api, hook: dict[str, Any], **params: Any) -> list[dict[str, Any]]:
    r = api.get(f"/v1/webhooks/{hook['id']}/deliveries", role="admin", **params)
    assert r.status_code == 200, r.text
    return list(r.json()["items"])


def test_a_return_story_arrives_in_order_and_signed(api: Api, env: Env, http: httpx.Client) -> None:
    with receiving() as rec:
        hook = subscribe(api, rec.url)
        refund_story(api)
        drain(env, http)
        published = feed(api)
        assert rec.ids() == [e["id"] for e in published]
        assert [r.json for r in rec.got] == published
        assert all(signed_by(hook["secret"], r) for r in rec.got)
        assert not signed_by(webhooks.new_secret(), rec.got[0])
        assert {d["status"] for d in deliveries(api, hook)} == {"delivered"}


def test_a_subscription_gets_only_its_types_from_its_creation_on(
    api: Api, env: Env, http: httpx.Client
) -> None:
    api.create(another_return(0))
    with receiving() as rec:
        subscribe(api, rec.url, ["ticket.created", "ticket.verified"])
        t = api.create(return_body())
        api.trigger(t, "verify")
        drain(env, http)
        assert [(r.json["type"], r.json["ticket"]) for r in rec.got] == [
            ("ticket.created", t["number"]),
            ("ticket.verified", t["number"]),
        ]


def test_three_500s_then_the_fourth_attempt_delivers_the_same_message(
    api: Api, env: Env, http: httpx.Client, clock: Clock
) -> None:
    with receiving(statuses=[500, 500, 500]) as rec:
        hook = subscribe(api, rec.url, ["ticket.created"])
        api.create(return_body())
        assert drain(env, http) == 1
        for wait in (timedelta(seconds=5), timedelta(minutes=5), timedelta(minutes=30)):
            clock.advance(seconds=wait.total_seconds() - 1)
            assert drain(env, http) == 0  # not yet due
            clock.advance(seconds=1)
            assert drain(env, http) == 1
        assert len(rec.got) == 4 and len(set(rec.ids())) == 1
        assert all(signed_by(hook["secret"], r) for r in rec.got)
        assert len({r.headers["webhook-timestamp"] for r in rec.got}) == 4  # signed at each attempt
        (d,) = deliveries(api, hook)
        assert (d["status"], d["attempts"], d["event"]) == ("delivered", 4, rec.ids()[0])
        assert [a["status"] for a in d["log"]] == [500, 500, 500, 204]
        r = api.post(f"/v1/webhooks/{hook['id']}/deliveries/{d['id']}/retry", role="admin")
        assert r.status_code == 409 and r.json()["code"] == "invalid_transition"


def test_a_receiver_that_never_answers_is_failed_after_27_hours(
    api: Api, env: Env, http: httpx.Client, clock: Clock
) -> None:
    from aftersales_api.core.metrics import WEBHOOK_FAILED

    failed_before = WEBHOOK_FAILED._value.get()
    with receiving(delay=1.0) as rec:  # answers long after the 0.3 s timeout: never, to us
        hook = subscribe(api, rec.url, ["ticket.created"])
        api.create(return_body())
        start = clock.now
        assert drain(env, http) == 1
        for wait in delivery.SCHEDULE:
            (d,) = deliveries(api, hook)
            assert d["status"] == "pending"
            clock.advance(seconds=wait.total_seconds())
            assert drain(env, http) == 1
        assert clock.now - start >= timedelta(hours=27)
        (d,) = deliveries(api, hook)
        assert (d["status"], d["attempts"], d["next_attempt_at"]) == ("failed", 8, None)
        assert all(a["status"] is None and "Timeout" in a["error"] for a in d["log"])
        assert deliveries(api, hook, status="failed") == [d]
        assert WEBHOOK_FAILED._value.get() == failed_before + 1
        clock.advance(days=30)
        assert drain(env, http) == 0  # failed is final, until someone retries

        rec.delay = 0  # the receiver is back: a manual retry delivers it
        r = api.post(f"/v1/webhooks/{hook['id']}/deliveries/{d['id']}/retry", role="admin")
        assert r.status_code == 202 and r.json()["status"] == "pending"
        assert drain(env, http) == 1
        (d,) = deliveries(api, hook)
        assert (d["status"], d["attempts"], d["log"][-1]["status"]) == ("delivered", 9, 204)


def test_a_ticket_waits_behind_its_own_failing_event_only(
    api: Api, env: Env, http: httpx.Client, clock: Clock
) -> None:
    with receiving(statuses=[503]) as rec:
        subscribe(api, rec.url, ["ticket.created", "ticket.verified"])
        first = api.create(return_body())
        api.trigger(first, "verify")
        drain(env, http)  # first's creation: 503, retried in 5 s
        second = api.create(another_return(2))
        drain(env, http)
        sent = [(r.json["type"], r.json["ticket"]) for r in rec.got]
        assert sent == [("ticket.created", first["number"]), ("ticket.created", second["number"])]
        clock.advance(seconds=5)
        drain(env, http)
        sent = [(r.json["type"], r.json["ticket"]) for r in rec.got[2:]]
        assert sent == [("ticket.created", first["number"]), ("ticket.verified", first["number"])]


def test_the_readme_verification_accepts_a_delivery_and_refuses_a_forgery(api: Api, env: Env) -> None:
    """README's receiver snippet, run as written on a real delivery (signed now)."""
    import dataclasses
    import re

    from standardwebhooks.webhooks import WebhookVerificationError

    from aftersales_api.services.env import utcnow

    from .test_shipping import README

    (snippet,) = [
        b for b in re.findall(r"```python\n(.*?)```", README, flags=re.S) if "standardwebhooks" in b
    ]
    live = dataclasses.replace(env, clock=utcnow)
    with receiving() as rec, delivery.client(live) as http:
        hook = subscribe(api, rec.url, ["ticket.created"])
        api.create(return_body())
        drain(live, http)
    handled: list[tuple[str, str]] = []
    scope: dict[str, Any] = {
        "secret": hook["secret"],
        "seen_before": lambda _: False,
        "process": lambda kind, ticket, data: handled.append((kind, ticket)),
    }
    exec(snippet, scope)  # noqa: S102 - the README's own code
    (got,) = rec.got
    scope["handle"](got.body, got.headers)
    assert handled == [("ticket.created", got.json["ticket"])]
    with pytest.raises(WebhookVerificationError):
        scope["handle"](got.body.replace(b"ticket.created", b"ticket.closed!"), got.headers)
