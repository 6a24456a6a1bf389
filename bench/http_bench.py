"""The service as clients use it, against a bare FastAPI app in its own process.

    .venv/bin/python bench/http_bench.py [--databases sqlite,postgresql]
        [--pg-url postgresql+psycopg://postgres@127.0.0.1:5432/test] [--seconds 10] [--rounds 3]

For each database (a fresh one: an SQLite file, or a new PostgreSQL database beside the
one named) it starts the service with `python -m aftersales_api serve` and nothing but
the database and port set (default logging, sweeps and webhook sender included), and
`bench/bare.py` under uvicorn, one worker each. Then, in alternated rounds with `wrk`
(one thread, 16 connections, so the server keeps a core):

- create: POST /v1/tickets, a unique Idempotency-Key, customer and order per request,
  against POST /insert (one INSERT);
- trigger: POST /v1/tickets/{number}/verify with If-Match, each on a ticket of its own,
  against POST /trigger/{id} (SELECT … FOR UPDATE, UPDATE, INSERT);
- get: GET /v1/tickets/{number} against GET /row/{id}.

It prints req/s, p50 and p99 for each, and the ratios. Needs `wrk` (Debian package wrk).
Set PYTHONPATH to measure another checkout's service with the same harness.
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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import create_engine, make_url, select, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from factories import return_body  # noqa: E402

from aftersales_api.models import TICKETS  # noqa: E402
from bench import grow  # noqa: E402

HEADERS = """local function headers(extra)
  local h = {{["Content-Type"] = "application/json", ["Authorization"] = "Bearer {key}"}}
  for k, v in pairs(extra) do h[k] = v end
  return h
end
"""
CREATE = """local n, tag = 0, tostring(os.time()) .. "-" .. tostring(math.random(1000000000))
local body = [[{template}]]
request = function()
  n = n + 1
  local id = tag .. "-" .. n
  return wrk.format("POST", "{path}", headers({{["Idempotency-Key"] = id}}), string.format(body, id, id))
end
"""
LIST = """local ids, i = {{}}, 0
for line in io.lines("{file}") do ids[#ids + 1] = line end
request = function()
  i = i + 1
  local id = ids[((i - 1) % #ids) + 1]
  return wrk.format("{method}", string.format("{path}", id), headers({{["If-Match"] = '"1"'}}), {body})
end
"""


@dataclass
class Result:
    rps: float
    p50: float  # ms
    p99: float  # ms


def parse_ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(url: str, script: Path, seconds: int, connections: int) -> Result:
    out = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "--latency",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        raise SystemExit(f"errors during the run:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = parse_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    p99 = parse_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    return Result(rps, p50, p99)


def fresh_postgres(url: str, suffix: str = "bench") -> str:
    base = make_url(url)
    name = f"{base.database}_{suffix}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def started(url: str) -> None:
    for _ in range(300):
        try:
            if httpx.get(url).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{url} did not come up")


def cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "aftersales_api", *args], env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def received_numbers(url: str, limit: int) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        q = select(TICKETS.c.number).where(TICKETS.c.state == "received", TICKETS.c.version == 1)
        numbers = list(conn.scalars(q.limit(limit)))
    engine.dispose()
    return numbers


def top_up(url: str, wanted: int) -> None:
    """Clones of an API-made received ticket, so every verify has a ticket of its own."""
    engine = create_engine(url)
    have = grow.count(engine, TICKETS.c.state == "received")
    if have < wanted:
        found = grow.templates(engine, TICKETS.c.id == select(TICKETS.c.id).limit(1).scalar_subquery())
        (tid,) = found
        now = datetime.now(UTC)
        plans = (grow.Plan(tid, now, f"C-grown-{n}") for n in range(wanted - have))
        grow.grow(engine, iter(plans), found)
    engine.dispose()


def scripts(tmp: Path, key: str, agent: str, numbers: Path) -> dict[str, Path]:
    body = return_body()
    body["customer"]["id"], body["order"]["id"] = "C-%s", "O-%s"
    # Invoiced two days ago in the business timezone: inside the return window, so verify passes.
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    body["order"]["invoice_date"] = (today - timedelta(days=2)).isoformat()
    body["order"]["delivered_at"] = f"{today - timedelta(days=1)}T10:00:00+08:00"
    template = json.dumps(body)
    made = {
        "create": HEADERS.format(key=key) + CREATE.format(template=template, path="/v1/tickets"),
        "insert": HEADERS.format(key=key) + CREATE.format(template='{"note": "%s %s"}', path="/insert"),
        "verify": HEADERS.format(key=agent)
        + LIST.format(file=numbers, method="POST", path="/v1/tickets/%s/verify", body='"{}"'),
        "trigger": HEADERS.format(key=agent)
        + LIST.format(file=tmp / "rows.txt", method="POST", path="/trigger/%s", body="nil"),
        "get": HEADERS.format(key=agent)
        + LIST.format(file=numbers, method="GET", path="/v1/tickets/%s", body="nil"),
        "row": HEADERS.format(key=agent)
        + LIST.format(file=tmp / "rows.txt", method="GET", path="/row/%s", body="nil"),
    }
    (tmp / "rows.txt").write_text("\n".join(f"r-{n}" for n in range(1000)) + "\n")
    paths = {}
    for name, lua in made.items():
        paths[name] = tmp / f"{name}.lua"
        paths[name].write_text(lua)
    return paths


def pairs(args: argparse.Namespace) -> Iterator[tuple[str, str, str]]:
    """(benchmark, service script, bare script)."""
    for pair in (("create", "create", "insert"), ("trigger", "verify", "trigger"), ("get", "get", "row")):
        if args.only in (None, pair[0]):
            yield pair


def run(kind: str, args: argparse.Namespace) -> dict[str, tuple[Result, Result]]:
    tmp = Path(tempfile.mkdtemp(prefix=f"aftersales-bench-{kind}-"))
    url = fresh_postgres(args.pg_url) if kind == "postgresql" else f"sqlite:///{tmp / 'bench.db'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("AFTERSALES_")}
    env["AFTERSALES_DATABASE_URL"] = url
    cli(env, "migrate")
    key = cli(env, "keys", "create", "--role", "storefront", "--name", "bench")
    agent = cli(env, "keys", "create", "--role", "agent", "--name", "bench-agent")
    service_port, bare_port = args.port, args.port + 1
    log = (tmp / "serve.log").open("w")
    service = subprocess.Popen(
        [sys.executable, "-m", "aftersales_api", "serve", "--port", str(service_port)],
        env=env,
        stdout=log,
        stderr=log,
    )
    bare_url = url if kind == "postgresql" else f"sqlite:///{tmp / 'bare.db'}"
    bare = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "bench.bare:app", "--port", str(bare_port)]
        + ["--log-level", "warning", "--no-access-log"],
        env={**env, "BENCH_DATABASE_URL": bare_url},
        cwd=ROOT,
    )
    svc, base = f"http://127.0.0.1:{service_port}", f"http://127.0.0.1:{bare_port}"
    results: dict[str, tuple[Result, Result]] = {}
    try:
        started(f"{svc}/readyz")
        started(f"{base}/docs")
        numbers = tmp / "numbers.txt"
        paths = scripts(tmp, key, agent, numbers)
        if args.only in ("trigger", "get"):  # nothing created yet: one ticket to clone
            wrk(svc, paths["create"], 1, 1)
        for name, ours, theirs in pairs(args):
            if name == "trigger":
                top_up(url, args.rounds * args.seconds * args.trigger_budget + 2000)
                found = received_numbers(url, args.rounds * args.seconds * args.trigger_budget + 2000)
                numbers.write_text("\n".join(found) + "\n")
                n_per_round = len(found) // (args.rounds + 1)
            if name == "get":
                top_up(url, 1000)
                numbers.write_text("\n".join(received_numbers(url, 5000)[::-1] or ["none"]) + "\n")
            runs: dict[str, list[Result]] = {ours: [], theirs: []}
            for r in range(args.rounds + 1):  # round 0 warms up
                for script, target in ((theirs, base), (ours, svc)):
                    if name == "trigger" and script == ours:
                        chunk = found[r * n_per_round : (r + 1) * n_per_round]
                        numbers.write_text("\n".join(chunk) + "\n")
                    seconds = 3 if r == 0 else args.seconds
                    res = wrk(target, paths[script], seconds, args.connections)
                    if r:
                        runs[script].append(res)
                        print(
                            f"{kind:10} {name:7} round {r}: {script:7} {res.rps:7.0f} req/s  "
                            f"p50 {res.p50:6.1f} ms  p99 {res.p99:6.1f} ms",
                            flush=True,
                        )
            results[name] = (median(runs[ours]), median(runs[theirs]))
    finally:
        for proc in (service, bare):
            proc.terminate()
            proc.wait(timeout=30)
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def median(results: list[Result]) -> Result:
    return Result(*(statistics.median(getattr(r, f) for r in results) for f in ("rps", "p50", "p99")))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--only", choices=("create", "trigger", "get"), help="one benchmark only")
    parser.add_argument(
        "--trigger-budget", type=int, default=1500, help="verify tickets made per second of a round"
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")
    table = []
    for kind in args.databases.split(","):
        for name, (ours, theirs) in run(kind, args).items():
            table.append(
                f"| {kind} | {name} | {ours.rps:.0f} req/s, p50 {ours.p50:.1f} ms, p99 {ours.p99:.1f} ms "
                f"| {theirs.rps:.0f} req/s, p50 {theirs.p50:.1f} ms, p99 {theirs.p99:.1f} ms "
                f"| {ours.rps / theirs.rps:.2f} | {ours.p99 / theirs.p99:.1f}× |"
            )
    print("\n| database | operation | service | bare app | throughput ratio | p99 ratio |")
    print("|---|---|---|---|---|---|")
    print("\n".join(table))


if __name__ == "__main__":
    main()
