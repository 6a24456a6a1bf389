"""Ticket-create throughput against a bare one-row insert endpoint, in the same server run.

    .venv/bin/python bench/create_bench.py [--database-url URL] [--seconds 10] [--rounds 3]

Starts one uvicorn worker on a fresh database (SQLite file by default; PostgreSQL with
--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test: it works in a new
database test_bench beside it),
then alternates wrk runs (one wrk thread, so the server keeps a core; 16 connections)
on POST /bench/raw and POST /v1/tickets and reports the medians and their ratio.
Needs `wrk` (Debian package wrk).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import create_engine, make_url, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from factories import return_body  # noqa: E402

LUA = """wrk.method = "POST"
wrk.body = [[{body}]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {key}"
"""


def fresh_postgres(url: str) -> str:
    """A database of the bench's own beside the one named, created anew."""
    base = make_url(url)
    name = f"{base.database}_bench"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def wrk(url: str, script: Path, seconds: int, connections: int) -> float:
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Non-2xx" in out:
        raise SystemExit(f"errors during the run:\n{out}")
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    assert match, out
    return float(match.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")
    tmp = Path(tempfile.mkdtemp(prefix="aftersales-bench-"))
    url = args.database_url or f"sqlite:///{tmp / 'bench.db'}"
    if url.startswith("postgresql"):
        url = fresh_postgres(url)
    env = {
        **os.environ,
        "AFTERSALES_DATABASE_URL": url,
        "AFTERSALES_SWEEP_INTERVAL": "0",
        "AFTERSALES_LOG_LEVEL": "warning",
        "PYTHONPATH": str(ROOT),
    }
    bin_dir = Path(sys.executable).parent
    subprocess.run([bin_dir / "aftersales-api", "migrate"], env=env, check=True, capture_output=True)
    key = (
        subprocess.run(
            [bin_dir / "aftersales-api", "keys", "create", "--role", "storefront", "--name", "bench"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    server = subprocess.Popen(
        [
            bin_dir / "uvicorn",
            "--factory",
            "bench.server:app",
            "--port",
            str(args.port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        env=env,
        cwd=ROOT,
    )
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(100):
            try:
                httpx.get(f"{base}/healthz")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        scripts = {}
        for name, body in (("raw", {"note": "one row"}), ("create", return_body())):
            path = tmp / f"{name}.lua"
            path.write_text(LUA.format(body=json.dumps(body), key=key))
            scripts[name] = path
        for name, route in (("raw", "/bench/raw"), ("create", "/v1/tickets")):
            wrk(base + route, scripts[name], 3, args.connections)  # warm-up: caches, first checkpoints
        results: dict[str, list[float]] = {"raw": [], "create": []}
        for n in range(args.rounds):
            for name, route in (("raw", "/bench/raw"), ("create", "/v1/tickets")):
                rps = wrk(base + route, scripts[name], args.seconds, args.connections)
                results[name].append(rps)
                print(f"round {n + 1}: {name:6} {rps:8.0f} req/s", flush=True)
        raw, create = (statistics.median(results[k]) for k in ("raw", "create"))
        print(
            f"\n{url.split(':')[0]}: bare insert {raw:.0f} req/s, ticket create {create:.0f} req/s, "
            f"ratio {create / raw:.2f} (target >= 0.50)"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
