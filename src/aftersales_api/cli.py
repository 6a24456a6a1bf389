"""The service's command line: serve, migrate, keys, sweep, deliver."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from . import __version__
from .core import heap
from .core.config import get_settings
from .core.errors import ProblemError
from .core.security import ROLES


def _env() -> Any:
    from .services.env import Env

    return Env.from_settings(get_settings())


def serve(args: argparse.Namespace) -> int:
    import os
    import tempfile

    import uvicorn

    from .core.logs import configure, uvicorn_log_config

    s = get_settings()
    workers = args.workers or s.workers
    if workers > 1 and "PROMETHEUS_MULTIPROC_DIR" not in os.environ:
        # Each worker writes its metrics here; a scrape of any worker adds them all up.
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="aftersales-metrics-")
    configure(s.log_level, s.log_format)
    uvicorn.run(
        "aftersales_api.main:create_app",
        factory=True,
        host=args.host or s.host,
        port=args.port or s.port,
        workers=workers,
        log_level=s.log_level.lower(),
        log_config=uvicorn_log_config(),
        access_log=False,  # the service writes its own, with the request id and the caller
        timeout_keep_alive=int(s.keep_alive_timeout),
    )
    return 0


def database() -> str:
    """The configured database, as the CLI says it (absolute path, no password)."""
    from sqlalchemy.engine import make_url

    url = make_url(get_settings().database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        url = url.set(database=str(Path(url.database).resolve()))
    return url.render_as_string(hide_password=True)


def migrate(_: argparse.Namespace) -> int:
    from .core.migrations import upgrade

    upgrade(get_settings().database_url)
    print(f"database at head: {database()}")
    return 0


def keys_create(args: argparse.Namespace) -> int:
    from .services import keys

    key = keys.create(_env(), args.role, args.name, args.store)
    store = f" for store {args.store or 'default'}" if args.role == "storefront" else ""
    print(f"created key {args.name!r} with role {args.role}{store}; it is shown only once:", file=sys.stderr)
    print(key)
    return 0


def keys_list(_: argparse.Namespace) -> int:
    from .services import keys

    rows = keys.list_(_env())
    for k in rows:
        state = f"revoked {k['revoked_at']}" if k["revoked_at"] else "active"
        print(f"{k['name']}\t{k['role']}\t{k['store'] or '-'}\t{k['created_at']}\t{state}")
    if not rows:
        print("no keys yet: aftersales-api keys create --role agent --name NAME", file=sys.stderr)
    return 0


def keys_revoke(args: argparse.Namespace) -> int:
    from .services import keys

    keys.revoke(_env(), args.name)
    print(f"revoked {args.name}")
    return 0


def sweep(args: argparse.Namespace) -> int:
    from rich.progress import Progress

    from .services.sweep import preview
    from .services.sweep import sweep as run_sweep

    now = datetime.fromisoformat(args.now) if args.now else None
    if now is not None and now.tzinfo is None:
        raise SystemExit("--now needs an offset, e.g. 2026-11-30T09:00:00+08:00")
    env = _env()
    if args.dry_run:
        done = preview(env, now)
    else:
        with heap.frozen(), Progress(transient=True, disable=not sys.stderr.isatty()) as bar:
            task = bar.add_task("sweeping deadlines", total=None)
            done = run_sweep(env, now, lambda n, total: bar.update(task, completed=n, total=total))
    zone = env.calendar.tz
    for e in done:
        missed = ",".join(e.deadlines)
        due = e.due_at.astimezone(zone).isoformat()
        print(f"{e.number}\t{missed}\tdue {due}\t{e.level_from} -> {e.level_to}")
    verb = "would escalate" if args.dry_run else "escalated"
    print(f"{verb} {len(done)} ticket(s)", file=sys.stderr)
    return 0


def deliver(args: argparse.Namespace) -> int:
    """The webhook worker as its own process; several may run on one PostgreSQL."""
    import signal

    from .core.logs import configure
    from .services import delivery

    s = get_settings()
    configure(s.log_level, s.log_format)
    env = _env()
    if args.once:
        with delivery.client(env) as http:
            total = 0
            while made := delivery.run_once(env, http):
                total += made
        print(f"made {total} delivery attempt(s)", file=sys.stderr)
        return 0
    worker = delivery.Worker(env, args.interval or s.delivery_interval or 1.0, _tally())
    signal.signal(signal.SIGTERM, lambda *_: worker.stop())
    print(f"delivering webhooks from {database()} (Ctrl-C stops)", file=sys.stderr)
    try:
        with heap.frozen():
            worker.run()
    except KeyboardInterrupt:
        pass
    return 0


def _tally() -> Any:
    """Progress on stderr: attempts made so far, after each pass that made some."""
    done = [0]

    def on_pass(made: int) -> None:
        if made:
            done[0] += made
            print(f"{done[0]} attempt(s) made", file=sys.stderr, flush=True)

    return on_pass


def openapi(args: argparse.Namespace) -> int:
    from .openapi import document

    text = document()
    if args.out:
        Path(args.out).write_text(text)
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        print(text, end="")
    return 0


def docs(args: argparse.Namespace) -> int:
    from .docs import policy_reference

    text = policy_reference()
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        print(text, end="")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aftersales-api", description=__doc__)
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve", help="run the HTTP server")
    s.add_argument("--host")
    s.add_argument("--port", type=int)
    s.add_argument("--workers", type=int)
    s.set_defaults(func=serve)
    sub.add_parser("migrate", help="upgrade the database to the latest schema").set_defaults(func=migrate)
    k = sub.add_parser("keys", help="manage API keys").add_subparsers(dest="keys", required=True)
    c = k.add_parser("create", help="create a key (printed once, on the last line)")
    c.add_argument("--role", required=True, choices=ROLES)
    c.add_argument("--name", required=True)
    c.add_argument("--store", help="storefront keys: the store whose tickets the key sees (default: default)")
    c.set_defaults(func=keys_create)
    k.add_parser("list", help="list keys").set_defaults(func=keys_list)
    r = k.add_parser("revoke", help="revoke a key")
    r.add_argument("name")
    r.set_defaults(func=keys_revoke)
    w = sub.add_parser("sweep", help="escalate every ticket with a missed deadline")
    w.add_argument("--now", help="sweep as of this time (ISO 8601 with offset)")
    w.add_argument("--dry-run", action="store_true", help="only list what would be escalated")
    w.set_defaults(func=sweep)
    v = sub.add_parser("deliver", help="send webhooks (the worker as its own process)")
    v.add_argument("--once", action="store_true", help="send what is due, then exit")
    v.add_argument("--interval", type=float, help="seconds between polls when idle (default 1)")
    v.set_defaults(func=deliver)
    o = sub.add_parser("openapi", help="print (or write) the OpenAPI document")
    o.add_argument("--out", help="write to this file instead of stdout")
    o.set_defaults(func=openapi)
    d = sub.add_parser("docs", help="print (or write) the policy reference generated from the rules")
    d.add_argument("--out", help="write to this file instead of stdout")
    d.set_defaults(func=docs)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ProblemError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - one line for the operator, not a traceback
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        print(f"error: {type(exc).__name__}: {first} (database: {database()})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
