"""Logs and metrics of the service as `aftersales-api serve` runs it, with two workers."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from ..factories import return_body

CANARY_PHONE, CANARY_EMAIL, CANARY_KEY = "18888888888", "canary@leak.example", "idem-canary-42"


def cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "aftersales_api", *args], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def metric(text: str, name: str, **labels: str) -> float:
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        if line.startswith(name + "{"):
            got = ",".join(sorted(line[line.index("{") + 1 : line.index("}")].split(",")))
            if got == wanted:
                return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_two_workers_count_together_and_log_json_without_personal_data(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AFTERSALES_", "PROMETHEUS_"))}
    env.update(
        AFTERSALES_DATABASE_URL=f"sqlite:///{tmp_path / 'svc.db'}",
        AFTERSALES_PORT=str(port),
        AFTERSALES_SWEEP_INTERVAL="0",
        AFTERSALES_WORKERS="2",
    )
    cli(env, "migrate")
    key = cli(env, "keys", "create", "--role", "agent", "--name", "ops")
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "aftersales_api", "serve"], env=env, stderr=log, stdout=log
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/readyz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        headers = {"Authorization": f"Bearer {key}"}
        customer = {"id": "C-9", "phone": CANARY_PHONE, "email": CANARY_EMAIL}
        created = httpx.post(
            f"{base}/v1/tickets",
            json=return_body(customer=customer),
            headers={**headers, "Idempotency-Key": CANARY_KEY, "X-Request-ID": "req-abc.1"},
        )
        assert created.status_code == 201 and created.headers["x-request-id"] == "req-abc.1"
        bad = httpx.post(
            f"{base}/v1/tickets", json={**return_body(customer=customer), "kind": "x"}, headers=headers
        )
        assert bad.status_code == 422 and re.fullmatch(r"[0-9a-f]{32}", bad.headers["x-request-id"])
        for _ in range(40):  # new connections, so both workers serve some
            assert httpx.get(f"{base}/v1/tickets", params={"limit": 1}, headers=headers).status_code == 200
        scrapes = [httpx.get(f"{base}/metrics").text for _ in range(2)]
        for text in scrapes:
            assert (
                metric(text, "aftersales_requests_total", method="GET", route="/v1/tickets", status="200")
                == 40
            )
            assert metric(text, "aftersales_tickets_opened_total", kind="return") == 1
            assert "aftersales_overdue_tickets 0.0" in text
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
        log.close()
    lines = [
        json.loads(line) for line in (tmp_path / "serve.log").read_text().splitlines() if line.startswith("{")
    ]
    requests = [line for line in lines if line.get("event") == "request"]
    first = next(line for line in requests if line.get("request_id") == "req-abc.1")
    assert (first["method"], first["route"], first["status"], first["caller"]) == (
        "POST",
        "/v1/tickets",
        201,
        "ops",
    )
    assert first["level"] == "info" and first["timestamp"].endswith("Z") and first["ms"] >= 0
    assert not [line for line in requests if line["route"] in ("/readyz", "/metrics")]  # quiet probes
    assert not [line for line in lines if line.get("logger") == "uvicorn.access"]  # one line a request
    text = (tmp_path / "serve.log").read_text()
    for canary in (CANARY_PHONE, CANARY_EMAIL, CANARY_KEY, key):
        assert canary not in text
