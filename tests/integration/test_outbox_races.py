"""The outbox under concurrency and crashes, on the database the suite runs on: racing
writers and a resuming reader, a server killed between commit and delivery, and two
delivery processes on one database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from aftersales_api.core.security import Principal
from aftersales_api.schemas import TicketCreate
from aftersales_api.services import keys, outbox, tickets, triggers
from aftersales_api.services.env import Env

from ..factories import another_return
from ..receiver import receiving
from .test_observability import free_port

AGENT = Principal("agent", "agent")


def published(env: Env) -> list[str]:
    return [e["id"] for e in outbox.feed(env, 0, None, 200)["items"]]


def test_a_reader_resuming_while_writers_race_sees_every_event_once_in_order(env: Env) -> None:
    writers, per_writer = 6, 8
    done = threading.Event()
    seen: list[int] = []
    errors: list[BaseException] = []

    def write(w: int) -> None:
        try:
            for i in range(per_writer):
                body = TicketCreate.model_validate(another_return(w * 100 + i))
                _, t = tickets.create(env, AGENT, body, f"k-{w}-{i}", "en")
                triggers.run(env, AGENT, t["number"], "verify", {}, None, "en")
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    def read() -> None:
        cursor = 0
        while True:
            finished = done.is_set()  # read once more after the writers are done
            page = outbox.feed(env, cursor, None, 7)
            seen.extend(e["position"] for e in page["items"])
            cursor = int(page["next_cursor"])
            if finished and not page["items"]:
                return

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    reader = threading.Thread(target=read)
    reader.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    reader.join(timeout=60)
    assert not errors
    # Each ticket: created, its notification, verified, its notification.
    assert seen == list(range(1, writers * per_writer * 4 + 1))


def server_env(env: Env, port: int, **extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("AFTERSALES_", "PROMETHEUS_"))}
    return {
        **base,
        "AFTERSALES_DATABASE_URL": env.settings.database_url,
        "AFTERSALES_PORT": str(port),
        "AFTERSALES_SWEEP_INTERVAL": "0",
        "AFTERSALES_LOG_LEVEL": "warning",
        **extra,
    }


@contextmanager
def process(args: list[str], environ: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "aftersales_api", *args],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def ready(base: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/readyz").status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError("the server did not start")


def test_a_server_killed_between_commit_and_delivery_loses_no_event(env: Env) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    environ = server_env(env, port, AFTERSALES_DELIVERY_INTERVAL="0.1", AFTERSALES_WEBHOOK_TIMEOUT="1")
    admin = {"Authorization": f"Bearer {keys.create(env, 'admin', 'admin')}"}
    with receiving(delay=0.3) as rec:
        with process(["serve"], environ) as server:
            ready(base)
            hook = httpx.post(f"{base}/v1/webhooks", json={"url": rec.url, "events": ["*"]}, headers=admin)
            assert hook.status_code == 201, hook.text
            for n in range(8):
                r = httpx.post(
                    f"{base}/v1/tickets",
                    json=another_return(n),
                    headers={**admin, "Idempotency-Key": f"kill-{n}"},
                )
                assert r.status_code == 201, r.text
            server.send_signal(signal.SIGKILL)
            server.wait()
        committed = published(env)
        assert len(committed) == 16
        assert len(set(rec.ids())) < len(committed)  # the kill left deliveries undone
        with process(["serve"], environ):
            ready(base)
            deadline = time.monotonic() + 60
            while not set(committed) <= set(rec.ids()) and time.monotonic() < deadline:
                time.sleep(0.1)
        assert set(rec.ids()) == set(committed)


def test_two_delivery_processes_never_make_one_attempt_twice(env: Env, api: Any) -> None:
    environ = server_env(env, free_port(), AFTERSALES_DELIVERY_INTERVAL="0.05")
    with receiving(delay=0.02) as rec:
        r = api.post("/v1/webhooks", {"url": rec.url, "events": ["*"]}, role="admin")
        assert r.status_code == 201
        with process(["deliver"], environ), process(["deliver"], environ):
            time.sleep(1.5)  # both started and polling
            for n in range(20):
                api.create(another_return(n), role="agent")
            committed = published(env)
            rec.wait_for(len(committed), timeout=60)
            time.sleep(1)  # time for a second sending of anything, were there one
        assert sorted(rec.ids()) == sorted(committed)  # each exactly once
    items = api.get(f"/v1/webhooks/{r.json()['id']}/deliveries", role="admin", limit=200).json()["items"]
    assert len(items) == len(committed)
    assert all(d["status"] == "delivered" and d["attempts"] == 1 for d in items)
