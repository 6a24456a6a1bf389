"""The service's command line, run as a user would (a subprocess on the embedded database)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from aftersales_api.core.config import Settings
from aftersales_api.main import create_app

from ..factories import complaint_body


def cli(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AFTERSALES_")}
    env["AFTERSALES_LOG_LEVEL"] = "warning"
    done = subprocess.run(
        [sys.executable, "-m", "aftersales_api", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    cli(tmp_path, "migrate")  # the default embedded database: ./aftersales.db
    assert (tmp_path / "aftersales.db").exists()
    return tmp_path


def test_keys_lifecycle(workdir: Path) -> None:
    created = cli(workdir, "keys", "create", "--role", "agent", "--name", "li")
    key = created.stdout.strip().splitlines()[-1]
    assert key.startswith("ask_") and len(key) > 40
    assert key not in (workdir / "aftersales.db").read_bytes().decode("latin-1")  # stored hashed
    listed = cli(workdir, "keys", "list").stdout
    assert "li\tagent\t-" in listed and "active" in listed
    dup = cli(workdir, "keys", "create", "--role", "agent", "--name", "li", check=False)
    assert dup.returncode == 2 and "exists already" in dup.stderr
    bad = cli(workdir, "keys", "create", "--role", "emperor", "--name", "x", check=False)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr  # argparse shows the roles
    cli(workdir, "keys", "revoke", "li")
    assert "revoked" in cli(workdir, "keys", "list").stdout
    assert cli(workdir, "keys", "revoke", "nobody", check=False).returncode == 2


def test_sweep_escalates_against_the_embedded_database(workdir: Path) -> None:
    key = cli(workdir, "keys", "create", "--role", "agent", "--name", "a").stdout.strip().splitlines()[-1]
    settings = Settings(
        database_url=f"sqlite:///{workdir / 'aftersales.db'}", sweep_interval=0, _env_file=None
    )  # type: ignore[call-arg]
    with TestClient(create_app(settings)) as client:
        r = client.post("/v1/tickets", json=complaint_body(), headers={"Authorization": f"Bearer {key}"})
        assert r.status_code == 201
        number = r.json()["number"]
    dry = cli(workdir, "sweep", "--dry-run", "--now", "2099-01-01T00:00:00+08:00")
    assert "would escalate 1 ticket(s)" in dry.stderr and dry.stdout.startswith(number)
    assert "+08:00" in dry.stdout  # times in the business timezone
    first = cli(workdir, "sweep", "--now", "2099-01-01T00:00:00+08:00")
    (line,) = first.stdout.strip().splitlines()  # ONE_LAPSE_ONE_LEVEL: one line, both deadlines
    assert line.startswith(number) and set(line.split("\t")[1].split(",")) == {
        "verify",
        "first_response",
        "forward",
    }
    assert "escalated 1 ticket(s)" in first.stderr
    again = cli(workdir, "sweep", "--now", "2099-01-01T00:00:00+08:00")
    assert again.stdout == "" and "escalated 0" in again.stderr


def test_sweep_rejects_a_naive_time(workdir: Path) -> None:
    done = cli(workdir, "sweep", "--now", "2099-01-01T00:00:00", check=False)
    assert done.returncode != 0 and "offset" in done.stderr


def test_serve_starts_the_server(workdir: Path) -> None:
    import socket
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("AFTERSALES_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "aftersales_api", "serve", "--port", str(port)],
        cwd=workdir,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/readyz")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["status"] == "ok"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_two_sweep_processes_escalate_each_deadline_once(api: Any, env: Any) -> None:
    """Two service processes sweeping the same database at once (both databases)."""
    tickets = [api.create(complaint_body()) for _ in range(15)]
    environ = {k: v for k, v in os.environ.items() if not k.startswith("AFTERSALES_")}
    environ.update(AFTERSALES_DATABASE_URL=env.settings.database_url, AFTERSALES_LOG_LEVEL="warning")
    command = [sys.executable, "-m", "aftersales_api", "sweep", "--now", "2099-01-01T00:00:00+08:00"]
    procs = [
        subprocess.Popen(command, env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    lines = [line for out, _ in outputs for line in out.splitlines()]
    assert len(lines) == len(tickets)  # verify and first_response of each, in one lapse
    assert len(set(lines)) == len(lines)
    for t in tickets:
        assert api.events(t).count("escalated") == 1


def test_version_and_one_line_errors(tmp_path: Path) -> None:
    assert cli(tmp_path, "--version").stdout.startswith("aftersales-api ")
    broken = cli(tmp_path, "keys", "list", check=False)  # no migrated database here
    assert broken.returncode == 1 and "Traceback" not in broken.stderr
    assert broken.stderr.count("\n") == 1 and str(tmp_path / "aftersales.db") in broken.stderr
    migrated = cli(tmp_path, "migrate")
    assert migrated.stdout.strip() == f"database at head: sqlite:///{tmp_path / 'aftersales.db'}"
    bad_role = cli(tmp_path, "keys", "create", "--role", "boss", "--name", "x", check=False)
    assert bad_role.returncode == 2 and "choose from" in bad_role.stderr
