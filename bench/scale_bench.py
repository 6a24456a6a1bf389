"""The service at 1,000, 100,000 and 1,000,000 tickets.

    .venv/bin/python bench/scale_bench.py [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]
        [--sizes 1000,100000,1000000] [--requests 100] [--rounds 3]

Each size gets a new database of its own beside the one named (PostgreSQL by default;
an SQLite URL works too). Templates are made in it through the API: closed returns
(refunded and paid, surveyed), closed complaints with a root cause, first-call
inquiries, and open returns and complaints. It is then grown from them (bench/grow.py),
oldest first as a live service writes them: 90 % closed over the last 300 days (about
90,000 tickets a month at 1M), 9 % open from the last two hours and not yet past a
deadline, 1 % open and a month overdue; a customer has three tickets on average.

Every size is then served at once, by `python -m aftersales_api serve` (one worker
each), and timed in alternated rounds: each round runs every request on every size in
turn, so that the machine's drift over the run falls on all sizes alike. A figure is the
median over the rounds of the p50 of a round's sequential requests: list filters
(overdue, due_before, state, kind, level, customer), pages of ten overdue tickets (as
many as there are at 1,000), the first page and a page deep in the list, a ticket by
number, a page of the event feed from its middle, and the monthly report of a full
month. Then, on each size in process: the sweep, as of the moment its tickets were
placed in time from (the first one escalates every overdue ticket, and what it cost
the service's process and, when the server runs on this machine, PostgreSQL's processes
in CPU time; the second finds nothing new), and a page of 50 through the service
against a bare keyset page of the same rows (Core).
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
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from factories import Api, another_return, complaint_body  # noqa: E402

from aftersales_api.core import heap  # noqa: E402
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
    """The clones, oldest first: a live service writes its tickets in the order they are
    opened, so their rows (and their numbers) follow time, as in production."""
    rnd = random.Random(seed)
    closed = [k for k, t in found.items() if t.ticket["state"] == "closed"]
    open_ = [k for k, t in found.items() if t.ticket["state"] != "closed"]
    recent = {k: max(timedelta(0), min(RECENT, headroom(found[k]) - timedelta(minutes=1))) for k in open_}
    customers = max(1, count // 3)
    made = []
    for _ in range(count):
        draw = rnd.random()
        if draw < 0.90:
            tpl, at = rnd.choice(closed), now - timedelta(days=rnd.uniform(1, 300))
        elif draw < 0.99:
            tpl = rnd.choice(open_)
            at = now - rnd.uniform(0.0, 1.0) * recent[tpl]
        else:
            tpl, at = rnd.choice(open_), now - timedelta(days=rnd.uniform(30, 40))
        made.append(grow.Plan(tpl, at, f"C-{seed}-{rnd.randrange(customers)}"))
    return iter(sorted(made, key=lambda p: p.created_at))


RECENT = timedelta(hours=2)


def headroom(t: grow.Template) -> timedelta:
    """How long after its opening the template's first open deadline breaches: a recent
    clone opened within it is not overdue yet, so the overdue ones are the 1 % placed a
    month back, whatever the time of day the templates were made at."""
    opened = t.ticket["created_at"]
    breaches = [d["breach_at"] - opened for d in t.children["deadlines"] if d["met_at"] is None]
    return min(breaches, default=RECENT + timedelta(minutes=1))


def p50(client: httpx.Client, path: str, n: int, params: dict[str, Any]) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        r = client.get(path, params=params)
        times.append((time.perf_counter() - start) * 1000)
        assert r.status_code == 200, (path, r.status_code, r.text[:300])
    return statistics.median(times)


@dataclass
class Size:
    """One size's database, its served process and what it is asked."""

    tickets: int
    url: str
    env: Env
    key: str
    grown_at: datetime  # the "now" its tickets were placed in time from
    server: subprocess.Popen[bytes] | None = None
    port: int = 0
    requests: dict[str, tuple[str, dict[str, Any], int]] = field(default_factory=dict)
    rounds: dict[str, list[float]] = field(default_factory=dict)


def prepared(base: str, tickets: int) -> Size:
    """A new database of `tickets` tickets, grown from API-made templates, then vacuumed,
    analysed and checkpointed (what autovacuum does after a bulk load, and the load's
    writes flushed before anything is timed)."""
    if base.startswith("postgresql"):
        url = fresh_postgres(base, f"scale_{tickets}")
    else:
        url = f"sqlite:///{Path(tempfile.mkdtemp()) / f'scale_{tickets}.db'}"
    subprocess.run(
        [sys.executable, "-m", "aftersales_api", "migrate"],
        env={**os.environ, "AFTERSALES_DATABASE_URL": url},
        check=True,
        capture_output=True,
    )
    env = Env.from_settings(Settings(database_url=url, sweep_interval=0, delivery_interval=0, _env_file=None))  # type: ignore[call-arg]
    templates(env)
    key = keys.create(env, "supervisor", "scale-bench")
    engine = create_engine(url)
    found = grow.templates(engine)
    started_at, grown_at = time.perf_counter(), datetime.now(UTC)
    planned = plans(found, tickets - grow.count(engine), grown_at, tickets)
    shown = lambda made: print(f"\r  grown {made:,}", end="", file=sys.stderr, flush=True)  # noqa: E731
    if url.startswith("postgresql"):
        grow.grow_in_sql(engine, planned, progress=shown)
    else:
        grow.grow(engine, planned, found, progress=shown)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if url.startswith("postgresql"):
            conn.exec_driver_sql("VACUUM ANALYZE")
            conn.exec_driver_sql("CHECKPOINT")
        else:
            conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    print(f"\n{tickets:,} tickets (grown in {time.perf_counter() - started_at:.0f} s)", file=sys.stderr)
    return Size(tickets, url, env, key, grown_at)


def requests_for(size: Size, n: int) -> dict[str, tuple[str, dict[str, Any], int]]:
    """What is timed, as (path, query, how many), from this database's own rows."""
    now = datetime.now(UTC)
    engine = create_engine(size.url)
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
    return {
        "list overdue=true": ("/v1/tickets", {"overdue": "true"}, n),
        # At 1,000 tickets about ten are overdue: pages of ten compare like with like.
        "list overdue=true, limit=10": ("/v1/tickets", {"overdue": "true", "limit": 10}, n),
        "list due_before=now+1d": ("/v1/tickets", {"due_before": (now + DAY).isoformat()}, n),
        "list state=received": ("/v1/tickets", {"state": "received"}, n),
        "list kind=complaint": ("/v1/tickets", {"kind": "complaint"}, n),
        "list level=agent": ("/v1/tickets", {"level": "agent"}, n),
        "list customer_id": ("/v1/tickets", {"customer_id": middle.customer_id}, n),
        "list first page": ("/v1/tickets", {}, n),
        "list page at the middle": ("/v1/tickets", {"cursor": cursor}, n),
        "get by number": (f"/v1/tickets/{middle.number}", {}, n),
        "events from the middle": ("/v1/events", {"after": str(head // 2)}, n),
        f"monthly report ({month})": ("/v1/reports/monthly", {"month": month}, max(5, n // 10)),
    }


def serve(size: Size, port: int) -> None:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("AFTERSALES_")}
    environ.update(
        AFTERSALES_DATABASE_URL=size.url, AFTERSALES_SWEEP_INTERVAL="0", AFTERSALES_LOG_LEVEL="warning"
    )
    size.port = port
    size.server = subprocess.Popen(
        [sys.executable, "-m", "aftersales_api", "serve", "--port", str(port)],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def timed_rounds(sizes: list[Size], rounds: int) -> None:
    """Every request on every size, size after size, `rounds` times over."""
    clients = {
        s.tickets: httpx.Client(
            base_url=f"http://127.0.0.1:{s.port}", headers={"Authorization": f"Bearer {s.key}"}, timeout=60
        )
        for s in sizes
    }
    try:
        for r in range(1, rounds + 1):
            for s in sizes:
                for name, (path, params, n) in s.requests.items():
                    s.rounds.setdefault(name, []).append(p50(clients[s.tickets], path, n, params))
            print(f"  round {r} of {rounds} done", file=sys.stderr, flush=True)
    finally:
        for c in clients.values():
            c.close()


def in_process(size: Size) -> dict[str, float]:
    """The sweeps and the page of 50, on one size. The sweeps run as of the moment the
        tickets were placed in time from: the first escalates the 1 % made a month overdue
        (the recent ones are placed within their first deadline), not what the bench's own
        duration has made overdue since in each database. The start-up heap is frozen first,
    as the server and the command line do (core.heap)."""
    out: dict[str, float] = {}
    with heap.frozen():  # as the server and `aftersales-api sweep` run it
        start, cpu, server = time.perf_counter(), time.process_time(), postgres_cpu()
        escalated = len(sweep.sweep(size.env, size.grown_at))
        out[f"sweep, first ({escalated} escalated)"] = (time.perf_counter() - start) * 1000
        out["sweep, first: the service's CPU"] = (time.process_time() - cpu) * 1000
        if (spent := cpu_spent(server, postgres_cpu())) is not None:
            out["sweep, first: PostgreSQL's CPU"] = spent * 1000
        start = time.perf_counter()
        again = len(sweep.sweep(size.env, size.grown_at))
        out[f"sweep, next ({again} escalated)"] = (time.perf_counter() - start) * 1000
    out["page of 50, service (in process)"], out["page of 50, bare keyset"] = page_costs(size.env)
    return out


def postgres_cpu() -> dict[str, float]:
    """CPU seconds of each PostgreSQL process on this machine (Linux), by pid; empty
    when none is visible (a server elsewhere): what the sweep costs the database's side."""
    seconds = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # the process ended
            continue
        name, _, rest = text.partition(") ")
        if name.endswith("(postgres"):
            fields = rest.split()
            seconds[stat.parent.name] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return seconds


def cpu_spent(before: dict[str, float], after: dict[str, float]) -> float | None:
    """What the processes seen at the end spent since the start (one that ended in
    between is not counted: summing the totals of whoever is alive can go negative)."""
    if not after:
        return None
    return sum(spent - before.get(pid, 0.0) for pid, spent in after.items())


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
    parser.add_argument("--requests", type=int, default=100, help="sequential requests per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--port", type=int, default=8775)
    args = parser.parse_args()
    logging.getLogger("httpx").setLevel(logging.WARNING)
    sizes = [prepared(args.database_url, int(n)) for n in args.sizes.split(",")]
    results: dict[int, dict[str, float]] = {}
    try:
        for i, s in enumerate(sizes):
            serve(s, args.port + i)
        for s in sizes:
            started(f"http://127.0.0.1:{s.port}/readyz")
            s.requests = requests_for(s, args.requests)
        timed_rounds(sizes, args.rounds)
    finally:
        for s in sizes:
            if s.server is not None:
                s.server.terminate()
                s.server.wait(timeout=30)
    for s in sizes:
        results[s.tickets] = {name: statistics.median(p50s) for name, p50s in s.rounds.items()}
        results[s.tickets].update(in_process(s))
        print(f"{s.tickets:,} tickets", flush=True)
        for name, ms in results[s.tickets].items():
            spread = s.rounds.get(name)
            shown = f" (rounds {min(spread):.1f}–{max(spread):.1f})" if spread else ""
            print(f"  {name:40} {ms:9.1f} ms{shown}", flush=True)
    table(results, sizes)


def table(results: dict[int, dict[str, float]], sizes: list[Size]) -> None:
    """The figures as markdown; for each request, its largest size over its smallest."""
    names = list(dict.fromkeys(k.split(" (")[0] for r in results.values() for k in r))
    first, last = sizes[0], sizes[-1]
    print(
        "\n| operation | "
        + " | ".join(f"{s:,} tickets" for s in results)
        + f" | {last.tickets:,} / {first.tickets:,} |"
    )
    print("|---|" + "---|" * (len(results) + 1))
    for name in names:
        cells = []
        for r in results.values():
            found_ = [(k, v) for k, v in r.items() if k.split(" (")[0] == name]
            cells.append(
                " ".join(f"{v:,.1f} ms" + (f" ({k.split(' (')[1]}" if " (" in k else "") for k, v in found_)
            )
        timed = [k for k in first.rounds if k.split(" (")[0] == name]
        ratio = f"{results[last.tickets][timed[0]] / results[first.tickets][timed[0]]:.2f}" if timed else ""
        print(f"| {name} | " + " | ".join(cells) + f" | {ratio} |")


if __name__ == "__main__":
    main()
