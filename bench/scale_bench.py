"""The service at 1,000, 100,000 and 1,000,000 tickets.

    .venv/bin/python bench/scale_bench.py [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]
        [--sizes 1000,100000,1000000] [--requests 100]

Works in a new database beside the one named (PostgreSQL by default; an SQLite URL
works too). Templates are made through the API: closed returns (refunded and paid,
surveyed), closed complaints with a root cause, first-call inquiries, and open returns
and complaints. The database is then grown from them (bench/grow.py) to each size:
90 % closed over the last 300 days (about 90,000 tickets a month at 1M), 9 % open from
the last hours, 1 % open and a month overdue; a customer has three tickets on average.

At each size, against `python -m aftersales_api serve` (one worker), it reports the p50
of sequential requests: list filters (overdue, due_before, state, kind, level, customer),
pages of ten overdue tickets (as many as there are at 1,000), the first page and a page
deep in the list, a ticket by number, a page of the event feed from its middle, and the
monthly report of a full month; then the sweep (the first
one escalates every overdue ticket; the second finds nothing new), and a page of 50
through the service against a bare keyset page of the same rows (Core, in process).
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from factories import Api, another_return, complaint_body  # noqa: E402

from aftersales_api.core.config import Settings  # noqa: E402
from aftersales_api.core.security import ROLES, Principal  # noqa: E402
from aftersales_api.main import create_app  # noqa: E402
from aftersales_api.models import OUTBOX, TICKETS  # noqa: E402
from aftersales_api.services import keys, repository, sweep, tickets  # noqa: E402
from aftersales_api.services.env import Env  # noqa: E402
from bench import grow  # noqa: E402
from bench.http_bench import fresh_postgres, started  # noqa: E402

DAY = timedelta(days=1)


def templates(env: Env) -> None:
    """Tickets made through the API, in the shapes the clones copy."""
    from fastapi.testclient import TestClient

    ring = {role: {"Authorization": f"Bearer {keys.create(env, role, role)}"} for role in ROLES}
    today = env.calendar.local_date(env.clock())
    order = {"invoice_date": str(today - 2 * DAY), "delivered_at": f"{today - DAY}T10:00:00+08:00"}
    with TestClient(create_app(env.settings, env)) as client:
        api = Api(client, ring)
        for n in range(4):
            body = another_return(n)
            body["order"].update(order)
            t = api.trigger(api.create(body), "verify")
            r = api.post(f"/v1/tickets/{t['number']}/inspections", inspection(), role="warehouse")
            assert r.status_code == 201, r.text
            t = api.trigger(t, "resolve", {"resolution": {"type": "refund"}})
            t = api.pay_out(t)
            api.close(api.trigger(t, "confirm", role="storefront"))
        for _ in range(2):
            t = api.trigger(api.create(complaint_body()), "verify", role="supervisor")
            t = api.trigger(t, "resolve", {"resolution": {"type": "explanation"}})
            api.close(api.trigger(t, "confirm", role="storefront"))
        for n in range(10, 12):
            body = another_return(n)
            body["order"].update(order)
            api.create(body)
        api.create(complaint_body())


def inspection() -> dict[str, Any]:
    from factories import inspection_body

    return inspection_body()


def plans(found: dict[str, grow.Template], count: int, now: datetime, seed: int) -> Iterator[grow.Plan]:
    rnd = random.Random(seed)
    closed = [k for k, t in found.items() if t.ticket["state"] == "closed"]
    open_ = [k for k, t in found.items() if t.ticket["state"] != "closed"]
    customers = max(1, count // 3)
    for _ in range(count):
        draw = rnd.random()
        if draw < 0.90:
            tpl, at = rnd.choice(closed), now - timedelta(days=rnd.uniform(1, 300))
        elif draw < 0.99:
            tpl, at = rnd.choice(open_), now - timedelta(minutes=rnd.uniform(1, 120))
        else:
            tpl, at = rnd.choice(open_), now - timedelta(days=rnd.uniform(30, 40))
        yield grow.Plan(tpl, at, f"C-{seed}-{rnd.randrange(customers)}")


def p50(client: httpx.Client, path: str, n: int, **params: Any) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        r = client.get(path, params=params)
        times.append((time.perf_counter() - start) * 1000)
        assert r.status_code == 200, (path, r.status_code, r.text[:300])
    return statistics.median(times)


def measure(env: Env, url: str, key: str, n: int, port: int) -> dict[str, float]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("AFTERSALES_")}
    environ.update(AFTERSALES_DATABASE_URL=url, AFTERSALES_SWEEP_INTERVAL="0", AFTERSALES_LOG_LEVEL="warning")
    server = subprocess.Popen(
        [sys.executable, "-m", "aftersales_api", "serve", "--port", str(port)],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    out: dict[str, float] = {}
    try:
        started(f"http://127.0.0.1:{port}/readyz")
        now = datetime.now(UTC)
        engine = create_engine(url)
        with engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(TICKETS)).scalar_one()
            middle = conn.execute(
                select(TICKETS.c.created_at, TICKETS.c.id, TICKETS.c.number, TICKETS.c.customer_id)
                .order_by(TICKETS.c.created_at, TICKETS.c.id)
                .offset(total // 2)
                .limit(1)
            ).one()
            head = conn.execute(select(func.max(OUTBOX.c.position))).scalar_one()
        engine.dispose()
        month = (now - 40 * DAY).strftime("%Y-%m")
        cursor = repository.encode_cursor(middle.created_at.isoformat(), middle.id)
        with httpx.Client(
            base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {key}"}
        ) as c:
            out["list overdue=true"] = p50(c, "/v1/tickets", n, overdue="true")
            # At 1,000 tickets about ten are overdue: pages of ten compare like with like.
            out["list overdue=true, limit=10"] = p50(c, "/v1/tickets", n, overdue="true", limit=10)
            out["list due_before=now+1d"] = p50(c, "/v1/tickets", n, due_before=(now + DAY).isoformat())
            out["list state=received"] = p50(c, "/v1/tickets", n, state="received")
            out["list kind=complaint"] = p50(c, "/v1/tickets", n, kind="complaint")
            out["list level=agent"] = p50(c, "/v1/tickets", n, level="agent")
            out["list customer_id"] = p50(c, "/v1/tickets", n, customer_id=middle.customer_id)
            out["list first page"] = p50(c, "/v1/tickets", n)
            out["list page at the middle"] = p50(c, "/v1/tickets", n, cursor=cursor)
            out["get by number"] = p50(c, f"/v1/tickets/{middle.number}", n)
            out["events from the middle"] = p50(c, "/v1/events", n, after=str(head // 2))
            out[f"monthly report ({month})"] = p50(c, "/v1/reports/monthly", max(5, n // 10), month=month)
    finally:
        server.terminate()
        server.wait(timeout=30)
    start = time.perf_counter()
    escalated = len(sweep.sweep(env))
    out[f"sweep, first ({escalated} escalated)"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    again = len(sweep.sweep(env))
    out[f"sweep, next ({again} escalated)"] = (time.perf_counter() - start) * 1000
    out["page of 50, service (in process)"], out["page of 50, bare keyset"] = page_costs(env)
    return out


def page_costs(env: Env) -> tuple[float, float]:
    """A page of 50 tickets as the service renders it, and the bare keyset page of the
    same rows (one Core SELECT, rows as dicts), in process, best of 20."""
    who = Principal("bench", "agent")
    service, bare = [], []
    stmt = select(TICKETS).order_by(TICKETS.c.created_at, TICKETS.c.id).limit(51)
    for _ in range(20):
        start = time.perf_counter()
        tickets.list_(env, who, repository.TicketFilter(), 50, None, "en")
        service.append(time.perf_counter() - start)
        start = time.perf_counter()
        with env.db.read() as session:
            [dict(r._mapping) for r in session.connection().execute(stmt)]
        bare.append(time.perf_counter() - start)
    return min(service) * 1000, min(bare) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--port", type=int, default=8775)
    args = parser.parse_args()
    if args.database_url.startswith("postgresql"):
        url = fresh_postgres(args.database_url)
    else:
        url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'scale.db'}"
    subprocess.run(
        [sys.executable, "-m", "aftersales_api", "migrate"],
        env={**os.environ, "AFTERSALES_DATABASE_URL": url},
        check=True,
        capture_output=True,
    )
    env = Env.from_settings(Settings(database_url=url, sweep_interval=0, delivery_interval=0, _env_file=None))  # type: ignore[call-arg]
    templates(env)
    key = keys.create(env, "supervisor", "scale-bench")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    engine = create_engine(url)
    found = grow.templates(engine)
    results: dict[int, dict[str, float]] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        have = grow.count(engine)
        started_at = time.perf_counter()
        planned = plans(found, size - have, datetime.now(UTC), size)
        shown = lambda made: print(f"\r  grown {made:,}", end="", file=sys.stderr, flush=True)  # noqa: E731
        if url.startswith("postgresql"):
            grow.grow_in_sql(engine, planned, progress=shown)
        else:
            grow.grow(engine, planned, found, progress=shown)
        # What autovacuum does after a bulk load: statistics, and the visibility map that
        # lets a month be read from an index alone. Then a checkpoint, so that the load's
        # writes are not flushed while the requests are timed.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            if url.startswith("postgresql"):
                conn.exec_driver_sql("VACUUM ANALYZE")
                conn.exec_driver_sql("CHECKPOINT")
            else:
                conn.exec_driver_sql("ANALYZE")
        print(f"\n{size:,} tickets (grown in {time.perf_counter() - started_at:.0f} s)", file=sys.stderr)
        results[size] = measure(env, url, key, args.requests, args.port)
        for name, ms in results[size].items():
            print(f"  {name:40} {ms:9.1f} ms", flush=True)
    names = list(dict.fromkeys(k.split(" (")[0] for r in results.values() for k in r))
    print("\n| operation | " + " | ".join(f"{s:,} tickets" for s in results) + " |")
    print("|---|" + "---|" * len(results))
    for name in names:
        cells = []
        for r in results.values():
            found_ = [(k, v) for k, v in r.items() if k.split(" (")[0] == name]
            cells.append(
                " ".join(f"{v:,.1f} ms" + (f" ({k.split(' (')[1]}" if " (" in k else "") for k, v in found_)
            )
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
